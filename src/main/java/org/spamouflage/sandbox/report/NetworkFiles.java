package org.spamouflage.sandbox.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spamouflage.sandbox.detection.SignalInfo;

/**
 * {@code network.graphml} and {@code network.gexf}: the coordination network for Gephi, igraph,
 * NetworkX or Cytoscape.
 *
 * <p>Nodes: every scored account with at least one edge or a cluster, in account-id order. Node
 * attributes: {@code label} (the handle), {@code account_id}, {@code score} (combined),
 * {@code cluster} (-1 = none), one attribute per signal (named by its id) and {@code synthetic}.
 * Edges (undirected, sorted by pair): {@code weight}, {@code layers} (joined by {@code +}) and
 * {@code min_q_value}.
 *
 * <p>Node ids are the account ids when every one of them is a plain token (letters, digits,
 * {@code . - _ :}), which GraphML's schema requires (XML NMTOKEN); otherwise every node gets
 * {@code n1}, {@code n2}, … in account-id order, and {@code account_id} still carries the real id.
 * Both files use the same ids. Text from data is escaped after characters XML 1.0 cannot hold at
 * all (most control characters) are replaced by U+FFFD.
 *
 * <p>The files are the bytes JGraphT's exporters (jgrapht-io 1.5.3, through the JDK's XML
 * serializer, indented by 4) wrote until this class replaced them, layout and escaping included;
 * {@code NetworkFilesOracleTest} checks it against those exporters on hand-made and random
 * networks. Written by hand for speed: profiled on a 1.1 M-post detection (23 k nodes, 116 k
 * edges), the exporters took about 3 s per file, most of it in the JDK serializer, then in
 * building JGraphT's graph and a map of attribute objects per node; timed on a synthetic network
 * of that size (25,000 nodes, 17 signals, 120,000 edges), 1.5–2.4 s per file against 0.2–0.3 s
 * for these writers, which stream the rows.
 *
 * <p>Deterministic: nodes and edges in sorted order, no date, {@code creator} is this program and
 * line ends are LF on every platform.
 */
public final class NetworkFiles {
    static final String CREATOR = "Spamouflage Sandbox";

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    /**
     * Attribute names the writers use themselves (and JGraphT reserved): a signal with one of them,
     * or two signals with one id, would make two attributes of one name.
     */
    static final Set<String> FIXED_ATTRIBUTES = Set.of("id", "label", "account_id", "score", "cluster",
            "synthetic", "weight", "layers", "min_q_value");

    private NetworkFiles() {
    }

    /** Indices into {@code model.accounts()} of the accounts drawn as nodes, in id order. */
    static List<Integer> nodes(ExportModel model) {
        return nodes(model, index(model));
    }

    private static List<Integer> nodes(ExportModel model, Map<String, Integer> index) {
        boolean[] in = new boolean[model.accounts().size()];
        for (ExportModel.EdgeRow e : model.edges()) {
            in[index.get(e.a())] = true;
            in[index.get(e.b())] = true;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i] || model.accounts().get(i).cluster() >= 0) {
                out.add(i);
            }
        }
        out.sort(Comparator.comparing(i -> model.accounts().get(i).id()));
        return out;
    }

    /** Account index by id; refuses edges that name an account that was not scored. */
    static Map<String, Integer> index(ExportModel model) {
        Map<String, Integer> index = new HashMap<>(model.accounts().size() * 2);
        for (int i = 0; i < model.accounts().size(); i++) {
            index.put(model.accounts().get(i).id(), i);
        }
        for (ExportModel.EdgeRow e : model.edges()) {
            if (!index.containsKey(e.a()) || !index.containsKey(e.b())) {
                throw new IllegalArgumentException("edge " + e.a() + " - " + e.b() + " names an account that was not"
                        + " scored");
            }
        }
        return index;
    }

    /** The edges sorted by pair: the order of both network files (and of their ids e1, e2, …) and of edges.csv. */
    static List<ExportModel.EdgeRow> sortedEdges(ExportModel model) {
        List<ExportModel.EdgeRow> edges = new ArrayList<>(model.edges());
        edges.sort(Comparator.comparing(ExportModel.EdgeRow::a).thenComparing(ExportModel.EdgeRow::b));
        return edges;
    }

    /** Node id per account index (null for accounts not drawn), following the rule in the class comment. */
    private static String[] nodeIds(ExportModel model, List<Integer> nodes) {
        boolean plain = nodes.stream().allMatch(i -> isPlainToken(model.accounts().get(i).id()));
        String[] ids = new String[model.accounts().size()];
        for (int k = 0; k < nodes.size(); k++) {
            int i = nodes.get(k);
            ids[i] = plain ? model.accounts().get(i).id() : "n" + (k + 1);
        }
        return ids;
    }

    /** Letters, digits and {@code . - _ :} only (a conservative subset of XML's NMTOKEN). */
    static boolean isPlainToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '-' || c == '_' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Replaces characters that XML 1.0 cannot represent (even escaped) by U+FFFD. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * What both files draw, read from the model once: the nodes with their ids and the sorted edges
     * with the ids of their ends. Refuses a signal id taken by another attribute (which JGraphT
     * merged or refused; the engine's ids never are), and what a simple undirected graph cannot hold
     * (which JGraphT refused too): an account linked to itself, or two edges between one pair.
     */
    private static final class Drawing {
        final List<Integer> nodes;
        /** Node id by account index. */
        final String[] ids;
        final List<ExportModel.EdgeRow> edges;
        /** Node ids of each edge's {@code a} and {@code b}. */
        final String[] source;
        final String[] target;

        Drawing(ExportModel model) {
            Set<String> names = new HashSet<>(FIXED_ATTRIBUTES);
            for (SignalInfo s : model.signals()) {
                if (!names.add(s.id())) {
                    throw new IllegalArgumentException("signal id " + s.id() + " is taken by another attribute");
                }
            }
            Map<String, Integer> index = index(model);
            nodes = nodes(model, index);
            ids = nodeIds(model, nodes);
            edges = sortedEdges(model);
            source = new String[edges.size()];
            target = new String[edges.size()];
            long[] pairs = new long[edges.size()];
            for (int e = 0; e < edges.size(); e++) {
                int a = index.get(edges.get(e).a());
                int b = index.get(edges.get(e).b());
                if (a == b) {
                    throw new IllegalArgumentException("edge links account " + edges.get(e).a() + " with itself");
                }
                source[e] = ids[a];
                target[e] = ids[b];
                pairs[e] = (long) Math.min(a, b) << 32 | Math.max(a, b);
            }
            Arrays.sort(pairs);
            for (int e = 1; e < pairs.length; e++) {
                if (pairs[e] == pairs[e - 1]) {
                    throw new IllegalArgumentException("two edges link accounts "
                            + model.accounts().get((int) (pairs[e] >>> 32)).id() + " and "
                            + model.accounts().get((int) pairs[e]).id());
                }
            }
        }
    }

    /** Writes {@code network.graphml} (GraphML 1.0); the stream is flushed, not closed. */
    public static void writeGraphml(ExportModel model, OutputStream out) throws IOException {
        Drawing d = new Drawing(model);
        List<SignalInfo> signals = model.signals();
        // keys as JGraphT numbered them: the node attributes, then the edge attributes
        String[] keys = new String[signals.size() + 7];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = "key" + k;
        }
        int synthetic = signals.size() + 4;
        Writer w = writer(out);
        w.write(DECLARATION + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xsi:schemaLocation=\""
                + "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\" "
                + XSI + ">\n");
        w.write("    <key id=\"edge_weight_key\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\">\n"
                + "        <default>1.0</default>\n    </key>\n");
        key(w, keys[0], "node", "label", "string");
        key(w, keys[1], "node", "account_id", "string");
        key(w, keys[2], "node", "score", "double");
        key(w, keys[3], "node", "cluster", "int");
        for (int k = 0; k < signals.size(); k++) {
            key(w, keys[4 + k], "node", signals.get(k).id(), "double");
        }
        key(w, keys[synthetic], "node", "synthetic", "boolean");
        key(w, keys[synthetic + 1], "edge", "layers", "string");
        key(w, keys[synthetic + 2], "edge", "min_q_value", "double");
        if (d.nodes.isEmpty()) {
            w.write("    <graph edgedefault=\"undirected\"/>\n");
        } else {
            w.write("    <graph edgedefault=\"undirected\">\n");
            for (int k = 0; k < d.nodes.size(); k++) {
                ExportModel.AccountRow r = model.accounts().get(d.nodes.get(k));
                w.write("        <node id=\"");
                attribute(w, d.ids[d.nodes.get(k)]);
                w.write("\">\n");
                data(w, keys[0], xmlSafe(r.handle()));
                nodeValues(w, model, r, keys, 1, NetworkFiles::data);
                w.write("        </node>\n");
            }
            for (int e = 0; e < d.edges.size(); e++) {
                ExportModel.EdgeRow row = d.edges.get(e);
                edgeStart(w, "        ", e, d);
                w.write(">\n");
                if (row.weight() != 1.0) {
                    // JGraphT leaves out the weight equal to the key's default
                    data(w, "edge_weight_key", String.valueOf(row.weight()));
                }
                data(w, keys[synthetic + 1], xmlSafe(String.join("+", row.layers())));
                data(w, keys[synthetic + 2], Numbers.significant(row.minQ()));
                w.write("        </edge>\n");
            }
            w.write("    </graph>\n");
        }
        w.write("</graphml>\n");
        w.flush();
    }

    /** Writes {@code network.gexf} (GEXF 1.2); the stream is flushed, not closed. */
    public static void writeGexf(ExportModel model, OutputStream out) throws IOException {
        Drawing d = new Drawing(model);
        List<SignalInfo> signals = model.signals();
        String[] keys = new String[signals.size() + 4];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = Integer.toString(k);
        }
        int synthetic = signals.size() + 3;
        Writer w = writer(out);
        w.write(DECLARATION + "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xsi:schemaLocation=\""
                + "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\" " + XSI + ">\n");
        w.write("    <meta>\n        <creator>" + CREATOR + "</creator>\n        <description>");
        text(w, model.data().synthetic()
                ? "Coordination network of SYNTHETIC data (invented accounts), " + xmlSafe(model.data().source())
                : "Coordination network of " + xmlSafe(model.data().source()));
        w.write("</description>\n    </meta>\n    <graph defaultedgetype=\"undirected\">\n");
        w.write("        <attributes class=\"node\">\n");
        attributeDeclaration(w, keys[0], "account_id", "string");
        attributeDeclaration(w, keys[1], "score", "double");
        attributeDeclaration(w, keys[2], "cluster", "integer");
        for (int k = 0; k < signals.size(); k++) {
            attributeDeclaration(w, keys[3 + k], signals.get(k).id(), "double");
        }
        attributeDeclaration(w, keys[synthetic], "synthetic", "boolean");
        w.write("        </attributes>\n        <attributes class=\"edge\">\n");
        attributeDeclaration(w, keys[0], "layers", "string");
        attributeDeclaration(w, keys[1], "min_q_value", "double");
        w.write("        </attributes>\n");
        if (d.nodes.isEmpty()) {
            w.write("        <nodes/>\n");
        } else {
            w.write("        <nodes>\n");
            for (int k = 0; k < d.nodes.size(); k++) {
                ExportModel.AccountRow r = model.accounts().get(d.nodes.get(k));
                w.write("            <node id=\"");
                attribute(w, d.ids[d.nodes.get(k)]);
                w.write("\" label=\"");
                attribute(w, xmlSafe(r.handle()));
                w.write("\">\n                <attvalues>\n");
                nodeValues(w, model, r, keys, 0, NetworkFiles::attvalue);
                w.write("                </attvalues>\n            </node>\n");
            }
            w.write("        </nodes>\n");
        }
        if (d.edges.isEmpty()) {
            w.write("        <edges/>\n");
        } else {
            w.write("        <edges>\n");
            for (int e = 0; e < d.edges.size(); e++) {
                ExportModel.EdgeRow row = d.edges.get(e);
                edgeStart(w, "            ", e, d);
                w.write(" weight=\"" + row.weight() + "\">\n                <attvalues>\n");
                attvalue(w, keys[0], xmlSafe(String.join("+", row.layers())));
                attvalue(w, keys[1], Numbers.significant(row.minQ()));
                w.write("                </attvalues>\n            </edge>\n");
            }
            w.write("        </edges>\n");
        }
        w.write("    </graph>\n</gexf>\n");
        w.flush();
    }

    /** Writes one attribute value of a node or an edge: a GraphML {@code data} or a GEXF {@code attvalue}. */
    private interface Value {
        void write(Writer w, String key, String value) throws IOException;
    }

    /**
     * The node values both files hold, in the order they declare them: {@code account_id},
     * {@code score}, {@code cluster}, the signals and {@code synthetic}, keyed from {@code keys[first]} on.
     */
    private static void nodeValues(Writer w, ExportModel model, ExportModel.AccountRow r, String[] keys, int first,
                                   Value value) throws IOException {
        value.write(w, keys[first], xmlSafe(r.id()));
        value.write(w, keys[first + 1], Numbers.fixed(r.score()));
        value.write(w, keys[first + 2], Integer.toString(r.cluster()));
        int signals = model.signals().size();
        for (int s = 0; s < signals; s++) {
            value.write(w, keys[first + 3 + s], Numbers.fixed(r.signals()[s]));
        }
        value.write(w, keys[first + 3 + signals], Boolean.toString(model.data().synthetic()));
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** {@code <edge id="e1" source="…" target="…"}, start tag left open: ids count edges from 1 in sorted order. */
    private static void edgeStart(Writer w, String indent, int e, Drawing d) throws IOException {
        w.write(indent);
        w.write("<edge id=\"e");
        w.write(Integer.toString(e + 1));
        w.write("\" source=\"");
        attribute(w, d.source[e]);
        w.write("\" target=\"");
        attribute(w, d.target[e]);
        w.write('"');
    }

    private static void key(Writer w, String id, String owner, String name, String type) throws IOException {
        w.write("    <key id=\"" + id + "\" for=\"" + owner + "\" attr.name=\"");
        attribute(w, name);
        w.write("\" attr.type=\"" + type + "\"/>\n");
    }

    /** A GraphML value; empty text closes the element at once, as the serializer did. */
    private static void data(Writer w, String key, String value) throws IOException {
        w.write("            <data key=\"");
        w.write(key);
        if (value.isEmpty()) {
            w.write("\"/>\n");
            return;
        }
        w.write("\">");
        text(w, value);
        w.write("</data>\n");
    }

    private static void attributeDeclaration(Writer w, String id, String title, String type) throws IOException {
        w.write("            <attribute id=\"" + id + "\" title=\"");
        attribute(w, title);
        w.write("\" type=\"" + type + "\"/>\n");
    }

    private static void attvalue(Writer w, String key, String value) throws IOException {
        w.write("                    <attvalue for=\"");
        w.write(key);
        w.write("\" value=\"");
        attribute(w, value);
        w.write("\"/>\n");
    }

    /** Element text, escaped as the JDK serializer escaped it (see {@link #escaped}). */
    private static void text(Writer w, String s) throws IOException {
        escaped(w, s, false);
    }

    /** An attribute value (without its quotes), escaped as the JDK serializer escaped it. */
    private static void attribute(Writer w, String s) throws IOException {
        escaped(w, s, true);
    }

    /**
     * Escapes as the JDK's serializer ({@code ToStream}, XML 1.0 output in UTF-8) does, found
     * character by character: {@code & < >} (and {@code "} in attributes) as entities; a
     * character reference {@code &#N;} for every control character below U+0020 except tab and
     * line feed in text (all of them in attributes, so a carriage return is always {@code &#13;}),
     * for U+007F–U+009F in text only, for every character outside the BMP (one reference per
     * surrogate pair) and for a lone low surrogate; everything else as it is. The serializer refused
     * a lone high surrogate, which {@link #xmlSafe} keeps out of all text from data (signal ids are
     * the engine's).
     */
    private static void escaped(Writer w, String s, boolean inAttribute) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = i + 1;
            String replacement;
            if (c >= 0x20 && c < 0x7F) {
                if (c == '&') {
                    replacement = "&amp;";
                } else if (c == '<') {
                    replacement = "&lt;";
                } else if (c == '>') {
                    replacement = "&gt;";
                } else if (c == '"' && inAttribute) {
                    replacement = "&quot;";
                } else {
                    continue;
                }
            } else if (c < 0x20 ? inAttribute || (c != '\t' && c != '\n')
                    : c <= 0x9F ? !inAttribute : Character.isSurrogate(c)) {
                int code = c;
                if (Character.isHighSurrogate(c) && end < s.length() && Character.isLowSurrogate(s.charAt(end))) {
                    code = Character.toCodePoint(c, s.charAt(end++));
                }
                replacement = "&#" + code + ";";
            } else {
                continue;
            }
            w.write(s, from, i - from);
            w.write(replacement);
            from = end;
            i = end - 1;
        }
        w.write(s, from, s.length() - from);
    }
}
