package org.spamouflage.sandbox.detection.coaction;

/**
 * The co-share network exactly as CooRTweet 2.x computes it ({@code detect_groups} followed by
 * {@code generate_coordinated_network} with no edge-weight threshold): window, minimum participation,
 * no normalisation. With min participation 1 it reproduces CooRTweet's and the QUT toolkit's edges
 * weight for weight (the golden test checks both reference files of the Russian sample).
 *
 * <p>Semantics, from CooRTweet's {@code do_detect_groups}, {@code do_remove_loops} and
 * {@code filter_min_participation} (R/detect_groups.R, MIT, © 2022 Nicola Righetti &amp; Paul Balluff):
 * <ol>
 *   <li>accounts with fewer than K rows in the input are dropped before pairing;</li>
 *   <li>shares of the same object by different accounts with |Δt| ≤ window form pairs (rows whose
 *       {@code object_id} equals their own {@code content_id} never pair: CooRTweet's loop rule; they
 *       still count in step 1);</li>
 *   <li>an account "participates" with the number of its rows that are in at least one pair;</li>
 *   <li>a pair is kept when <em>either</em> of its accounts participates at least K times
 *       (CooRTweet keeps a pair if its {@code content_id} or its {@code content_id_y} belongs to a
 *       qualifying account), and an edge's weight is the number of kept pairs between its accounts.</li>
 * </ol>
 * Cost: one {@link CoActionCounter} pass plus O(n + E).
 */
public final class CooRTweetMode {

    /** CooRTweet's default {@code min_participation}. */
    public static final int DEFAULT_MIN_PARTICIPATION = 2;

    private final long windowSeconds;
    private final int minParticipation;
    private final CoActionLimits limits;

    /**
     * @param windowSeconds    CooRTweet's {@code time_window}, ≥ 0
     * @param minParticipation CooRTweet's {@code min_participation}, ≥ 1
     * @param limits           caps against pathological inputs
     */
    public CooRTweetMode(long windowSeconds, int minParticipation, CoActionLimits limits) {
        if (minParticipation < 1) {
            throw new IllegalArgumentException("min participation must be >= 1, was " + minParticipation);
        }
        this.windowSeconds = windowSeconds;
        this.minParticipation = minParticipation;
        this.limits = limits;
    }

    /** The network for a table with no self-referencing rows. */
    public CoActionNetwork detect(ActionTable table) {
        return detect(table, new int[table.accountCount()]);
    }

    /** The network for data read from a CooRTweet CSV file. */
    public CoActionNetwork detect(CoortweetData data) {
        return detect(data.table(), data.selfReferencingRows());
    }

    /**
     * @param table               the pairable rows
     * @param selfReferencingRows per account index, rows left out of {@code table} because their
     *                            object is their own content (they count towards step 1 only)
     */
    public CoActionNetwork detect(ActionTable table, int[] selfReferencingRows) {
        int k = minParticipation;
        int accounts = table.accountCount();
        boolean[] keep = new boolean[accounts];
        boolean all = true;
        for (int a = 0; a < accounts; a++) {
            keep[a] = table.actionsOf(a) + selfReferencingRows[a] >= k;
            all &= keep[a] || table.actionsOf(a) == 0;
        }
        ActionTable kept = all ? table : table.retainAccounts(keep);
        CoActionNetwork net = new CoActionCounter(windowSeconds, limits).count(kept);
        boolean[] qualifies = new boolean[accounts];
        boolean everyone = true;
        for (int a = 0; a < accounts; a++) {
            qualifies[a] = net.coordinatedActions(a) >= k;
            everyone &= qualifies[a] || net.coordinatedActions(a) == 0;
        }
        return everyone ? net : net.retainEdges(e -> qualifies[net.accountA(e)] || qualifies[net.accountB(e)]);
    }
}
