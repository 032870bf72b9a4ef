package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link Separation}: the KS p-value is checked against the exact permutation distribution,
 * enumerated here over every equally likely split of the pooled scores (an independent method),
 * and against the hand count 2/C(8,4) for two fully separated samples.
 */
class SeparationTest {

    @Test
    void fullySeparatedSamplesHaveTheExactPValueTwoOverSeventy() {
        // Under "same distribution" all C(8,4) = 70 splits of the 8 scores are equally likely; D = 1
        // only when the four campaign scores are the four highest or the four lowest: p = 2/70.
        SeparationReport r = Separation.of("perfect", ScoredLabels.of(
                new double[] {0.6, 0.7, 0.8, 0.9, 0.1, 0.2, 0.3, 0.4},
                new boolean[] {true, true, true, true, false, false, false, false}));
        assertThat(r.ksStatistic()).isEqualTo(1.0);
        assertThat(r.ksPValue()).isCloseTo(2.0 / 70.0, within(1e-9));
        assertThat(r.auc()).isEqualTo(1.0);
        assertThat(r.averagePrecision()).isEqualTo(1.0);
        assertThat(r.prevalence()).isEqualTo(0.5);
        assertThat(r.defined()).isTrue();
        assertThat(r.note()).isEmpty();
    }

    @Test
    void pValueEqualsTheEnumeratedPermutationDistribution() {
        double[] pos = {0.4, 0.5, 0.8, 0.9, 1.0};
        double[] neg = {0.1, 0.2, 0.3, 0.6, 0.7, 0.65};
        SeparationReport r = Separation.of("x", ScoredLabels.of(concat(pos, neg), labels(pos.length, neg.length)));
        assertThat(r.ksPValue()).isCloseTo(enumeratedPValue(pos, neg), within(1e-9));
        assertThat(r.ksPValue()).isBetween(0.0, 1.0);
    }

    @Test
    void smallClassesGiveNoPValueButStillAStatistic() {
        SeparationReport r = Separation.of("tiny", ScoredLabels.of(new double[] {0.9, 0.1, 0.2},
                new boolean[] {true, false, false}));
        assertThat(r.ksStatistic()).isEqualTo(1.0);
        assertThat(r.ksPValue()).isNaN();
        assertThat(r.note()).contains("at least 2");
    }

    @Test
    void missingClassIsUndefinedNotAnError() {
        SeparationReport r = Separation.of("none", ScoredLabels.of(new double[] {0.9, 0.1},
                new boolean[] {false, false}));
        assertThat(r.defined()).isFalse();
        assertThat(r.auc()).isNaN();
        assertThat(r.ksPValue()).isNaN();
        assertThat(r.note()).contains("no campaign accounts");
    }

    @Test
    void largeClearlySeparatedSamplesGetATinyPValue() {
        // 200 vs 100 (product 20 000: the asymptotic branch). Campaign on [0.3, 0.8), others on [0, 1).
        double[] pos = new double[100];
        double[] neg = new double[200];
        for (int i = 0; i < 200; i++) {
            neg[i] = i / 200.0;
        }
        for (int i = 0; i < 100; i++) {
            pos[i] = 0.3 + i / 200.0;
        }
        SeparationReport r = Separation.of("big", ScoredLabels.of(concat(pos, neg), labels(100, 200)));
        assertThat(r.ksStatistic()).isCloseTo(0.3, within(1e-12)); // F_other(0.3) = 60/200 while F_campaign = 0
        assertThat(r.ksPValue()).isLessThan(1e-4);
    }

    /** P(D >= observed) over all C(n+m, n) splits of the pooled sample; D by direct ECDF comparison. */
    private static double enumeratedPValue(double[] pos, double[] neg) {
        double[] all = concat(pos, neg);
        double observed = ecdfGap(pos, neg);
        int n = pos.length;
        int total = all.length;
        long hits = 0;
        long splits = 0;
        for (int mask = 0; mask < (1 << total); mask++) {
            if (Integer.bitCount(mask) != n) {
                continue;
            }
            double[] a = new double[n];
            double[] b = new double[total - n];
            int ia = 0;
            int ib = 0;
            for (int i = 0; i < total; i++) {
                if ((mask & (1 << i)) != 0) {
                    a[ia++] = all[i];
                } else {
                    b[ib++] = all[i];
                }
            }
            splits++;
            if (ecdfGap(a, b) >= observed - 1e-12) {
                hits++;
            }
        }
        return (double) hits / splits;
    }

    private static double ecdfGap(double[] a, double[] b) {
        double best = 0;
        for (double[] src : new double[][] {a, b}) {
            for (double x : src) {
                best = Math.max(best, Math.abs(share(a, x) - share(b, x)));
            }
        }
        return best;
    }

    private static double share(double[] s, double x) {
        int c = 0;
        for (double v : s) {
            c += v <= x ? 1 : 0;
        }
        return (double) c / s.length;
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static boolean[] labels(int positives, int negatives) {
        boolean[] y = new boolean[positives + negatives];
        for (int i = 0; i < positives; i++) {
            y[i] = true;
        }
        return y;
    }
}
