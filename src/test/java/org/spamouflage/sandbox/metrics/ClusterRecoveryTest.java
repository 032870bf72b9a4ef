package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Cluster recovery on {@link TruthFixture}: cells {c1, c2, c3} and {c4, c5}; detected clusters
 * {c1, c2} and {c4, c5, o1}; c3, o2, o3, b1 unclustered. Every expected value is worked out by
 * hand below.
 */
class ClusterRecoveryTest {

    private static final Offset<Double> EXACT = within(1e-12);

    private final ClusterRecovery r = ClusterRecovery.of(TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS),
            TruthFixture.CLUSTERS);

    @Test
    void countsWhoIsClustered() {
        assertThat(r.accounts()).isEqualTo(9);
        assertThat(r.campaignAccounts()).isEqualTo(5);
        assertThat(r.cells()).isEqualTo(2);
        assertThat(r.detectedClusters()).isEqualTo(2);
        assertThat(r.clusteredAccounts()).isEqualTo(5); // c1, c2, c4, c5, o1
        assertThat(r.campaignClustered()).isEqualTo(4);
        assertThat(r.campaignCoverage()).isCloseTo(0.8, EXACT); // 4 of 5
        assertThat(r.otherClustered()).isEqualTo(1); // o1
        assertThat(r.defined()).isTrue();
    }

    @Test
    void adjustedRandIndexTreatsUnclusteredAndOrganicAccountsAsAlone() {
        // n = 9, C(9,2) = 36. Truth groups (others alone): {c1,c2,c3}, {c4,c5} -> A = 3 + 1 = 4.
        // Clusters: {c1,c2}, {c4,c5,o1} -> B = 1 + 3 = 4. Together in both: c1-c2, c4-c5 -> I = 2.
        // ARI = 2(I*C - A*B) / ((A+B)*C - 2*A*B) = 2(72 - 16) / (288 - 32) = 112/256 = 0.4375.
        assertThat(r.adjustedRandIndex()).isCloseTo(0.4375, EXACT);
    }

    @Test
    void purityCountsOrganicAccountsAsOneClass() {
        // Cluster 0: c1, c2 (cell 0) -> 2; cluster 1: c4, c5 (cell 1), o1 (not campaign) -> 2. 4/5.
        assertThat(r.purity()).isCloseTo(0.8, EXACT);
    }

    @Test
    void cellRecoveryCountsTheBiggestPartOfEachCellFoundTogether() {
        // Cell 0: 2 of 3 in cluster 0 (c3 unclustered); cell 1: 2 of 2 in cluster 1. (2 + 2)/5.
        assertThat(r.cellRecovery()).isCloseTo(0.8, EXACT);
    }

    @Test
    void nmiIsComputedOverCampaignAccountsOnly() {
        // Cells [0,0,0,1,1]; clusters [0,0,alone,1,1]. The cluster determines the cell, so MI = H(cell).
        // H(cell) = -(0.6 ln 0.6 + 0.4 ln 0.4); H(cluster) = -(2 * 0.4 ln 0.4 + 0.2 ln 0.2).
        double hCell = -(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4));
        double hCluster = -(2 * 0.4 * Math.log(0.4) + 0.2 * Math.log(0.2));
        assertThat(r.normalizedMutualInformation()).isCloseTo(hCell / ((hCell + hCluster) / 2), within(1e-12));
        assertThat(r.normalizedMutualInformation()).isCloseTo(0.77898, within(1e-5));
    }

    @Test
    void excludingBackgroundShrinksThePopulation() {
        // Without b1: n = 8, C(8,2) = 28; A, B, I unchanged -> ARI = 2(56 - 16)/(8*28 - 32) = 80/192.
        ClusterRecovery without = ClusterRecovery.of(
                TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS, LabelOptions.excludingBackground()),
                TruthFixture.CLUSTERS);
        assertThat(without.accounts()).isEqualTo(8);
        assertThat(without.adjustedRandIndex()).isCloseTo(80.0 / 192.0, EXACT);
    }

    @Test
    void perfectRecoveryScoresOneEverywhere() {
        int[] perfect = {4, 4, 4, 9, 9, -1, -1, -1, -1};
        ClusterRecovery p = ClusterRecovery.of(TruthLabels.of(TruthFixture.TRUTH, TruthFixture.IDS), perfect);
        assertThat(p.adjustedRandIndex()).isCloseTo(1.0, EXACT);
        assertThat(p.purity()).isCloseTo(1.0, EXACT);
        assertThat(p.cellRecovery()).isCloseTo(1.0, EXACT);
        assertThat(p.normalizedMutualInformation()).isCloseTo(1.0, EXACT);
        assertThat(p.otherClustered()).isZero();
    }

    @Test
    void noCampaignAccountsLeavesCellNumbersUndefined() {
        // Organic-only data where the detector clusters nobody: agreement is perfect, cells undefined.
        ClusterRecovery none = ClusterRecovery.of(new boolean[] {false, false, false}, new int[] {-1, -1, -1},
                new int[] {-1, -1, -1});
        assertThat(none.defined()).isFalse();
        assertThat(none.note()).contains("no campaign accounts");
        assertThat(none.cellRecovery()).isNaN();
        assertThat(none.campaignCoverage()).isNaN();
        assertThat(none.adjustedRandIndex()).isEqualTo(1.0);
        assertThat(none.purity()).isNaN(); // nothing clustered
        // If it groups two of them, that is a false cluster: ARI 0, purity 1 (a "pure" organic cluster).
        ClusterRecovery falseCluster = ClusterRecovery.of(new boolean[] {false, false, false}, new int[] {-1, -1, -1},
                new int[] {3, 3, -1});
        assertThat(falseCluster.adjustedRandIndex()).isCloseTo(0.0, EXACT);
        assertThat(falseCluster.otherClustered()).isEqualTo(2);
    }
}
