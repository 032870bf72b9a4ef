package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
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

    /**
     * The same curve with at most {@code maxPoints} points, for drawing only (AUC and counts keep
     * their exact values). First drops points in the middle of straight runs, which changes
     * nothing on screen (as scikit-learn's {@code drop_intermediate}); if still too many, keeps
     * evenly spaced points, always including both ends. To mark the current threshold, use
     * {@link ThresholdTable#at(double)}, not the nearest kept point.
     *
     * @throws IllegalArgumentException when {@code maxPoints < 2}
     */
    public RocCurve thinned(int maxPoints) {
        Thinning.checkMax(maxPoints);
        return new RocCurve(Thinning.stride(dropCollinear(points), maxPoints), auc, positives, negatives, defined,
                note);
    }

    private static List<RocPoint> dropCollinear(List<RocPoint> p) {
        if (p.size() <= 2) {
            return p;
        }
        List<RocPoint> out = new ArrayList<>();
        out.add(p.get(0));
        for (int i = 1; i < p.size() - 1; i++) {
            RocPoint a = p.get(i - 1);
            RocPoint b = p.get(i);
            RocPoint c = p.get(i + 1);
            // Exact test on integer counts: is b on the segment a-c's line?
            long cross = (long) (b.falsePositives() - a.falsePositives()) * (c.truePositives() - b.truePositives())
                    - (long) (b.truePositives() - a.truePositives()) * (c.falsePositives() - b.falsePositives());
            if (cross != 0) {
                out.add(b);
            }
        }
        out.add(p.get(p.size() - 1));
        return out;
    }
}
