package org.spamouflage.sandbox.detection.network;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.List;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.coaction.ActionTable;
import org.spamouflage.sandbox.detection.coaction.CoActionCounter;
import org.spamouflage.sandbox.detection.coaction.CoActionNetwork;
import org.spamouflage.sandbox.detection.coaction.EdgeSignificance;

/**
 * One layer of the network: the actions of one kind, the significant edges between accounts, and
 * per account how many of its actions took part in a significant co-action.
 *
 * <p>"Marked" actions are found by a second sweep over each object's actions in time order: an
 * action is marked when another account acted on the same object within the window and the two
 * accounts' edge is significant. Cost: O(A log A + P) for A actions and P in-window pairs; P is
 * already bounded by the counter's limits (it counted the same pairs).
 */
public final class Layer {
    private final String id;
    private final long window;
    private final ActionTable table;
    private final EdgeSignificance significant;
    private final int[] ctxIndex;
    private final int[] marked;
    private final int[] actions;
    private final int[] partners;
    private List<BurstLink> burstLinks;

    Layer(String id, long window, ActionTable table, double alpha, DetectionContext ctx) {
        this(id, window, table, alpha, ctx, null, List.of());
    }

    /** Two accounts (context indices) in one significant burst of a copied message, with its p-value. */
    public record BurstLink(int a, int b, double pValue) {
    }

    /**
     * @param burstPosts posts (by dataset index) that a second test found coordinated, or null
     * @param burstLinks account pairs (context indices) that test linked
     */
    Layer(String id, long window, ActionTable table, double alpha, DetectionContext ctx, boolean[] burstPosts,
          List<BurstLink> burstLinks) {
        this.id = id;
        this.window = window;
        this.table = table;
        CoActionNetwork net = new CoActionCounter(window).count(table);
        this.significant = EdgeSignificance.of(net).retainSignificant(alpha);
        int n = ctx.size();
        this.ctxIndex = new int[table.accountCount()];
        for (int a = 0; a < ctxIndex.length; a++) {
            ctxIndex[a] = ctx.indexOf(table.accountId(a));
        }
        this.actions = new int[n];
        this.marked = new int[n];
        this.partners = new int[n];
        for (int row = 0; row < table.size(); row++) {
            int c = ctxIndex[table.account(row)];
            if (c >= 0) {
                actions[c]++;
            }
        }
        CoActionNetwork sig = significant.network();
        LongOpenHashSet edges = new LongOpenHashSet(sig.edgeCount() * 2);
        LongOpenHashSet ctxEdges = new LongOpenHashSet(sig.edgeCount() * 2);
        for (int e = 0; e < sig.edgeCount(); e++) {
            edges.add(key(sig.accountA(e), sig.accountB(e)));
            int ca = ctxIndex[sig.accountA(e)];
            int cb = ctxIndex[sig.accountB(e)];
            if (ca >= 0) {
                partners[ca]++;
            }
            if (cb >= 0) {
                partners[cb]++;
            }
            if (ca >= 0 && cb >= 0) {
                ctxEdges.add(key(ca, cb));
            }
        }
        this.burstLinks = List.copyOf(burstLinks);
        for (BurstLink link : burstLinks) {
            if (ctxEdges.add(key(link.a(), link.b()))) {
                partners[link.a()]++;
                partners[link.b()]++;
            }
        }
        if (!edges.isEmpty() || burstPosts != null) {
            markActions(edges, burstPosts);
        }
    }

    private void markActions(LongOpenHashSet edges, boolean[] burstPosts) {
        int size = table.size();
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = i;
        }
        IntArrays.quickSort(rows, (x, y) -> {
            int c = Integer.compare(table.object(x), table.object(y));
            if (c != 0) {
                return c;
            }
            c = Long.compare(table.time(x), table.time(y));
            return c != 0 ? c : Integer.compare(x, y);
        });
        boolean[] isMarked = new boolean[size];
        if (burstPosts != null) {
            for (int row = 0; row < size; row++) {
                int src = table.source(row);
                if (src >= 0 && src < burstPosts.length && burstPosts[src]) {
                    isMarked[row] = true;
                }
            }
        }
        int start = 0;
        for (int i = 0; i < size; i++) {
            int ri = rows[i];
            while (table.object(rows[start]) != table.object(ri) || table.time(ri) - table.time(rows[start]) > window) {
                start++;
            }
            for (int j = start; j < i; j++) {
                int rj = rows[j];
                int a = table.account(ri);
                int b = table.account(rj);
                if (a != b && edges.contains(key(a, b))) {
                    isMarked[ri] = true;
                    isMarked[rj] = true;
                }
            }
        }
        for (int row = 0; row < size; row++) {
            if (isMarked[row]) {
                int c = ctxIndex[table.account(row)];
                if (c >= 0) {
                    marked[c]++;
                }
            }
        }
    }

    private static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    public String id() {
        return id;
    }

    public long window() {
        return window;
    }

    public ActionTable table() {
        return table;
    }

    /** The significant edges (q ≤ alpha) with their expectations, p- and q-values. */
    public EdgeSignificance significant() {
        return significant;
    }

    /** The detection-context index of a table account, or -1 (targets, accounts without posts). */
    public int contextIndex(int tableAccount) {
        return ctxIndex[tableAccount];
    }

    /** Actions of context account {@code a} in this layer. */
    public int actions(int a) {
        return actions[a];
    }

    /** Actions of context account {@code a} that co-occurred with a significant partner. */
    public int marked(int a) {
        return marked[a];
    }

    /** Account pairs (context indices) linked by the burst test rather than by a significant edge. */
    public List<BurstLink> burstLinks() {
        return burstLinks;
    }

    /** Significant partners of context account {@code a}. */
    public int partners(int a) {
        return partners[a];
    }
}
