package org.spamouflage.sandbox.metrics;

/**
 * How well one score (a single signal or the combined score) separates campaign accounts from
 * everyone else, in a few numbers. Scores are not probabilities, and none of these numbers is a
 * probability that a given account belongs to the campaign.
 *
 * @param signal           the score's name (e.g. {@code combined}, {@code coShare})
 * @param positives        campaign accounts evaluated
 * @param negatives        other accounts evaluated
 * @param prevalence       share of evaluated accounts that are campaign (the average precision a
 *                         random score would get)
 * @param auc              the chance that a random campaign account scores higher than a random
 *                         other account (ties count half): 1 = perfect, 0.5 = no better than a
 *                         coin, below 0.5 = the signal points the wrong way; NaN when undefined
 * @param averagePrecision precision averaged over the campaign accounts, each at the threshold
 *                         that first catches it (step-wise, as scikit-learn); compare it with
 *                         {@code prevalence}; NaN when there are no campaign accounts
 * @param ksStatistic      the largest gap between the share of campaign and of other accounts
 *                         scoring at or above some cut (two-sample Kolmogorov–Smirnov D): 0 = same
 *                         distribution, 1 = fully separated; NaN when undefined
 * @param ksThreshold      the cut where that gap is largest; NaN when undefined or when D = 0
 * @param ksPValue         how surprising a gap this large would be if both groups' scores came
 *                         from one distribution: P(D &ge; observed D) under
 *                         that hypothesis (Commons Math 3.6.1 {@code KolmogorovSmirnovTest} with
 *                         {@code strict = false}: exact when positives·negatives &lt; 10 000,
 *                         with exact ties broken by a tiny fixed-seed jitter, asymptotic otherwise;
 *                         approximate when many scores are tied); 1 when D = 0; NaN when a class
 *                         has fewer than 2 accounts. A small p-value says the groups differ, not
 *                         that the signal is useful
 * @param defined          false when AUC is undefined (a class is missing)
 * @param note             why something is undefined, or empty
 */
public record SeparationReport(
        String signal,
        int positives,
        int negatives,
        double prevalence,
        double auc,
        double averagePrecision,
        double ksStatistic,
        double ksThreshold,
        double ksPValue,
        boolean defined,
        String note) {

    public SeparationReport {
        note = note == null ? "" : note;
    }
}
