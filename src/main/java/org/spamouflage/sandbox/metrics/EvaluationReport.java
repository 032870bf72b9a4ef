package org.spamouflage.sandbox.metrics;

import java.util.List;

/**
 * Everything {@code evaluate} reports about one detection run against the truth, as one value
 * that {@link MetricsJson} writes deterministically ({@code metrics.json}). Scores are not
 * probabilities; {@code notes} repeats the conventions for anyone reading the file alone.
 *
 * @param format                    version of this layout (1)
 * @param notes                     the conventions behind the numbers, in plain sentences
 * @param settings                  threshold, false-positive budget and k values used
 * @param population                who was evaluated
 * @param combined                  separation by the combined score
 * @param signals                   separation by each signal, in the order given
 * @param atThreshold               the confusion matrix at {@code settings.threshold}
 * @param bestF1                    the confusion matrix at the threshold with the highest F1
 * @param atTargetFalsePositiveRate the confusion matrix at the lowest threshold whose false
 *                                  positive rate is within {@code settings.targetFalsePositiveRate}
 * @param precisionAtK              precision among the top k accounts, for each k asked
 * @param clusters                  cluster recovery against campaign cells, or null when no
 *                                  clusters were given
 */
public record EvaluationReport(
        int format,
        List<String> notes,
        EvaluationSettings settings,
        Population population,
        SeparationReport combined,
        List<SeparationReport> signals,
        Confusion atThreshold,
        Confusion bestF1,
        Confusion atTargetFalsePositiveRate,
        List<PrecisionAtK> precisionAtK,
        ClusterRecovery clusters) {

    /** The layout version written in {@code format}. */
    public static final int FORMAT = 1;

    public EvaluationReport {
        notes = List.copyOf(notes);
        signals = List.copyOf(signals);
        precisionAtK = List.copyOf(precisionAtK);
    }
}
