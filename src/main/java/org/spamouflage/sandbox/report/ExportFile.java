package org.spamouflage.sandbox.report;

/** The files of a detection folder, with the media type a download button should send. */
public enum ExportFile {
    /** Account scores: {@code account_id,score,cluster,handle}, one column per signal, {@code synthetic}. */
    ACCOUNTS_CSV("accounts.csv", "text/csv"),
    /** Network edges: {@code account_a,account_b,weight,layers,min_q_value}. */
    EDGES_CSV("edges.csv", "text/csv"),
    /** Every detected cluster: size, members, languages, time span, layers, mean score. */
    CLUSTERS_JSON("clusters.json", "application/json"),
    /** The network as GraphML 1.0 (Gephi, igraph, NetworkX, Cytoscape). */
    NETWORK_GRAPHML("network.graphml", "application/graphml+xml"),
    /** The network as GEXF 1.2 (Gephi). */
    NETWORK_GEXF("network.gexf", "application/gexf+xml"),
    /** The methods note in Markdown. */
    METHODS_MD("methods.md", "text/markdown; charset=utf-8"),
    /** The methods note as a standalone HTML page. */
    METHODS_HTML("methods.html", "text/html; charset=utf-8"),
    /** The detector settings used (read back by {@code detect --settings}). */
    SETTINGS_JSON("settings.json", "application/json"),
    /** Engine version, data source, counts and signal descriptions (read by {@code evaluate}). */
    DETECTION_JSON("detection.json", "application/json"),
    /** Error rates ({@code metrics.json}); only when labels were used. */
    METRICS_JSON("metrics.json", "application/json");

    private final String fileName;
    private final String mediaType;

    ExportFile(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }
}
