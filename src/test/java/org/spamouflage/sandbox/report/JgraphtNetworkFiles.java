package org.spamouflage.sandbox.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.spamouflage.sandbox.detection.SignalInfo;

/**
 * The oracle of {@link NetworkFiles}: its writers as they were before they were written by hand,
 * through JGraphT's {@code GraphMLExporter} and {@code GEXFExporter} (jgrapht-io 1.5.3), which
 * serialize through the JDK's XSLT {@code TransformerHandler}. Kept unchanged so the hand-written
 * writers can be checked byte for byte against them; it shares with them only what did not change
 * (which accounts are nodes, the sort of the edges, {@code xmlSafe}).
 */
final class JgraphtNetworkFiles {

    private JgraphtNetworkFiles() {
    }

    /** The graph: vertices are account indices, edges are edge indices (both in sorted order). */
    private static Graph<Integer, Integer> graph(ExportModel model) {
        Graph<Integer, Integer> g = GraphTypeBuilder.<Integer, Integer>undirected().allowingMultipleEdges(false)
                .allowingSelfLoops(false).weighted(true).buildGraph();
        for (int v : NetworkFiles.nodes(model)) {
            g.addVertex(v);
        }
        Map<String, Integer> index = NetworkFiles.index(model);
        List<ExportModel.EdgeRow> edges = NetworkFiles.sortedEdges(model);
        for (int e = 0; e < edges.size(); e++) {
            ExportModel.EdgeRow row = edges.get(e);
            g.addEdge(index.get(row.a()), index.get(row.b()), e);
            g.setEdgeWeight(e, row.weight());
        }
        return g;
    }

    /** Node id per account index, following the rule in the class comment of {@link NetworkFiles}. */
    private static Function<Integer, String> nodeIds(ExportModel model) {
        List<Integer> nodes = NetworkFiles.nodes(model);
        boolean plain = nodes.stream().allMatch(i -> NetworkFiles.isPlainToken(model.accounts().get(i).id()));
        if (plain) {
            return i -> model.accounts().get(i).id();
        }
        Map<Integer, String> ids = new HashMap<>(nodes.size() * 2);
        for (int k = 0; k < nodes.size(); k++) {
            ids.put(nodes.get(k), "n" + (k + 1));
        }
        return ids::get;
    }

    private static Map<String, Attribute> nodeAttributes(ExportModel model, int v) {
        ExportModel.AccountRow r = model.accounts().get(v);
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("label", DefaultAttribute.createAttribute(NetworkFiles.xmlSafe(r.handle())));
        m.put("account_id", DefaultAttribute.createAttribute(NetworkFiles.xmlSafe(r.id())));
        m.put("score", new DefaultAttribute<>(Numbers.fixed(r.score()), AttributeType.DOUBLE));
        m.put("cluster", new DefaultAttribute<>(Integer.toString(r.cluster()), AttributeType.INT));
        List<SignalInfo> signals = model.signals();
        for (int k = 0; k < signals.size(); k++) {
            m.put(signals.get(k).id(), new DefaultAttribute<>(Numbers.fixed(r.signals()[k]), AttributeType.DOUBLE));
        }
        m.put("synthetic", DefaultAttribute.createAttribute(model.data().synthetic()));
        return m;
    }

    private static Map<String, Attribute> edgeAttributes(ExportModel.EdgeRow row) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("layers", DefaultAttribute.createAttribute(NetworkFiles.xmlSafe(String.join("+", row.layers()))));
        m.put("min_q_value", new DefaultAttribute<>(Numbers.significant(row.minQ()), AttributeType.DOUBLE));
        return m;
    }

    /** Writes {@code network.graphml} (GraphML 1.0). */
    static void writeGraphml(ExportModel model, OutputStream out) throws IOException {
        Graph<Integer, Integer> g = graph(model);
        List<ExportModel.EdgeRow> edges = NetworkFiles.sortedEdges(model);
        GraphMLExporter<Integer, Integer> ex = new GraphMLExporter<>(nodeIds(model));
        ex.setEdgeIdProvider(e -> "e" + (e + 1));
        ex.setExportEdgeWeights(true);
        ex.setEdgeWeightAttributeName("weight");
        ex.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("account_id", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("score", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        ex.registerAttribute("cluster", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        for (SignalInfo s : model.signals()) {
            ex.registerAttribute(s.id(), GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        ex.registerAttribute("synthetic", GraphMLExporter.AttributeCategory.NODE, AttributeType.BOOLEAN);
        ex.registerAttribute("layers", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("min_q_value", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        ex.setVertexAttributeProvider(v -> nodeAttributes(model, v));
        ex.setEdgeAttributeProvider(e -> edgeAttributes(edges.get(e)));
        write(out, w -> ex.exportGraph(g, w));
    }

    /** Writes {@code network.gexf} (GEXF 1.2). */
    static void writeGexf(ExportModel model, OutputStream out) throws IOException {
        Graph<Integer, Integer> g = graph(model);
        List<ExportModel.EdgeRow> edges = NetworkFiles.sortedEdges(model);
        GEXFExporter<Integer, Integer> ex = new GEXFExporter<>(nodeIds(model), e -> "e" + (e + 1));
        ex.setCreator(NetworkFiles.CREATOR);
        ex.setDescription(model.data().synthetic()
                ? "Coordination network of SYNTHETIC data (invented accounts), " + NetworkFiles.xmlSafe(model.data().source())
                : "Coordination network of " + NetworkFiles.xmlSafe(model.data().source()));
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        ex.registerAttribute("account_id", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        ex.registerAttribute("score", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        ex.registerAttribute("cluster", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        for (SignalInfo s : model.signals()) {
            ex.registerAttribute(s.id(), GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        }
        ex.registerAttribute("synthetic", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.BOOLEAN);
        ex.registerAttribute("layers", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.registerAttribute("min_q_value", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        ex.setVertexAttributeProvider(v -> nodeAttributes(model, v));
        ex.setEdgeAttributeProvider(e -> edgeAttributes(edges.get(e)));
        write(out, w -> ex.exportGraph(g, w));
    }

    private interface Export {
        void to(java.io.Writer w);
    }

    private static void write(OutputStream out, Export export) throws IOException {
        LfWriter w = new LfWriter(new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        try {
            export.to(w);
        } catch (ExportException e) {
            throw new IOException("could not write the network: " + e.getMessage(), e);
        }
        if (w.failure != null) {
            // the exporter writes through a PrintWriter, which swallows I/O errors: rethrow them here
            throw w.failure;
        }
        if (w.last != '\n') {
            w.write('\n');
        }
        w.flush();
    }

    /**
     * Drops raw carriage returns: the JDK serializer indents with the platform's line separator,
     * and escapes every CR that comes from data as {@code &#13;}, so a raw CR can only be part of a
     * line end. LF everywhere keeps the files byte-identical across platforms.
     */
    private static final class LfWriter extends java.io.FilterWriter {
        int last = -1;
        IOException failure;

        LfWriter(java.io.Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (c != '\r') {
                try {
                    out.write(c);
                } catch (IOException e) {
                    remember(e);
                    throw e;
                }
                last = c;
            }
        }

        // Runs without a CR are passed on whole: one call per run, not one (locking) call per character.
        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int from = off;
            for (int i = off; i <= off + len; i++) {
                if (i == off + len || buf[i] == '\r') {
                    if (i > from) {
                        try {
                            out.write(buf, from, i - from);
                        } catch (IOException e) {
                            remember(e);
                            throw e;
                        }
                        last = buf[i - 1];
                    }
                    from = i + 1;
                }
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            char[] chars = new char[len];
            str.getChars(off, off + len, chars, 0);
            write(chars, 0, len);
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }

        @Override
        public void close() throws IOException {
            flush(); // never close the caller's stream
        }
    }
}
