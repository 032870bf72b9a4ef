package org.spamouflage.sandbox.metrics;

/**
 * One point of a ROC curve: flagging every account with {@code score >= threshold} catches
 * {@code truePositiveRate} of the campaign at the cost of wrongly flagging
 * {@code falsePositiveRate} of everyone else.
 *
 * @param threshold         the cut ({@code +Infinity} for the starting point where nothing is flagged)
 * @param falsePositiveRate share of other accounts flagged (x axis)
 * @param truePositiveRate  share of campaign accounts flagged, i.e. recall (y axis)
 * @param truePositives     campaign accounts flagged
 * @param falsePositives    other accounts flagged
 */
public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate, int truePositives,
        int falsePositives) {
}
