package org.spamouflage.sandbox.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.longBetween;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JoinCodesTest {

    /** 200 drawn generator seeds in 0..1,000,000, plus both ends of the range. */
    static Stream<Arguments> generatorSeeds() {
        return cases(200, r -> Arguments.of(longBetween(r, 0, 1_000_000)),
                edge("generator seed 0", 0L), edge("generator seed 1,000,000", 1_000_000L));
    }

    @ParameterizedTest
    @MethodSource("generatorSeeds")
    void everyCodeHasEightCharactersFromTheUnambiguousAlphabet(long seed) {
        String code = new JoinCodes(new Random(seed)).next();
        assertThat(code).hasSize(JoinCodes.LENGTH).matches("[A-HJKMNP-Z2-9]{8}");
        assertThat(JoinCodes.wellFormed(code)).isTrue();
        assertThat(JoinCodes.normalise(JoinCodes.display(code).toLowerCase())).isEqualTo(code);
    }

    @Test
    void theAlphabetLeavesOutLookAlikes() {
        for (char c : "01OIL".toCharArray()) {
            assertThat(JoinCodes.ALPHABET).doesNotContain(String.valueOf(c));
        }
        assertThat(JoinCodes.ALPHABET).hasSize(31);
        // 31^8 codes: far too many to guess at classroom scale.
        assertThat(Math.pow(31, 8)).isGreaterThan(8.5e11);
    }

    @Test
    void secureCodesDoNotRepeatInPractice() {
        JoinCodes codes = JoinCodes.secure();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(codes.next());
        }
        // Birthday bound: P(any repeat in 10^4 draws from 8.5e11) ≈ 6e-5.
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void normalisingRemovesSpacesAndDashesAndUpperCases() {
        assertThat(JoinCodes.normalise(" abcd - 2345 ")).isEqualTo("ABCD2345");
        assertThat(JoinCodes.wellFormed("ABCD2345")).isTrue();
        assertThat(JoinCodes.wellFormed("ABCD234")).isFalse();
        assertThat(JoinCodes.wellFormed("ABCD2340")).as("0 is not in the alphabet").isFalse();
        assertThat(JoinCodes.normalise(null)).isEmpty();
    }
}
