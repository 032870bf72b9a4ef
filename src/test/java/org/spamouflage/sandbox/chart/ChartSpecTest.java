package org.spamouflage.sandbox.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The JSON contract with {@code frontend/sandbox-chart.js}: expected documents are written by hand
 * from the element's reading code, so a renamed record component breaks these tests.
 */
class ChartSpecTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Nested
    class Json {

        @Test
        void lineWithMarksBecomesTheElementsSchema() throws Exception {
            ChartSpec spec = ChartSpec.line("ROC", ChartAxis.value("FPR", 0, 1), ChartAxis.value("TPR", 0, 1),
                            List.of(ChartSeries.xy("roc", "score", new double[] {0, 0.5, 1}, new double[] {0, 0.8, 1})
                                            .withColor("#e15759"),
                                    ChartSeries.xy("chance", "chance", new double[] {0, 1}, new double[] {0, 1}).withDashes()))
                    .withMarkLine(ChartMarkLine.x(0.01, "1% FPR"))
                    .withMarkPoint(ChartMarkPoint.at(0.05, 0.6, "t=0.62").withColor("red"))
                    .withAnimation(false);

            assertThat(MAPPER.readTree(spec.toJson())).isEqualTo(json("""
                    {'kind':'line','title':'ROC',
                     'xAxis':{'name':'FPR','type':'value','min':0.0,'max':1.0},
                     'yAxis':{'name':'TPR','type':'value','min':0.0,'max':1.0},
                     'series':[{'id':'roc','name':'score','color':'#e15759','points':[[0.0,0.0],[0.5,0.8],[1.0,1.0]]},
                               {'id':'chance','name':'chance','points':[[0.0,0.0],[1.0,1.0]],'dashed':true}],
                     'markLines':[{'axis':'x','value':0.01,'label':'1% FPR'}],
                     'markPoints':[{'x':0.05,'y':0.6,'label':'t=0.62','color':'red'}],
                     'animation':false}
                    """));
        }

        @Test
        void histogramCarriesBinEdgesAndCountsPerBin() throws Exception {
            ChartSpec spec = ChartSpec.histogram("", new double[] {0, 0.5, 1}, ChartAxis.value("score"),
                    ChartAxis.value("accounts"), List.of(ChartSeries.values("o", "organic", 3, 1)));

            assertThat(MAPPER.readTree(spec.toJson())).isEqualTo(json("""
                    {'kind':'histogram','binEdges':[0.0,0.5,1.0],
                     'xAxis':{'name':'score','type':'value'},'yAxis':{'name':'accounts','type':'value'},
                     'series':[{'id':'o','name':'organic','values':[3.0,1.0]}]}
                    """));
        }

        @Test
        void heatmapTakesCategoriesFromItsAxesAndCellsRowByRow() throws Exception {
            ChartSpec spec = ChartSpec.heatmap("h", ChartAxis.category("hour", List.of("00", "01")),
                    ChartAxis.category("day", List.of("Mon")), ChartHeatmap.of(new double[][] {{1, 2}}, "comments"));

            assertThat(MAPPER.readTree(spec.toJson())).isEqualTo(json("""
                    {'kind':'heatmap','title':'h',
                     'xAxis':{'name':'hour','type':'category','categories':['00','01']},
                     'yAxis':{'name':'day','type':'category','categories':['Mon']},
                     'heatmap':{'values':[[1.0,2.0]],'valueName':'comments'}}
                    """));
        }

        @Test
        void graphListsNodesEdgesAndCategories() throws Exception {
            ChartSpec spec = ChartSpec.graph("net",
                    List.of(ChartNode.of("a", "@a", "bot").withValue(0.9), ChartNode.of("b", null, null)),
                    List.of(ChartEdge.of("a", "b", 3)), List.of(new ChartNodeCategory("bot", "#ff0000")));

            assertThat(MAPPER.readTree(spec.toJson())).isEqualTo(json("""
                    {'kind':'graph','title':'net',
                     'graph':{'nodes':[{'id':'a','label':'@a','category':'bot','size':10.0,'value':0.9},
                                       {'id':'b','label':'b','size':10.0}],
                              'edges':[{'source':'a','target':'b','weight':3.0}],
                              'categories':[{'name':'bot','color':'#ff0000'}],
                              'layout':'force'}}
                    """));
        }

        @Test
        void scatterKeepsPointIdsAndLabelsAsPlainStrings() throws Exception {
            String hostile = "<img src=x onerror=alert(1)>";
            ChartSpec spec = ChartSpec.scatter("", ChartAxis.value("x"), ChartAxis.value("y"),
                    List.of(ChartSeries.points("s", hostile, new double[][] {{1, 2}})
                            .withPointIds(List.of("acc-1")).withPointLabels(List.of(hostile))));

            JsonNode series = MAPPER.readTree(spec.toJson()).get("series").get(0);
            assertThat(series.get("name").asText()).isEqualTo(hostile);
            assertThat(series.get("pointLabels").get(0).asText()).isEqualTo(hostile);
            assertThat(series.get("pointIds").get(0).asText()).isEqualTo("acc-1");
        }

        @Test
        void nanBecomesAStringSoTheJsonStaysValid() throws Exception {
            ChartSpec spec = ChartSpec.line("", ChartAxis.value("x"), ChartAxis.value("y"),
                    List.of(ChartSeries.xy("s", "s", new double[] {0, 1}, new double[] {Double.NaN, 2})));

            JsonNode point = MAPPER.readTree(spec.toJson()).get("series").get(0).get("points").get(0);
            assertThat(point.get(1).isTextual()).isTrue();
            assertThat(point.get(1).asText()).isEqualTo("NaN");
        }

        @Test
        void categoryLineTakesOneValuePerCategory() throws Exception {
            ChartSpec spec = ChartSpec.line("", ChartAxis.category("day", List.of("Mon", "Tue")), ChartAxis.value("n"),
                    List.of(ChartSeries.values("s", "s", 4, 5).withStep(ChartSeries.Step.MIDDLE).withArea()));

            assertThat(MAPPER.readTree(spec.toJson()).get("series")).isEqualTo(json("""
                    [{'id':'s','name':'s','values':[4.0,5.0],'area':true,'step':'middle'}]
                    """));
        }
    }

    @Nested
    class Rejects {

        @Test
        void colourThatCouldBreakOutOfAStyleAttribute() {
            assertThatThrownBy(() -> ChartSeries.values("s", "s", 1).withColor("red;\"><img src=x>"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("series 's' color")
                    .hasMessageContaining("is not a colour");
        }

        @Test
        void pointIdsThatDoNotMatchThePoints() {
            assertThatThrownBy(() -> ChartSeries.values("s", "s", 1, 2).withPointIds(List.of("only-one")))
                    .hasMessage("series 's' pointIds: 1 entries for 2 points");
        }

        @Test
        void barSeriesWithTheWrongNumberOfValues() {
            assertThatThrownBy(() -> ChartSpec.bar("b", ChartAxis.category("c", List.of("a", "b")), ChartAxis.value("n"),
                    List.of(ChartSeries.values("s", "s", 1))))
                    .hasMessageContaining("series 's' needs one value per category (2)");
        }

        @Test
        void histogramWithEdgesThatDoNotIncrease() {
            assertThatThrownBy(() -> ChartSpec.histogram("h", new double[] {0, 0.5, 0.5}, ChartAxis.value("x"),
                    ChartAxis.value("n"), List.of(ChartSeries.values("s", "s", 1, 2))))
                    .hasMessageContaining("strictly increasing (edge 2 is 0.5)");
        }

        @Test
        void heatmapWhoseCellsDoNotMatchTheAxes() {
            assertThatThrownBy(() -> ChartSpec.heatmap("h", ChartAxis.category("x", List.of("a", "b", "c")),
                    ChartAxis.category("y", List.of("r")), ChartHeatmap.of(new double[][] {{1, 2}}, "n")))
                    .hasMessageContaining("1 rows × 2 columns but the axes have 1 y × 3 x categories");
        }

        @Test
        void graphProblemsAllAtOnce() {
            assertThatThrownBy(() -> ChartGraph.of(
                    List.of(ChartNode.of("a", "a", "ghost"), ChartNode.of("a", "again", null)),
                    List.of(ChartEdge.of("a", "zz", 1)), List.of()))
                    .hasMessage("graph: node 'a' has category 'ghost', which is not among the categories; "
                            + "node id 'a' is used twice; edge a-zz: no node with id 'zz'");
        }

        @Test
        void marksOnAGraph() {
            ChartSpec graph = ChartSpec.graph("g", List.of(ChartNode.of("a", "a", null)), List.of(), List.of());
            assertThatThrownBy(() -> graph.withMarkLine(ChartMarkLine.x(1, "t")))
                    .hasMessageContaining("marks are only drawn on line, bar, histogram and scatter charts");
        }

        @Test
        void nonFiniteMarkValues() {
            assertThatThrownBy(() -> ChartMarkLine.y(Double.POSITIVE_INFINITY, "t"))
                    .hasMessage("mark line value must be a finite number, was Infinity");
        }

        @Test
        void duplicateSeriesIds() {
            assertThatThrownBy(() -> ChartSpec.scatter("s", ChartAxis.value("x"), ChartAxis.value("y"),
                    List.of(ChartSeries.points("a", "a", new double[][] {{1, 1}}),
                            ChartSeries.points("a", "b", new double[][] {{2, 2}}))))
                    .hasMessageContaining("series id 'a' is used twice");
        }
    }

    @Test
    void arraysAreCopiedSoLaterChangesDoNotLeakIn() {
        double[] values = {1, 2};
        ChartSeries series = ChartSeries.values("s", "s", values);
        values[0] = 99;
        assertThat(series.values()).containsExactly(1, 2);
    }
}
