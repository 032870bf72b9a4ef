package org.spamouflage.sandbox.ui.base;

import org.spamouflage.sandbox.chart.ChartAxis;
import org.spamouflage.sandbox.chart.ChartSeries;
import org.spamouflage.sandbox.chart.ChartSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;

/**
 * A chart in a Vaadin view: the server side of the {@code <sandbox-chart>} custom element.
 *
 * <p>Both scripts are static resources loaded by URL, so Vaadin's frontend bundle (which cannot be
 * rebuilt on the project's machines) is never involved: ECharts from the {@code
 * org.webjars.npm:echarts} jar, and {@code frontend/sandbox-chart.js}, which the Maven build copies
 * to {@code META-INF/resources/sandbox/}. With Spring Security, permit {@code /sandbox/**} and
 * {@code /webjars/**} for anonymous users, or public pages get no charts.
 *
 * <pre>{@code
 * SandboxChart chart = new SandboxChart(ChartSpec.scatter("Accounts", ChartAxis.value("score"),
 *         ChartAxis.value("posts per day"), List.of(ChartSeries.points("acc", "accounts", xy)
 *                 .withPointIds(ids).withPointLabels(handles))));
 * chart.addChartClickListener(e -> e.getItemId().ifPresent(this::openAccountCard));
 * }</pre>
 *
 * The element is 320 px high and as wide as its container unless sized otherwise. Animation is on
 * unless the spec turns it off or the JVM runs with {@code -Dsandbox.charts.animation=false}
 * (browser tests).
 */
@Tag("sandbox-chart")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://webjars/echarts/5.3.1/i18n/langFR.js")
@JavaScript("context://sandbox/sandbox-chart.js")
public class SandboxChart extends Component implements HasSize {

    /** Height of a new chart; the element needs an explicit height to draw. */
    public static final String DEFAULT_HEIGHT = "320px";

    /** JVM system property; {@code false} turns chart animation off everywhere. */
    public static final String ANIMATION_PROPERTY = "sandbox.charts.animation";

    private ChartSpec spec;

    /** Words the element writes itself (see {@code texts} in sandbox-chart.js), by key in the bundles. */
    private static final String[] TEXT_KEYS = {"showTable", "xAxis", "yAxis", "series", "groups", "from", "to", "nodes",
        "edges", "points", "bins", "cells", "node", "group", "value", "source", "target", "rowsShown"};
    private static final String[] KINDS = {"line", "bar", "histogram", "scatter", "heatmap", "graph"};

    private String height;

    public SandboxChart() {
        setWidthFull();
        setHeight(DEFAULT_HEIGHT);
        getElement().setAttribute("texts", texts(Languages.texts()));
        if ("false".equalsIgnoreCase(System.getProperty(ANIMATION_PROPERTY))) {
            setAnimationEnabled(false);
        }
    }

    public SandboxChart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    /**
     * The chart's height (title and plot); the "show as table" toggle comes below it. Kept in a CSS
     * variable the element reads, so the element itself grows when its table is opened.
     */
    @Override
    public void setHeight(String newHeight) {
        height = newHeight;
        getStyle().set("--sandbox-chart-height", newHeight);
    }

    @Override
    public String getHeight() {
        return height;
    }

    /** The element's own words in the page's language, as the JSON its {@code texts} attribute takes. */
    static String texts(org.spamouflage.sandbox.i18n.Texts t) {
        com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        o.put("lang", t.language().code());
        for (String k : TEXT_KEYS) {
            o.put(k, t.get("chart.element." + k));
        }
        com.fasterxml.jackson.databind.node.ObjectNode kinds = o.putObject("kinds");
        for (String k : KINDS) {
            kinds.put(k, t.get("chart.element.kind." + k));
        }
        return o.toString();
    }

    /** Shows {@code spec}, replacing what the chart showed before. */
    public void setSpec(ChartSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        getElement().setProperty("spec", spec.toJson());
    }

    /** The spec last set, or {@code null}. */
    public ChartSpec getSpec() {
        return spec;
    }

    /** Turns animation on or off for this chart, whatever its spec says. */
    public void setAnimationEnabled(boolean enabled) {
        if (enabled) {
            getElement().removeAttribute("animation");
        } else {
            getElement().setAttribute("animation", "off");
        }
    }

    /** Called when the user clicks a point, bar, cell, node or edge. */
    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}
