package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Oracle tests for {@link ClusterComparison}. Sources: scikit-learn's documentation examples for
 * {@code adjusted_rand_score} and {@code normalized_mutual_info_score}, each re-derived by hand in
 * the comments; and, on random labels, the pair-counting form of the adjusted Rand index
 * (Hubert &amp; Arabie 1985, eq. in terms of the 2x2 pair table a, b, c, d) counted over every pair.
 */
class ClusterComparisonTest {

    private static final Offset<Double> EXACT = within(1e-12);

    @Nested
    class AdjustedRandIndex {

        @Test
        void scikitLearnExampleSplitClassGivesFourSevenths() {
            // adjusted_rand_score([0,0,1,2],[0,0,1,1]) = 0.5714 (sklearn docs). By hand:
            // contingency n_ij: (0,0)=2, (1,1)=1, (2,1)=1 -> I = C(2,2) = 1.
            // rows 2,1,1 -> A = 1; columns 2,2 -> B = 2; C(4,2) = 6.
            // expected = A*B/C = 1/3; max = (A+B)/2 = 3/2; ARI = (1 - 1/3)/(3/2 - 1/3) = 4/7.
            assertThat(ClusterComparison.adjustedRandIndex(new int[] {0, 0, 1, 2}, new int[] {0, 0, 1, 1}))
                    .isCloseTo(4.0 / 7.0, EXACT);
            // sklearn docs: the index is symmetric.
            assertThat(ClusterComparison.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                    .isCloseTo(4.0 / 7.0, EXACT);
        }

        @Test
        void renamedButIdenticalGroupingsScoreOne() {
            // adjusted_rand_score([0,0,1,1],[1,1,0,0]) = 1.0 (sklearn docs).
            assertThat(ClusterComparison.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}))
                    .isCloseTo(1.0, EXACT);
        }

        @Test
        void oneGroupAgainstAllSingletonsScoresZero() {
            // adjusted_rand_score([0,0,0,0],[0,1,2,3]) = 0.0 (sklearn docs). I = 0, A = 6, B = 0:
            // numerator 2*(0*6 - 6*0) = 0.
            assertThat(ClusterComparison.adjustedRandIndex(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}))
                    .isCloseTo(0.0, EXACT);
        }

        @Test
        void crossedGroupingsScoreBelowZero() {
            // [0,0,1,1] vs [0,1,0,1]: every n_ij = 1 -> I = 0; A = B = 2; C = 6.
            // expected = 4/6; max = 2; ARI = (0 - 2/3)/(2 - 2/3) = -1/2.
            assertThat(ClusterComparison.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}))
                    .isCloseTo(-0.5, EXACT);
        }

        @Test
        void negativeLabelsAreSingletonsNotOneGroup() {
            // Truth: {a,b} together, c and d alone. Prediction: {a,b}, c and d unclustered (-1).
            // If -1 were one group, c and d would be together and ARI < 1.
            assertThat(ClusterComparison.adjustedRandIndex(new int[] {5, 5, -1, -1}, new int[] {7, 7, -1, -1}))
                    .isCloseTo(1.0, EXACT);
        }

        @Test
        void degenerateGroupingsFollowScikitLearn() {
            // All singletons on both sides, or one group on both sides: identical, 1.0 (sklearn special case).
            assertThat(ClusterComparison.adjustedRandIndex(new int[] {-1, -1, -1}, new int[] {0, 1, 2})).isEqualTo(1.0);
            assertThat(ClusterComparison.adjustedRandIndex(new int[] {3, 3, 3}, new int[] {9, 9, 9})).isEqualTo(1.0);
            assertThat(ClusterComparison.adjustedRandIndex(new int[0], new int[0])).isNaN();
        }

        @Test
        void rejectsGroupingsOfDifferentLength() {
            assertThatThrownBy(() -> ClusterComparison.adjustedRandIndex(new int[] {0}, new int[] {0, 1}))
                    .hasMessageContaining("1 and 2 labels");
        }
    }

    @Nested
    class MutualInformationAndPurity {

        @Test
        void nmiOfTheSplitClassExampleIsFourFifths() {
            // truth [0,0,1,2], pred [0,0,1,1], natural logs:
            // H(truth) = -(1/2 ln 1/2 + 2 * 1/4 ln 1/4) = 1.5 ln 2; H(pred) = ln 2.
            // MI = 1/2 ln(1/2 / (1/2*1/2)) + 1/4 ln(1/4 / (1/4*1/2)) * 2 = ln 2.
            // NMI = ln 2 / ((1.5 ln 2 + ln 2)/2) = 1/1.25 = 0.8.
            assertThat(ClusterComparison.normalizedMutualInformation(new int[] {0, 0, 1, 2}, new int[] {0, 0, 1, 1}))
                    .isCloseTo(0.8, EXACT);
        }

        @Test
        void nmiScikitLearnExamples() {
            // normalized_mutual_info_score: [0,0,1,1] vs [1,1,0,0] = 1.0; [0,0,0,0] vs [0,1,2,3] = 0.0.
            assertThat(ClusterComparison.normalizedMutualInformation(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}))
                    .isCloseTo(1.0, EXACT);
            assertThat(ClusterComparison.normalizedMutualInformation(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}))
                    .isCloseTo(0.0, EXACT);
        }

        @Test
        void purityCreditsEachClusterWithItsMajority() {
            // Clusters: 10 = {A, A, B}, 20 = {B, B}, unclustered item (-1) ignored.
            // Majorities: 2 + 2 = 4 of 5 clustered -> 0.8.
            int[] truth = {0, 0, 1, 1, 1, 0};
            int[] pred = {10, 10, 10, 20, 20, -1};
            assertThat(ClusterComparison.purity(truth, pred)).isCloseTo(0.8, EXACT);
            assertThat(ClusterComparison.purity(truth, new int[] {-1, -1, -1, -1, -1, -1})).isNaN();
        }
    }

    // ---- properties against the pair-counting definition ----

    /** Two groupings of 2..40 items: labels -1..4 and -1..6 (a negative label is unclustered). */
    static int[][] labelPair(SplittableRandom r) {
        int n = intBetween(r, 2, 40);
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = intBetween(r, -1, 4);
            b[i] = intBetween(r, -1, 6);
        }
        return new int[][] {a, b};
    }

    static int[] filled(int n, int label) {
        int[] out = new int[n];
        Arrays.fill(out, label);
        return out;
    }

    static int[] singletons(int n) {
        int[] out = new int[n];
        Arrays.setAll(out, i -> i);
        return out;
    }

    /** {@code tries} drawn label pairs, plus fixed edge cases. */
    static Stream<Arguments> labelPairs(int tries) {
        // (Object) casts: an int[][] would otherwise be spread over the varargs.
        return cases(tries, r -> Arguments.of((Object) labelPair(r)),
                edge("two items, both unclustered on both sides", (Object) new int[][] {{-1, -1}, {-1, -1}}),
                edge("two items, together against apart", (Object) new int[][] {{0, 0}, {0, 1}}),
                edge("40 items, one group on both sides", (Object) new int[][] {filled(40, 4), filled(40, 6)}),
                edge("40 unclustered against one group", (Object) new int[][] {filled(40, -1), filled(40, 0)}),
                edge("40 singletons against 40 unclustered", (Object) new int[][] {singletons(40), filled(40, -1)}));
    }

    static Stream<Arguments> labelPairs300() {
        return labelPairs(300);
    }

    static Stream<Arguments> labelPairs200() {
        return labelPairs(200);
    }

    @ParameterizedTest
    @MethodSource("labelPairs300")
    void ariEqualsPairCountingDefinition(int[][] ab) {
        int[] a = ab[0];
        int[] b = ab[1];
        // Pair table over all i < j: together in both (a), only in a (b), only in b (c), apart in both (d).
        // A negative label is alone: never together with anything.
        long both = 0;
        long onlyA = 0;
        long onlyB = 0;
        long neither = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                boolean ta = a[i] >= 0 && a[i] == a[j];
                boolean tb = b[i] >= 0 && b[i] == b[j];
                if (ta && tb) {
                    both++;
                } else if (ta) {
                    onlyA++;
                } else if (tb) {
                    onlyB++;
                } else {
                    neither++;
                }
            }
        }
        // Hubert & Arabie in pair-table form: ARI = 2(ad - bc) / ((a+b)(b+d) + (a+c)(c+d)).
        double denominator = (double) (both + onlyA) * (onlyA + neither) + (double) (both + onlyB) * (onlyB + neither);
        double expected = denominator == 0 ? 1.0 : 2.0 * ((double) both * neither - (double) onlyA * onlyB) / denominator;
        assertThat(ClusterComparison.adjustedRandIndex(a, b)).isCloseTo(expected, within(1e-9));
        assertThat(ClusterComparison.adjustedRandIndex(b, a)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("labelPairs200")
    void nmiIsSymmetricBoundedAndOneOnRenaming(int[][] ab) {
        int[] a = ab[0];
        int[] b = ab[1];
        double nmi = ClusterComparison.normalizedMutualInformation(a, b);
        assertThat(nmi).isBetween(0.0, 1.0 + 1e-12);
        assertThat(ClusterComparison.normalizedMutualInformation(b, a)).isCloseTo(nmi, within(1e-12));
        int[] renamed = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            renamed[i] = a[i] < 0 ? -1 : 100 - a[i];
        }
        assertThat(ClusterComparison.normalizedMutualInformation(a, renamed)).isCloseTo(1.0, within(1e-12));
        assertThat(ClusterComparison.adjustedRandIndex(a, renamed)).isCloseTo(1.0, within(1e-12));
    }
}
