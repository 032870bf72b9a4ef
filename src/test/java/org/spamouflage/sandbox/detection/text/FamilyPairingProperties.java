package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.data.Offset;

/** Properties of {@link FamilyPairing}'s evidence, checked against a brute-force oracle. */
class FamilyPairingProperties {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    @Property(tries = 300)
    void shareNearAgreesWithCheckingEveryPair(@ForAll @Size(max = 30) List<@LongRange(min = 0, max = 5000) Long> a,
                                              @ForAll @Size(max = 30) List<@LongRange(min = 0, max = 5000) Long> b,
                                              @ForAll @IntRange(min = 0, max = 600) int window) {
        long[] x = a.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] y = b.stream().mapToLong(Long::longValue).sorted().toArray();
        int hits = 0;
        for (long t : x) {
            if (Arrays.stream(y).anyMatch(u -> Math.abs(u - t) <= window)) {
                hits++;
            }
        }
        double expected = x.length == 0 || y.length == 0 ? 0 : (double) hits / x.length;
        assertThat(FamilyPairing.shareNear(x, y, window)).isCloseTo(expected, EXACT);
    }

    @Property(tries = 200)
    void isSymmetricAndWithinZeroAndOne(@ForAll @Size(max = 20) List<@IntRange(min = 0, max = 30) Integer> authorsA,
                                        @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 30) Integer> authorsB,
                                        @ForAll @Size(max = 20) List<@LongRange(min = 0, max = 3000) Long> timesA,
                                        @ForAll @Size(max = 20) List<@LongRange(min = 0, max = 3000) Long> timesB) {
        int[] aa = authorsA.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        int[] ab = authorsB.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        long[] ta = timesA.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] tb = timesB.stream().mapToLong(Long::longValue).sorted().toArray();
        FamilyPairing.Evidence e = FamilyPairing.evidence(aa, ta, ab, tb, 120);
        assertThat(FamilyPairing.evidence(ab, tb, aa, ta, 120)).isEqualTo(e);
        assertThat(e.authorOverlap()).isBetween(0.0, 1.0);
        assertThat(e.coTiming()).isBetween(0.0, 1.0);
        assertThat(e.behaviour()).isBetween(0.0, 1.0);
    }
}
