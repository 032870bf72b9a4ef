package org.spamouflage.sandbox.ui.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.ui.base.SandboxChart;

/** The chart gallery without a browser (Karibu): which specs reach the elements, and clicks. */
class ChartDemoViewTest {

    private static Routes routes;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.spamouflage.sandbox");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(routes);
        UI.getCurrent().navigate("chart-demo");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void showsOneChartOfEachKind() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> kinds = _find(SandboxChart.class).stream()
                .map(c -> readKind(mapper, c.getElement().getProperty("spec")))
                .toList();

        assertThat(kinds).containsExactly("line", "bar", "histogram", "line", "scatter", "heatmap", "graph");
    }

    @Test
    void barChartSpecCarriesTheHostileCategoryAsPlainText() throws Exception {
        SandboxChart bar = _get(SandboxChart.class, spec -> spec.withId("chart-bar"));
        JsonNode spec = new ObjectMapper().readTree(bar.getElement().getProperty("spec"));

        assertThat(spec.at("/xAxis/categories/1").asText()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void graphNodeClickIsShownAsText() {
        SandboxChart graph = _get(SandboxChart.class, spec -> spec.withId("chart-graph"));
        JsonObject data = Json.createObject();
        data.put("event.detail.series", "graph");
        data.put("event.detail.id", "c2");
        data.put("event.detail.index", 1);
        data.put("event.detail.dataType", "node");
        ElementUtilsKt._fireDomEvent(graph.getElement(), new DomEvent(graph.getElement(), "chart-click", data));

        assertThat(_get(Span.class, spec -> spec.withId("last-click")).getText())
                .isEqualTo("Clicked node c2 in graph at 1");
    }

    private static String readKind(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json).get("kind").asText();
        } catch (Exception e) {
            throw new AssertionError("spec is not JSON: " + json, e);
        }
    }
}
