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
        int n = points.size();
        if (n <= maxPoints) {
            return points;
        }
        List<T> out = new ArrayList<>(maxPoints);
        int last = -1;
        for (int j = 0; j < maxPoints; j++) {
            int i = (int) Math.round((double) j * (n - 1) / (maxPoints - 1));
            if (i != last) {
                out.add(points.get(i));
                last = i;
            }
        }
        return out;
    }
}
