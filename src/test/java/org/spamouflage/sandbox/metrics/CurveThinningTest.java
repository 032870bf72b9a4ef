package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CurveThinningTest {

    @Test
    void dropsOnlyPointsInsideStraightRuns() {
        // Scores high to low: 0.9 P, 0.8 N, 0.7 N, 0.6 N, 0.5 P. ROC: (0,0) (0,.5) (1/3,.5) (2/3,.5) (1,.5) (1,1).
        // (1/3,.5) and (2/3,.5) lie inside the horizontal run from (0,.5) to (1,.5).
        RocCurve roc = ThresholdTable.of(new double[] {0.9, 0.8, 0.7, 0.6, 0.5},
                new boolean[] {true, false, false, false, true}).roc();
        RocCurve thin = roc.thinned(100);
        assertThat(thin.points()).extracting(RocPoint::falsePositiveRate).containsExactly(0.0, 0.0, 1.0, 1.0);
        assertThat(thin.points()).extracting(RocPoint::truePositiveRate).containsExactly(0.0, 0.5, 0.5, 1.0);
        assertThat(trapezoid(thin.points())).isCloseTo(roc.auc(), within(1e-12));
        assertThat(thin.auc()).isEqualTo(roc.auc());
    }

    @Test
    void boundsTheNumberOfPointsAndKeepsBothEnds() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] s = new double[5000];
        boolean[] y = new boolean[5000];
        for (int i = 0; i < s.length; i++) {
            y[i] = rnd.nextDouble() < 0.2;
            s[i] = rnd.nextDouble() + (y[i] ? 0.3 : 0.0);
        }
        ThresholdTable t = ThresholdTable.of(s, y);
        RocCurve roc = t.roc().thinned(200);
        PrCurve pr = t.pr().thinned(200);
        assertThat(roc.points()).hasSizeLessThanOrEqualTo(200);
        assertThat(pr.points()).hasSize(200);
        assertThat(roc.points().get(0)).isEqualTo(t.roc().points().get(0));
        assertThat(roc.points().get(roc.points().size() - 1).truePositiveRate()).isEqualTo(1.0);
        assertThat(pr.points().get(pr.points().size() - 1)).isEqualTo(t.pr().points().get(t.pr().points().size() - 1));
        // Display only: the drawn area stays close to the exact AUC at this density.
        assertThat(trapezoid(roc.points())).isCloseTo(t.auc(), within(0.01));
        assertThatThrownBy(() -> t.roc().thinned(1)).hasMessageContaining("at least 2");
    }

    @Test
    void thinningOnTheTableGivesTheSamePointsAsThinningTheFullCurve() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + rnd.nextInt(400);
            double[] s = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                y[i] = rnd.nextBoolean();
                s[i] = trial % 2 == 0 ? rnd.nextInt(20) / 20.0 : rnd.nextDouble(); // tied, then distinct
            }
            ThresholdTable t = ThresholdTable.of(s, y);
            for (int max : new int[] {2, 3, 17, 1000}) {
                assertThat(t.roc(max)).isEqualTo(t.roc().thinned(max));
                assertThat(t.pr(max)).isEqualTo(t.pr().thinned(max));
            }
        }
    }

    private static double trapezoid(List<RocPoint> p) {
        double area = 0;
        for (int i = 1; i < p.size(); i++) {
            area += (p.get(i).falsePositiveRate() - p.get(i - 1).falsePositiveRate())
                    * (p.get(i).truePositiveRate() + p.get(i - 1).truePositiveRate()) / 2;
        }
        return area;
    }
}
