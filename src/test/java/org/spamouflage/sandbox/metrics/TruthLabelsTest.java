package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TruthLabelsTest {

    @Nested
    class Background {

        @Test
        void backgroundBotsCountAsNegativesByDefault() {
            TruthLabels labels = TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS);
            assertThat(labels.size()).isEqualTo(9);
            assertThat(labels.positives()).isEqualTo(5);
            assertThat(labels.negatives()).isEqualTo(4); // o1, o2, o3 and b1
            assertThat(labels.labels()).containsExactly(true, true, true, true, true, false, false, false, false);
        }

        @Test
        void backgroundBotsCanBeLeftOut() {
            TruthLabels labels = TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS, LabelOptions.excludingBackground());
            assertThat(labels.ids()).doesNotContain("b1").hasSize(8);
            assertThat(labels.excludedBackground()).isEqualTo(1);
            // Score arrays stay aligned with the input: b1's score (0.99) is dropped, not shifted.
            double[] scores = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.99};
            ScoredLabels kept = labels.scores("combined", scores);
            assertThat(kept.scores()).containsExactly(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2);
            // With b1 gone every campaign account outranks every organic one: AUC 1.
            assertThat(ThresholdTable.of(kept).auc()).isEqualTo(1.0);
            // Kept as a negative, b1 outranks all 5 campaign accounts: AUC = (5*4 - 5)/(5*4) = 0.75.
            assertThat(ThresholdTable.of(TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS).scores("combined", scores))
                    .auc()).isEqualTo(0.75);
        }
    }

    @Nested
    class UnknownAccounts {

        private final List<String> withUnknown = append(TruthFixture.IDS, "zz");

        @Test
        void rejectsAccountsMissingFromTheTruthByDefault() {
            assertThatThrownBy(() -> TruthLabels.of(TruthFixture.TRUTH, withUnknown))
                    .isInstanceOf(InvalidMetricInputException.class)
                    .hasMessageContaining("'zz'")
                    .hasMessageContaining("not in the ground truth");
        }

        @Test
        void canCountThemAsNegativesOrLeaveThemOut() {
            TruthLabels asNegative = TruthLabels.of(TruthFixture.TRUTH, withUnknown,
                    new LabelOptions(LabelOptions.Background.NEGATIVE, LabelOptions.Unknown.NEGATIVE));
            assertThat(asNegative.negatives()).isEqualTo(5);
            assertThat(asNegative.unknownAsNegative()).isEqualTo(1);
            assertThat(asNegative.truthAt(9)).isNull();
            TruthLabels excluded = TruthLabels.of(TruthFixture.TRUTH, withUnknown,
                    new LabelOptions(LabelOptions.Background.NEGATIVE, LabelOptions.Unknown.EXCLUDE));
            assertThat(excluded.size()).isEqualTo(9);
            assertThat(excluded.excludedUnknown()).isEqualTo(1);
        }
    }

    @Nested
    class BadInput {

        @Test
        void listsDuplicateEmptyAndUnknownIdsTogether() {
            InvalidMetricInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    InvalidMetricInputException.class,
                    () -> TruthLabels.of(TruthFixture.TRUTH, List.of("c1", "c1", "", "nobody")));
            assertThat(e.problems()).hasSize(3);
            assertThat(e.getMessage()).contains("'c1'").contains("position 2").contains("'nobody'");
        }

        @Test
        void namesTheSignalWithTheWrongLengthOrNonFiniteScore() {
            TruthLabels labels = TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS);
            assertThatThrownBy(() -> labels.scores("coShare", new double[3]))
                    .hasMessageContaining("'coShare'").hasMessageContaining("(9), got 3");
            double[] s = new double[9];
            s[5] = Double.NaN;
            assertThatThrownBy(() -> labels.scores("coShare", s))
                    .hasMessageContaining("signal 'coShare'").hasMessageContaining("'o1' = NaN");
        }
    }

    private static List<String> append(List<String> ids, String extra) {
        List<String> out = new ArrayList<>(ids);
        out.add(extra);
        return out;
    }
}
