package org.spamouflage.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.spamouflage.sandbox.chart.ChartAxis;
import org.spamouflage.sandbox.chart.ChartEdge;
import org.spamouflage.sandbox.chart.ChartGraph;
import org.spamouflage.sandbox.chart.ChartHeatmap;
import org.spamouflage.sandbox.chart.ChartNode;
import org.spamouflage.sandbox.chart.ChartNodeCategory;
import org.spamouflage.sandbox.chart.ChartSeries;
import org.spamouflage.sandbox.chart.ChartSpec;
import org.spamouflage.sandbox.chart.ChartDemoData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chart gallery in a real browser: every chart kind draws, text from data that looks like HTML
 * shows as text in tooltips (and runs nothing), clicks reach the server, and the app serves the
 * prebuilt Vaadin bundle without ever asking for a frontend build.
 */
class ChartDemoIT extends BrowserTestBase {

    private static final String HOSTILE = ChartDemoData.HOSTILE;
    private static final int CHARTS_ON_PAGE = 7;

    @Autowired
    ServletContext servletContext;

    @Test
    void everyChartReportsRenderedAndHostileTextStaysTextInTooltips() {
        open("/chart-demo");
        waitForCharts(CHARTS_ON_PAGE);

        // A real mouse hover over the middle of the bar chart: the axis tooltip of its middle
        // category, whose label is the hostile text.
        new Actions(driver).moveToElement(byId("chart-bar")).perform();
        assertTooltipShowsHostileTextAsText("chart-bar");

        // The other kinds: open the tooltip of the item that carries the hostile text.
        showTooltip("chart-histogram", 1, 7);   // series named with it
        assertTooltipShowsHostileTextAsText("chart-histogram");
        showTooltip("chart-scatter", 1, 3);     // point label
        assertTooltipShowsHostileTextAsText("chart-scatter");
        showTooltip("chart-heatmap", 0, 26);    // row category (row 1, hour 02)
        assertTooltipShowsHostileTextAsText("chart-heatmap");
        showTooltip("chart-graph", 0, 1);       // node label
        assertTooltipShowsHostileTextAsText("chart-graph");

        assertThat(js("""
                return Array.from(document.querySelectorAll('sandbox-chart'))
                  .reduce(function (n, c) { return n + c.shadowRoot.querySelectorAll('img').length; }, 0)
                  + document.querySelectorAll('img').length;
                """)).as("img elements anywhere on the page").isEqualTo(0L);
        assertThat(alerts()).as("dialogs opened by the page").isEmpty();
        screenshot("chart-demo");
    }

    @Test
    void clickOnABarReachesTheServerAndComesBackAsText() {
        open("/chart-demo");
        waitForCharts(CHARTS_ON_PAGE);

        // The middle bar is the tallest: it fills the plot's full height under the pointer.
        new Actions(driver).moveToElement(byId("chart-bar")).click().perform();

        String expected = "Clicked bar " + HOSTILE + " in comments at 1";
        waitUntil("the click did not come back to the page", () -> expected.equals(byId("last-click").getText()));
        assertThat(alerts()).isEmpty();
    }

    @Test
    void escapeHtmlEscapesEveryMarkupCharacter() {
        open("/chart-demo");
        waitForCharts(CHARTS_ON_PAGE);

        assertThat(js("return customElements.get('sandbox-chart').escapeHtml(arguments[0]);", "<a href=\"x\" title='y'>&`</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;");
    }

    @Test
    void chartIsRebuiltWhenItsElementIsDetachedAndAttachedAgain() {
        open("/chart-demo");
        waitForCharts(CHARTS_ON_PAGE);

        Object before = js("return document.getElementById('chart-scatter').getAttribute('data-rendered');");
        js("""
                var chart = document.getElementById('chart-scatter');
                var parent = chart.parentNode, next = chart.nextSibling;
                parent.removeChild(chart);
                window.__sandboxCanvasAfterDetach = chart.shadowRoot.querySelectorAll('canvas').length;
                parent.insertBefore(chart, next);
                return null;
                """);

        assertThat(js("return window.__sandboxCanvasAfterDetach;")).as("canvases left after detach").isEqualTo(0L);
        waitUntil("the re-attached chart did not draw again", () -> !before.equals(
                js("return document.getElementById('chart-scatter').getAttribute('data-rendered');")));
        assertThat(js("return document.getElementById('chart-scatter').shadowRoot.querySelectorAll('canvas').length;"))
                .isEqualTo(1L);
    }

    @Test
    void tooltipFormattersOfEveryKindEscapeTextFromData() {
        open("/chart-demo");
        waitForCharts(CHARTS_ON_PAGE);
        String h = HOSTILE;
        List<String> one = List.of(h);
        ChartNode node = ChartNode.of("a", h, h).withValue(0.5);
        ChartSpec graph = ChartSpec.graph(h, ChartGraph.of(List.of(node, ChartNode.of("b", h, h)),
                List.of(ChartEdge.of("a", "b", 2)), List.of(new ChartNodeCategory(h, "red"))).withNames(h, h, h));

        Map<String, List<?>> outputs = new LinkedHashMap<>();
        outputs.put("category line", tooltip(ChartSpec.line(h, ChartAxis.category(h, one), ChartAxis.value(h),
                        List.of(ChartSeries.values("s", h, 4).withPointLabels(one))),
                "[{seriesIndex: 0, dataIndex: 0, seriesName: h, value: 4, axisValue: h, color: bad}]"));
        outputs.put("value line", tooltip(ChartSpec.line(h, ChartAxis.value(h), ChartAxis.value(h),
                        List.of(ChartSeries.xy("s", h, new double[] {1}, new double[] {2}).withPointLabels(one))),
                "[{seriesIndex: 0, dataIndex: 0, seriesName: h, value: [1, 2], color: 'red'}]"));
        outputs.put("bar", tooltip(ChartSpec.bar(h, ChartAxis.category(h, one), ChartAxis.value(h),
                        List.of(ChartSeries.values("s", h, 1))),
                "[{seriesIndex: 0, dataIndex: 0, seriesName: h, name: h, value: 1, color: bad}]"));
        outputs.put("histogram", tooltip(ChartSpec.histogram(h, new double[] {0, 1}, ChartAxis.value(h),
                        ChartAxis.value(h), List.of(ChartSeries.values("s", h, 3))),
                "{seriesIndex: 0, dataIndex: 0, seriesName: h, value: [0, 1, 3], color: 'red'}"));
        outputs.put("scatter", tooltip(ChartSpec.scatter(h, ChartAxis.value(h), ChartAxis.value(h),
                        List.of(ChartSeries.points("s", h, new double[][] {{1, 2}}).withPointLabels(one))),
                "{seriesIndex: 0, dataIndex: 0, seriesName: h, value: [1, 2], color: bad}"));
        outputs.put("heatmap", tooltip(ChartSpec.heatmap(h, ChartAxis.category(h, one), ChartAxis.category(h, one),
                        ChartHeatmap.of(new double[][] {{5}}, h)),
                "{seriesIndex: 0, dataIndex: 0, value: [0, 0, 5], color: 'red'}"));
        outputs.put("graph node", tooltip(graph, "{dataType: 'node', data: o.series[0].data[0], color: bad}"));
        outputs.put("graph edge", tooltip(graph, "{dataType: 'edge', data: o.series[0].links[0], color: 'red'}"));

        outputs.forEach((kind, out) -> {
            assertThat(out.get(0)).as(kind + ": elements other than div, span and b").isEqualTo(0L);
            assertThat((String) out.get(1)).as(kind + ": tooltip text").contains(h);
            assertThat((String) out.get(2)).as(kind + ": tooltip HTML").doesNotContain("<img").doesNotContain("onerror=\"");
        });
        assertThat((String) outputs.get("category line").get(1)).as("category shown as the tooltip title")
                .startsWith(h + ": " + h);
        assertThat(alerts()).isEmpty();
    }

    /**
     * Runs the element's tooltip formatter for {@code spec} on synthetic ECharts parameters (a JS
     * expression that may use {@code o}, the option; {@code h}, the hostile text; {@code bad}, a
     * hostile colour) and parses the result into an inert template: [count of elements that are
     * not div/span/b, text content, HTML].
     */
    private List<?> tooltip(ChartSpec spec, String params) {
        return (List<?>) js("""
                var o = customElements.get('sandbox-chart').buildOption(JSON.parse(arguments[0]), false);
                var p = new Function('o', 'h', 'bad', 'return ' + arguments[1])(o, arguments[2], '"><img src=x onerror=alert(2)>');
                var html = o.tooltip.formatter(p);
                var t = document.createElement('template');
                t.innerHTML = html;
                return [t.content.querySelectorAll('*:not(div):not(span):not(b)').length, t.content.textContent, html];
                """, spec.toJson(), params, HOSTILE);
    }

    @Test
    void chartFollowsTheWidthOfItsElement() {
        open("/chart-demo");
        waitForCharts(CHARTS_ON_PAGE);

        js("document.getElementById('chart-roc').style.width = '300px'; return null;");

        waitUntil("the chart canvas did not shrink to the element's new width", () -> Long.valueOf(300).equals(js("""
                var canvas = document.getElementById('chart-roc').shadowRoot.querySelector('canvas');
                return Math.round(canvas.getBoundingClientRect().width);
                """)));
    }

    @Test
    void appRunsInProductionModeAndNeverAsksForAFrontendBuild() {
        open("/chart-demo");
        waitForCharts(CHARTS_ON_PAGE);

        assertThat(ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode()).isTrue();
        List<String> buildLines = applicationLog().lines()
                .filter(line -> line.contains("bundle build is needed") || line.contains("bundle build is required"))
                .toList();
        assertThat(buildLines).as("log lines asking for a Vaadin frontend bundle build").isEmpty();
    }

    private void showTooltip(String chartId, int seriesIndex, int dataIndex) {
        js("document.getElementById(arguments[0]).showTooltip(arguments[1], arguments[2]); return null;",
                chartId, seriesIndex, dataIndex);
    }

    private void assertTooltipShowsHostileTextAsText(String chartId) {
        String script = """
                var tip = document.getElementById(arguments[0]).shadowRoot.querySelector('.sandbox-chart-tooltip');
                return tip && getComputedStyle(tip).display !== 'none' ? tip.textContent : '';
                """;
        waitUntil("no tooltip with the hostile text in " + chartId,
                () -> String.valueOf(js(script, chartId)).contains(HOSTILE));
        assertThat(js("""
                var tip = document.getElementById(arguments[0]).shadowRoot.querySelector('.sandbox-chart-tooltip');
                return tip.querySelectorAll('img').length;
                """, chartId)).as("img elements in the tooltip of " + chartId).isEqualTo(0L);
        assertThat(String.valueOf(js("""
                return document.getElementById(arguments[0]).shadowRoot.querySelector('.sandbox-chart-tooltip').innerHTML;
                """, chartId))).contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
