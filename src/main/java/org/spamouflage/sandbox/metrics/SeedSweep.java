package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.LongFunction;

/**
 * Runs the same experiment for seeds s₀, s₀+1, …, s₀+N−1 and summarises every metric it reports
 * (mean, standard deviation, 95% Student t interval for the mean, min, max; see {@link Interval}).
 *
 * <p>The trial function gets the seed and returns metric values by name (e.g. {@code auc},
 * {@code bestF1}); a missing name or a null, NaN or infinite value counts as undefined for that
 * seed. Metrics are listed by name in sorted order, so the result does not depend on the map type
 * the trial returns. Runs one seed after the other on the calling thread; an interrupted thread
 * stops the sweep between seeds with a {@link CancellationException} (the web page cancels stale
 * sweeps this way).
 */
public final class SeedSweep {

    /** Upper bound on seeds per sweep. */
    public static final int MAX_SEEDS = 1_000;

    /** Confidence level of every interval in a sweep. */
    public static final double LEVEL = 0.95;

    private SeedSweep() {
    }

    /**
     * Runs {@code trial} for {@code count} consecutive seeds from {@code firstSeed}.
     *
     * @throws InvalidMetricInputException for a count outside 1..{@value #MAX_SEEDS} or seeds that
     *                                     would overflow a long
     * @throws CancellationException       when the thread is interrupted between seeds
     */
    public static SweepResult run(long firstSeed, int count, LongFunction<? extends Map<String, ? extends Number>> trial) {
        List<String> problems = new ArrayList<>();
        if (count < 1 || count > MAX_SEEDS) {
            problems.add("seed count must be between 1 and " + MAX_SEEDS + ", got " + count);
        } else if (firstSeed > Long.MAX_VALUE - (count - 1)) {
            problems.add("first seed " + firstSeed + " plus " + (count - 1) + " would overflow the largest seed "
                    + Long.MAX_VALUE);
        }
        if (trial == null) {
            problems.add("a trial function is required");
        }
        InvalidMetricInputException.throwIfAny(problems);
        List<Long> seeds = new ArrayList<>(count);
        List<Map<String, ? extends Number>> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("seed sweep cancelled after " + i + " of " + count + " seeds");
            }
            long seed = firstSeed + i;
            seeds.add(seed);
            Map<String, ? extends Number> r = trial.apply(seed);
            results.add(r == null ? Map.of() : r);
        }
        return aggregate(seeds, results);
    }

    /**
     * Summarises results already computed, one map per seed (for callers that run the seeds
     * themselves, e.g. in parallel, and report progress).
     *
     * @throws InvalidMetricInputException when the lists differ in length
     */
    public static SweepResult aggregate(List<Long> seeds, List<? extends Map<String, ? extends Number>> perSeed) {
        if (seeds.size() != perSeed.size()) {
            throw new InvalidMetricInputException(List.of("one result per seed is needed, got " + seeds.size()
                    + " seeds and " + perSeed.size() + " results"));
        }
        TreeSet<String> names = new TreeSet<>();
        for (Map<String, ? extends Number> m : perSeed) {
            if (m != null) {
                for (String key : m.keySet()) {
                    if (key != null) {
                        names.add(key);
                    }
                }
            }
        }
        List<MetricSpread> spreads = new ArrayList<>(names.size());
        for (String name : names) {
            double[] values = new double[perSeed.size()];
            List<Double> shown = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                Map<String, ? extends Number> m = perSeed.get(i);
                Number v = m == null ? null : m.get(name);
                values[i] = v == null || !Double.isFinite(v.doubleValue()) ? Double.NaN : v.doubleValue();
                shown.add(values[i]);
            }
            spreads.add(new MetricSpread(name, shown, Interval.studentT(values, LEVEL)));
        }
        return new SweepResult(seeds, spreads);
    }
}
