package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Oracle tests for {@link ThresholdTable}. Expected values come from the scikit-learn
 * documentation examples (re-derived by hand in the comments) and from hand arithmetic written
 * out next to each assertion. Tolerance 1e-12: every quantity is a ratio of small integers.
 */
class ThresholdTableTest {

    private static final Offset<Double> EXACT = within(1e-12);

    /**
     * The example used throughout scikit-learn's documentation (roc_curve, roc_auc_score,
     * precision_recall_curve, average_precision_score): y_true = [0, 0, 1, 1],
     * y_score = [0.1, 0.4, 0.35, 0.8].
     */
    @Nested
    class ScikitLearnDocumentationExample {

        private final ThresholdTable table = ThresholdTable.of(new double[] {0.1, 0.4, 0.35, 0.8},
                new boolean[] {false, false, true, true});

        @Test
        void aucIsThreeQuarters() {
            // roc_auc_score(...) = 0.75. By hand: pairs (pos, neg): (0.35, 0.1) win, (0.35, 0.4) loss,
            // (0.8, 0.1) win, (0.8, 0.4) win -> 3 of 4.
            assertThat(table.auc()).isCloseTo(0.75, EXACT);
        }

        @Test
        void averagePrecisionIsFiveSixths() {
            // average_precision_score(...) = 0.8333. By hand, thresholds high to low:
            // 0.8: R 0.5 (dR 0.5), P 1/1 -> 0.5; 0.4: dR 0; 0.35: R 1 (dR 0.5), P 2/3 -> 1/3; 0.1: dR 0.
            // AP = 0.5 + 1/3 = 5/6.
            assertThat(table.averagePrecision()).isCloseTo(5.0 / 6.0, EXACT);
        }

        @Test
        void rocCurveMatchesRocCurveExample() {
            // roc_curve(...) example: fpr [0, 0, 0.5, 0.5, 1], tpr [0, 0.5, 0.5, 1, 1],
            // thresholds [inf, 0.8, 0.4, 0.35, 0.1].
            RocCurve roc = table.roc();
            assertThat(roc.defined()).isTrue();
            assertThat(roc.points()).extracting(RocPoint::falsePositiveRate).containsExactly(0.0, 0.0, 0.5, 0.5, 1.0);
            assertThat(roc.points()).extracting(RocPoint::truePositiveRate).containsExactly(0.0, 0.5, 0.5, 1.0, 1.0);
            assertThat(roc.points()).extracting(RocPoint::threshold)
                    .containsExactly(Double.POSITIVE_INFINITY, 0.8, 0.4, 0.35, 0.1);
            assertThat(roc.auc()).isCloseTo(0.75, EXACT);
        }

        @Test
        void precisionRecallCurveMatchesExampleReversed() {
            // precision_recall_curve(...) example (low threshold first): precision [0.5, 0.667, 0.5, 1, 1],
            // recall [1, 1, 0.5, 0.5, 0], thresholds [0.1, 0.35, 0.4, 0.8]; we list high threshold first.
            PrCurve pr = table.pr();
            assertThat(pr.points()).extracting(PrPoint::recall).containsExactly(0.0, 0.5, 0.5, 1.0, 1.0);
            assertThat(pr.points()).extracting(PrPoint::precision)
                    .containsExactly(1.0, 1.0, 0.5, 2.0 / 3.0, 0.5);
            assertThat(pr.averagePrecision()).isCloseTo(5.0 / 6.0, EXACT);
            assertThat(pr.prevalence()).isCloseTo(0.5, EXACT);
        }

        @Test
        void ksIsOneHalfReachedFirstAtTheTopScore() {
            // |TPR - FPR| over the ROC points: 0, 0.5, 0, 0.5, 0 -> 0.5, first at threshold 0.8.
            // ECDF check: at x = 0.1, F_pos = 0 and F_neg = 0.5.
            assertThat(table.ksStatistic()).isCloseTo(0.5, EXACT);
            assertThat(table.ksThreshold()).isEqualTo(0.8);
        }
    }

    /**
     * Seven accounts with ties (label P = campaign, N = other):
     * a 0.9 P, b 0.8 N, c 0.5 P, d 0.5 N, e 0.5 P, f 0.1 N, g 0.1 P. So 4 positives, 3 negatives.
     * Cumulative at each distinct score: 0.9 -> TP 1 FP 0; 0.8 -> 1, 1; 0.5 -> 3, 2; 0.1 -> 4, 3.
     */
    @Nested
    class HandComputedWithTies {

        private final ThresholdTable table = ThresholdTable.of(
                ScoredLabels.of(List.of("a", "b", "c", "d", "e", "f", "g"),
                        new double[] {0.9, 0.8, 0.5, 0.5, 0.5, 0.1, 0.1},
                        new boolean[] {true, false, true, false, true, false, true}));

        @Test
        void tiedScoresMoveTheRocCurveDiagonally() {
            // Points: (0,0), (0, 1/4), (1/3, 1/4), (2/3, 3/4), (1, 1): the 0.5 group adds 1 FP and 2 TP at once.
            RocCurve roc = table.roc();
            assertThat(roc.points()).hasSize(5);
            RocPoint tied = roc.points().get(3);
            assertThat(tied.threshold()).isEqualTo(0.5);
            assertThat(tied.falsePositiveRate()).isCloseTo(2.0 / 3.0, EXACT);
            assertThat(tied.truePositiveRate()).isCloseTo(0.75, EXACT);
            assertThat(roc.points().get(2).truePositiveRate()).isCloseTo(0.25, EXACT);
        }

        @Test
        void aucCountsTiesAsHalfAWin() {
            // Pairs (pos vs the 3 negatives b 0.8, d 0.5, f 0.1):
            // a 0.9: 3 wins = 3; c 0.5: loss, tie, win = 1.5; e 0.5: 1.5; g 0.1: loss, loss, tie = 0.5.
            // U = 6.5 of 4*3 = 12 -> 13/24. Trapezoid: 1/3*(1/4+1/4)/2 + 1/3*(1/4+3/4)/2 + 1/3*(3/4+1)/2
            // = 1/12 + 1/6 + 7/24 = 13/24.
            assertThat(table.auc()).isCloseTo(13.0 / 24.0, EXACT);
        }

        @Test
        void averagePrecisionIsStepwise() {
            // 0.9: dR 1/4 * P 1; 0.8: dR 0; 0.5: dR 2/4 * P 3/5; 0.1: dR 1/4 * P 4/7.
            // AP = 1/4 + 3/10 + 1/7 = 0.692857142857...
            assertThat(table.averagePrecision()).isCloseTo(0.25 + 0.3 + 1.0 / 7.0, EXACT);
        }

        @Test
        void ksIsTheLargestGapBetweenRates() {
            // |TPR - FPR|: 1/4, 1/4 - 1/3, 3/4 - 2/3, 0 -> max 1/4 at 0.9.
            assertThat(table.ksStatistic()).isCloseTo(0.25, EXACT);
            assertThat(table.ksThreshold()).isEqualTo(0.9);
        }

        @Test
        void confusionAtAScoreFlagsTheWholeTiedGroup() {
            // score >= 0.5 flags a, b, c, d, e: TP 3 (a, c, e), FP 2 (b, d), TN 1 (f), FN 1 (g).
            Confusion c = table.at(0.5);
            assertThat(c).extracting(Confusion::truePositives, Confusion::falsePositives, Confusion::trueNegatives,
                    Confusion::falseNegatives).containsExactly(3, 2, 1, 1);
            assertThat(c.precision()).isCloseTo(0.6, EXACT); // 3/5
            assertThat(c.recall()).isCloseTo(0.75, EXACT); // 3/4
            assertThat(c.f1()).isCloseTo(2.0 / 3.0, EXACT); // 2*3/(2*3+2+1) = 6/9
            assertThat(c.falsePositiveRate()).isCloseTo(2.0 / 3.0, EXACT); // 2/3
            assertThat(c.accuracy()).isCloseTo(4.0 / 7.0, EXACT); // (3+1)/7
        }

        @Test
        void confusionBetweenScoresEqualsTheNextScoreUp() {
            // 0.6 flags a (0.9) and b (0.8): TP 1, FP 1, TN 2, FN 3.
            assertThat(table.at(0.6)).extracting(Confusion::truePositives, Confusion::falsePositives,
                    Confusion::trueNegatives, Confusion::falseNegatives).containsExactly(1, 1, 2, 3);
            assertThat(table.at(0.6).threshold()).isEqualTo(0.6);
        }

        @Test
        void flaggingNothingLeavesPrecisionUndefined() {
            Confusion c = table.at(0.95);
            assertThat(c.flagged()).isZero();
            assertThat(c.precision()).isNaN();
            assertThat(c.recall()).isZero();
            assertThat(c.f1()).isZero();
            assertThat(c.accuracy()).isCloseTo(3.0 / 7.0, EXACT);
        }

        @Test
        void bestF1IsFoundAmongTheScores() {
            // F1 = 2TP/(TP+FP+P): 0.9 -> 2/5; 0.8 -> 2/6; 0.5 -> 6/9; 0.1 -> 8/11 (best).
            Confusion best = table.bestF1();
            assertThat(best.threshold()).isEqualTo(0.1);
            assertThat(best.f1()).isCloseTo(8.0 / 11.0, EXACT);
        }

        @Test
        void targetFalsePositiveRatePicksTheLowestThresholdWithinBudget() {
            // FPR by threshold: 0.9 -> 0, 0.8 -> 1/3, 0.5 -> 2/3, 0.1 -> 1.
            assertThat(table.atFalsePositiveRate(0.0).threshold()).isEqualTo(0.9);
            assertThat(table.atFalsePositiveRate(0.34).threshold()).isEqualTo(0.8);
            assertThat(table.atFalsePositiveRate(2.0 / 3.0).threshold()).isEqualTo(0.5);
            assertThat(table.atFalsePositiveRate(1.0).threshold()).isEqualTo(0.1);
        }

        @Test
        void precisionAtKSharesATiedGroupProRata() {
            // Cumulative flagged: 0.9 -> 1, 0.8 -> 2, 0.5 -> 5, 0.1 -> 7.
            assertThat(table.precisionAtK(1).precision()).isCloseTo(1.0, EXACT); // a
            assertThat(table.precisionAtK(2).precision()).isCloseTo(0.5, EXACT); // a, b
            // k = 3: a, b, then 1 of the 3 tied at 0.5 (2 campaign): expected 1 + 2*(1/3) = 5/3 -> /3.
            assertThat(table.precisionAtK(3).precision()).isCloseTo(5.0 / 9.0, EXACT);
            assertThat(table.precisionAtK(5).precision()).isCloseTo(0.6, EXACT); // 3 of 5
            PrecisionAtK beyond = table.precisionAtK(100);
            assertThat(beyond.counted()).isEqualTo(7);
            assertThat(beyond.precision()).isCloseTo(4.0 / 7.0, EXACT);
        }

        @Test
        void histogramCountsEachClassOnFixedBins() {
            // 4 bins over [0,1]: [0,.25) f, g; [.25,.5) none; [.5,.75) c, d, e; [.75,1] a, b.
            ScoreHistogram h = ScoreHistogram.of(table, 4);
            assertThat(h.bins()).extracting(HistogramBin::positives).containsExactly(1, 0, 2, 1);
            assertThat(h.bins()).extracting(HistogramBin::negatives).containsExactly(1, 0, 1, 1);
            assertThat(h.bins().get(2).positiveShare()).isCloseTo(0.5, EXACT); // 2 of 4 campaign accounts
            assertThat(h.bins().get(0).from()).isEqualTo(0.0);
            assertThat(h.bins().get(3).to()).isEqualTo(1.0);
            assertThat(h.positivesOutside() + h.negativesOutside()).isZero();
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void noCampaignAccountsLeavesAucUndefinedWithAReason() {
            ThresholdTable t = ThresholdTable.of(new double[] {0.2, 0.7}, new boolean[] {false, false});
            assertThat(t.auc()).isNaN();
            assertThat(t.averagePrecision()).isNaN();
            assertThat(t.ksStatistic()).isNaN();
            RocCurve roc = t.roc();
            assertThat(roc.defined()).isFalse();
            assertThat(roc.points()).isEmpty();
            assertThat(roc.note()).contains("no campaign accounts");
            assertThat(t.pr().defined()).isFalse();
            assertThat(t.bestF1().f1()).isNaN();
            assertThat(t.bestF1().flagged()).isZero();
            // Still usable for the false positive side of a slider.
            assertThat(t.at(0.5).falsePositives()).isEqualTo(1);
            assertThat(t.at(0.5).recall()).isNaN();
        }

        @Test
        void noOtherAccountsGivesPerfectPrecisionButNoRoc() {
            ThresholdTable t = ThresholdTable.of(new double[] {0.2, 0.7}, new boolean[] {true, true});
            assertThat(t.auc()).isNaN();
            assertThat(t.roc().note()).contains("no non-campaign accounts");
            assertThat(t.averagePrecision()).isCloseTo(1.0, EXACT);
            assertThat(t.atFalsePositiveRate(0.01).threshold()).isEqualTo(0.2); // no false positives possible
            assertThat(t.at(0.5).falsePositiveRate()).isNaN();
        }

        @Test
        void emptyInputIsUndefinedEverywhereWithoutThrowing() {
            ThresholdTable t = ThresholdTable.of(new double[0], new boolean[0]);
            assertThat(t.size()).isZero();
            assertThat(t.auc()).isNaN();
            assertThat(t.roc().note()).isEqualTo("no accounts evaluated");
            assertThat(t.pr().note()).isEqualTo("no accounts evaluated");
            assertThat(t.at(0.5).accuracy()).isNaN();
            assertThat(t.precisionAtK(10).precision()).isNaN();
            assertThat(t.bestF1().threshold()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ScoreHistogram.of(t, 10).bins()).hasSize(10);
        }

        @Test
        void allScoresEqualIsAChanceRanking() {
            // One tied group: ROC goes (0,0) -> (1,1) in one diagonal step, area 1/2; KS 0, p-value 1.
            ThresholdTable t = ThresholdTable.of(new double[] {0.3, 0.3, 0.3, 0.3, 0.3},
                    new boolean[] {true, false, true, false, false});
            assertThat(t.roc().points()).hasSize(2);
            assertThat(t.auc()).isCloseTo(0.5, EXACT);
            assertThat(t.averagePrecision()).isCloseTo(0.4, EXACT); // 2/5, the prevalence
            assertThat(t.ksStatistic()).isZero();
            assertThat(t.ksThreshold()).isNaN();
            assertThat(Separation.of("flat", t).ksPValue()).isEqualTo(1.0);
        }

        @Test
        void negativeZeroTiesWithZero() {
            ThresholdTable t = ThresholdTable.of(new double[] {-0.0, 0.0}, new boolean[] {true, false});
            assertThat(t.distinctScores()).isEqualTo(1);
            assertThat(t.auc()).isCloseTo(0.5, EXACT);
        }

        @Test
        void rejectsNanAndInfiniteScoresNamingEachAccount() {
            assertThatThrownBy(() -> ScoredLabels.of(List.of("acc1", "acc2", "acc3"),
                    new double[] {Double.NaN, 0.5, Double.POSITIVE_INFINITY}, new boolean[] {true, false, true}))
                    .isInstanceOf(InvalidMetricInputException.class)
                    .hasMessageContaining("'acc1' = NaN")
                    .hasMessageContaining("'acc3' = Infinity")
                    .hasMessageContaining("finite");
        }

        @Test
        void reportsEveryProblemAtOnce() {
            InvalidMetricInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    InvalidMetricInputException.class,
                    () -> ScoredLabels.of(List.of("x", "x", ""), new double[] {0.1, Double.NaN, 0.3},
                            new boolean[] {true, false, false}));
            assertThat(e.problems()).hasSize(3);
            assertThat(e.getMessage()).contains("'x'").contains("row 2").contains("NaN");
        }

        @Test
        void rejectsArraysOfDifferentLengths() {
            assertThatThrownBy(() -> ThresholdTable.of(new double[] {0.1, 0.2}, new boolean[] {true}))
                    .isInstanceOf(InvalidMetricInputException.class)
                    .hasMessageContaining("2 scores and 1 labels");
        }

        @Test
        void rejectsNanThresholdAndBadTargets() {
            ThresholdTable t = ThresholdTable.of(new double[] {0.1}, new boolean[] {true});
            assertThatThrownBy(() -> t.at(Double.NaN)).hasMessageContaining("NaN");
            assertThatThrownBy(() -> t.atFalsePositiveRate(1.5)).hasMessageContaining("between 0 and 1");
            assertThatThrownBy(() -> t.precisionAtK(0)).hasMessageContaining("at least 1");
        }

        @Test
        void topScoreAboveTheBudgetMeansFlagNothing() {
            // The single highest score is an other account: any threshold flags it (FPR 1/2 > 0.01).
            ThresholdTable t = ThresholdTable.of(new double[] {0.9, 0.1, 0.5}, new boolean[] {false, false, true});
            Confusion c = t.atFalsePositiveRate(0.01);
            assertThat(c.threshold()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(c.flagged()).isZero();
        }

        @Test
        void exactBudgetBoundaryIsIncluded() {
            // 300 negatives, 3 above 0.5: FPR 3/300 = 0.01 must count as "at most 1%".
            double[] s = new double[301];
            boolean[] y = new boolean[301];
            for (int i = 0; i < 300; i++) {
                s[i] = i < 3 ? 0.9 : 0.1;
            }
            s[300] = 0.9;
            y[300] = true;
            Confusion c = ThresholdTable.of(s, y).atFalsePositiveRate(0.01);
            assertThat(c.threshold()).isEqualTo(0.9);
            assertThat(c.falsePositives()).isEqualTo(3);
        }

        @Test
        void histogramCountsScoresOutsideTheRangeApart() {
            ThresholdTable t = ThresholdTable.of(new double[] {-0.5, 0.0, 1.0, 1.5}, new boolean[] {true, true, false,
                    false});
            ScoreHistogram h = ScoreHistogram.of(t, 2);
            assertThat(h.positivesOutside()).isEqualTo(1);
            assertThat(h.negativesOutside()).isEqualTo(1);
            assertThat(h.bins().get(1).negatives()).isEqualTo(1); // 1.0 falls in the closed last bin
            assertThatThrownBy(() -> ScoreHistogram.of(t, 0)).hasMessageContaining("between 1 and");
        }
    }
}
