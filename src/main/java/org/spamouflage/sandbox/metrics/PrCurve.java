package org.spamouflage.sandbox.metrics;

import java.util.List;

/**
 * The precision–recall curve: for every possible threshold, how much of the campaign is caught
 * (recall, x) against how clean the flagged set is (precision, y). More telling than ROC when the
 * campaign is a small share of all accounts. Scores are not probabilities.
 *
 * <p>One point per distinct score, in order of decreasing threshold, after a starting point
 * (recall 0, precision 1, threshold {@code +Infinity}), the same convention as scikit-learn's
 * {@code precision_recall_curve}.
 *
 * @param points           the curve; empty when undefined
 * @param averagePrecision the precision averaged over the campaign accounts, each taken at the
 *                         threshold that first catches it (step-wise:
 *                         AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ, as scikit-learn's {@code average_precision_score};
 *                         no interpolation); a random ranking scores about the campaign's share
 *                         of accounts ({@code prevalence}); NaN when undefined
 * @param prevalence       share of evaluated accounts that are campaign: the AP of a random ranking
 * @param positives        campaign accounts evaluated
 * @param negatives        other accounts evaluated
 * @param defined          false when there are no campaign accounts (recall needs at least one)
 * @param note             why it is undefined, or empty
 */
public record PrCurve(List<PrPoint> points, double averagePrecision, double prevalence, int positives,
        int negatives, boolean defined, String note) {

    public PrCurve {
        points = List.copyOf(points);
        note = note == null ? "" : note;
    }

    /**
     * The same curve with at most {@code maxPoints} evenly spaced points (both ends kept), for
     * drawing only; average precision keeps its exact value.
     *
     * @throws IllegalArgumentException when {@code maxPoints < 2}
     */
    public PrCurve thinned(int maxPoints) {
        Thinning.checkMax(maxPoints);
        return new PrCurve(Thinning.stride(points, maxPoints), averagePrecision, prevalence, positives, negatives,
                defined, note);
    }
}
