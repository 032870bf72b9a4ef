package org.spamouflage.sandbox.detection.network;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.coaction.AccountCoordination;
import org.spamouflage.sandbox.detection.coaction.ActionTable;
import org.spamouflage.sandbox.detection.coaction.CoActionCounter;
import org.spamouflage.sandbox.detection.coaction.CoActionNetwork;
import org.spamouflage.sandbox.detection.coaction.Crowds;
import org.spamouflage.sandbox.detection.coaction.EdgeSignificance;

/**
 * One layer of the network: the actions of one kind, the evidence that links accounts in it, and per
 * account how many of its actions took part in a linked co-action.
 *
 * <p>Three tests link two accounts in a layer: the pair test ({@link EdgeSignificance}: the two meet on
 * more objects than their activity explains), for copied text the burst test ({@link MessageBursts}), and
 * the account-level test ({@link AccountCoordination}: both accounts act together with others, over all
 * their partners, more often than their activity and timing explain, and the two co-acted at least once),
 * which links only accounts that the other tests leave without a partner in the layer (at least one of the
 * two), so that it places the accounts of sparse data without merging groups the pair test already
 * separates.
 *
 * <p>"Marked" actions are found by a second sweep over each object's actions in time order: an action is
 * marked when another account acted on the same object within the window and the two accounts are
 * linked. The same sweep finds the <em>coordinated</em> actions (another account within the window,
 * linked or not), the units of the account-level test.
 *
 * <p>Actions in {@link Crowds crowds} (more than {@code crowdAccounts} distinct accounts on one object within
 * the window) are coordinated units of the account-level test but take no part in the pair test, its links or
 * the marking sweep. Cost: O(A log A + P) for A actions and P in-window pairs outside crowds, at most
 * {@code crowdAccounts} per action.
 */
public final class Layer {
    private final String id;
    private final long window;
    private final ActionTable table;
    private final Crowds crowds;
    private final EdgeSignificance significant;
    private final AccountCoordination accountLevel;
    private final int[] ctxIndex;
    private final int[] marked;
    private final int[] actions;
    private final int[] partners;
    private final List<BurstLink> burstLinks;
    private final List<BurstLink> accountLinks;

    /** Two accounts (context indices) linked by a test other than the pair test, with its p- or q-value. */
    public record BurstLink(int a, int b, double pValue) {
    }

    /**
     * What the burst test found in a layer of copied text.
     *
     * @param posts posts (by dataset index) that the test found coordinated, or null
     * @param links account pairs (context indices) that it linked
     */
    record Bursts(boolean[] posts, List<BurstLink> links) {
        static final Bursts NONE = new Bursts(null, List.of());
    }

    Layer(String id, long window, ActionTable table, DetectionContext ctx) {
        this(id, window, table, ctx, () -> Bursts.NONE, null);
    }

    /**
     * @param bursts    what the burst test found; asked for only once the pair and account-level tests are done,
     *                  so that it can be computed meanwhile (the text layer does, on another thread)
     * @param unitPosts for copied text: per post (dataset index), whether it is a unit of the account-level
     *                  test (a post with text); null when the units are the table's actions
     */
    Layer(String id, long window, ActionTable table, DetectionContext ctx, java.util.function.Supplier<Bursts> bursts,
          boolean[] unitPosts) {
        this.id = id;
        this.window = window;
        this.table = table;
        double alpha = ctx.settings().significanceLevel();
        int[] rows = sortedRows(table);
        // the pair test runs on the actions outside crowds; crowds count only as membership (see Crowds)
        this.crowds = Crowds.find(table, rows, window, ctx.settings().crowdAccounts());
        ActionTable pairTable = crowds.rows() == 0 ? table : table.withoutRows(crowds.rowsInCrowds());
        CoActionNetwork net = new CoActionCounter(window, ctx.limits()).count(pairTable);
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
        boolean[] coordinatedRow = coordinatedRows(rows);
        this.accountLevel = accountTest(ctx, coordinatedRow, unitPosts);
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
        Bursts found = bursts.get();
        boolean[] burstPosts = found.posts();
        this.burstLinks = List.copyOf(found.links());
        for (BurstLink link : burstLinks) {
            if (ctxEdges.add(key(link.a(), link.b()))) {
                partners[link.a()]++;
                partners[link.b()]++;
            }
        }
        // The account-level test links accounts the pair test left without a partner here: where the pair
        // test places an account with its recurring partners, also joining it to everyone it met once would
        // merge separate groups that happen to act on the same popular objects.
        boolean[] placed = new boolean[n];
        for (int a = 0; a < n; a++) {
            placed[a] = partners[a] > 0;
        }
        List<BurstLink> links = new ArrayList<>();
        for (int e = 0; e < net.edgeCount(); e++) {
            int ca = ctxIndex[net.accountA(e)];
            int cb = ctxIndex[net.accountB(e)];
            if (ca >= 0 && cb >= 0 && accountLevel.linked(ca) && accountLevel.linked(cb) && !(placed[ca] && placed[cb])) {
                edges.add(key(net.accountA(e), net.accountB(e)));
                if (ctxEdges.add(key(ca, cb))) {
                    partners[ca]++;
                    partners[cb]++;
                    links.add(new BurstLink(Math.min(ca, cb), Math.max(ca, cb),
                            Math.max(accountLevel.qValue(ca), accountLevel.qValue(cb))));
                }
            }
        }
        this.accountLinks = List.copyOf(links);
        if (!edges.isEmpty() || burstPosts != null) {
            markActions(rows, edges, burstPosts);
        }
    }

    /**
     * Every row, grouped by object (ascending) and ordered by time, then row, within an object: a counting sort
     * by object, then per object a primitive sort of (time offset, row) packed into one long where the object's
     * times span less than 2³¹ s (68 years; a comparator sort beyond).
     */
    static int[] sortedRows(ActionTable table) {
        int size = table.size();
        int objects = table.objectCount();
        int[] start = new int[objects + 1];
        for (int i = 0; i < size; i++) {
            start[table.object(i) + 1]++;
        }
        for (int o = 0; o < objects; o++) {
            start[o + 1] += start[o];
        }
        int[] rows = new int[size];
        int[] fill = java.util.Arrays.copyOf(start, objects);
        for (int i = 0; i < size; i++) {
            rows[fill[table.object(i)]++] = i;
        }
        long[] key = new long[0];
        for (int o = 0; o < objects; o++) {
            int s = start[o];
            int e = start[o + 1];
            if (e - s < 2) {
                continue;
            }
            long tmin = Long.MAX_VALUE;
            long tmax = Long.MIN_VALUE;
            for (int k = s; k < e; k++) {
                tmin = Math.min(tmin, table.time(rows[k]));
                tmax = Math.max(tmax, table.time(rows[k]));
            }
            if (tmax - tmin <= Integer.MAX_VALUE) {
                if (key.length < e - s) {
                    key = new long[Math.max(e - s, Math.min(size, 2 * key.length))];
                }
                for (int k = s; k < e; k++) {
                    key[k - s] = ((table.time(rows[k]) - tmin) << 32) | rows[k];
                }
                java.util.Arrays.sort(key, 0, e - s);
                for (int k = s; k < e; k++) {
                    rows[k] = (int) key[k - s];
                }
            } else {
                IntArrays.quickSort(rows, s, e, (x, y) -> {
                    int c = Long.compare(table.time(x), table.time(y));
                    return c != 0 ? c : Integer.compare(x, y);
                });
            }
        }
        return rows;
    }

    /**
     * Per row, whether another account acted on the same object within the window: the nearest earlier
     * and the nearest later action by a different account decide, found in one pass each way by
     * remembering the last action and the last action by a different account than it. O(A).
     */
    private boolean[] coordinatedRows(int[] rows) {
        int size = rows.length;
        boolean[] out = new boolean[size];
        for (int dir = 0; dir < 2; dir++) {
            int last = -1;
            int lastOther = -1;
            for (int k = 0; k < size; k++) {
                int i = dir == 0 ? k : size - 1 - k;
                int r = rows[i];
                if (last >= 0 && table.object(last) != table.object(r)) {
                    last = -1;
                    lastOther = -1;
                }
                int candidate = last >= 0 && table.account(last) != table.account(r) ? last : lastOther;
                if (candidate >= 0 && Math.abs(table.time(r) - table.time(candidate)) <= window) {
                    out[r] = true;
                }
                if (last >= 0 && table.account(last) != table.account(r)) {
                    lastOther = last;
                }
                last = r;
            }
        }
        return out;
    }

    private AccountCoordination accountTest(DetectionContext ctx, boolean[] coordinatedRow, boolean[] unitPosts) {
        int minParticipation = ctx.settings().minParticipation();
        double alpha = ctx.settings().significanceLevel();
        if (unitPosts == null) {
            int size = table.size();
            int[] account = new int[size];
            long[] time = new long[size];
            for (int row = 0; row < size; row++) {
                account[row] = ctxIndex[table.account(row)];
                time[row] = table.time(row);
            }
            return AccountCoordination.test(ctx.size(), account, time, coordinatedRow, alpha, minParticipation);
        }
        int posts = unitPosts.length;
        boolean[] coordinatedPost = new boolean[posts];
        for (int row = 0; row < table.size(); row++) {
            int p = table.source(row);
            if (coordinatedRow[row] && p >= 0 && p < posts) {
                coordinatedPost[p] = true;
            }
        }
        int[] account = new int[posts];
        long[] time = new long[posts];
        for (int p = 0; p < posts; p++) {
            account[p] = unitPosts[p] ? ctx.authorOf(p) : -1;
            time[p] = ctx.time(p);
        }
        return AccountCoordination.test(ctx.size(), account, time, coordinatedPost, alpha, minParticipation);
    }

    private void markActions(int[] rows, LongOpenHashSet edges, boolean[] burstPosts) {
        int size = table.size();
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
            if (crowds.inCrowd(ri)) {
                continue; // crowd actions form no pairs (the pair test never saw them)
            }
            for (int j = start; j < i; j++) {
                int rj = rows[j];
                if (crowds.inCrowd(rj)) {
                    continue;
                }
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

    /** Crowds in this layer: actions that count as membership only, outside the pair test. */
    public Crowds crowds() {
        return crowds;
    }

    /** The significant edges (q ≤ alpha) with their expectations, p- and q-values. */
    public EdgeSignificance significant() {
        return significant;
    }

    /** The account-level test of this layer, by context account index. */
    public AccountCoordination accountLevel() {
        return accountLevel;
    }

    /** The detection-context index of a table account, or -1 (targets, accounts without posts). */
    public int contextIndex(int tableAccount) {
        return ctxIndex[tableAccount];
    }

    /** Actions of context account {@code a} in this layer. */
    public int actions(int a) {
        return actions[a];
    }

    /** Actions of context account {@code a} that co-occurred with a linked partner. */
    public int marked(int a) {
        return marked[a];
    }

    /** Account pairs (context indices) linked by the burst test rather than by a significant edge. */
    public List<BurstLink> burstLinks() {
        return burstLinks;
    }

    /**
     * Account pairs (context indices, a &lt; b) linked by the account-level test and not by the pair test:
     * both accounts linked, and they co-acted at least once; the value is the larger of their q-values.
     */
    public List<BurstLink> accountLinks() {
        return accountLinks;
    }

    /** Linked partners of context account {@code a} (any test). */
    public int partners(int a) {
        return partners[a];
    }
}
