package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.GroundTruth.AccountTruth;

/**
 * A benchmark program, not a unit test: how long the metrics take at classroom and import sizes.
 * It asserts nothing. The class name does not match the surefire includes, so normal builds never
 * run it; run it with
 * {@code mvn -q -o test -Dtest=MetricsBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (or its {@code main} with the test classpath). Prints the median of repeated runs after a warm-up. Data: seeded random scores rounded to 3
 * decimals (so ties occur as they do with real detector scores), 5% campaign.
 */
public final class MetricsBench {

    @Test
    @EnabledIfSystemProperty(named = "bench", matches = "true")
    void printTimings() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        System.out.println("| operation | accounts | median |");
        System.out.println("|---|---:|---:|");
        for (int n : new int[] {20_000, 100_000, 1_000_000}) {
            double[] s = new double[n];
            boolean[] y = new boolean[n];
            fill(s, y, 42L);
            ScoredLabels input = ScoredLabels.of(s, y);
            report("ScoredLabels.of (checks + copies)", n, time(() -> ScoredLabels.of(s, y)));
            report("ThresholdTable.of (sort + cumulate)", n, time(() -> ThresholdTable.of(input)));
            ThresholdTable t = ThresholdTable.of(input);
            double[] probes = new SplittableRandom(7).doubles(1_000_000).toArray();
            double perCall = time(() -> {
                long sink = 0;
                for (double p : probes) {
                    sink += t.at(p).truePositives();
                }
                return sink;
            }) / probes.length;
            report("ThresholdTable.at (one slider move)", n, perCall);
            report("roc() + pr() curves", n, time(() -> t.roc().points().size() + t.pr().points().size()));
            report("auc + AP + KS + bestF1 + FPR 1%", n, time(() -> t.auc() + t.averagePrecision() + t.ksStatistic()
                    + t.bestF1().f1() + t.atFalsePositiveRate(0.01).recall()));
            report("Separation.of (incl. KS p-value)", n, time(() -> Separation.of("x", t)));
            report("ScoreHistogram.of (20 bins)", n, time(() -> ScoreHistogram.of(t, 20)));
            // Worst case for curve size: every score distinct (one curve point per account).
            double[] distinct = new SplittableRandom(9).doubles(n).toArray();
            ThresholdTable d = ThresholdTable.of(distinct, y);
            report("ThresholdTable.of, all scores distinct", n, time(() -> ThresholdTable.of(distinct, y)));
            report("roc() + pr(), all scores distinct", n, time(() -> d.roc().points().size() + d.pr().points().size()));
            report("roc(500) + pr(500) thinned on the table, all distinct", n,
                    time(() -> d.roc(500).points().size() + d.pr(500).points().size()));
        }
        benchEvaluate(20_000, 12);
        benchEvaluate(100_000, 12);
    }

    private static void benchEvaluate(int n, int signals) {
        List<String> ids = new ArrayList<>(n);
        List<AccountTruth> truths = new ArrayList<>(n);
        double[] combined = new double[n];
        boolean[] y = new boolean[n];
        fill(combined, y, 1L);
        int[] clusters = new int[n];
        for (int i = 0; i < n; i++) {
            String id = "acc" + i;
            ids.add(id);
            truths.add(new AccountTruth(id, y[i] ? AccountClass.CAMPAIGN : AccountClass.ORGANIC, y[i] ? i % 10 : -1,
                    0, y[i] ? "new" : ""));
            clusters[i] = y[i] ? i % 12 : (i % 50 == 0 ? 99 : -1);
        }
        GroundTruth truth = new GroundTruth(truths, List.of());
        List<NamedScores> perSignal = new ArrayList<>();
        for (int k = 0; k < signals; k++) {
            double[] s = new double[n];
            fill(s, new boolean[n], 100L + k);
            perSignal.add(new NamedScores("signal" + k, s));
        }
        report("TruthLabels.of", n, time(() -> TruthLabels.of(truth, ids)));
        TruthLabels labels = TruthLabels.of(truth, ids);
        report("Evaluator.evaluate (combined + " + signals + " signals + clusters)", n,
                time(() -> Evaluator.evaluate(labels, combined, perSignal, clusters, EvaluationSettings.DEFAULT)));
        EvaluationReport r = Evaluator.evaluate(labels, combined, perSignal, clusters, EvaluationSettings.DEFAULT);
        report("MetricsJson.write (report)", n, time(() -> MetricsJson.write(r)));
    }

    private static void fill(double[] s, boolean[] y, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < s.length; i++) {
            y[i] = rnd.nextDouble() < 0.05;
            double v = rnd.nextDouble() * 0.8 + (y[i] ? 0.2 : 0.0);
            s[i] = Math.round(v * 1000) / 1000.0;
        }
    }

    /** Median seconds of repeated runs after warm-up; repetitions scale down for slow operations. */
    private static double time(java.util.function.Supplier<Object> op) {
        long start = System.nanoTime();
        Object keep = op.get();
        double first = (System.nanoTime() - start) / 1e9;
        int reps = first > 0.5 ? 3 : first > 0.05 ? 7 : 15;
        for (int i = 0; i < 3; i++) {
            keep = op.get();
        }
        double[] t = new double[reps];
        for (int i = 0; i < reps; i++) {
            long s0 = System.nanoTime();
            keep = op.get();
            t[i] = (System.nanoTime() - s0) / 1e9;
        }
        if (keep == null) {
            System.out.print("");
        }
        Arrays.sort(t);
        return t[reps / 2];
    }

    private static void report(String what, int n, double seconds) {
        String shown = seconds < 1e-6 ? String.format("%.0f ns", seconds * 1e9)
                : seconds < 1e-3 ? String.format("%.1f µs", seconds * 1e6)
                : String.format("%.1f ms", seconds * 1e3);
        System.out.printf("| %s | %,d | %s |%n", what, n, shown);
    }
}
