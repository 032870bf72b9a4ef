package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The spread of one metric over several runs (e.g. the AUC over 10 seeds) and a confidence
 * interval for its mean: if we repeated the whole sweep many times, about {@code level} of such
 * intervals would contain the metric's true average over all seeds. It says how precisely the
 * average is known, not where single runs fall (see {@code min} and {@code max} for that).
 *
 * <p>Method: Student's t interval for the mean, mean ± t(1 − (1 − level)/2, n − 1) · s / √n, with
 * s the sample standard deviation (n − 1 in the denominator) and t from Commons Math's
 * {@link TDistribution}. Values that are NaN or infinite (undefined in that run) are left out and
 * counted in {@code undefined}.
 *
 * @param method            how the interval was computed, in words
 * @param level             the confidence level, e.g. 0.95
 * @param n                 runs with a defined value
 * @param undefined         runs whose value was undefined (NaN, infinite or missing)
 * @param mean              average of the defined values; NaN when n = 0
 * @param standardDeviation sample standard deviation; NaN when n &lt; 2
 * @param lower             lower end of the interval; NaN when n &lt; 2
 * @param upper             upper end of the interval; NaN when n &lt; 2
 * @param min               smallest defined value; NaN when n = 0
 * @param max               largest defined value; NaN when n = 0
 */
public record Interval(String method, double level, int n, int undefined, double mean, double standardDeviation,
        double lower, double upper, double min, double max) {

    /** The method sentence stored in every interval built here. */
    public static final String STUDENT_T = "Student t interval for the mean: mean ± t(1 − (1 − level)/2, n − 1)·sd/√n";

    /**
     * A Student t interval for the mean of {@code values}.
     *
     * @param level confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
     * @throws IllegalArgumentException for a level outside (0, 1)
     */
    public static Interval studentT(double[] values, double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, got " + level);
        }
        List<Double> defined = new ArrayList<>(values.length);
        for (double v : values) {
            if (Double.isFinite(v)) {
                defined.add(v);
            }
        }
        int n = defined.size();
        int undefined = values.length - n;
        if (n == 0) {
            return new Interval(STUDENT_T, level, 0, undefined, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        double sum = 0.0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : defined) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        // When every run agrees, say so exactly (a summed mean of 0.7, 0.7, 0.7 is 0.7000000000000001).
        double mean = min == max ? min : sum / n;
        if (n == 1) {
            return new Interval(STUDENT_T, level, 1, undefined, mean, Double.NaN, Double.NaN, Double.NaN, min, max);
        }
        // Two-pass variance: numerically stable.
        double squares = 0.0;
        for (double v : defined) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        // The generator is only used for sampling, which we never do; null avoids a clock-seeded one.
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1.0 - (1.0 - level) / 2.0);
        double half = t * sd / Math.sqrt(n);
        return new Interval(STUDENT_T, level, n, undefined, mean, sd, mean - half, mean + half, min, max);
    }
}
