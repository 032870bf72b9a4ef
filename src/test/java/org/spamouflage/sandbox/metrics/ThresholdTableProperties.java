package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.spamouflage.sandbox.testing.RandomInputs.anyLong;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.doubleBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every metric of {@link ThresholdTable} checked against a second, independent method on random
 * data with many ties (scores drawn from 6 levels half of the time): brute-force pair counting and
 * Commons Math's Mann–Whitney U and rank sums for AUC, Commons Math's two-sample KS statistic,
 * direct counting for confusion matrices, per-positive precision for average precision, and
 * exhaustive search for the best-F1 and target-FPR thresholds. Tolerance 1e-9 (the methods add
 * the same integers in different orders). Each test runs 100 to 300 drawn samples (the count is in
 * each source) and the fixed edge samples.
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

    /**
     * 0 to 60 accounts with random labels; each score is one of 6 levels (0, 0.2, ... 1) or any value
     * in [0, 1] with 3 decimals, each half of the time.
     */
    static Sample sample(SplittableRandom r) {
        int n = size(r, 0, 60);
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = r.nextBoolean() ? intBetween(r, 0, 5) / 5.0 : Math.round(doubleBetween(r, 0.0, 1.0) * 1000) / 1000.0;
            labels[i] = r.nextBoolean();
        }
        return new Sample(scores, labels);
    }

    /** A sample with at least two accounts of each class (drawn again until it has). */
    static Sample bothClasses(SplittableRandom r) {
        Sample s = sample(r);
        while (s.positives() < 2 || s.negatives() < 2) {
            s = sample(r);
        }
        return s;
    }

    /** Fixed samples tried after the drawn ones. */
    static final Map<String, Sample> EDGE_SAMPLES = edgeSamples();

    private static Map<String, Sample> edgeSamples() {
        Map<String, Sample> m = new LinkedHashMap<>();
        m.put("no accounts", new Sample(new double[0], new boolean[0]));
        m.put("one campaign account", new Sample(new double[] {0.5}, new boolean[] {true}));
        m.put("one organic account", new Sample(new double[] {0.5}, new boolean[] {false}));
        m.put("only campaign accounts", new Sample(new double[] {0, 0.2, 1}, new boolean[] {true, true, true}));
        m.put("only organic accounts", new Sample(new double[] {0, 0.2, 1}, new boolean[] {false, false, false}));
        m.put("all scores tied", new Sample(new double[] {0.4, 0.4, 0.4, 0.4}, new boolean[] {true, false, true, false}));
        m.put("perfectly separated", new Sample(new double[] {0, 0.2, 0.8, 1}, new boolean[] {false, false, true, true}));
        m.put("perfectly reversed", new Sample(new double[] {0, 0.2, 0.8, 1}, new boolean[] {true, true, false, false}));
        m.put("ties at 0 and 1", new Sample(new double[] {0, 0, 1, 1, 1}, new boolean[] {true, false, true, false, false}));
        double[] scores = new double[60];
        boolean[] labels = new boolean[60];
        for (int i = 0; i < 60; i++) {
            scores[i] = (i % 7) / 6.0;
            labels[i] = i % 3 == 0;
        }
        m.put("60 accounts", new Sample(scores, labels));
        return m;
    }

    /**
     * {@code tries} drawn samples, each with the extra arguments that {@code extras} draws after it;
     * then the edge samples (only those with two of each class when {@code bothClasses}), each with
     * each of {@code edgeExtras}.
     */
    static Stream<Arguments> samplesWith(int tries, boolean bothClasses, Function<SplittableRandom, Object[]> extras,
                                         Object[]... edgeExtras) {
        List<Arguments> fixed = new ArrayList<>();
        EDGE_SAMPLES.forEach((name, s) -> {
            if (bothClasses && (s.positives() < 2 || s.negatives() < 2)) {
                return;
            }
            for (Object[] extra : edgeExtras.length == 0 ? new Object[][] {{}} : edgeExtras) {
                fixed.add(edge(name + (extra.length == 0 ? "" : " " + Arrays.toString(extra)), prepend(s, extra)));
            }
        });
        return cases(tries, r -> {
            Sample s = bothClasses ? bothClasses(r) : sample(r);
            return Arguments.of(prepend(s, extras.apply(r)));
        }, fixed.toArray(Arguments[]::new));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    static Stream<Arguments> samples300() {
        return samplesWith(300, false, r -> new Object[0]);
    }

    static Stream<Arguments> bothClasses300() {
        return samplesWith(300, true, r -> new Object[0]);
    }

    @ParameterizedTest
    @MethodSource("samples300")
    void aucEqualsBruteForcePairCounting(Sample s) {
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

    @ParameterizedTest
    @MethodSource("bothClasses300")
    void aucEqualsMannWhitneyUFromCommonsMath(Sample s) {
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

    @ParameterizedTest
    @MethodSource("bothClasses300")
    void ksEqualsCommonsMathStatistic(Sample s) {
        double expected = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(s.of(true), s.of(false));
        assertThat(ThresholdTable.of(s.scores(), s.labels()).ksStatistic()).isCloseTo(expected, within(TOL));
    }

    /** 300 drawn samples, each with a threshold in [-0.1, 1.1]. */
    static Stream<Arguments> samplesAndThresholds() {
        return samplesWith(300, false, r -> new Object[] {doubleBetween(r, -0.1, 1.1)},
                new Object[] {-0.1}, new Object[] {0.4}, new Object[] {1.1});
    }

    @ParameterizedTest
    @MethodSource("samplesAndThresholds")
    void confusionEqualsDirectCounting(Sample s, double threshold) {
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

    @ParameterizedTest
    @MethodSource("samples300")
    void averagePrecisionIsMeanPrecisionAtEachCampaignAccountsScore(Sample s) {
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

    @ParameterizedTest
    @MethodSource("samples300")
    void bestF1BeatsEveryOtherThreshold(Sample s) {
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

    /** 300 drawn samples, each with a false-positive budget in [0, 1]. */
    static Stream<Arguments> samplesAndBudgets() {
        return samplesWith(300, false, r -> new Object[] {doubleBetween(r, 0.0, 1.0)},
                new Object[] {0.0}, new Object[] {0.5}, new Object[] {1.0});
    }

    @ParameterizedTest
    @MethodSource("samplesAndBudgets")
    void targetFprIsTheLowestScoreWithinBudget(Sample s, double budget) {
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

    /** 200 drawn samples, each with k in 1..70. */
    static Stream<Arguments> samplesAndKs() {
        return samplesWith(200, false, r -> new Object[] {intBetween(r, 1, 70)},
                new Object[] {1}, new Object[] {3}, new Object[] {70});
    }

    @ParameterizedTest
    @MethodSource("samplesAndKs")
    void precisionAtKIsTheMeanOverAllTieBreakOrders(Sample s, int k) {
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

    /** 200 drawn samples, each with 1..13 bins. */
    static Stream<Arguments> samplesAndBins() {
        return samplesWith(200, false, r -> new Object[] {intBetween(r, 1, 13)},
                new Object[] {1}, new Object[] {5}, new Object[] {13});
    }

    @ParameterizedTest
    @MethodSource("samplesAndBins")
    void histogramBinsAddUpToEveryAccountInRange(Sample s, int bins) {
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

    /** 100 drawn samples, each with a seed for the shuffle. */
    static Stream<Arguments> samplesAndShuffles() {
        return samplesWith(100, false, r -> new Object[] {anyLong(r)}, new Object[] {0L}, new Object[] {-1L});
    }

    @ParameterizedTest
    @MethodSource("samplesAndShuffles")
    void resultDoesNotDependOnInputOrder(Sample s, long shuffleSeed) {
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
