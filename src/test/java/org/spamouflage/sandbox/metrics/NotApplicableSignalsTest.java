package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.GroundTruth;

/** A signal is measured on the accounts it applies to; one that applies to none is reported as not applicable. */
class NotApplicableSignalsTest {

    private static final List<String> IDS = List.of("c1", "c2", "o1", "o2");

    private static TruthLabels labels() {
        return TruthLabels.of(new GroundTruth(List.of(
                new GroundTruth.AccountTruth("c1", AccountClass.CAMPAIGN, -1, -1, ""),
                new GroundTruth.AccountTruth("c2", AccountClass.CAMPAIGN, -1, -1, ""),
                new GroundTruth.AccountTruth("o1", AccountClass.ORGANIC, -1, -1, ""),
                new GroundTruth.AccountTruth("o2", AccountClass.ORGANIC, -1, -1, "")), List.of()), IDS);
    }

    @Test
    void partlyApplicableSignalIsMeasuredWhereItApplies() {
        // c2 is n/a: left are c1 (0.9) against o1 (0.1) and o2 (0.95) -> AUC 1/2 by hand
        EvaluationReport r = Evaluator.evaluate(labels(), new double[] {0.9, 0.8, 0.1, 0.2},
                List.of(new NamedScores("followers", new double[] {0.9, Double.NaN, 0.1, 0.95})), null, null);
        SeparationReport s = r.signals().get(0);
        assertThat(s.positives()).isEqualTo(1);
        assertThat(s.negatives()).isEqualTo(2);
        assertThat(s.auc()).isEqualTo(0.5);
    }

    @Test
    void signalThatAppliesToNobodyIsNotApplicable() {
        double nan = Double.NaN;
        EvaluationReport r = Evaluator.evaluate(labels(), new double[] {0.9, 0.8, 0.1, 0.2},
                List.of(new NamedScores("night-posting", new double[] {nan, nan, nan, nan})), null, null);
        SeparationReport s = r.signals().get(0);
        assertThat(s.defined()).isFalse();
        assertThat(s.auc()).isNaN();
        assertThat(s.note()).isEqualTo(Separation.NOT_APPLICABLE);
        assertThat(r.combined().auc()).isEqualTo(1.0);
    }
}
