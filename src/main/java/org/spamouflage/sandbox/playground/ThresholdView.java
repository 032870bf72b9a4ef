package org.spamouflage.sandbox.playground;

import org.spamouflage.sandbox.metrics.Confusion;
import org.spamouflage.sandbox.chart.ChartSpec;

/**
 * Everything that moves with the threshold slider. Rebuilt on every slider move without re-running
 * anything: the confusion matrix is a binary search and the curves are thinned to 500 points.
 *
 * @param threshold     the threshold applied (the best-F1 threshold when the state says "best")
 * @param bestF1        true when the state asks for the best-F1 threshold
 * @param confusion     the confusion matrix at {@code threshold}
 * @param scores        combined-score histogram with the threshold marked
 * @param roc           ROC curve with the operating point, or null when undefined or the truth is hidden
 * @param pr            precision-recall curve with the operating point, or null likewise
 * @param curveNote     why the curves are not shown, or empty
 */
public record ThresholdView(double threshold, boolean bestF1, Confusion confusion, ChartSpec scores, ChartSpec roc,
                            ChartSpec pr, String curveNote) {
}
