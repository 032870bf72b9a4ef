package org.spamouflage.sandbox.metrics;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a seed sweep: how much each metric varies when only the random seed changes.
 * A wide spread means a single run's number should not be trusted on its own.
 *
 * @param seeds   the seeds run, in order
 * @param metrics one entry per metric name, sorted by name
 */
public record SweepResult(List<Long> seeds, List<MetricSpread> metrics) {

    public SweepResult {
        seeds = List.copyOf(seeds);
        metrics = List.copyOf(metrics);
    }

    /** The metric with this name, if any seed reported it. */
    public Optional<MetricSpread> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
