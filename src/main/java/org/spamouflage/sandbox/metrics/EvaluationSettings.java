package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The choices an evaluation needs besides the data.
 *
 * @param threshold               flag accounts with {@code score >= threshold} for the reported
 *                                confusion matrix (default 0.5, the middle of the [0, 1] score
 *                                range; scores are not probabilities, so 0.5 has no special meaning)
 * @param targetFalsePositiveRate the false-alarm budget for the "lowest threshold with a false
 *                                positive rate at most this" operating point (default 0.01: at
 *                                most 1% of other accounts flagged)
 * @param precisionAtK            the k values for precision@k, ascending order kept as given
 *                                (default 10, 50, 100)
 */
public record EvaluationSettings(double threshold, double targetFalsePositiveRate, List<Integer> precisionAtK) {

    /** At most this many k values, so a settings file cannot ask for thousands. */
    public static final int MAX_K_VALUES = 20;

    public static final EvaluationSettings DEFAULT = new EvaluationSettings(0.5, 0.01, List.of(10, 50, 100));

    /** @throws InvalidMetricInputException listing every problem */
    public EvaluationSettings {
        List<String> problems = new ArrayList<>();
        if (!Double.isFinite(threshold)) {
            problems.add("threshold must be a finite number, got " + threshold);
        }
        if (!(targetFalsePositiveRate >= 0.0 && targetFalsePositiveRate <= 1.0)) {
            problems.add("targetFalsePositiveRate must be between 0 and 1, got " + targetFalsePositiveRate);
        }
        if (precisionAtK == null) {
            precisionAtK = List.of();
        }
        if (precisionAtK.size() > MAX_K_VALUES) {
            problems.add("precisionAtK may list at most " + MAX_K_VALUES + " values, got " + precisionAtK.size());
        }
        for (Integer k : precisionAtK) {
            if (k == null || k < 1) {
                problems.add("precisionAtK values must be whole numbers of at least 1, got " + k);
            }
        }
        InvalidMetricInputException.throwIfAny(problems);
        precisionAtK = List.copyOf(precisionAtK);
    }
}
