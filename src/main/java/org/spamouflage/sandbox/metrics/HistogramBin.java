package org.spamouflage.sandbox.metrics;

/**
 * One bar of a score histogram: how many campaign and other accounts have a score in
 * [{@code from}, {@code to}) (the last bin also includes {@code to}).
 *
 * @param from          lower edge, included
 * @param to            upper edge, excluded except in the last bin
 * @param positives     campaign accounts in the bin
 * @param negatives     other accounts in the bin
 * @param positiveShare {@code positives} as a share of all campaign accounts, so the campaign and
 *                      the much larger organic population can be drawn on one scale; NaN when
 *                      there are no campaign accounts
 * @param negativeShare {@code negatives} as a share of all other accounts; NaN when there are none
 */
public record HistogramBin(double from, double to, int positives, int negatives, double positiveShare,
        double negativeShare) {
}
