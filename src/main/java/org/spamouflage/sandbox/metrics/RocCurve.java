package org.spamouflage.sandbox.metrics;

import java.util.List;

/**
 * The ROC curve: for every possible threshold, how much of the campaign is caught (y) against
 * how many other accounts are wrongly flagged (x). A detector that ranks every campaign account
 * above every other account goes straight up then right (AUC 1); random scores follow the
 * diagonal (AUC 0.5). Scores are not probabilities; only their order matters here.
 *
 * <p>There is one point per distinct score, in order of decreasing threshold, after a starting
 * point (0, 0) at threshold {@code +Infinity}. Tied scores are flagged together, so a group of
 * tied campaign and other accounts moves the curve diagonally in one step, which is what makes the
 * trapezoid area equal the Mann–Whitney statistic with ties counted half. No intermediate points
 * are dropped (unlike scikit-learn's default {@code drop_intermediate=True}).
 *
 * @param points       the curve; empty when it is undefined
 * @param auc          area under the curve: the chance that a randomly chosen campaign account
 *                     scores higher than a randomly chosen other account, ties counting half;
 *                     NaN when undefined
 * @param positives    campaign accounts evaluated
 * @param negatives    other accounts evaluated
 * @param defined      false when there are no campaign accounts or no other accounts (a ROC curve
 *                     needs both)
 * @param note         why it is undefined, or empty
 */
public record RocCurve(List<RocPoint> points, double auc, int positives, int negatives, boolean defined,
        String note) {

    public RocCurve {
        points = List.copyOf(points);
        note = note == null ? "" : note;
    }
}
