package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** StringIndex must number strings exactly as a HashMap filled in the same order would. */
class StringIndexProperties {

    @Property(tries = 300)
    void numbersStringsInFirstSeenOrder(@ForAll @Size(max = 3000) List<@StringLength(max = 3) String> keys) {
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

    @Property(tries = 50)
    void keepsTheFirstInstance(@ForAll @StringLength(min = 1, max = 20) String key) {
        StringIndex index = new StringIndex();
        String first = new String(key);
        String second = new String(key);
        index.add(first);
        assertThat(index.key(index.add(second))).isSameAs(first);
    }
}
