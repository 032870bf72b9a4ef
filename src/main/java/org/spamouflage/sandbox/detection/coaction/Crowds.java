package org.spamouflage.sandbox.detection.coaction;

/**
 * Crowds: moments when more than K distinct accounts act on one object within the window. The pair test
 * ({@link EdgeSignificance}) runs on the other actions; a crowd's actions count only as membership (each is
 * a coordinated unit of the account-level test, {@link AccountCoordination}, and for copied text the scan
 * test of message bursts sees the whole family).
 *
 * <p><b>Definition.</b> An action is in a crowd when more than K distinct accounts (its own included) acted
 * on the same object within the window before or after it (|Δt| ≤ window). Dropping an action from the pair
 * test drops every pair it belongs to; two actions outside crowds pair exactly as before. With no crowd the
 * pair test is unchanged.
 *
 * <p><b>Why.</b> A co-action inside a crowd of m accounts says that both accounts were in the crowd, and the
 * crowd says that of all its m members at once: the m(m−1)/2 pairs it would add are one fact about m
 * accounts (membership, m entries) repeated m−1 times per account. What the pairs add beyond membership is
 * which pairs meet again in other crowds, and each such meeting is weak evidence: under the pair test's
 * label-shuffle null a given account lands in a crowd of m among the A accounts active in the layer with
 * probability about m/A, so a meeting there is worth about log₂(A/m) bits against log₂(A/2) for two
 * accounts alone on an object, while its cost (m²/2 pair updates and up to m²/2 stored edges per crowd)
 * grows with the square of the crowd. K bounds the pair work to at most K pairs per action, so the whole
 * pair test stays linear in the actions. The default (see {@code DetectorSettings#crowdAccounts}) is set
 * by what a 10-million-post archive can afford; no crowd in the shipped scenarios reaches it (largest
 * measured, seed 1: 132 accounts, co-comment on canada-2023), and the scenarios' and the real windows'
 * results are unchanged ({@code ScaleUnchangedTest}; BENCHMARKS.md, "Scale").
 *
 * <p>Cost: O(A) over actions already grouped by object and sorted by time, one int per account.
 */
public final class Crowds {
    private final boolean[] inCrowd;
    private final int rows;
    private final int objects;
    private final int largest;
    private final int largestObject;

    private Crowds(boolean[] inCrowd, int rows, int objects, int largest, int largestObject) {
        this.inCrowd = inCrowd;
        this.rows = rows;
        this.objects = objects;
        this.largest = largest;
        this.largestObject = largestObject;
    }

    /**
     * @param table      the layer's actions
     * @param sortedRows every row of {@code table}, grouped by object and sorted by time within each object
     * @param window     the layer's window in seconds
     * @param maxAccounts K: more distinct accounts than this within the window make a crowd (≥ 1)
     */
    public static Crowds find(ActionTable table, int[] sortedRows, long window, int maxAccounts) {
        if (maxAccounts < 1) {
            throw new IllegalArgumentException("maxAccounts must be at least 1, was " + maxAccounts);
        }
        int n = sortedRows.length;
        boolean[] inCrowd = new boolean[table.size()];
        int[] count = new int[table.accountCount()];
        int crowdRows = 0;
        int crowdObjects = 0;
        int largest = 0;
        int largestObject = -1;
        int s = 0;
        while (s < n) {
            int o = table.object(sortedRows[s]);
            int e = s;
            while (e < n && table.object(sortedRows[e]) == o) {
                e++;
            }
            // two pointers over [t - window, t + window]; count[] holds this object's window only
            int lo = s;
            int hi = s;
            int distinct = 0;
            int peak = 0;
            boolean crowded = false;
            for (int i = s; i < e; i++) {
                long t = table.time(sortedRows[i]);
                while (hi < e && table.time(sortedRows[hi]) - t <= window) {
                    if (count[table.account(sortedRows[hi])]++ == 0) {
                        distinct++;
                    }
                    hi++;
                }
                while (t - table.time(sortedRows[lo]) > window) {
                    if (--count[table.account(sortedRows[lo])] == 0) {
                        distinct--;
                    }
                    lo++;
                }
                peak = Math.max(peak, distinct);
                if (distinct > maxAccounts) {
                    inCrowd[sortedRows[i]] = true;
                    crowdRows++;
                    crowded = true;
                }
            }
            for (int i = lo; i < hi; i++) {
                count[table.account(sortedRows[i])]--;
            }
            if (crowded) {
                crowdObjects++;
            }
            if (peak > largest) {
                largest = peak;
                largestObject = o;
            }
            s = e;
        }
        return new Crowds(inCrowd, crowdRows, crowdObjects, largest, largestObject);
    }

    /** Whether row {@code row} of the table is in a crowd. */
    public boolean inCrowd(int row) {
        return inCrowd[row];
    }

    /** Per row of the table, whether it is in a crowd (copy). */
    public boolean[] rowsInCrowds() {
        return inCrowd.clone();
    }

    /** Actions in crowds. */
    public int rows() {
        return rows;
    }

    /** Objects with at least one crowd. */
    public int objects() {
        return objects;
    }

    /** The most distinct accounts seen within one window on one object (crowd or not). */
    public int largest() {
        return largest;
    }

    /** The object of {@link #largest()}, or −1 when the table is empty. */
    public int largestObject() {
        return largestObject;
    }
}
