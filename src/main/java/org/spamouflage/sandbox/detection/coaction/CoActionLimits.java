package org.spamouflage.sandbox.detection.coaction;

/**
 * Caps that keep a pathological input (one object shared by tens of thousands of accounts in the
 * same minute) from exhausting memory or overflowing a weight. Exceeding one stops the count with
 * a {@link CoActionLimitException} that says which cap, by how much, and what to change.
 *
 * @param maxEdges distinct account pairs kept in memory; about 40 bytes each while counting, so the
 *                 default 25,000,000 needs about 1 GB of heap
 * @param maxPairs co-action pairs counted in total (time, not memory: each costs one hash update);
 *                 at most {@link Integer#MAX_VALUE} so that no edge weight can overflow
 */
public record CoActionLimits(long maxEdges, long maxPairs) {

    /** 25 million edges, 2<sup>31</sup>−1 pairs. */
    public static final CoActionLimits DEFAULT = new CoActionLimits(25_000_000L, Integer.MAX_VALUE);

    public CoActionLimits {
        if (maxEdges < 1 || maxEdges > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxEdges must be in [1, " + (Integer.MAX_VALUE - 16) + "], was " + maxEdges);
        }
        if (maxPairs < 1 || maxPairs > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxPairs must be in [1, " + Integer.MAX_VALUE + "], was " + maxPairs);
        }
    }
}
