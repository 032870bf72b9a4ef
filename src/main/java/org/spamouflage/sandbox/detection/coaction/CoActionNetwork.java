package org.spamouflage.sandbox.detection.coaction;

import java.util.function.IntPredicate;

/**
 * The weighted co-action network counted from an {@link ActionTable}: one undirected edge per pair
 * of accounts that acted on the same object within the window at least once, plus per-account
 * activity for normalisation and the totals the {@link EdgeSignificance null model} needs.
 *
 * <p>Edges are numbered {@code 0..edgeCount()-1} in order of (account a, account b) with
 * {@code a < b}; account indices are in code-point order of ids (see {@link ActionTable}), so this is
 * also the order of the id strings. Immutable.
 */
public final class CoActionNetwork {

    private final ActionTable table;
    private final long windowSeconds;
    private final int[] edgeA;
    private final int[] edgeB;
    private final int[] weight;
    private final int[] objects;
    private final int[] distinctObjects;
    private final int[] coordinatedActions;
    private final long inWindowPairs;
    private final long crossAccountPairs;

    CoActionNetwork(ActionTable table, long windowSeconds, int[] edgeA, int[] edgeB, int[] weight, int[] objects,
                    int[] distinctObjects, int[] coordinatedActions, long inWindowPairs, long crossAccountPairs) {
        this.table = table;
        this.windowSeconds = windowSeconds;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.weight = weight;
        this.objects = objects;
        this.distinctObjects = distinctObjects;
        this.coordinatedActions = coordinatedActions;
        this.inWindowPairs = inWindowPairs;
        this.crossAccountPairs = crossAccountPairs;
    }

    /** The actions this network was counted from. */
    public ActionTable table() {
        return table;
    }

    /** The window: two actions co-act when their times differ by at most this many seconds. */
    public long windowSeconds() {
        return windowSeconds;
    }

    /** Number of edges. */
    public int edgeCount() {
        return edgeA.length;
    }

    /** Smaller account index of edge {@code e}. */
    public int accountA(int e) {
        return edgeA[e];
    }

    /** Larger account index of edge {@code e}. */
    public int accountB(int e) {
        return edgeB[e];
    }

    /**
     * Weight of edge {@code e}: the number of pairs (action of a, action of b) on the same object with
     * |Δt| ≤ window. An account acting twice on one object within the window of the partner's
     * action counts twice, as in CooRTweet.
     */
    public int weight(int e) {
        return weight[e];
    }

    /** Number of distinct objects on which the two accounts of edge {@code e} co-acted within the window. */
    public int objects(int e) {
        return objects[e];
    }

    /**
     * Activity-normalised weight of edge {@code e} in [0,1]: the Jaccard index
     * {@code objects(e) / (distinctObjects(a) + distinctObjects(b) − objects(e))}, i.e. the share of
     * all objects either account acted on that they co-acted on within the window. Two accounts that
     * co-act on everything they touch score 1; a prolific account co-acting once scores near 0.
     */
    public double jaccard(int e) {
        int shared = objects[e];
        int union = distinctObjects[edgeA[e]] + distinctObjects[edgeB[e]] - shared;
        return union == 0 ? 0.0 : (double) shared / union;
    }

    /** Edge {@code e} as a value with the account ids. */
    public CoActionEdge edge(int e) {
        return new CoActionEdge(table.accountId(edgeA[e]), table.accountId(edgeB[e]), edgeA[e], edgeB[e], weight[e],
                objects[e]);
    }

    /** Sum of the edge weights. */
    public long totalWeight() {
        long s = 0;
        for (int w : weight) {
            s += w;
        }
        return s;
    }

    /** Number of distinct objects account {@code a} acted on. */
    public int distinctObjects(int a) {
        return distinctObjects[a];
    }

    /** Number of actions of account {@code a} that co-act with at least one action of another account. */
    public int coordinatedActions(int a) {
        return coordinatedActions[a];
    }

    /** Number of actions of account {@code a} in the table. */
    public int actions(int a) {
        return table.actionsOf(a);
    }

    /**
     * All unordered pairs of actions on the same object within the window, including pairs of two
     * actions by the same account (the null model needs them: under a shuffle they could belong to
     * anyone).
     */
    public long inWindowPairs() {
        return inWindowPairs;
    }

    /** Pairs of actions by different accounts on the same object within the window, before any edge filter. */
    public long crossAccountPairs() {
        return crossAccountPairs;
    }

    /** The same network with only the edges {@code keep} accepts; activity and totals unchanged. */
    public CoActionNetwork retainEdges(IntPredicate keep) {
        int n = 0;
        int m = edgeA.length;
        boolean[] k = new boolean[m];
        for (int e = 0; e < m; e++) {
            if (keep.test(e)) {
                k[e] = true;
                n++;
            }
        }
        int[] a = new int[n];
        int[] b = new int[n];
        int[] w = new int[n];
        int[] o = new int[n];
        int j = 0;
        for (int e = 0; e < m; e++) {
            if (k[e]) {
                a[j] = edgeA[e];
                b[j] = edgeB[e];
                w[j] = weight[e];
                o[j] = objects[e];
                j++;
            }
        }
        return new CoActionNetwork(table, windowSeconds, a, b, w, o, distinctObjects, coordinatedActions, inWindowPairs,
                crossAccountPairs);
    }

    /** Index of the edge between accounts {@code a} and {@code b} (either order), or −1. O(log E). */
    public int findEdge(int a, int b) {
        int x = Math.min(a, b);
        int y = Math.max(a, b);
        int lo = 0;
        int hi = edgeA.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = edgeA[mid] != x ? Integer.compare(edgeA[mid], x) : Integer.compare(edgeB[mid], y);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "CoActionNetwork[window " + windowSeconds + " s, " + edgeCount() + " edges, total weight " + totalWeight() + "]";
    }
}
