package org.spamouflage.sandbox.detection.coaction;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * Counts co-actions on a true sliding window: two actions on the same object by different accounts
 * co-act when their times differ by at most the window (inclusive, |Δt| ≤ window; no fixed bins, so a
 * pair straddling a bin boundary is never lost). This is the co-share definition of CooRTweet and of
 * the QUT coordination-network toolkit; the co-comment and co-hashtag layers use it unchanged with a
 * different notion of object.
 *
 * <p><b>Algorithm.</b> Rows are grouped by object with a counting sort (O(n)); each object's actions
 * are sorted by (time, account) (O(m log m) for m actions) and swept with two pointers: for each action
 * the left pointer advances past actions more than {@code window} seconds earlier, and every action
 * between the pointers forms a pair with it. A first sweep only counts the in-window pairs W
 * (O(n), including pairs of one account with itself, which are never edges but which the
 * {@link EdgeSignificance null model} needs). The second sweep enumerates the cross-account pairs and
 * aggregates them into edges in one of two ways, chosen by W:
 * <ul>
 *   <li><b>sort-and-merge</b> (W ≤ {@link #sortPathMaxPairs} and ids fit in 63 bits): each pair
 *       becomes one {@code long} (account a, account b, object), the array is sorted and runs are
 *       merged: weight = run length, objects = distinct objects in the run. Sequential memory access,
 *       8 bytes per pair.</li>
 *   <li><b>hash map</b> otherwise: a primitive open-addressing map keyed by {@code a<<32|b} holds the
 *       edge index; weight, object count and last object seen live in parallel arrays. Memory grows
 *       with distinct edges only, however many pairs repeat them.</li>
 * </ul>
 * Both give identical networks (a test runs both on the same data). Time is O(n log n + P) for P
 * in-window pairs; nothing is quadratic in an object's size unless its pairs are (all in one second).
 *
 * <p><b>Memory is bounded</b> by the input, the window's pairs and the distinct edges, never by the
 * square of an object's size: 16 bytes per action for the grouped, sorted copy (the grouping index and
 * the sorted time and account columns), plus either 8 bytes per in-window pair (sort path, at most
 * {@link #sortPathMaxPairs}: a sixteenth of the heap) or about 40 bytes per distinct account pair (hash path).
 * A hot object with 43,776 shares over 30 days gives about 44 thousand pairs at 60 s and costs a few
 * megabytes; the same object with every share in one second gives 958 million pairs: the hash path
 * takes over and {@link CoActionLimits} stops the count with a message once the edges pass the cap,
 * instead of an {@code OutOfMemoryError}.
 *
 * <p>Deterministic: the result depends only on the multiset of rows, not on their order or on hash
 * order (edges come out sorted by account index).
 */
public final class CoActionCounter {

    /**
     * Above this many in-window pairs the hash-map aggregation is used (bounded by distinct edges): the sort
     * path's buffer (8 bytes a pair) takes at most a sixteenth of the heap Java allows (and as much again for
     * {@code Arrays.parallelSort}'s work array on a machine with more than two cores). With the 4 GB heap of
     * the million-post benchmark that is 33.5 million pairs, the fixed limit this replaced (32 million); with
     * 16 GB, 134 million. The hash path costs about 40 bytes per distinct pair and reads memory at random: on
     * ten million posts (16 GB) co-commenting, 39.8 million pairs (36.6 million distinct) just above the old
     * limit, took 16 s that way and 6 s sorted (BENCHMARKS.md, "Scale", seventh session). Both paths give the
     * same network, so the heap changes only time and memory, never a result.
     */
    static long sortPathMaxPairs(long maxHeapBytes) {
        return Math.min(Integer.MAX_VALUE - 8, maxHeapBytes / 16 / Long.BYTES);
    }

    /** How pairs are aggregated; {@code AUTO} picks by size, the others exist so tests can compare them. */
    enum Strategy { AUTO, SORT, HASH }

    private final long windowSeconds;
    private final CoActionLimits limits;
    private final Strategy strategy;

    /**
     * @param windowSeconds the window in seconds, ≥ 0 (0: only actions in the same second co-act)
     * @param limits        caps against pathological inputs
     */
    public CoActionCounter(long windowSeconds, CoActionLimits limits) {
        this(windowSeconds, limits, Strategy.AUTO);
    }

    /** With {@link CoActionLimits#DEFAULT}. */
    public CoActionCounter(long windowSeconds) {
        this(windowSeconds, CoActionLimits.DEFAULT);
    }

    CoActionCounter(long windowSeconds, CoActionLimits limits, Strategy strategy) {
        if (windowSeconds < 0) {
            throw new IllegalArgumentException("window must be >= 0 seconds, was " + windowSeconds);
        }
        this.windowSeconds = windowSeconds;
        this.limits = limits;
        this.strategy = strategy;
    }

    /** Counts the network of {@code table}. */
    public CoActionNetwork count(ActionTable table) {
        return new Run(table).run();
    }

    /** State of one count. */
    private final class Run {
        private final ActionTable table;
        private final int nObj;
        private final int[] start;
        private final long[] sTime;
        private final int[] sAcc;
        private final int[] distinctObjects;
        private final int[] coordinated;
        private long inWindow;
        private long cross;

        Run(ActionTable table) {
            this.table = table;
            int n = table.size();
            this.nObj = table.objectCount();
            this.start = new int[nObj + 1];
            this.sTime = new long[n];
            this.sAcc = new int[n];
            this.distinctObjects = new int[table.accountCount()];
            this.coordinated = new int[table.accountCount()];
        }

        CoActionNetwork run() {
            groupAndSort();
            inWindow = countInWindowPairs();
            int bitsA = bits(table.accountCount());
            int bitsO = bits(nObj);
            long maxSortPairs = sortPathMaxPairs(Runtime.getRuntime().maxMemory());
            boolean sortFits = 2 * bitsA + bitsO <= 63 && inWindow <= maxSortPairs;
            boolean useSort = strategy == Strategy.SORT || (strategy == Strategy.AUTO && sortFits);
            if (useSort && !sortFits) {
                throw new IllegalStateException("sort path needs 2*" + bitsA + "+" + bitsO + " <= 63 bits and <= "
                        + maxSortPairs + " pairs");
            }
            return useSort ? sortAndMerge(bitsA, bitsO) : hashAggregate();
        }

        /** Fills sTime/sAcc with the rows grouped by object, each group sorted by (time, account). */
        private void groupAndSort() {
            int n = table.size();
            int[] obj = table.objectColumn();
            int[] acc = table.accountColumn();
            long[] time = table.timeColumn();
            for (int i = 0; i < n; i++) {
                start[obj[i] + 1]++;
            }
            for (int o = 0; o < nObj; o++) {
                start[o + 1] += start[o];
            }
            int[] order = new int[n];
            int[] fill = Arrays.copyOf(start, nObj);
            for (int i = 0; i < n; i++) {
                order[fill[obj[i]]++] = i;
            }
            fill = null;
            int[] lastObjectOfAccount = new int[table.accountCount()];
            Arrays.fill(lastObjectOfAccount, -1);
            long[] key = sTime;
            for (int o = 0; o < nObj; o++) {
                int s = start[o];
                int e = start[o + 1];
                long tmin = Long.MAX_VALUE;
                long tmax = Long.MIN_VALUE;
                for (int k = s; k < e; k++) {
                    int row = order[k];
                    int a = acc[row];
                    if (lastObjectOfAccount[a] != o) {
                        lastObjectOfAccount[a] = o;
                        distinctObjects[a]++;
                    }
                    tmin = Math.min(tmin, time[row]);
                    tmax = Math.max(tmax, time[row]);
                }
                if (e - s == 1) {
                    sTime[s] = time[order[s]];
                    sAcc[s] = acc[order[s]];
                } else if (e - s > 1 && tmax - tmin <= Integer.MAX_VALUE) {
                    // Pack (time offset, account) into one long: a primitive sort, then unpack in place.
                    for (int k = s; k < e; k++) {
                        int row = order[k];
                        key[k] = ((time[row] - tmin) << 32) | acc[row];
                    }
                    Arrays.sort(key, s, e);
                    for (int k = s; k < e; k++) {
                        long v = key[k];
                        sAcc[k] = (int) v;
                        sTime[k] = tmin + (v >>> 32);
                    }
                } else if (e - s > 1) {
                    // An object spanning more than 68 years (or millisecond timestamps): general sort.
                    IntArrays.quickSort(order, s, e, (x, y) -> {
                        int c = Long.compare(time[x], time[y]);
                        return c != 0 ? c : Integer.compare(acc[x], acc[y]);
                    });
                    for (int k = s; k < e; k++) {
                        sTime[k] = time[order[k]];
                        sAcc[k] = acc[order[k]];
                    }
                }
            }
        }

        /** W: all unordered in-window pairs on the same object, same-account pairs included. O(n). */
        private long countInWindowPairs() {
            final long w = windowSeconds;
            long total = 0;
            for (int o = 0; o < nObj; o++) {
                int s = start[o];
                int e = start[o + 1];
                int lo = s;
                for (int i = s + 1; i < e; i++) {
                    long ti = sTime[i];
                    while (ti - sTime[lo] > w) {
                        lo++;
                    }
                    total += i - lo;
                }
            }
            return total;
        }

        /** Calls {@code sink} for every cross-account in-window pair (a &lt; b) and marks coordinated actions. */
        private void forEachPair(PairSink sink) {
            final long w = windowSeconds;
            boolean[] mark = new boolean[Math.max(1, maxGroup())];
            for (int o = 0; o < nObj; o++) {
                int s = start[o];
                int e = start[o + 1];
                if (e - s < 2) {
                    continue;
                }
                int lo = s;
                for (int i = s + 1; i < e; i++) {
                    long ti = sTime[i];
                    while (ti - sTime[lo] > w) {
                        lo++;
                    }
                    int ai = sAcc[i];
                    for (int k = lo; k < i; k++) {
                        int ak = sAcc[k];
                        if (ak != ai) {
                            if (ak < ai) {
                                sink.pair(ak, ai, o);
                            } else {
                                sink.pair(ai, ak, o);
                            }
                            mark[k - s] = true;
                            mark[i - s] = true;
                        }
                    }
                }
                for (int k = s; k < e; k++) {
                    if (mark[k - s]) {
                        coordinated[sAcc[k]]++;
                        mark[k - s] = false;
                    }
                }
            }
        }

        private int maxGroup() {
            int m = 0;
            for (int o = 0; o < nObj; o++) {
                m = Math.max(m, start[o + 1] - start[o]);
            }
            return m;
        }

        private CoActionNetwork sortAndMerge(int bitsA, int bitsO) {
            final long[] buf = new long[(int) inWindow];
            final int shiftA = bitsA + bitsO;
            final int[] size = {0};
            forEachPair((a, b, o) -> buf[size[0]++] = ((long) a << shiftA) | ((long) b << bitsO) | o);
            int p = size[0];
            cross = p;
            checkPairCap(p);
            if (p > 1 << 20) {
                Arrays.parallelSort(buf, 0, p);
            } else {
                Arrays.sort(buf, 0, p);
            }
            long maskO = (1L << bitsO) - 1;
            long maskB = (1L << bitsA) - 1;
            int edges = 0;
            for (int i = 0; i < p; i++) {
                if (i == 0 || (buf[i] >>> bitsO) != (buf[i - 1] >>> bitsO)) {
                    edges++;
                }
            }
            checkEdgeCap(edges, -1);
            int[] ea = new int[edges];
            int[] eb = new int[edges];
            int[] ew = new int[edges];
            int[] eo = new int[edges];
            int e = -1;
            long prevPair = -1;
            long prevObj = -1;
            for (int i = 0; i < p; i++) {
                long v = buf[i];
                long pair = v >>> bitsO;
                long o = v & maskO;
                if (pair != prevPair) {
                    e++;
                    ea[e] = (int) (pair >>> bitsA);
                    eb[e] = (int) (pair & maskB);
                    prevPair = pair;
                    prevObj = -1;
                }
                ew[e]++;
                if (o != prevObj) {
                    eo[e]++;
                    prevObj = o;
                }
            }
            return new CoActionNetwork(table, windowSeconds, ea, eb, ew, eo, distinctObjects, coordinated, inWindow, cross);
        }

        private CoActionNetwork hashAggregate() {
            HashEdges h = new HashEdges((int) Math.min(Math.min(inWindow, limits.maxEdges()), 1 << 24));
            forEachPair(h);
            cross = h.pairs;
            long[] sorted = Arrays.copyOf(h.edgeKey, h.edges);
            Arrays.sort(sorted);
            int m = h.edges;
            int[] ea = new int[m];
            int[] eb = new int[m];
            int[] ew = new int[m];
            int[] eo = new int[m];
            for (int e = 0; e < m; e++) {
                long key = sorted[e];
                int id = h.ids.get(key);
                ea[e] = (int) (key >>> 32);
                eb[e] = (int) key;
                ew[e] = h.weight[id];
                eo[e] = h.objects[id];
            }
            return new CoActionNetwork(table, windowSeconds, ea, eb, ew, eo, distinctObjects, coordinated, inWindow, cross);
        }

        /** Edge aggregation in a primitive hash map: memory grows with distinct edges only. */
        private final class HashEdges implements PairSink {
            final Long2IntOpenHashMap ids;
            long[] edgeKey;
            int[] weight;
            int[] objects;
            int[] lastObject;
            int edges;
            long pairs;

            HashEdges(int expected) {
                int cap = Math.max(16, expected);
                ids = new Long2IntOpenHashMap(cap);
                ids.defaultReturnValue(-1);
                edgeKey = new long[cap];
                weight = new int[cap];
                objects = new int[cap];
                lastObject = new int[cap];
            }

            @Override
            public void pair(int a, int b, int o) {
                if (++pairs > limits.maxPairs()) {
                    checkPairCap(pairs);
                }
                long key = ((long) a << 32) | b;
                int id = ids.putIfAbsent(key, edges);
                if (id < 0) {
                    if (edges == limits.maxEdges()) {
                        checkEdgeCap(edges + 1L, o);
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
        }

        private void checkPairCap(long pairs) {
            if (pairs > limits.maxPairs()) {
                throw new CoActionLimitException(String.format(
                        "more than %,d co-action pairs within a %d s window (the largest object, '%s', has %s); "
                                + "use a shorter window or remove the hot object",
                        limits.maxPairs(), windowSeconds, table.objectId(largestObject()), describe(largestObject())));
            }
        }

        private void checkEdgeCap(long edges, int atObject) {
            if (edges > limits.maxEdges()) {
                int o = atObject >= 0 ? atObject : largestObject();
                throw new CoActionLimitException(String.format(
                        "more than %,d distinct account pairs co-act within a %d s window (%s '%s', which has %s); "
                                + "use a shorter window, remove hot objects, or raise the edge cap "
                                + "(about 40 bytes of heap per edge)",
                        limits.maxEdges(), windowSeconds, atObject >= 0 ? "reached at object" : "largest object",
                        table.objectId(o), describe(o)));
            }
        }

        private int largestObject() {
            int best = 0;
            for (int o = 1; o < nObj; o++) {
                if (start[o + 1] - start[o] > start[best + 1] - start[best]) {
                    best = o;
                }
            }
            return best;
        }

        private String describe(int o) {
            int s = start[o];
            int e = start[o + 1];
            return String.format("%,d actions in %,d s", e - s, e > s ? sTime[e - 1] - sTime[s] : 0);
        }
    }

    /** Receives one cross-account pair: accounts a &lt; b on object o. */
    @FunctionalInterface
    private interface PairSink {
        void pair(int a, int b, int o);
    }

    /** Bits needed to hold values 0..count-1 (at least 1). */
    static int bits(int count) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
    }
}
