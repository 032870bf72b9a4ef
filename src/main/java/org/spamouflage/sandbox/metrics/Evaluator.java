package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds an {@link EvaluationReport} from labels, the combined score, the per-signal scores and
 * (optionally) detected clusters. Each score is sorted once. Cost: O(s · n log n) for s scores.
 */
public final class Evaluator {

    /** Name of the combined score in reports. */
    public static final String COMBINED = "combined";

    private Evaluator() {
    }

    /**
     * @param labels   who is evaluated and who is campaign
     * @param combined the combined score per input account id
     * @param signals  per-signal scores per input account id; names unique; NaN where a signal does not apply
     *                 (it is then measured on the accounts where it does, and reported as not applicable
     *                 when it applies to none)
     * @param clusters detected cluster per input account id (negative = unclustered), or null
     * @param settings threshold, false-positive budget and k values
     * @throws InvalidMetricInputException listing every problem in every score array at once
     */
    public static EvaluationReport evaluate(TruthLabels labels, double[] combined, List<NamedScores> signals,
            int[] clusters, EvaluationSettings settings) {
        EvaluationSettings s = settings == null ? EvaluationSettings.DEFAULT : settings;
        List<NamedScores> sig = signals == null ? List.of() : signals;
        List<String> problems = new ArrayList<>();
        ScoredLabels combinedInput = collect(problems, () -> labels.scores(COMBINED, combined));
        List<ScoredLabels> signalInputs = new ArrayList<>(sig.size());
        Set<String> names = new HashSet<>();
        names.add(COMBINED);
        for (NamedScores ns : sig) {
            if (ns == null || ns.name() == null || ns.name().isBlank()) {
                problems.add("every signal needs a name");
                continue;
            }
            if (!names.add(ns.name())) {
                problems.add("signal name '" + ns.name() + "' is used twice (or is the reserved name '" + COMBINED
                        + "')");
            }
            signalInputs.add(collect(problems, () -> labels.scoresWhereApplicable(ns.name(), ns.scores())));
        }
        ClusterRecovery recovery = clusters == null ? null
                : collect(problems, () -> ClusterRecovery.of(labels, clusters));
        InvalidMetricInputException.throwIfAny(problems);

        ThresholdTable table = ThresholdTable.of(combinedInput);
        List<SeparationReport> perSignal = new ArrayList<>(sig.size());
        for (int i = 0; i < sig.size(); i++) {
            ScoredLabels in = signalInputs.get(i);
            perSignal.add(in == null ? Separation.notApplicable(sig.get(i).name(), labels) : Separation.of(sig.get(i).name(), in));
        }
        List<PrecisionAtK> atK = new ArrayList<>(s.precisionAtK().size());
        for (int k : s.precisionAtK()) {
            atK.add(table.precisionAtK(k));
        }
        return new EvaluationReport(EvaluationReport.FORMAT, notes(labels.options()), s, Population.of(labels),
                Separation.of(COMBINED, table), perSignal, table.at(s.threshold()), table.bestF1(),
                table.atFalsePositiveRate(s.targetFalsePositiveRate()), atK, recovery);
    }

    /** The conventions, in sentences, written into every report. */
    static List<String> notes(LabelOptions options) {
        List<String> notes = new ArrayList<>();
        notes.add("Scores are not probabilities: they rank accounts from least to most suspicious.");
        notes.add("An account is flagged when its score is at or above the threshold (score >= threshold);"
                + " accounts with equal scores are flagged together.");
        notes.add("Positive = campaign account. " + (options.background() == LabelOptions.Background.NEGATIVE
                ? "Background bots (automated accounts outside the campaign) count as negatives: flagging one is"
                        + " a false positive."
                : "Background bots (automated accounts outside the campaign) were left out of the evaluation."));
        notes.add("NaN means undefined (for example precision when nothing is flagged, or AUC without any"
                + " campaign account), not zero. A threshold of Infinity means nothing is flagged.");
        notes.add("A signal that does not apply to an account (it abstained: no audience time zone, no creation"
                + " date…) is measured on the accounts it applies to; n/a = it applies to none.");
        notes.add("Average precision is step-wise (sum over thresholds of recall gained times precision),"
                + " as scikit-learn's average_precision_score; a random ranking scores about the prevalence.");
        return notes;
    }

    private static <T> T collect(List<String> problems, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidMetricInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
