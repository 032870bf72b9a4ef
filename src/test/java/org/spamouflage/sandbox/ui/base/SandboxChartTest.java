package org.spamouflage.sandbox.ui.base;

import org.spamouflage.sandbox.chart.ChartAxis;
import org.spamouflage.sandbox.chart.ChartSeries;
import org.spamouflage.sandbox.chart.ChartSpec;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server side of the chart bridge, without a browser (Karibu). */
class SandboxChartTest {

    private static final ChartSpec BARS = ChartSpec.bar("b", ChartAxis.category("c", List.of("x", "y")),
            ChartAxis.value("n"), List.of(ChartSeries.values("s", "s", 1, 2)));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void setSpecSendsTheSpecJsonAsTheElementsSpecProperty() {
        SandboxChart chart = new SandboxChart(BARS);
        UI.getCurrent().add(chart);

        assertThat(chart.getElement().getTag()).isEqualTo("sandbox-chart");
        assertThat(chart.getElement().getProperty("spec")).isEqualTo(BARS.toJson());
        assertThat(chart.getSpec()).isSameAs(BARS);
    }

    @Test
    void aNewSpecReplacesTheOldOne() {
        SandboxChart chart = new SandboxChart(BARS);
        ChartSpec other = BARS.withTitle("other");
        chart.setSpec(other);

        assertThat(chart.getElement().getProperty("spec")).contains("\"title\":\"other\"");
    }

    @Test
    void hasAnExplicitHeightSoTheChartCanDraw() {
        assertThat(new SandboxChart().getHeight()).isEqualTo(SandboxChart.DEFAULT_HEIGHT);
    }

    @Test
    void animationCanBeSwitchedOffOnTheElement() {
        SandboxChart chart = new SandboxChart(BARS);
        chart.setAnimationEnabled(false);
        assertThat(chart.getElement().getAttribute("animation")).isEqualTo("off");
        chart.setAnimationEnabled(true);
        assertThat(chart.getElement().hasAttribute("animation")).isFalse();
    }

    @Test
    void chartClickEventFromTheBrowserReachesTheListener() {
        SandboxChart chart = new SandboxChart(BARS);
        UI.getCurrent().add(chart);
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);

        JsonObject data = Json.createObject();
        data.put("event.detail.series", "accounts");
        data.put("event.detail.id", "acc-42");
        data.put("event.detail.index", 7);
        data.put("event.detail.dataType", "point");
        ElementUtilsKt._fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), "chart-click", data));

        assertThat(clicks).singleElement().satisfies(e -> {
            assertThat(e.getSeriesId()).isEqualTo("accounts");
            assertThat(e.getItemId()).contains("acc-42");
            assertThat(e.getIndex()).isEqualTo(7);
            assertThat(e.getDataType()).isEqualTo("point");
            assertThat(e.isFromClient()).isTrue();
        });
    }

    @Test
    void clickWithoutAnItemIdGivesAnEmptyId() {
        SandboxChart chart = new SandboxChart(BARS);
        UI.getCurrent().add(chart);
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);

        JsonObject data = Json.createObject();
        data.put("event.detail.series", "heatmap");
        data.put("event.detail.id", Json.createNull());
        data.put("event.detail.index", 3);
        data.put("event.detail.dataType", "cell");
        ElementUtilsKt._fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), "chart-click", data));

        assertThat(clicks).singleElement().satisfies(e -> assertThat(e.getItemId()).isEmpty());
    }

    @Test
    void removedListenerHearsNothing() {
        SandboxChart chart = new SandboxChart(BARS);
        UI.getCurrent().add(chart);
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add).remove();

        JsonObject data = Json.createObject();
        data.put("event.detail.series", "s");
        data.put("event.detail.index", 0);
        ElementUtilsKt._fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), "chart-click", data));

        assertThat(clicks).isEmpty();
    }
}
