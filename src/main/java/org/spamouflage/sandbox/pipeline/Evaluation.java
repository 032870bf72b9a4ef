package org.spamouflage.sandbox.pipeline;

import java.util.Map;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.ThresholdTable;
import org.spamouflage.sandbox.metrics.TruthLabels;

/**
 * A detection measured against the truth.
 *
 * @param labels   who was evaluated and who is campaign (aligned with the detection's account order)
 * @param combined threshold table of the combined score (the slider reads it in O(log n))
 * @param signals  threshold table per signal id, in signal order, over the accounts the signal applies to;
 *                 absent for a signal that applies to none (it abstained)
 * @param report   the full report ({@code metrics.json})
 */
public record Evaluation(TruthLabels labels, ThresholdTable combined, Map<String, ThresholdTable> signals,
                         EvaluationReport report) {
}
