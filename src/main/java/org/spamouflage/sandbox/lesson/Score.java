package org.spamouflage.sandbox.lesson;

/**
 * How good one submission is against the truth. Campaign accounts are the positives; organic
 * accounts and unrelated background bots are negatives, as in the engine's evaluation. Rates follow
 * {@link org.spamouflage.sandbox.metrics.Confusion}: NaN where the denominator is zero.
 *
 * @param truePositives  campaign accounts flagged
 * @param falsePositives other accounts flagged (false alarms)
 * @param falseNegatives campaign accounts not flagged (missed)
 * @param trueNegatives  other accounts left alone
 * @param cost           cost-weighted error: cost per FP · FP + cost per FN · FN
 */
public record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, double cost) {

    public Score {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public int flagged() {
        return truePositives + falsePositives;
    }

    /** TP / (TP + FP); NaN when nothing was flagged. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN); NaN when there are no campaign accounts. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** 2·TP / (2·TP + FP + FN); NaN when there is nothing to find and nothing was flagged. */
    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
