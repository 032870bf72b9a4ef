package org.spamouflage.sandbox.metrics;

/**
 * What happens when every account with {@code score >= threshold} is flagged: how many campaign
 * accounts are caught and how many other accounts are wrongly flagged. Scores are not
 * probabilities: the threshold is a cut on the ranking, not a confidence level.
 *
 * <p>The rates are derived from the four counts and recomputed by the constructor, so they can
 * never disagree with them. A rate whose denominator is zero is {@code NaN} (undefined), never 0.
 *
 * @param threshold         accounts with a score at or above this are flagged; {@code +Infinity}
 *                          means "flag nothing" (written as the string {@code "Infinity"} in JSON)
 * @param truePositives     campaign accounts flagged (caught)
 * @param falsePositives    other accounts flagged (false alarms)
 * @param trueNegatives     other accounts not flagged
 * @param falseNegatives    campaign accounts not flagged (missed)
 * @param precision         of the flagged accounts, the share that really are campaign:
 *                          TP / (TP + FP); NaN when nothing is flagged
 * @param recall            of the campaign accounts, the share flagged (also called true positive
 *                          rate or sensitivity): TP / (TP + FN); NaN when there are no campaign
 *                          accounts
 * @param f1                one number balancing precision and recall (their harmonic mean):
 *                          2·TP / (2·TP + FP + FN); NaN when there are no campaign accounts and
 *                          nothing is flagged
 * @param falsePositiveRate of the other accounts, the share wrongly flagged: FP / (FP + TN); NaN
 *                          when there are no other accounts
 * @param accuracy          share of all accounts labelled correctly: (TP + TN) / all; NaN when
 *                          there are no accounts. Misleading when the campaign is small: flagging
 *                          nobody already scores high
 */
public record Confusion(
        double threshold,
        int truePositives,
        int falsePositives,
        int trueNegatives,
        int falseNegatives,
        double precision,
        double recall,
        double f1,
        double falsePositiveRate,
        double accuracy) {

    public Confusion {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be a number, got NaN");
        }
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("confusion counts must not be negative, got TP=" + truePositives
                    + " FP=" + falsePositives + " TN=" + trueNegatives + " FN=" + falseNegatives);
        }
        precision = ratio(truePositives, (long) truePositives + falsePositives);
        recall = ratio(truePositives, (long) truePositives + falseNegatives);
        f1 = ratio(2L * truePositives, 2L * truePositives + falsePositives + falseNegatives);
        falsePositiveRate = ratio(falsePositives, (long) falsePositives + trueNegatives);
        accuracy = ratio((long) truePositives + trueNegatives,
                (long) truePositives + falsePositives + trueNegatives + falseNegatives);
    }

    /** The confusion matrix for these counts; the rates are computed. */
    public static Confusion of(double threshold, int truePositives, int falsePositives, int trueNegatives,
            int falseNegatives) {
        return new Confusion(threshold, truePositives, falsePositives, trueNegatives, falseNegatives,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Accounts flagged: TP + FP. */
    public int flagged() {
        return truePositives + falsePositives;
    }

    /** Campaign accounts evaluated: TP + FN. */
    public int positives() {
        return truePositives + falseNegatives;
    }

    /** Other accounts evaluated: FP + TN. */
    public int negatives() {
        return falsePositives + trueNegatives;
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
