package org.spamouflage.sandbox.report;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.detection.ClusterSummary;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.Reading;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;

/**
 * What the exports need from a detection, as plain values: one place that reads the engine, so
 * every file writer works on the same numbers and tests can hand-make the input.
 *
 * @param data     where the data came from
 * @param settings the detector settings used
 * @param signals  every signal, in the engine's display order (one score column each)
 * @param accounts every scored account, in account-id order
 * @param edges    the coordination network's edges, {@code a} before {@code b} in id order, sorted
 * @param clusters every detected cluster, by cluster id
 * @param reading  how the engine read the data (time zone, entity sources, signals that did not apply)
 */
public record ExportModel(DataSummary data, DetectorSettings settings, List<SignalInfo> signals,
                          List<AccountRow> accounts, List<EdgeRow> edges, List<ClusterSummary> clusters,
                          Reading reading) {

    public ExportModel {
        signals = List.copyOf(signals);
        accounts = List.copyOf(accounts);
        edges = List.copyOf(edges);
        clusters = List.copyOf(clusters);
        reading = reading == null ? new Reading("", List.of(), null) : reading;
    }

    /** A model without reading notes (hand-made input). */
    public ExportModel(DataSummary data, DetectorSettings settings, List<SignalInfo> signals,
                       List<AccountRow> accounts, List<EdgeRow> edges, List<ClusterSummary> clusters) {
        this(data, settings, signals, accounts, edges, clusters, null);
    }

    /**
     * One scored account.
     *
     * @param id      account id
     * @param handle  the @-handle as the data gives it (may hold any text)
     * @param score   combined score (not a probability)
     * @param cluster detected cluster, or -1
     * @param signals score per signal, aligned with {@link ExportModel#signals()}
     */
    public record AccountRow(String id, String handle, double score, int cluster, double[] signals) {
        public AccountRow {
            signals = signals.clone();
        }
    }

    /**
     * One edge of the coordination network.
     *
     * @param a      account id, smaller than {@code b}
     * @param b      account id
     * @param weight distinct objects co-acted on, summed over layers
     * @param layers the layers in which the pair is significant
     * @param minQ   the smallest Benjamini–Hochberg q-value over those layers
     */
    public record EdgeRow(String a, String b, double weight, List<String> layers, double minQ) {
        public EdgeRow {
            layers = List.copyOf(layers);
        }
    }

    /** Reads everything the exports need from a detection of {@code dataset}. */
    public static ExportModel of(Dataset dataset, Detection detection) {
        List<String> ids = detection.accountIds();
        List<SignalInfo> signals = detection.signals();
        double[][] scores = new double[signals.size()][];
        for (int k = 0; k < signals.size(); k++) {
            scores[k] = detection.signalScores(signals.get(k).id());
        }
        double[] combined = detection.combined();
        int[] cluster = detection.clusters();
        List<AccountRow> rows = new ArrayList<>(ids.size());
        for (int a = 0; a < ids.size(); a++) {
            double[] s = new double[signals.size()];
            for (int k = 0; k < s.length; k++) {
                s[k] = scores[k][a];
            }
            Account acc = detection.context().account(a);
            rows.add(new AccountRow(ids.get(a), acc.handle(), combined[a], cluster[a], s));
        }
        CoordinationNetwork network = detection.network();
        List<EdgeRow> edges = new ArrayList<>(network.edges().size());
        for (CoordinationNetwork.Edge e : network.edges()) {
            // context indices are in id order, so a < b by index means a < b by id
            edges.add(new EdgeRow(ids.get(e.a()), ids.get(e.b()), e.weight(), e.layers(), e.minQ()));
        }
        edges.sort(java.util.Comparator.comparing(EdgeRow::a).thenComparing(EdgeRow::b));
        return new ExportModel(DataSummary.of(dataset), detection.settings(), signals, rows, edges,
                detection.clusterSummaries(), detection.reading());
    }

    /** Index of a signal column, or -1. */
    public int signalIndex(String id) {
        for (int k = 0; k < signals.size(); k++) {
            if (signals.get(k).id().equals(id)) {
                return k;
            }
        }
        return -1;
    }
}
