package org.spamouflage.sandbox.metrics;

import java.util.List;

/**
 * One metric across the seeds of a sweep: the value each seed gave and their summary.
 *
 * @param name     the metric's name as the trial function reported it
 * @param values   one value per seed, in seed order; NaN where the seed gave no defined value
 * @param interval mean, standard deviation, 95% t interval for the mean, min and max
 */
public record MetricSpread(String name, List<Double> values, Interval interval) {

    public MetricSpread {
        values = List.copyOf(values);
    }
}
