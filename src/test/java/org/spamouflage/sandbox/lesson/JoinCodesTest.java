package org.spamouflage.sandbox.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Property(tries = 200)
    void everyCodeHasEightCharactersFromTheUnambiguousAlphabet(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
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
