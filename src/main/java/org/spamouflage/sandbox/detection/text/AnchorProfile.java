package org.spamouflage.sandbox.detection.text;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;

/** Posts of one language sharing one anchor set; members sorted by (time, index) once times are known. */
final class AnchorProfile {
    final byte side;
    final int[] anchors;
    final IntArrayList members = new IntArrayList();
    long[] times = new long[0];

    AnchorProfile(byte side, int[] anchors) {
        this.side = side;
        this.anchors = anchors;
    }

    void sortByTime(long[] postTimes) {
        if (postTimes == null) {
            return;
        }
        int[] m = members.toIntArray();
        IntArrays.quickSort(m, (x, y) -> {
            int c = Long.compare(postTimes[x], postTimes[y]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        members.clear();
        members.addElements(0, m);
        times = new long[m.length];
        for (int i = 0; i < m.length; i++) {
            times[i] = postTimes[m[i]];
        }
    }

    /** Member nearest in time to t (ties: the smaller post index). */
    int nearestInTime(long t) {
        int right = lowerBound(times, t);
        int bestPost = -1;
        long bestGap = Long.MAX_VALUE;
        if (right < times.length) {
            bestPost = members.getInt(right);
            bestGap = times[right] - t;
        }
        if (right > 0) {
            int left = lowerBound(times, times[right - 1]); // first of the run: smallest post index
            long gap = t - times[left];
            int post = members.getInt(left);
            if (gap < bestGap || (gap == bestGap && post < bestPost)) {
                bestPost = post;
            }
        }
        return bestPost;
    }

    static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A profile's identity: its language side and its sorted anchor ids. */
    record Key(byte side, int[] anchors) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.side == side && Arrays.equals(k.anchors, anchors);
        }

        @Override
        public int hashCode() {
            return 31 * side + Arrays.hashCode(anchors);
        }
    }
}
