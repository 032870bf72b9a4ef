package org.spamouflage.sandbox.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Agreement between two groupings of the same items, each given as one int label per item. A
 * negative label means "in no group": the item is a group of its own (a singleton), never grouped
 * with another item that also has a negative label.
 *
 * <p>Contingency tables are built by sorting encoded (label, label) pairs, so results do not
 * depend on hash order. Cost: O(n log n).
 */
public final class ClusterComparison {

    private ClusterComparison() {
    }

    /**
     * Adjusted Rand index (Hubert &amp; Arabie 1985): the share of item pairs on which the two
     * groupings agree (together in both, or apart in both), rescaled so that 1 = identical
     * groupings and 0 = no more agreement than chance; it can be negative. Computed exactly in
     * integers as ARI = 2·(I·C − A·B) / ((A + B)·C − 2·A·B), with I = Σ C(nᵢⱼ, 2), A = Σ C(aᵢ, 2),
     * B = Σ C(bⱼ, 2) and C = C(n, 2). When the denominator is 0 (both groupings all singletons or
     * both one single group) the groupings are identical and 1 is returned, as scikit-learn does.
     * NaN for no items.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static double adjustedRandIndex(int[] a, int[] b) {
        Table t = Table.of(a, b);
        if (t.n == 0) {
            return Double.NaN;
        }
        BigInteger index = sumPairs(t.cellCounts);
        BigInteger sa = sumPairs(t.rowCounts);
        BigInteger sb = sumPairs(t.columnCounts);
        BigInteger pairs = pairs(t.n);
        BigInteger product = sa.multiply(sb);
        BigInteger numerator = index.multiply(pairs).subtract(product).shiftLeft(1);
        BigInteger denominator = sa.add(sb).multiply(pairs).subtract(product.shiftLeft(1));
        if (denominator.signum() == 0) {
            return 1.0;
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(20)).doubleValue();
    }

    /**
     * Normalised mutual information with the arithmetic-mean normalisation (scikit-learn's
     * default): how much knowing one grouping tells about the other, from 0 (nothing) to 1
     * (identical up to renaming); NMI = I(a; b) / ((H(a) + H(b)) / 2). 1 when both are a single
     * group; NaN for no items.
     */
    public static double normalizedMutualInformation(int[] a, int[] b) {
        Table t = Table.of(a, b);
        if (t.n == 0) {
            return Double.NaN;
        }
        if (t.rowCounts.length == 1 && t.columnCounts.length == 1) {
            return 1.0;
        }
        double n = t.n;
        double mi = 0.0;
        for (int k = 0; k < t.cellCounts.length; k++) {
            double nij = t.cellCounts[k];
            double ai = t.rowCounts[t.cellRow[k]];
            double bj = t.columnCounts[t.cellColumn[k]];
            mi += nij / n * Math.log(n * nij / (ai * bj));
        }
        double ha = entropy(t.rowCounts, n);
        double hb = entropy(t.columnCounts, n);
        mi = Math.max(0.0, Math.min(mi, Math.min(ha, hb)));
        if (mi == 0.0) {
            return 0.0;
        }
        return mi / ((ha + hb) / 2.0);
    }

    /**
     * Purity: each group of {@code predicted} is credited with its most common {@code truth}
     * label; purity is the share of grouped items so credited (1 = no group mixes labels). Items
     * with a negative predicted label are in no group and are not counted; a negative truth label
     * is a class of its own. NaN when no item is in a group.
     */
    public static double purity(int[] truth, int[] predicted) {
        int grouped = 0;
        for (int p : predicted) {
            if (p >= 0) {
                grouped++;
            }
        }
        if (grouped == 0) {
            return Double.NaN;
        }
        int[] t = new int[grouped];
        int[] p = new int[grouped];
        int j = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] >= 0) {
                t[j] = truth[i];
                p[j++] = predicted[i];
            }
        }
        return (double) sumOfColumnMaxima(Table.of(t, p)) / grouped;
    }

    /** Σ over columns of the largest cell in that column. */
    static long sumOfColumnMaxima(Table t) {
        int[] best = new int[t.columnCounts.length];
        for (int k = 0; k < t.cellCounts.length; k++) {
            best[t.cellColumn[k]] = Math.max(best[t.cellColumn[k]], t.cellCounts[k]);
        }
        long sum = 0;
        for (int v : best) {
            sum += v;
        }
        return sum;
    }

    private static double entropy(int[] counts, double n) {
        double h = 0.0;
        for (int c : counts) {
            double p = c / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static BigInteger sumPairs(int[] counts) {
        long sum = 0;
        for (int c : counts) {
            sum += (long) c * (c - 1) / 2;
        }
        return BigInteger.valueOf(sum);
    }

    private static BigInteger pairs(int n) {
        return BigInteger.valueOf((long) n * (n - 1) / 2);
    }

    /** Dense relabelling (first-seen order; each negative label a new singleton) and contingency counts. */
    static final class Table {
        final int n;
        final int[] rowCounts;
        final int[] columnCounts;
        final int[] cellCounts;
        final int[] cellRow;
        final int[] cellColumn;

        private Table(int n, int[] rowCounts, int[] columnCounts, int[] cellCounts, int[] cellRow, int[] cellColumn) {
            this.n = n;
            this.rowCounts = rowCounts;
            this.columnCounts = columnCounts;
            this.cellCounts = cellCounts;
            this.cellRow = cellRow;
            this.cellColumn = cellColumn;
        }

        static Table of(int[] a, int[] b) {
            if (a.length != b.length) {
                throw new IllegalArgumentException(
                        "both groupings must label the same items, got " + a.length + " and " + b.length + " labels");
            }
            int n = a.length;
            int[] ra = dense(a);
            int[] rb = dense(b);
            int kb = max(rb) + 1;
            int[] rowCounts = new int[max(ra) + 1];
            int[] columnCounts = new int[kb];
            long[] codes = new long[n];
            for (int i = 0; i < n; i++) {
                rowCounts[ra[i]]++;
                columnCounts[rb[i]]++;
                codes[i] = (long) ra[i] * kb + rb[i];
            }
            Arrays.sort(codes);
            int[] cells = new int[n];
            int[] rows = new int[n];
            int[] cols = new int[n];
            int m = 0;
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && codes[j] == codes[i]) {
                    j++;
                }
                cells[m] = j - i;
                rows[m] = (int) (codes[i] / kb);
                cols[m] = (int) (codes[i] % kb);
                m++;
                i = j;
            }
            return new Table(n, rowCounts, columnCounts, Arrays.copyOf(cells, m), Arrays.copyOf(rows, m),
                    Arrays.copyOf(cols, m));
        }

        private static int max(int[] x) {
            int m = -1;
            for (int v : x) {
                m = Math.max(m, v);
            }
            return m;
        }

        /** Labels renamed 0, 1, 2… in order of first appearance; each negative label a fresh one. */
        private static int[] dense(int[] labels) {
            int[] sorted = labels.clone();
            Arrays.sort(sorted);
            int[] keys = new int[sorted.length];
            int distinct = 0;
            for (int v : sorted) {
                if (v >= 0 && (distinct == 0 || keys[distinct - 1] != v)) {
                    keys[distinct++] = v;
                }
            }
            int[] firstSeenName = new int[distinct];
            Arrays.fill(firstSeenName, -1);
            int next = 0;
            int[] out = new int[labels.length];
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] < 0) {
                    out[i] = next++;
                } else {
                    int k = Arrays.binarySearch(keys, 0, distinct, labels[i]);
                    if (firstSeenName[k] < 0) {
                        firstSeenName[k] = next++;
                    }
                    out[i] = firstSeenName[k];
                }
            }
            return out;
        }
    }
}
