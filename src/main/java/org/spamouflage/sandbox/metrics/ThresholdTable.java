package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every threshold-based metric from a single sort: the distinct scores in decreasing order and,
 * for each, how many campaign and other accounts score at or above it. Built in O(n log n) once;
 * after that the confusion matrix at any threshold costs O(log n) (a binary search), so a
 * threshold slider can ask on every move, and the curves, AUC, average precision and the KS
 * statistic cost O(number of distinct scores).
 *
 * <p>Threshold rule: an account is flagged when {@code score >= threshold}. Scores are not
 * probabilities; nothing here assumes they are, and all metrics except {@link #at(double)} depend
 * only on the order of the scores.
 *
 * <p>Counts are kept as integers so AUC and KS are exact ratios of integers, rounded once.
 * Immutable and safe to share between threads.
 */
public final class ThresholdTable {

    private static final String NO_POSITIVES = "no campaign accounts among the evaluated accounts";
    private static final String NO_NEGATIVES = "no non-campaign accounts among the evaluated accounts";

    /** Distinct scores, strictly decreasing. */
    private final double[] thresholds;
    /** Campaign accounts with score >= thresholds[i]. */
    private final int[] tp;
    /** Other accounts with score >= thresholds[i]. */
    private final int[] fp;
    private final int positives;
    private final int negatives;
    /** Scores of each class, ascending, for histograms and the KS test. */
    private final double[] positiveSorted;
    private final double[] negativeSorted;

    private ThresholdTable(double[] positiveSorted, double[] negativeSorted) {
        this.positiveSorted = positiveSorted;
        this.negativeSorted = negativeSorted;
        this.positives = positiveSorted.length;
        this.negatives = negativeSorted.length;
        int n = positives + negatives;
        double[] thr = new double[n];
        int[] cumTp = new int[n];
        int[] cumFp = new int[n];
        int i = positives - 1;
        int j = negatives - 1;
        int m = 0;
        int t = 0;
        int f = 0;
        // Merge the two ascending arrays from the top; one step per distinct score, absorbing ties
        // from both classes at once so tied accounts always move together.
        while (i >= 0 || j >= 0) {
            double v;
            if (i < 0) {
                v = negativeSorted[j];
            } else if (j < 0) {
                v = positiveSorted[i];
            } else {
                v = Math.max(positiveSorted[i], negativeSorted[j]);
            }
            while (i >= 0 && positiveSorted[i] == v) {
                t++;
                i--;
            }
            while (j >= 0 && negativeSorted[j] == v) {
                f++;
                j--;
            }
            thr[m] = v;
            cumTp[m] = t;
            cumFp[m] = f;
            m++;
        }
        this.thresholds = Arrays.copyOf(thr, m);
        this.tp = Arrays.copyOf(cumTp, m);
        this.fp = Arrays.copyOf(cumFp, m);
    }

    /** The table for checked input. O(n log n). */
    public static ThresholdTable of(ScoredLabels input) {
        double[] pos = input.positiveScores();
        double[] neg = input.negativeScores();
        normaliseZeros(pos);
        normaliseZeros(neg);
        Arrays.sort(pos);
        Arrays.sort(neg);
        return new ThresholdTable(pos, neg);
    }

    /**
     * The table for scores and labels given as arrays (rows named by index in messages).
     *
     * @throws InvalidMetricInputException for arrays of different lengths or non-finite scores
     */
    public static ThresholdTable of(double[] scores, boolean[] positive) {
        return of(ScoredLabels.of(scores, positive));
    }

    /** -0.0 and 0.0 are the same score; Arrays.sort would order them apart. */
    private static void normaliseZeros(double[] a) {
        for (int k = 0; k < a.length; k++) {
            a[k] += 0.0;
        }
    }

    /** Campaign accounts evaluated. */
    public int positives() {
        return positives;
    }

    /** Other (non-campaign) accounts evaluated. */
    public int negatives() {
        return negatives;
    }

    /** All accounts evaluated. */
    public int size() {
        return positives + negatives;
    }

    /** Share of evaluated accounts that are campaign; NaN when there are none. */
    public double prevalence() {
        return Confusion.ratio(positives, size());
    }

    /** Number of distinct scores (= points on the curves after the starting point). */
    public int distinctScores() {
        return thresholds.length;
    }

    /** The distinct scores, highest first (a copy): every threshold at which something changes. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Campaign scores, lowest first (a copy). */
    public double[] positiveScoresAscending() {
        return positiveSorted.clone();
    }

    /** Scores of the other accounts, lowest first (a copy). */
    public double[] negativeScoresAscending() {
        return negativeSorted.clone();
    }

    double[] positiveSortedView() {
        return positiveSorted;
    }

    double[] negativeSortedView() {
        return negativeSorted;
    }

    /** True when there is at least one campaign account and one other account (ROC, AUC, KS need both). */
    public boolean hasBothClasses() {
        return positives > 0 && negatives > 0;
    }

    /** Why ROC/AUC/KS are undefined, or empty when they are defined. */
    public String rocUndefinedReason() {
        if (positives == 0 && negatives == 0) {
            return "no accounts evaluated";
        }
        if (positives == 0) {
            return NO_POSITIVES + ": ROC, AUC and KS need at least one of each";
        }
        if (negatives == 0) {
            return NO_NEGATIVES + ": ROC, AUC and KS need at least one of each";
        }
        return "";
    }

    /**
     * The confusion matrix when every account with {@code score >= threshold} is flagged.
     * O(log n).
     *
     * @throws IllegalArgumentException when {@code threshold} is NaN
     */
    public Confusion at(double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be a number, got NaN");
        }
        return confusionAtCount(flaggedGroups(threshold), threshold);
    }

    /** Number of distinct scores >= threshold (binary search on the decreasing array). */
    private int flaggedGroups(double threshold) {
        int lo = 0;
        int hi = thresholds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (thresholds[mid] >= threshold) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Confusion when the first {@code groups} distinct scores are flagged. */
    private Confusion confusionAtCount(int groups, double threshold) {
        int t = groups == 0 ? 0 : tp[groups - 1];
        int f = groups == 0 ? 0 : fp[groups - 1];
        return Confusion.of(threshold, t, f, negatives - f, positives - t);
    }

    /** Confusion at the i-th distinct score (threshold = that score). */
    private Confusion confusionAtGroup(int i) {
        return Confusion.of(thresholds[i], tp[i], fp[i], negatives - fp[i], positives - tp[i]);
    }

    /** The confusion matrix when nothing is flagged (threshold {@code +Infinity}). */
    public Confusion flagNothing() {
        return confusionAtCount(0, Double.POSITIVE_INFINITY);
    }

    /**
     * The ROC curve, one point per distinct score plus the starting point. O(distinct scores).
     * Empty and flagged undefined when either class is missing.
     */
    public RocCurve roc() {
        if (!hasBothClasses()) {
            return new RocCurve(List.of(), Double.NaN, positives, negatives, false, rocUndefinedReason());
        }
        List<RocPoint> points = new ArrayList<>(thresholds.length + 1);
        points.add(new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0, 0, 0));
        for (int i = 0; i < thresholds.length; i++) {
            points.add(new RocPoint(thresholds[i], (double) fp[i] / negatives, (double) tp[i] / positives, tp[i],
                    fp[i]));
        }
        return new RocCurve(points, auc(), positives, negatives, true, "");
    }

    /**
     * The ROC curve with at most {@code maxPoints} points, for drawing: the same points as
     * {@code roc().thinned(maxPoints)}, but chosen on the counts before any point is built, so a
     * million distinct scores cost a scan, not a million objects. AUC keeps its exact value.
     *
     * @throws IllegalArgumentException when {@code maxPoints < 2}
     */
    public RocCurve roc(int maxPoints) {
        Thinning.checkMax(maxPoints);
        if (!hasBothClasses()) {
            return roc();
        }
        // Point j of the full curve: j = 0 is the start (0, 0), j = g + 1 is distinct score g.
        int total = thresholds.length + 1;
        int[] corners = new int[total];
        int k = 0;
        corners[k++] = 0;
        for (int j = 1; j < total - 1; j++) {
            long cross = (long) (fpAt(j) - fpAt(j - 1)) * (tpAt(j + 1) - tpAt(j))
                    - (long) (tpAt(j) - tpAt(j - 1)) * (fpAt(j + 1) - fpAt(j));
            if (cross != 0) {
                corners[k++] = j;
            }
        }
        corners[k++] = total - 1;
        int[] keep = Thinning.strideIndices(k, maxPoints);
        List<RocPoint> points = new ArrayList<>(keep.length);
        for (int i : keep) {
            int j = corners[i];
            points.add(new RocPoint(j == 0 ? Double.POSITIVE_INFINITY : thresholds[j - 1],
                    (double) fpAt(j) / negatives, (double) tpAt(j) / positives, tpAt(j), fpAt(j)));
        }
        return new RocCurve(points, auc(), positives, negatives, true, "");
    }

    /**
     * The precision–recall curve with at most {@code maxPoints} evenly spaced points (both ends
     * kept), for drawing: the same points as {@code pr().thinned(maxPoints)}, built without
     * materialising the full curve. Average precision keeps its exact value.
     *
     * @throws IllegalArgumentException when {@code maxPoints < 2}
     */
    public PrCurve pr(int maxPoints) {
        Thinning.checkMax(maxPoints);
        if (positives == 0) {
            return pr();
        }
        int[] keep = Thinning.strideIndices(thresholds.length + 1, maxPoints);
        List<PrPoint> points = new ArrayList<>(keep.length);
        for (int j : keep) {
            if (j == 0) {
                points.add(new PrPoint(Double.POSITIVE_INFINITY, 0.0, 1.0, 0, 0));
            } else {
                int flagged = tpAt(j) + fpAt(j);
                points.add(new PrPoint(thresholds[j - 1], (double) tpAt(j) / positives, (double) tpAt(j) / flagged,
                        tpAt(j), flagged));
            }
        }
        return new PrCurve(points, averagePrecision(), prevalence(), positives, negatives, true, "");
    }

    private int tpAt(int point) {
        return point == 0 ? 0 : tp[point - 1];
    }

    private int fpAt(int point) {
        return point == 0 ? 0 : fp[point - 1];
    }

    /**
     * Area under the ROC curve by the trapezoid rule over every distinct score: the chance that a
     * random campaign account scores higher than a random other account, ties counting half.
     * Computed exactly in integers (twice the Mann–Whitney U of the campaign scores), then divided
     * once. NaN when either class is missing.
     */
    public double auc() {
        if (!hasBothClasses()) {
            return Double.NaN;
        }
        // Trapezoid strip i has width (fp_i - fp_{i-1})/N and mean height (tp_i + tp_{i-1})/(2P);
        // summing the integer numerators gives 2U exactly (2U <= 2PN < 2^62 for any array size).
        long twiceU = 0;
        int prevTp = 0;
        int prevFp = 0;
        for (int i = 0; i < thresholds.length; i++) {
            twiceU += (long) (fp[i] - prevFp) * (tp[i] + prevTp);
            prevTp = tp[i];
            prevFp = fp[i];
        }
        return twiceU / (2.0 * positives * (double) negatives);
    }

    /**
     * The precision–recall curve, one point per distinct score plus the starting point (recall 0,
     * precision 1). Empty and flagged undefined when there are no campaign accounts.
     */
    public PrCurve pr() {
        if (positives == 0) {
            String why = negatives == 0 ? "no accounts evaluated"
                    : NO_POSITIVES + ": recall and average precision need at least one";
            return new PrCurve(List.of(), Double.NaN, prevalence(), positives, negatives, false, why);
        }
        List<PrPoint> points = new ArrayList<>(thresholds.length + 1);
        points.add(new PrPoint(Double.POSITIVE_INFINITY, 0.0, 1.0, 0, 0));
        for (int i = 0; i < thresholds.length; i++) {
            int flagged = tp[i] + fp[i];
            points.add(new PrPoint(thresholds[i], (double) tp[i] / positives, (double) tp[i] / flagged, tp[i],
                    flagged));
        }
        return new PrCurve(points, averagePrecision(), prevalence(), positives, negatives, true, "");
    }

    /**
     * Average precision, step-wise as scikit-learn's {@code average_precision_score}:
     * AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct scores from the highest down, with R₀ = 0.
     * Equivalently, the precision at each campaign account's own score, averaged over the campaign
     * accounts. NaN when there are no campaign accounts; 1 when there are no other accounts.
     */
    public double averagePrecision() {
        if (positives == 0) {
            return Double.NaN;
        }
        double sum = 0.0;
        int prevTp = 0;
        for (int i = 0; i < thresholds.length; i++) {
            int gained = tp[i] - prevTp;
            if (gained > 0) {
                sum += gained * ((double) tp[i] / (tp[i] + fp[i]));
            }
            prevTp = tp[i];
        }
        return sum / positives;
    }

    /**
     * The two-sample Kolmogorov–Smirnov statistic: the largest gap, over all cuts, between the
     * share of campaign accounts and the share of other accounts scoring at or above the cut
     * (max |TPR − FPR|, equal to max |F_campaign − F_other| of the empirical distribution
     * functions). 0 = the two score distributions are identical, 1 = a cut separates them
     * completely. NaN when either class is missing.
     */
    public double ksStatistic() {
        int i = ksIndex();
        return i < -1 ? Double.NaN : ksGap(i);
    }

    /**
     * The cut at which {@link #ksStatistic()} is reached (the highest such score on ties); NaN
     * when either class is missing or when the statistic is 0 (no cut separates anything).
     */
    public double ksThreshold() {
        int i = ksIndex();
        return i < 0 ? Double.NaN : thresholds[i];
    }

    private double ksGap(int i) {
        if (i < 0) {
            return 0.0;
        }
        long gap = Math.abs((long) tp[i] * negatives - (long) fp[i] * positives);
        return gap / ((double) positives * negatives);
    }

    /** Index of the first group with the largest |TPR − FPR|; -1 if the max is 0; -2 if undefined. */
    private int ksIndex() {
        if (!hasBothClasses()) {
            return -2;
        }
        long best = 0;
        int at = -1;
        for (int i = 0; i < thresholds.length; i++) {
            long gap = Math.abs((long) tp[i] * negatives - (long) fp[i] * positives);
            if (gap > best) {
                best = gap;
                at = i;
            }
        }
        return at;
    }

    /**
     * The threshold (one of the scores) with the highest F1, and its confusion matrix. On equal F1
     * the higher threshold wins (fewer accounts flagged). When there are no campaign accounts, F1
     * is undefined everywhere and the "flag nothing" matrix is returned (its F1 is NaN).
     */
    public Confusion bestF1() {
        if (positives == 0) {
            return flagNothing();
        }
        // F1_i = 2·tp / (tp + fp + P); compare fractions exactly by cross-multiplying.
        int best = -1;
        long bestNum = 0;
        long bestDen = 1;
        for (int i = 0; i < thresholds.length; i++) {
            long num = 2L * tp[i];
            long den = (long) tp[i] + fp[i] + positives;
            if (best < 0 || num * bestDen > bestNum * den) {
                best = i;
                bestNum = num;
                bestDen = den;
            }
        }
        return confusionAtGroup(best);
    }

    /**
     * The lowest threshold (one of the scores) whose false positive rate is at most
     * {@code maxFalsePositiveRate}, with its confusion matrix: it catches the most campaign
     * accounts allowed by that false-alarm budget. O(log n). When even the highest score exceeds
     * the budget, the "flag nothing" matrix (threshold {@code +Infinity}) is returned. With no
     * other accounts there are no false positives, so the lowest score is returned.
     *
     * @param maxFalsePositiveRate between 0 and 1, e.g. 0.01 for "at most 1% of other accounts flagged"
     * @throws IllegalArgumentException when the rate is not in [0, 1]
     */
    public Confusion atFalsePositiveRate(double maxFalsePositiveRate) {
        if (!(maxFalsePositiveRate >= 0.0 && maxFalsePositiveRate <= 1.0)) {
            throw new IllegalArgumentException(
                    "target false positive rate must be between 0 and 1, got " + maxFalsePositiveRate);
        }
        // fp is non-decreasing with the group index: find the last group within budget.
        int lo = 0;
        int hi = thresholds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (withinBudget(fp[mid], maxFalsePositiveRate)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? flagNothing() : confusionAtGroup(lo - 1);
    }

    private boolean withinBudget(int falsePositives, double maxRate) {
        // Compare as the same correctly rounded ratio a user would compute (3/300 == 0.01 holds).
        return negatives == 0 || (double) falsePositives / negatives <= maxRate;
    }

    /**
     * Of the {@code k} highest-scoring accounts, the share that are campaign; a tied group that
     * straddles the cut contributes its campaign share pro rata. O(log n).
     *
     * @throws IllegalArgumentException when {@code k < 1}
     */
    public PrecisionAtK precisionAtK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k for precision@k must be at least 1, got " + k);
        }
        int n = size();
        int counted = Math.min(k, n);
        if (counted == 0) {
            return new PrecisionAtK(k, 0, Double.NaN);
        }
        // First group whose cumulative count reaches `counted` (counts increase strictly).
        int lo = 0;
        int hi = thresholds.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tp[mid] + fp[mid] >= counted) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int g = lo;
        int before = g == 0 ? 0 : tp[g - 1] + fp[g - 1];
        int tpBefore = g == 0 ? 0 : tp[g - 1];
        int groupSize = tp[g] + fp[g] - before;
        int groupPositives = tp[g] - tpBefore;
        double expected = tpBefore + (double) groupPositives * (counted - before) / groupSize;
        return new PrecisionAtK(k, counted, expected / counted);
    }
}
