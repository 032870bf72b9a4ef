package org.spamouflage.sandbox.report;

import java.util.List;
import org.spamouflage.sandbox.detection.Reading;
import org.spamouflage.sandbox.detection.SignalInfo;

/**
 * {@code detection.json}: what a detection folder holds, so {@code evaluate} (and a reader) can
 * describe it without the dataset: the engine version, where the data came from, the counts and
 * what each signal column means.
 *
 * @param format            layout version ({@value JsonFiles#FORMAT})
 * @param engineVersion     version of the detection engine that produced the scores
 * @param data              where the data came from and how much there was
 * @param scoredAccounts    accounts scored (accounts with a post, public figures excluded)
 * @param edges             significant edges in the coordination network
 * @param networkNodes      accounts in {@code network.graphml}/{@code .gexf} (with an edge or a cluster)
 * @param clusters          detected clusters
 * @param clusteredAccounts accounts in some cluster
 * @param signals           every signal column of {@code accounts.csv}, in column order
 * @param reading           how the engine read the data (absent in files written before it existed)
 */
public record DetectionSummary(int format, String engineVersion, DataSummary data, int scoredAccounts, int edges,
                               int networkNodes, int clusters, int clusteredAccounts, List<SignalInfo> signals,
                               Reading reading) {

    public DetectionSummary {
        signals = List.copyOf(signals);
        reading = reading == null ? new Reading("", List.of(), null) : reading;
    }

    /** A summary without reading notes. */
    public DetectionSummary(int format, String engineVersion, DataSummary data, int scoredAccounts, int edges,
                            int networkNodes, int clusters, int clusteredAccounts, List<SignalInfo> signals) {
        this(format, engineVersion, data, scoredAccounts, edges, networkNodes, clusters, clusteredAccounts, signals,
                null);
    }

    /** The summary of an export model. */
    public static DetectionSummary of(ExportModel m, String engineVersion) {
        int clustered = 0;
        for (ExportModel.AccountRow r : m.accounts()) {
            if (r.cluster() >= 0) {
                clustered++;
            }
        }
        return new DetectionSummary(JsonFiles.FORMAT, engineVersion, m.data(), m.accounts().size(), m.edges().size(),
                NetworkFiles.nodes(m).size(), m.clusters().size(), clustered, m.signals(), m.reading());
    }
}
