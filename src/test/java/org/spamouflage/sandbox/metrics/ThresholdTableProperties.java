package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Every metric of {@link ThresholdTable} checked against a second, independent method on random
 * data with many ties (scores drawn from 6 levels half of the time): brute-force pair counting and
 * Commons Math's Mann–Whitney U and rank sums for AUC, Commons Math's two-sample KS statistic,
 * direct counting for confusion matrices, per-positive precision for average precision, and
 * exhaustive search for the best-F1 and target-FPR thresholds. Tolerance 1e-9 (the methods add
 * the same integers in different orders).
 */
class ThresholdTableProperties {

    private static final double TOL = 1e-9;

    record Sample(double[] scores, boolean[] labels) {
        int positives() {
            int p = 0;
            for (boolean b : labels) {
                p += b ? 1 : 0;
            }
            return p;
        }

        int negatives() {
            return labels.length - positives();
        }

        double[] of(boolean label) {
            double[] out = new double[label ? positives() : negatives()];
            int j = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    out[j++] = scores[i];
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return "Sample" + Arrays.toString(scores) + Arrays.toString(labels);
        }
    }

    @Provide
    Arbitrary<Sample> samples() {
        Arbitrary<Double> tied = Arbitraries.integers().between(0, 5).map(i -> i / 5.0);
        Arbitrary<Double> smooth = Arbitraries.doubles().between(0.0, 1.0).ofScale(3);
        Arbitrary<List<Double>> scores = Arbitraries.oneOf(tied, smooth).list().ofMinSize(0).ofMaxSize(60);
        return scores.flatMap(s -> Arbitraries.of(true, false).list().ofSize(s.size())
                .map(l -> {
                    double[] sc = s.stream().mapToDouble(Double::doubleValue).toArray();
                    boolean[] lb = new boolean[l.size()];
                    for (int i = 0; i < lb.length; i++) {
                        lb[i] = l.get(i);
                    }
                    return new Sample(sc, lb);
                }));
    }

    @Provide
    Arbitrary<Sample> bothClasses() {
        return samples().filter(s -> s.positives() >= 2 && s.negatives() >= 2);
    }

    @Property(tries = 300)
    void aucEqualsBruteForcePairCounting(@ForAll("samples") Sample s) {
        ThresholdTable t = ThresholdTable.of(s.scores(), s.labels());
        if (s.positives() == 0 || s.negatives() == 0) {
            assertThat(t.auc()).isNaN();
            return;
        }
        double wins = 0;
        for (double p : s.of(true)) {
            for (double n : s.of(false)) {
                wins += p > n ? 1.0 : p == n ? 0.5 : 0.0;
            }
        }
        assertThat(t.auc()).isCloseTo(wins / ((double) s.positives() * s.negatives()), within(TOL));
        assertThat(t.roc().auc()).isEqualTo(t.auc());
    }

    @Property(tries = 300)
    void aucEqualsMannWhitneyUFromCommonsMath(@ForAll("bothClasses") Sample s) {
        double[] pos = s.of(true);
        double[] neg = s.of(false);
        double n1 = pos.length;
        double n2 = neg.length;
        // U of the campaign sample from average ranks (ties share their mean rank).
        double[] all = new double[pos.length + neg.length];
        System.arraycopy(pos, 0, all, 0, pos.length);
        System.arraycopy(neg, 0, all, pos.length, neg.length);
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(all);
        double rankSum = 0;
        for (int i = 0; i < pos.length; i++) {
            rankSum += ranks[i];
        }
        double u = rankSum - n1 * (n1 + 1) / 2;
        double auc = ThresholdTable.of(s.scores(), s.labels()).auc();
        assertThat(auc).isCloseTo(u / (n1 * n2), within(TOL));
        // MannWhitneyUTest.mannWhitneyU returns max(U1, U2) in Commons Math 3.6.1.
        double maxU = new MannWhitneyUTest().mannWhitneyU(pos, neg);
        assertThat(maxU / (n1 * n2)).isCloseTo(Math.max(auc, 1 - auc), within(TOL));
    }

    @Property(tries = 300)
    void ksEqualsCommonsMathStatistic(@ForAll("bothClasses") Sample s) {
        double expected = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(s.of(true), s.of(false));
        assertThat(ThresholdTable.of(s.scores(), s.labels()).ksStatistic()).isCloseTo(expected, within(TOL));
    }

    @Property(tries = 300)
    void confusionEqualsDirectCounting(@ForAll("samples") Sample s,
            @ForAll @DoubleRange(min = -0.1, max = 1.1) double threshold) {
        ThresholdTable t = ThresholdTable.of(s.scores(), s.labels());
        // Also probe exactly at existing scores, where ties matter.
        double[] probes = s.scores().length == 0 ? new double[] {threshold}
                : new double[] {threshold, s.scores()[0], s.scores()[s.scores().length - 1]};
        for (double th : probes) {
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < s.scores().length; i++) {
                if (s.scores()[i] >= th) {
                    if (s.labels()[i]) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            assertThat(t.at(th)).isEqualTo(Confusion.of(th, tp, fp, s.negatives() - fp, s.positives() - tp));
        }
    }

    @Property(tries = 300)
    void averagePrecisionIsMeanPrecisionAtEachCampaignAccountsScore(@ForAll("samples") Sample s) {
        ThresholdTable t = ThresholdTable.of(s.scores(), s.labels());
        if (s.positives() == 0) {
            assertThat(t.averagePrecision()).isNaN();
            return;
        }
        // Second definition: for each campaign account j, precision when flagging score >= score_j.
        double sum = 0;
        for (int j = 0; j < s.scores().length; j++) {
            if (!s.labels()[j]) {
                continue;
            }
            int flagged = 0;
            int hits = 0;
            for (int i = 0; i < s.scores().length; i++) {
                if (s.scores()[i] >= s.scores()[j]) {
                    flagged++;
                    hits += s.labels()[i] ? 1 : 0;
                }
            }
            sum += (double) hits / flagged;
        }
        assertThat(t.averagePrecision()).isCloseTo(sum / s.positives(), within(TOL));
    }

    @Property(tries = 300)
    void bestF1BeatsEveryOtherThreshold(@ForAll("samples") Sample s) {
        ThresholdTable t = ThresholdTable.of(s.scores(), s.labels());
        if (s.positives() == 0) {
            return;
        }
        Confusion best = t.bestF1();
        double bruteBest = -1;
        double bruteThreshold = Double.NaN;
        double[] distinct = Arrays.stream(s.scores()).distinct().sorted().toArray();
        for (int k = distinct.length - 1; k >= 0; k--) { // high to low: first max = highest threshold
            double f1 = t.at(distinct[k]).f1();
            if (f1 > bruteBest + 1e-15) {
                bruteBest = f1;
                bruteThreshold = distinct[k];
            }
        }
        assertThat(best.f1()).isCloseTo(bruteBest, within(TOL));
        assertThat(best.threshold()).isEqualTo(bruteThreshold);
    }

    @Property(tries = 300)
    void targetFprIsTheLowestScoreWithinBudget(@ForAll("samples") Sample s,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double budget) {
        ThresholdTable t = ThresholdTable.of(s.scores(), s.labels());
        double lowest = Double.POSITIVE_INFINITY;
        for (double v : s.scores()) {
            int fp = 0;
            for (int i = 0; i < s.scores().length; i++) {
                fp += !s.labels()[i] && s.scores()[i] >= v ? 1 : 0;
            }
            boolean ok = s.negatives() == 0 || (double) fp / s.negatives() <= budget;
            if (ok && v < lowest) {
                lowest = v;
            }
        }
        assertThat(t.atFalsePositiveRate(budget).threshold()).isEqualTo(lowest);
    }

    @Property(tries = 200)
    void precisionAtKIsTheMeanOverAllTieBreakOrders(@ForAll("samples") Sample s, @ForAll("ks") int k) {
        ThresholdTable t = ThresholdTable.of(s.scores(), s.labels());
        int n = s.scores().length;
        if (n == 0) {
            assertThat(t.precisionAtK(k).precision()).isNaN();
            return;
        }
        // Independent: every account with a strictly higher score than the k-th is in; accounts tied
        // with the k-th share the remaining places, each in with the same chance.
        int counted = Math.min(k, n);
        double[] desc = Arrays.stream(s.scores()).boxed().sorted((a, b) -> Double.compare(b, a))
                .mapToDouble(Double::doubleValue).toArray();
        double kth = desc[counted - 1];
        double expectedHits = 0;
        int above = 0;
        int tiedTotal = 0;
        int tiedHits = 0;
        for (int i = 0; i < n; i++) {
            if (s.scores()[i] > kth) {
                above++;
                expectedHits += s.labels()[i] ? 1 : 0;
            } else if (s.scores()[i] == kth) {
                tiedTotal++;
                tiedHits += s.labels()[i] ? 1 : 0;
            }
        }
        expectedHits += (double) tiedHits * (counted - above) / tiedTotal;
        assertThat(t.precisionAtK(k).precision()).isCloseTo(expectedHits / counted, within(TOL));
    }

    @Provide
    Arbitrary<Integer> ks() {
        return Arbitraries.integers().between(1, 70);
    }

    @Property(tries = 200)
    void histogramBinsAddUpToEveryAccountInRange(@ForAll("samples") Sample s, @ForAll("bins") int bins) {
        ScoreHistogram h = ScoreHistogram.of(ThresholdTable.of(s.scores(), s.labels()), bins);
        int pos = h.bins().stream().mapToInt(HistogramBin::positives).sum();
        int neg = h.bins().stream().mapToInt(HistogramBin::negatives).sum();
        assertThat(pos + h.positivesOutside()).isEqualTo(s.positives());
        assertThat(neg + h.negativesOutside()).isEqualTo(s.negatives());
        assertThat(h.positivesOutside() + h.negativesOutside()).isZero(); // all generated scores are in [0, 1]
        // Independent bin assignment: bin i holds i/bins <= v < (i+1)/bins; the last bin also holds 1.0.
        int[] bruteNeg = new int[bins];
        int[] brutePos = new int[bins];
        for (int i = 0; i < s.scores().length; i++) {
            double v = s.scores()[i];
            int bin = -1;
            for (int b = 0; b < bins; b++) {
                double lo = (double) b / bins;
                double hi = (double) (b + 1) / bins;
                if (v >= lo && (v < hi || (b == bins - 1 && v <= 1.0))) {
                    bin = b;
                }
            }
            if (s.labels()[i]) {
                brutePos[bin]++;
            } else {
                bruteNeg[bin]++;
            }
        }
        assertThat(h.bins()).extracting(HistogramBin::positives)
                .containsExactly(Arrays.stream(brutePos).boxed().toArray(Integer[]::new));
        assertThat(h.bins()).extracting(HistogramBin::negatives)
                .containsExactly(Arrays.stream(bruteNeg).boxed().toArray(Integer[]::new));
    }

    @Provide
    Arbitrary<Integer> bins() {
        return Arbitraries.integers().between(1, 13);
    }

    @Property(tries = 100)
    void resultDoesNotDependOnInputOrder(@ForAll("samples") Sample s, @ForAll long shuffleSeed) {
        int n = s.scores().length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Collections.shuffle(Arrays.asList(order), new java.util.Random(shuffleSeed));
        double[] sc = new double[n];
        boolean[] lb = new boolean[n];
        for (int i = 0; i < n; i++) {
            sc[i] = s.scores()[order[i]];
            lb[i] = s.labels()[order[i]];
        }
        ThresholdTable a = ThresholdTable.of(s.scores(), s.labels());
        ThresholdTable b = ThresholdTable.of(sc, lb);
        assertThat(b.roc()).isEqualTo(a.roc());
        assertThat(b.pr()).isEqualTo(a.pr());
        assertThat(b.bestF1()).isEqualTo(a.bestF1());
    }
}
