package org.spamouflage.sandbox.detection.coaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The co-actions behind one edge, for evidence a person can read: which object, when each account
 * acted, and where each action came from ({@link ActionTable#source(int)}: the post or CSV row).
 */
public final class CoActionEvidence {

    /**
     * One co-action: account a's action and account b's action on the same object within the window.
     *
     * @param objectId the object
     * @param timeA    epoch seconds of a's action
     * @param timeB    epoch seconds of b's action
     * @param sourceA  source index of a's action
     * @param sourceB  source index of b's action
     */
    public record Pair(String objectId, long timeA, long timeB, int sourceA, int sourceB) {
        /** |timeA − timeB| in seconds. */
        public long gapSeconds() {
            return Math.abs(timeA - timeB);
        }
    }

    private CoActionEvidence() {
    }

    /**
     * Every pair (action of a, action of b) on the same object with |Δt| ≤ window, ordered by object id,
     * then a's time, then b's time; their number is the edge's weight. O(k log k) for the k actions of the
     * two accounts (after a one-time O(n) index).
     */
    public static List<Pair> pairs(ActionTable table, long windowSeconds, int a, int b) {
        int[] ra = sorted(table, table.rowsOf(a));
        int[] rb = sorted(table, table.rowsOf(b));
        List<Pair> out = new ArrayList<>();
        int j0 = 0;
        for (int i = 0; i < ra.length; i++) {
            int ri = ra[i];
            String obj = table.objectId(table.object(ri));
            while (j0 < rb.length && compare(table, rb[j0], obj, table.time(ri) - windowSeconds) < 0) {
                j0++;
            }
            for (int j = j0; j < rb.length; j++) {
                int rj = rb[j];
                if (!table.objectId(table.object(rj)).equals(obj) || table.time(rj) > table.time(ri) + windowSeconds) {
                    break;
                }
                out.add(new Pair(obj, table.time(ri), table.time(rj), table.source(ri), table.source(rj)));
            }
        }
        return out;
    }

    /** Rows sorted by (object id, time). */
    private static int[] sorted(ActionTable t, int[] rows) {
        Integer[] boxed = Arrays.stream(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (x, y) -> {
            int c = CodePointOrder.compareStrings(t.objectId(t.object(x)), t.objectId(t.object(y)));
            return c != 0 ? c : Long.compare(t.time(x), t.time(y));
        });
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** Row versus (object id, time) in the same order as {@link #sorted}. */
    private static int compare(ActionTable t, int row, String objectId, long time) {
        int c = CodePointOrder.compareStrings(t.objectId(t.object(row)), objectId);
        return c != 0 ? c : Long.compare(t.time(row), time);
    }
}
