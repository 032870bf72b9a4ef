package org.spamouflage.sandbox.metrics;

import java.util.Arrays;
import java.util.List;
import org.spamouflage.sandbox.dataset.GroundTruth.AccountTruth;

/**
 * How well the detected clusters recover the campaign's cells (the groups of accounts one
 * operator team runs). Every number is about grouping, not about scores.
 *
 * <p>Treatment of accounts outside clusters and outside the campaign, used by every number:
 * <ul>
 *   <li>An <b>unclustered</b> account (detected cluster number &lt; 0) is grouped with no one: for
 *       pair-based numbers it is a cluster of its own.</li>
 *   <li>A <b>non-campaign</b> account (organic, background, unknown) belongs to no cell: it should
 *       be grouped with no one. So an organic account left unclustered is a success, and one
 *       pulled into a cluster costs agreement ({@code adjustedRandIndex}) and is counted in
 *       {@code otherClustered}.</li>
 *   <li>Campaign accounts whose truth has no cell ({@code cell = -1}) form one shared cell.</li>
 * </ul>
 *
 * @param accounts                    accounts evaluated
 * @param campaignAccounts            campaign accounts evaluated
 * @param cells                       distinct campaign cells among them
 * @param detectedClusters            distinct detected clusters among the evaluated accounts
 * @param clusteredAccounts           evaluated accounts that are in some detected cluster
 * @param campaignClustered           campaign accounts in some detected cluster
 * @param campaignCoverage            share of campaign accounts that are in some cluster; NaN
 *                                    without campaign accounts
 * @param otherClustered              non-campaign accounts pulled into a cluster (false alarms at
 *                                    the cluster level)
 * @param adjustedRandIndex           over all evaluated accounts, how far the clusters agree with
 *                                    the cells on which pairs of accounts belong together, after
 *                                    removing chance agreement: 1 = exactly the cells, 0 = chance,
 *                                    below 0 = worse than chance (Hubert &amp; Arabie 1985)
 * @param purity                      of the clustered accounts, the share that belong to their
 *                                    cluster's most common cell (all non-campaign accounts count
 *                                    as one class here): 1 = no cluster mixes cells or people;
 *                                    NaN when nothing is clustered
 * @param cellRecovery                of the campaign accounts, the share found together with the
 *                                    biggest part of their own cell in one cluster (inverse
 *                                    purity; unclustered accounts count as not found): 1 = every
 *                                    cell found whole; NaN without campaign accounts
 * @param normalizedMutualInformation over the campaign accounts only, how much knowing the
 *                                    cluster tells about the cell (0 = nothing, 1 = identical;
 *                                    arithmetic-mean normalisation as scikit-learn); NaN without
 *                                    campaign accounts
 * @param defined                     false when there are no campaign accounts (the cell-based
 *                                    numbers are then NaN)
 * @param note                        why something is undefined, or empty
 */
public record ClusterRecovery(
        int accounts,
        int campaignAccounts,
        int cells,
        int detectedClusters,
        int clusteredAccounts,
        int campaignClustered,
        double campaignCoverage,
        int otherClustered,
        double adjustedRandIndex,
        double purity,
        double cellRecovery,
        double normalizedMutualInformation,
        boolean defined,
        String note) {

    public ClusterRecovery {
        note = note == null ? "" : note;
    }

    /**
     * Cluster recovery for the accounts evaluated by {@code labels}.
     *
     * @param clustersAlignedWithInput detected cluster number per input account id (same order as
     *                                 the list given to {@link TruthLabels}); negative = unclustered
     * @throws InvalidMetricInputException for a wrong length
     */
    public static ClusterRecovery of(TruthLabels labels, int[] clustersAlignedWithInput) {
        int[] clusters = labels.select(clustersAlignedWithInput, "clusters");
        int n = labels.size();
        boolean[] campaign = labels.labels();
        int[] cell = new int[n];
        for (int i = 0; i < n; i++) {
            AccountTruth t = labels.truthAt(i);
            cell[i] = t == null ? -1 : t.cell();
        }
        return of(campaign, cell, clusters);
    }

    /**
     * Cluster recovery from plain arrays, one entry per evaluated account.
     *
     * @param campaign true for campaign accounts
     * @param cell     campaign cell number (read only for campaign accounts; negative = no cell)
     * @param cluster  detected cluster number; negative = unclustered
     * @throws InvalidMetricInputException when the arrays differ in length
     */
    public static ClusterRecovery of(boolean[] campaign, int[] cell, int[] cluster) {
        if (campaign.length != cell.length || cell.length != cluster.length) {
            throw new InvalidMetricInputException(List.of("campaign flags, cells and clusters must have one entry per"
                    + " account, got " + campaign.length + ", " + cell.length + " and " + cluster.length));
        }
        int n = campaign.length;
        int maxCell = -1;
        int campaignCount = 0;
        for (int i = 0; i < n; i++) {
            if (campaign[i]) {
                campaignCount++;
                maxCell = Math.max(maxCell, cell[i]);
            }
        }
        int noCell = maxCell + 1;
        int notCampaign = maxCell + 2;
        // Pair-based truth: cells group campaign accounts; everyone else is alone (-1).
        int[] truthAlone = new int[n];
        // Class-based truth for purity: all non-campaign accounts form one class.
        int[] truthClass = new int[n];
        int[] campaignCells = new int[campaignCount];
        int[] campaignClusters = new int[campaignCount];
        int clustered = 0;
        int campaignClustered = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            boolean inCluster = cluster[i] >= 0;
            if (inCluster) {
                clustered++;
            }
            if (campaign[i]) {
                int c = cell[i] >= 0 ? cell[i] : noCell;
                truthAlone[i] = c;
                truthClass[i] = c;
                campaignCells[k] = c;
                campaignClusters[k++] = cluster[i];
                if (inCluster) {
                    campaignClustered++;
                }
            } else {
                truthAlone[i] = -1;
                truthClass[i] = notCampaign;
            }
        }
        int cells = distinctNonNegative(campaignCells);
        int detected = distinctNonNegative(cluster);
        boolean defined = campaignCount > 0;
        String note = n == 0 ? "no accounts evaluated"
                : defined ? "" : "no campaign accounts: coverage, cell recovery and NMI are undefined";
        return new ClusterRecovery(n, campaignCount, cells, detected, clustered, campaignClustered,
                Confusion.ratio(campaignClustered, campaignCount), clustered - campaignClustered,
                ClusterComparison.adjustedRandIndex(truthAlone, cluster),
                ClusterComparison.purity(truthClass, cluster),
                defined ? cellRecovery(campaignCells, campaignClusters) : Double.NaN,
                defined ? ClusterComparison.normalizedMutualInformation(campaignCells, campaignClusters) : Double.NaN,
                defined, note);
    }

    /** Σ over cells of the largest part of the cell inside one cluster, over all campaign accounts. */
    private static double cellRecovery(int[] cells, int[] clusters) {
        int inCluster = 0;
        for (int c : clusters) {
            if (c >= 0) {
                inCluster++;
            }
        }
        int[] t = new int[inCluster];
        int[] p = new int[inCluster];
        int j = 0;
        for (int i = 0; i < clusters.length; i++) {
            if (clusters[i] >= 0) {
                t[j] = cells[i];
                p[j++] = clusters[i];
            }
        }
        // Columns of the table are the cells: the largest cell of each column is its best cluster.
        long found = ClusterComparison.sumOfColumnMaxima(ClusterComparison.Table.of(p, t));
        return (double) found / cells.length;
    }

    private static int distinctNonNegative(int[] values) {
        int[] s = values.clone();
        Arrays.sort(s);
        int count = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] >= 0 && (i == 0 || s[i] != s[i - 1])) {
                count++;
            }
        }
        return count;
    }
}
