package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Hash64Test {

    @Test
    void fnv1aMatchesTheReferenceVectors() {
        // Reference values of FNV-1a 64 (Fowler/Noll/Vo test suite) for "", "a", "foobar".
        assertThat(Hash64.fnv1a("", 0, 0)).isEqualTo(0xcbf29ce484222325L);
        assertThat(Hash64.fnv1a("a", 0, 1)).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(Hash64.fnv1a("foobar", 0, 6)).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void splitMix64MatchesTheReferenceSequence() {
        // First five outputs for seed 1234567 (Rosetta Code "Pseudo-random numbers/Splitmix64").
        Hash64.SplitMix64 r = new Hash64.SplitMix64(1234567L);
        assertThat(Long.toUnsignedString(r.next())).isEqualTo("6457827717110365317");
        assertThat(Long.toUnsignedString(r.next())).isEqualTo("3203168211198807973");
        assertThat(Long.toUnsignedString(r.next())).isEqualTo("9817491932198370423");
        assertThat(Long.toUnsignedString(r.next())).isEqualTo("4593380528125082431");
        assertThat(Long.toUnsignedString(r.next())).isEqualTo("16408922859458223821");
    }

    @Test
    void hashOfASubrangeEqualsHashOfTheSubstring() {
        assertThat(Hash64.hash("xx hello yy", 3, 8)).isEqualTo(Hash64.hash("hello"));
        assertThat(Hash64.hash("hello")).isNotEqualTo(Hash64.hash("hellp"));
    }
}
