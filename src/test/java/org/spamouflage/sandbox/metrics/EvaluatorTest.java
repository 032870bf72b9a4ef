package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluator} and {@link MetricsJson} on {@link TruthFixture}. Combined scores (ids in
 * fixture order c1..c5, o1..o3, b1): campaign 0.9, 0.8, 0.4, 0.7, 0.6; others 0.65, 0.2, 0.1,
 * 0.85. Expected values by hand below.
 */
class EvaluatorTest {

    static final double[] COMBINED = {0.9, 0.8, 0.4, 0.7, 0.6, 0.65, 0.2, 0.1, 0.85};
    static final double[] CO_SHARE = {1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0};
    static final double[] FLAT = new double[9];

    static EvaluationReport report() {
        return Evaluator.evaluate(TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS), COMBINED,
                List.of(new NamedScores("coShare", CO_SHARE), new NamedScores("hourProfile", FLAT)),
                TruthFixture.CLUSTERS, new EvaluationSettings(0.5, 0.01, List.of(1, 3, 50)));
    }

    @Nested
    class Numbers {

        private final EvaluationReport r = report();

        @Test
        void combinedAucCountsPairsByHand() {
            // Wins of each campaign score over the others {0.65, 0.2, 0.1, 0.85}:
            // 0.9 -> 4, 0.8 -> 3, 0.4 -> 2, 0.7 -> 3, 0.6 -> 2; 14 of 5*4 = 20.
            assertThat(r.combined().auc()).isCloseTo(0.7, within(1e-12));
            assertThat(r.combined().signal()).isEqualTo("combined");
        }

        @Test
        void perSignalReportsKeepTheGivenOrder() {
            assertThat(r.signals()).extracting(SeparationReport::signal).containsExactly("coShare", "hourProfile");
            // coShare: 4 campaign at 1, c3 and all others at 0. Pairs: 4*4 wins + 1*4 ties/2 = 18 of 20.
            assertThat(r.signals().get(0).auc()).isCloseTo(0.9, within(1e-12));
            // A flat signal ranks no one above anyone: AUC 1/2, KS 0.
            assertThat(r.signals().get(1).auc()).isCloseTo(0.5, within(1e-12));
            assertThat(r.signals().get(1).ksStatistic()).isZero();
        }

        @Test
        void confusionMatricesAtTheThreeOperatingPoints() {
            // >= 0.5 flags c1, c2, c4, c5 (TP 4), o1, b1 (FP 2); misses c3; leaves o2, o3.
            assertThat(r.atThreshold()).isEqualTo(Confusion.of(0.5, 4, 2, 2, 1));
            // F1 = 2TP/(TP+FP+5) by threshold: 0.9 2/6, 0.85 2/7, 0.8 4/8, 0.7 6/9, 0.65 6/10,
            // 0.6 8/11, 0.4 10/12 (best), 0.2 10/13, 0.1 10/14.
            assertThat(r.bestF1().threshold()).isEqualTo(0.4);
            assertThat(r.bestF1().f1()).isCloseTo(10.0 / 12.0, within(1e-12));
            // FPR <= 1% of 4 others means no false positive at all: only 0.9 qualifies.
            assertThat(r.atTargetFalsePositiveRate()).isEqualTo(Confusion.of(0.9, 1, 0, 4, 4));
        }

        @Test
        void precisionAtKAndPopulation() {
            // Top 1: c1; top 3: c1, b1, c2 -> 2/3; k = 50 counts all 9 -> 5/9.
            assertThat(r.precisionAtK()).extracting(PrecisionAtK::precision)
                    .containsExactly(1.0, 2.0 / 3.0, 5.0 / 9.0);
            assertThat(r.precisionAtK().get(2).counted()).isEqualTo(9);
            assertThat(r.population()).isEqualTo(new Population(9, 9, 5, 4, 0, 0, 0,
                    LabelOptions.Background.NEGATIVE, LabelOptions.Unknown.REJECT));
            assertThat(r.clusters().adjustedRandIndex()).isCloseTo(0.4375, within(1e-12)); // see ClusterRecoveryTest
            assertThat(r.notes()).anyMatch(n -> n.contains("not probabilities"))
                    .anyMatch(n -> n.contains("count as negatives"));
        }

        @Test
        void clustersAreOptional() {
            EvaluationReport noClusters = Evaluator.evaluate(TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS),
                    COMBINED, List.of(), null, null);
            assertThat(noClusters.clusters()).isNull();
            assertThat(noClusters.settings()).isEqualTo(EvaluationSettings.DEFAULT);
        }
    }

    @Nested
    class BadInput {

        @Test
        void reportsEveryProblemInEveryArrayAtOnce() {
            double[] combined = COMBINED.clone();
            combined[6] = Double.NaN;
            InvalidMetricInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    InvalidMetricInputException.class,
                    () -> Evaluator.evaluate(TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS), combined,
                            List.of(new NamedScores("coShare", new double[2]), new NamedScores("combined", FLAT)),
                            new int[1], null));
            assertThat(e.problems()).hasSize(4);
            assertThat(e.getMessage()).contains("'o2' = NaN").contains("'coShare'").contains("used twice")
                    .contains("'clusters'");
        }

        @Test
        void settingsListEveryProblem() {
            assertThatThrownBy(() -> new EvaluationSettings(Double.NaN, 2.0, List.of(0)))
                    .isInstanceOf(InvalidMetricInputException.class)
                    .hasMessageContaining("3 problems")
                    .hasMessageContaining("threshold")
                    .hasMessageContaining("targetFalsePositiveRate")
                    .hasMessageContaining("precisionAtK");
        }
    }

    @Nested
    class Json {

        @Test
        void writesByteIdenticalJsonEveryTime() {
            String a = MetricsJson.write(report());
            String b = MetricsJson.write(report());
            assertThat(a).isEqualTo(b);
            assertThat(a).doesNotContain("\r").endsWith("}\n");
        }

        @Test
        void keepsRecordFieldOrderAndWritesUndefinedAsStrings() {
            String json = MetricsJson.write(report());
            assertThat(json.indexOf("\"format\"")).isLessThan(json.indexOf("\"notes\""));
            assertThat(json.indexOf("\"notes\"")).isLessThan(json.indexOf("\"settings\""));
            assertThat(json.indexOf("\"combined\"")).isLessThan(json.indexOf("\"signals\""));
            assertThat(json.indexOf("\"precisionAtK\" : [")).isLessThan(json.indexOf("\"clusters\""));
            assertThat(json).contains("\"auc\" : 0.7,");
            assertThat(json).contains("\"ksThreshold\" : \"NaN\""); // the flat signal
        }

        @Test
        void roundTripsThroughJson() {
            EvaluationReport r = report();
            assertThat(MetricsJson.readReport(MetricsJson.write(r), "metrics.json")).isEqualTo(r);
            EvaluationReport flagNothing = Evaluator.evaluate(TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS),
                    COMBINED, List.of(), null, new EvaluationSettings(0.95, 0.0, List.of()));
            String json = MetricsJson.write(flagNothing);
            assertThat(MetricsJson.readReport(json, "m.json")).isEqualTo(flagNothing);
        }

        @Test
        void curvesAndSweepsSerialiseToo() {
            ThresholdTable t = ThresholdTable.of(TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS)
                    .scores("combined", COMBINED));
            String roc = MetricsJson.write(t.roc());
            assertThat(roc).contains("\"threshold\" : \"Infinity\"");
            assertThat(MetricsJson.read(roc, "roc.json", RocCurve.class)).isEqualTo(t.roc());
            assertThat(MetricsJson.read(MetricsJson.write(ScoreHistogram.of(t, 5)), "h.json", ScoreHistogram.class))
                    .isEqualTo(ScoreHistogram.of(t, 5));
        }

        @Test
        void malformedJsonNamesSourceAndLine() {
            assertThatThrownBy(() -> MetricsJson.readReport("{\n  \"format\": 1,,\n}", "metrics.json"))
                    .isInstanceOf(InvalidMetricInputException.class)
                    .hasMessageContaining("metrics.json at line 2");
        }
    }
}
