package org.spamouflage.sandbox.detection.coaction;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * Counts co-actions on a true sliding window: two actions on the same object by different accounts
 * co-act when their times differ by at most the window (inclusive, |Δt| ≤ window; no fixed bins, so a
 * pair straddling a bin boundary is never lost). This is the co-share definition of CooRTweet and of
 * the QUT coordination-network toolkit, and the co-comment / co-hashtag layers use it unchanged with
 * a different notion of object.
 *
 * <p><b>Algorithm.</b> Rows are grouped by object with a counting sort (O(n)); each object's actions
 * are sorted by (time, account) (O(m log m) for m actions) and swept with two pointers: for each action
 * the left pointer advances past actions more than {@code window} seconds earlier, and every action
 * between the pointers forms a pair with it. Pairs of one account with itself are skipped (no
 * self-loops) but still counted in {@link CoActionNetwork#inWindowPairs()}. Each cross-account pair
 * increments the edge (a,b) in a primitive open-addressing map keyed by {@code a<<32|b}. Time is
 * O(n log n + P) for P in-window pairs; nothing is quadratic in the number of actions of an object
 * unless the pairs themselves are (everyone in the same second).
 *
 * <p><b>Memory is bounded</b> by the input and the number of distinct edges, never by the square of an
 * object's size: 4 bytes per row for the grouping, 12 bytes per action of the largest object for its
 * sorted scratch copy, and about 40 bytes per distinct account pair (map slot plus weight, object
 * count and last-object columns). A hot object with 43,776 shares over 30 days yields about 44
 * thousand in-window pairs at 60 s and costs a few megabytes; the same object with every share in one
 * second yields 958 million pairs. {@link CoActionLimits} stops such inputs with a message instead of
 * an {@code OutOfMemoryError}.
 *
 * <p>Deterministic: the result depends only on the multiset of rows, not on their order or on hash
 * order (edges are sorted by account index before they are returned).
 */
public final class CoActionCounter {

    private final long windowSeconds;
    private final CoActionLimits limits;

    /**
     * @param windowSeconds the window in seconds, ≥ 0 (0: only actions in the same second co-act)
     * @param limits        caps against pathological inputs
     */
    public CoActionCounter(long windowSeconds, CoActionLimits limits) {
        if (windowSeconds < 0) {
            throw new IllegalArgumentException("window must be >= 0 seconds, was " + windowSeconds);
        }
        this.windowSeconds = windowSeconds;
        this.limits = limits;
    }

    /** With {@link CoActionLimits#DEFAULT}. */
    public CoActionCounter(long windowSeconds) {
        this(windowSeconds, CoActionLimits.DEFAULT);
    }

    /** Counts the network of {@code table}. */
    public CoActionNetwork count(ActionTable table) {
        return new Run(table).run();
    }

    /** State of one count; keeps the hot loop's fields local to one object. */
    private final class Run {
        private final ActionTable table;
        private final int[] acc;
        private final long[] time;
        private final int[] distinctObjects;
        private final int[] coordinated;
        private final Long2IntOpenHashMap edgeIds;
        private long[] edgeKey;
        private int[] weight;
        private int[] objects;
        private int[] lastObject;
        private int edges;
        private long inWindow;
        private long cross;
        // Per-object scratch, sized by the largest object.
        private long[] gTime;
        private int[] gAcc;
        private boolean[] gMark;
        private long[] gKey;

        Run(ActionTable table) {
            this.table = table;
            this.acc = table.accountColumn();
            this.time = table.timeColumn();
            this.distinctObjects = new int[table.accountCount()];
            this.coordinated = new int[table.accountCount()];
            int guess = (int) Math.min(Math.max(16, table.size() / 4), limits.maxEdges());
            this.edgeIds = new Long2IntOpenHashMap(guess);
            this.edgeIds.defaultReturnValue(-1);
            this.edgeKey = new long[guess];
            this.weight = new int[guess];
            this.objects = new int[guess];
            this.lastObject = new int[guess];
        }

        CoActionNetwork run() {
            int n = table.size();
            int nObj = table.objectCount();
            int[] obj = table.objectColumn();
            // Counting sort of rows by object.
            int[] start = new int[nObj + 1];
            for (int i = 0; i < n; i++) {
                start[obj[i] + 1]++;
            }
            int maxGroup = 0;
            for (int o = 0; o < nObj; o++) {
                maxGroup = Math.max(maxGroup, start[o + 1]);
                start[o + 1] += start[o];
            }
            int[] order = new int[n];
            int[] fill = Arrays.copyOf(start, nObj);
            for (int i = 0; i < n; i++) {
                order[fill[obj[i]]++] = i;
            }
            fill = null;
            gTime = new long[maxGroup];
            gAcc = new int[maxGroup];
            gMark = new boolean[maxGroup];
            gKey = new long[maxGroup];
            int[] lastObjectOfAccount = new int[table.accountCount()];
            Arrays.fill(lastObjectOfAccount, -1);

            for (int o = 0; o < nObj; o++) {
                int s = start[o];
                int e = start[o + 1];
                for (int k = s; k < e; k++) {
                    int a = acc[order[k]];
                    if (lastObjectOfAccount[a] != o) {
                        lastObjectOfAccount[a] = o;
                        distinctObjects[a]++;
                    }
                }
                if (e - s >= 2) {
                    sortGroup(order, s, e);
                    sweep(e - s, o);
                }
            }
            return finish();
        }

        /** Fills gTime/gAcc with the object's actions sorted by (time, account). */
        private void sortGroup(int[] order, int s, int e) {
            int m = e - s;
            long tmin = Long.MAX_VALUE;
            long tmax = Long.MIN_VALUE;
            for (int k = s; k < e; k++) {
                long t = time[order[k]];
                tmin = Math.min(tmin, t);
                tmax = Math.max(tmax, t);
            }
            if (tmax - tmin <= Integer.MAX_VALUE) {
                // Fast path: pack (time offset, account) into one long and sort primitives.
                for (int k = 0; k < m; k++) {
                    int row = order[s + k];
                    gKey[k] = ((time[row] - tmin) << 32) | acc[row];
                }
                Arrays.sort(gKey, 0, m);
                for (int k = 0; k < m; k++) {
                    gTime[k] = tmin + (gKey[k] >>> 32);
                    gAcc[k] = (int) gKey[k];
                }
            } else {
                // An object spanning more than 68 years (or millisecond timestamps): general sort.
                IntArrays.quickSort(order, s, e, (x, y) -> {
                    int c = Long.compare(time[x], time[y]);
                    return c != 0 ? c : Integer.compare(acc[x], acc[y]);
                });
                for (int k = 0; k < m; k++) {
                    gTime[k] = time[order[s + k]];
                    gAcc[k] = acc[order[s + k]];
                }
            }
        }

        private void sweep(int m, int o) {
            final long w = windowSeconds;
            final long[] t = gTime;
            final int[] a = gAcc;
            final boolean[] mark = gMark;
            int lo = 0;
            for (int i = 1; i < m; i++) {
                long ti = t[i];
                while (ti - t[lo] > w) {
                    lo++;
                }
                inWindow += i - lo;
                int ai = a[i];
                for (int k = lo; k < i; k++) {
                    int ak = a[k];
                    if (ak != ai) {
                        long key = ak < ai ? ((long) ak << 32) | ai : ((long) ai << 32) | ak;
                        addPair(key, o);
                        mark[k] = true;
                        mark[i] = true;
                    }
                }
            }
            for (int k = 0; k < m; k++) {
                if (mark[k]) {
                    coordinated[a[k]]++;
                    mark[k] = false;
                }
            }
        }

        private void addPair(long key, int o) {
            if (++cross > limits.maxPairs()) {
                throw new CoActionLimitException(String.format(
                        "more than %,d co-action pairs within a %d s window (object '%s' has %s); "
                                + "use a shorter window or remove the hot object",
                        limits.maxPairs(), windowSeconds, table.objectId(o), describeObject(o)));
            }
            int id = edgeIds.putIfAbsent(key, edges);
            if (id < 0) {
                if (edges == limits.maxEdges()) {
                    throw new CoActionLimitException(String.format(
                            "more than %,d distinct account pairs co-act within a %d s window (reached at object '%s', "
                                    + "which has %s); use a shorter window, remove hot objects, or raise the edge cap "
                                    + "(about 40 bytes of heap per edge)",
                            limits.maxEdges(), windowSeconds, table.objectId(o), describeObject(o)));
                }
                if (edges == edgeKey.length) {
                    int cap = (int) Math.min((long) edges * 2, limits.maxEdges());
                    edgeKey = Arrays.copyOf(edgeKey, cap);
                    weight = Arrays.copyOf(weight, cap);
                    objects = Arrays.copyOf(objects, cap);
                    lastObject = Arrays.copyOf(lastObject, cap);
                }
                id = edges++;
                edgeKey[id] = key;
                weight[id] = 1;
                objects[id] = 1;
                lastObject[id] = o;
            } else {
                weight[id]++;
                if (lastObject[id] != o) {
                    lastObject[id] = o;
                    objects[id]++;
                }
            }
        }

        private String describeObject(int o) {
            int m = 0;
            long tmin = Long.MAX_VALUE;
            long tmax = Long.MIN_VALUE;
            int[] obj = table.objectColumn();
            for (int i = 0; i < table.size(); i++) {
                if (obj[i] == o) {
                    m++;
                    tmin = Math.min(tmin, time[i]);
                    tmax = Math.max(tmax, time[i]);
                }
            }
            return String.format("%,d actions in %,d s", m, tmax - tmin);
        }

        private CoActionNetwork finish() {
            int m = edges;
            long[] sorted = Arrays.copyOf(edgeKey, m);
            edgeKey = null;
            Arrays.sort(sorted);
            int[] ea = new int[m];
            int[] eb = new int[m];
            int[] ew = new int[m];
            int[] eo = new int[m];
            for (int e = 0; e < m; e++) {
                long key = sorted[e];
                int id = edgeIds.get(key);
                ea[e] = (int) (key >>> 32);
                eb[e] = (int) key;
                ew[e] = weight[id];
                eo[e] = objects[id];
            }
            return new CoActionNetwork(table, windowSeconds, ea, eb, ew, eo, distinctObjects, coordinated, inWindow, cross);
        }
    }
}
