package org.spamouflage.sandbox.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of chart {@code <sandbox-chart>} draws. */
public enum ChartKind {
    /** Lines over a value, time or category x axis (ROC and PR curves, timelines). */
    LINE,
    /** Bars over categories. */
    BAR,
    /** Counts over bins with explicit edges, drawn on a true value axis. */
    HISTOGRAM,
    /** Points (x, y), each optionally with an id and a label. */
    SCATTER,
    /** Values over a grid of two category axes. */
    HEATMAP,
    /** Nodes and edges, by default with a force-directed layout. */
    GRAPH;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
