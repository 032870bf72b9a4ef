package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Campaign versus other accounts' scores on the same fixed bins, for the "organic vs campaign"
 * histogram of a signal: the less the two shapes overlap, the better the signal separates them.
 * Scores are not probabilities; a bin at 0.8 holds accounts the signal ranks high, nothing more.
 *
 * <p>Bins are equal-width over [{@code from}, {@code to}] (by default [0, 1], the range detection
 * scores promise); bin i is [edgeᵢ, edgeᵢ₊₁) with edgeᵢ = from + (to − from)·i/bins, and the last
 * bin is closed. Scores outside the range are counted apart, never clamped into the end bins.
 * Cost: O(bins · log n) from a {@link ThresholdTable} (binary searches in its sorted scores).
 *
 * @param bins              the bars, lowest scores first
 * @param positivesOutside  campaign accounts whose score lies outside [from, to]
 * @param negativesOutside  other accounts whose score lies outside [from, to]
 * @param positives         campaign accounts in total (shares are relative to this)
 * @param negatives         other accounts in total
 */
public record ScoreHistogram(List<HistogramBin> bins, int positivesOutside, int negativesOutside, int positives,
        int negatives) {

    /** Upper bound on the number of bins, so a request cannot exhaust memory. */
    public static final int MAX_BINS = 10_000;

    public ScoreHistogram {
        bins = List.copyOf(bins);
    }

    /** Histogram with {@code binCount} equal bins over [0, 1]. */
    public static ScoreHistogram of(ThresholdTable table, int binCount) {
        return of(table, binCount, 0.0, 1.0);
    }

    /**
     * Histogram with {@code binCount} equal bins over [{@code from}, {@code to}].
     *
     * @throws InvalidMetricInputException for a bin count outside 1..{@value #MAX_BINS} or a
     *                                     range that is not finite and increasing
     */
    public static ScoreHistogram of(ThresholdTable table, int binCount, double from, double to) {
        List<String> problems = new ArrayList<>();
        if (binCount < 1 || binCount > MAX_BINS) {
            problems.add("histogram bins must be between 1 and " + MAX_BINS + ", got " + binCount);
        }
        if (!(Double.isFinite(from) && Double.isFinite(to) && from < to)) {
            problems.add("histogram range must be finite with from < to, got [" + from + ", " + to + "]");
        }
        InvalidMetricInputException.throwIfAny(problems);
        double[] pos = table.positiveSortedView();
        double[] neg = table.negativeSortedView();
        List<HistogramBin> out = new ArrayList<>(binCount);
        int posIn = 0;
        int negIn = 0;
        for (int i = 0; i < binCount; i++) {
            double lo = edge(from, to, i, binCount);
            boolean last = i == binCount - 1;
            double hi = last ? to : edge(from, to, i + 1, binCount);
            int p = count(pos, lo, hi, last);
            int n = count(neg, lo, hi, last);
            posIn += p;
            negIn += n;
            out.add(new HistogramBin(lo, hi, p, n, Confusion.ratio(p, pos.length), Confusion.ratio(n, neg.length)));
        }
        return new ScoreHistogram(out, pos.length - posIn, neg.length - negIn, pos.length, neg.length);
    }

    private static double edge(double from, double to, int i, int bins) {
        return from + (to - from) * i / bins;
    }

    /** Values in [lo, hi), or [lo, hi] when closed, in an ascending array. */
    private static int count(double[] ascending, double lo, double hi, boolean closed) {
        int start = firstAtLeast(ascending, lo);
        int end = closed ? firstAbove(ascending, hi) : firstAtLeast(ascending, hi);
        return Math.max(0, end - start);
    }

    private static int firstAtLeast(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
