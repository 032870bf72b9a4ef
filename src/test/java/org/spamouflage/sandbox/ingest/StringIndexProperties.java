package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.list;
import static org.spamouflage.sandbox.testing.RandomInputs.string;
import static org.spamouflage.sandbox.testing.RandomInputs.stringOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** StringIndex must number strings exactly as a HashMap filled in the same order would. */
class StringIndexProperties {

    /**
     * 300 drawn lists of up to 3,000 keys of at most 3 chars. Half the lists draw from a 2- or
     * 4-letter alphabet (keys repeat constantly), half from any characters; plus fixed edge cases.
     */
    static Stream<Arguments> keyLists() {
        List<String> collisions = List.of("Aa", "BB", "C#", "AaB", "BBB", "Aa", "C#", "", "BBB", "AaB", "");
        List<String> manyDistinct = new ArrayList<>();
        for (char a = '0'; a < '0' + 55; a++) {
            for (char b = '0'; b < '0' + 55; b++) {
                manyDistinct.add("" + a + b);
            }
        }
        return cases(300, r -> {
            String alphabet = r.nextBoolean() ? null : r.nextBoolean() ? "ab" : "aAbB";
            return Arguments.of(list(r, 0, 3000, e -> alphabet == null ? string(e, 0, 3) : stringOf(e, 0, 3, alphabet)));
        },
                edge("no keys", List.of()),
                edge("only the empty string", List.of("", "", "")),
                edge("keys with equal hash codes", collisions),
                edge("surrogate pairs and lone surrogates", List.of("😀", "\ud83d", "\ude00", "😀", "a😀", "\ud83d", "é")),
                edge("3,025 distinct keys, table grows", manyDistinct));
    }

    @ParameterizedTest
    @MethodSource("keyLists")
    void numbersStringsInFirstSeenOrder(List<String> keys) {
        StringIndex index = new StringIndex();
        Map<String, Integer> oracle = new HashMap<>();
        for (String k : keys) {
            assertThat(index.indexOf(k)).isEqualTo(oracle.getOrDefault(k, -1));
            int expected = oracle.computeIfAbsent(k, x -> oracle.size());
            assertThat(index.add(k)).isEqualTo(expected);
            assertThat(index.key(expected)).isEqualTo(k);
        }
        assertThat(index.size()).isEqualTo(oracle.size());
        oracle.forEach((k, v) -> assertThat(index.indexOf(k)).isEqualTo(v));
        assertThat(index.indexOf("not a key: longer than 3")).isEqualTo(-1);
    }

    /** 50 drawn keys of 1 to 20 chars, plus fixed edge cases. */
    static Stream<Arguments> keys() {
        return cases(50, r -> Arguments.of(string(r, 1, 20)),
                edge("one char", "a"),
                edge("surrogate pair", "😀"),
                edge("20 chars", "abcdefghijklmnopqrst"));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void keepsTheFirstInstance(String key) {
        StringIndex index = new StringIndex();
        String first = new String(key);
        String second = new String(key);
        index.add(first);
        assertThat(index.key(index.add(second))).isSameAs(first);
    }
}
