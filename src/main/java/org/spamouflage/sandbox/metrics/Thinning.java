package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.List;

/** Picks a bounded number of curve points for drawing; deterministic (evenly spaced indices). */
final class Thinning {

    private Thinning() {
    }

    static void checkMax(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a thinned curve needs at least 2 points, got " + maxPoints);
        }
    }

    /** Points at indices round(j·(n−1)/(max−1)), j = 0..max−1: always the first and the last. */
    static <T> List<T> stride(List<T> points, int maxPoints) {
        if (points.size() <= maxPoints) {
            return points;
        }
        int[] at = strideIndices(points.size(), maxPoints);
        List<T> out = new ArrayList<>(at.length);
        for (int i : at) {
            out.add(points.get(i));
        }
        return out;
    }

    /** The positions {@link #stride} keeps out of {@code n} (all of them when n &lt;= max). */
    static int[] strideIndices(int n, int maxPoints) {
        if (n <= maxPoints) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[maxPoints];
        int k = 0;
        int last = -1;
        for (int j = 0; j < maxPoints; j++) {
            int i = (int) Math.round((double) j * (n - 1) / (maxPoints - 1));
            if (i != last) {
                out[k++] = i;
                last = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
