package org.spamouflage.sandbox.metrics;

import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.GroundTruth.AccountTruth;

/**
 * A nine-account ground truth used by several tests: campaign cell 0 = c1, c2, c3; campaign cell
 * 1 = c4, c5; organic o1, o2, o3; background bot b1.
 */
final class TruthFixture {

    static final List<String> IDS = List.of("c1", "c2", "c3", "c4", "c5", "o1", "o2", "o3", "b1");

    static final GroundTruth TRUTH = new GroundTruth(List.of(
            campaign("c1", 0), campaign("c2", 0), campaign("c3", 0), campaign("c4", 1), campaign("c5", 1),
            new AccountTruth("o1", AccountClass.ORGANIC, -1, -1, ""),
            new AccountTruth("o2", AccountClass.ORGANIC, -1, -1, ""),
            new AccountTruth("o3", AccountClass.ORGANIC, -1, -1, ""),
            new AccountTruth("b1", AccountClass.BACKGROUND, -1, -1, "")), List.of());

    /** Detected clusters aligned with {@link #IDS}: {c1, c2}, {c4, c5, o1}; the rest unclustered. */
    static final int[] CLUSTERS = {0, 0, -1, 1, 1, 1, -1, -1, -1};

    private TruthFixture() {
    }

    private static AccountTruth campaign(String id, int cell) {
        return new AccountTruth(id, AccountClass.CAMPAIGN, cell, 0, "new");
    }
}
