package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.list;
import static org.spamouflage.sandbox.testing.RandomInputs.longBetween;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link FamilyPairing}'s evidence, checked against a brute-force oracle. */
class FamilyPairingProperties {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    /** 300 drawn cases: two lists of up to 30 times in 0..5000 and a window in 0..600; plus edge cases. */
    static Stream<Arguments> timesAndWindows() {
        return cases(300, r -> Arguments.of(list(r, 0, 30, e -> longBetween(e, 0, 5000)),
                        list(r, 0, 30, e -> longBetween(e, 0, 5000)), intBetween(r, 0, 600)),
                edge("both empty", List.of(), List.of(), 60),
                edge("first empty", List.of(), List.of(1L, 2L), 60),
                edge("second empty", List.of(1L, 2L), List.of(), 60),
                edge("window 0, equal and adjacent times", List.of(0L, 5L, 5L, 5000L), List.of(5L, 4999L), 0),
                edge("exactly one window apart", List.of(0L, 1000L), List.of(600L, 1601L), 600),
                edge("repeated times", List.of(7L, 7L, 7L), List.of(7L), 0));
    }

    @ParameterizedTest
    @MethodSource("timesAndWindows")
    void shareNearAgreesWithCheckingEveryPair(List<Long> a, List<Long> b, int window) {
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

    /** 200 drawn cases: two author lists (up to 20 of 0..30) and two time lists (up to 20 of 0..3000). */
    static Stream<Arguments> familyPairs() {
        return cases(200, r -> Arguments.of(list(r, 0, 20, e -> intBetween(e, 0, 30)),
                        list(r, 0, 20, e -> intBetween(e, 0, 30)),
                        list(r, 0, 20, e -> longBetween(e, 0, 3000)),
                        list(r, 0, 20, e -> longBetween(e, 0, 3000))),
                edge("all empty", List.of(), List.of(), List.of(), List.of()),
                edge("authors but no times", List.of(1, 2), List.of(2, 3), List.of(), List.of()),
                edge("identical families", List.of(0, 30), List.of(0, 30), List.of(0L, 3000L), List.of(0L, 3000L)),
                edge("disjoint families", List.of(1, 1, 2), List.of(3), List.of(0L), List.of(3000L)));
    }

    @ParameterizedTest
    @MethodSource("familyPairs")
    void isSymmetricAndWithinZeroAndOne(List<Integer> authorsA, List<Integer> authorsB, List<Long> timesA,
                                        List<Long> timesB) {
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
