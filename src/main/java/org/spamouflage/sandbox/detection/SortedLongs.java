package org.spamouflage.sandbox.detection;

/** Range counts on a sorted {@code long[]} by binary search, O(log n). */
public final class SortedLongs {
    private SortedLongs() {
    }

    /** Number of values of {@code sorted} within [lo, hi] (inclusive). */
    public static int count(long[] sorted, long lo, long hi) {
        return firstAbove(sorted, hi) - firstAtLeast(sorted, lo);
    }

    private static int firstAtLeast(long[] a, long key) {
        int l = 0;
        int h = a.length;
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (a[mid] < key) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        return l;
    }

    private static int firstAbove(long[] a, long key) {
        int l = 0;
        int h = a.length;
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (a[mid] <= key) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        return l;
    }
}
