package org.spamouflage.sandbox.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code <sandbox-chart>} needs to draw one chart, as an immutable value that becomes
 * JSON. Build one with a factory ({@link #line}, {@link #bar}, {@link #histogram}, {@link #scatter},
 * {@link #heatmap}, {@link #graph}) and refine it with the {@code with…} methods:
 *
 * <pre>{@code
 * ChartSpec roc = ChartSpec.line("ROC",
 *         ChartAxis.value("false positive rate", 0, 1), ChartAxis.value("true positive rate", 0, 1),
 *         List.of(ChartSeries.xy("roc", "combined score", fpr, tpr),
 *                 ChartSeries.xy("chance", "chance", new double[] {0, 1}, new double[] {0, 1}).withDashes()))
 *     .withMarkPoint(ChartMarkPoint.at(0.05, 0.81, "threshold 0.62"));
 * }</pre>
 *
 * This is the sandbox's own small chart vocabulary, not an ECharts option: the element turns it
 * into one, and keeps all formatting code (and the HTML escaping of text from data) to itself.
 *
 * @param kind       what to draw
 * @param title      title above the chart (may be empty)
 * @param xAxis      x axis of cartesian charts and heatmaps; {@code null} for graphs
 * @param yAxis      y axis of cartesian charts and heatmaps; {@code null} for graphs
 * @param series     the series of line, bar, histogram and scatter charts
 * @param binEdges   histogram bin edges, strictly increasing, one more than values per series
 * @param heatmap    heatmap cells
 * @param graph      graph nodes and edges
 * @param markLines  lines across the plot (cartesian kinds)
 * @param markAreas  shaded bands (cartesian kinds)
 * @param markPoints highlighted points (cartesian kinds)
 * @param legend     show the legend when there is more than one series or group (default true)
 * @param animation  {@code false} draws without animation (default true)
 * @param decimals   decimals in tooltip numbers (default 3)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChartSpec(ChartKind kind, String title, ChartAxis xAxis, ChartAxis yAxis, List<ChartSeries> series,
        double[] binEdges, ChartHeatmap heatmap, ChartGraph graph, List<ChartMarkLine> markLines,
        List<ChartMarkArea> markAreas, List<ChartMarkPoint> markPoints, Boolean legend, Boolean animation,
        Integer decimals) {

    // NaN becomes the string "NaN" (which the element draws as a gap) so the JSON is always valid.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    public ChartSpec {
        if (kind == null) {
            throw new IllegalArgumentException("chart kind must be given");
        }
        title = title == null ? "" : title;
        series = ChartChecks.copy(series == null ? List.of() : series, "series");
        binEdges = binEdges == null ? null : binEdges.clone();
        markLines = ChartChecks.copy(markLines == null ? List.of() : markLines, "markLines");
        markAreas = ChartChecks.copy(markAreas == null ? List.of() : markAreas, "markAreas");
        markPoints = ChartChecks.copy(markPoints == null ? List.of() : markPoints, "markPoints");
        if (decimals != null && (decimals < 0 || decimals > 10)) {
            throw new IllegalArgumentException("decimals must be between 0 and 10, was " + decimals);
        }
        List<String> problems = new ArrayList<>();
        checkKind(kind, xAxis, yAxis, series, binEdges, heatmap, graph, problems);
        if ((kind == ChartKind.HEATMAP || kind == ChartKind.GRAPH)
                && !(markLines.isEmpty() && markAreas.isEmpty() && markPoints.isEmpty())) {
            problems.add("marks are only drawn on line, bar, histogram and scatter charts");
        }
        List<String> ids = new ArrayList<>();
        for (ChartSeries s : series) {
            if (ids.contains(s.id())) {
                problems.add("series id '" + s.id() + "' is used twice");
            }
            ids.add(s.id());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(kind.json() + " chart '" + title + "': " + String.join("; ", problems));
        }
    }

    private static void checkKind(ChartKind kind, ChartAxis x, ChartAxis y, List<ChartSeries> series,
            double[] binEdges, ChartHeatmap heatmap, ChartGraph graph, List<String> problems) {
        boolean cartesian = kind != ChartKind.GRAPH;
        if (cartesian && (x == null || y == null)) {
            problems.add("x and y axes are required");
            return;
        }
        if (kind != ChartKind.HISTOGRAM && binEdges != null) {
            problems.add("bin edges belong to histograms only");
        }
        if ((kind == ChartKind.HEATMAP) != (heatmap != null)) {
            problems.add("heatmap cells are required for, and only for, a heatmap");
        }
        if ((kind == ChartKind.GRAPH) != (graph != null)) {
            problems.add("nodes and edges are required for, and only for, a graph");
        }
        switch (kind) {
            case LINE, SCATTER -> {
                if (x.type() == ChartAxis.Type.CATEGORY) {
                    for (ChartSeries s : series) {
                        if (s.values() == null) {
                            problems.add("series '" + s.id() + "' needs values (one per category) on a category x axis");
                        } else if (s.size() != x.categories().size()) {
                            problems.add("series '" + s.id() + "' has " + s.size() + " values for "
                                    + x.categories().size() + " categories");
                        }
                    }
                } else {
                    for (ChartSeries s : series) {
                        if (s.points() == null) {
                            problems.add("series '" + s.id() + "' needs (x, y) points on a " + x.type().json() + " x axis");
                        }
                    }
                }
            }
            case BAR -> {
                if (x.type() != ChartAxis.Type.CATEGORY) {
                    problems.add("a bar chart needs a category x axis");
                    return;
                }
                for (ChartSeries s : series) {
                    if (s.values() == null || s.size() != x.categories().size()) {
                        problems.add("series '" + s.id() + "' needs one value per category (" + x.categories().size() + ")");
                    }
                }
            }
            case HISTOGRAM -> {
                if (binEdges == null || binEdges.length < 2) {
                    problems.add("a histogram needs at least two bin edges");
                    return;
                }
                for (int i = 0; i < binEdges.length; i++) {
                    if (!Double.isFinite(binEdges[i]) || (i > 0 && !(binEdges[i] > binEdges[i - 1]))) {
                        problems.add("bin edges must be finite and strictly increasing (edge " + i + " is " + binEdges[i] + ")");
                        break;
                    }
                }
                if (x.type() != ChartAxis.Type.VALUE) {
                    problems.add("a histogram needs a value x axis");
                }
                for (ChartSeries s : series) {
                    if (s.values() == null || s.size() != binEdges.length - 1) {
                        problems.add("series '" + s.id() + "' needs one count per bin (" + (binEdges.length - 1) + ")");
                    }
                }
            }
            case HEATMAP -> {
                if (x.type() != ChartAxis.Type.CATEGORY || y.type() != ChartAxis.Type.CATEGORY) {
                    problems.add("a heatmap needs category x and y axes");
                    return;
                }
                if (!series.isEmpty()) {
                    problems.add("a heatmap takes cells, not series");
                }
                if (heatmap != null && (heatmap.rows() != y.categories().size()
                        || (heatmap.rows() > 0 && heatmap.columns() != x.categories().size()))) {
                    problems.add("heatmap cells are " + heatmap.rows() + " rows × " + heatmap.columns() + " columns but the axes have "
                            + y.categories().size() + " y × " + x.categories().size() + " x categories");
                }
            }
            case GRAPH -> {
                if (!series.isEmpty() || x != null || y != null) {
                    problems.add("a graph takes nodes and edges, not series or axes");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static ChartSpec of(ChartKind kind, String title, ChartAxis x, ChartAxis y, List<ChartSeries> series,
            double[] binEdges, ChartHeatmap heatmap, ChartGraph graph) {
        return new ChartSpec(kind, title, x, y, series, binEdges, heatmap, graph, null, null, null, null, null, null);
    }

    /** Lines: (x, y) points on a value or time x axis, or one value per category. */
    public static ChartSpec line(String title, ChartAxis x, ChartAxis y, List<ChartSeries> series) {
        return of(ChartKind.LINE, title, x, y, series, null, null, null);
    }

    /** Bars: one value per category of {@code x} in every series. */
    public static ChartSpec bar(String title, ChartAxis x, ChartAxis y, List<ChartSeries> series) {
        return of(ChartKind.BAR, title, x, y, series, null, null, null);
    }

    /**
     * Histogram: bins {@code [binEdges[i], binEdges[i+1])}, one count per bin in every series;
     * several series overlap with transparency (e.g. organic vs campaign).
     */
    public static ChartSpec histogram(String title, double[] binEdges, ChartAxis x, ChartAxis y,
            List<ChartSeries> series) {
        return of(ChartKind.HISTOGRAM, title, x, y, series, binEdges, null, null);
    }

    /** Points; give them ids to receive them in click events and labels for their tooltips. */
    public static ChartSpec scatter(String title, ChartAxis x, ChartAxis y, List<ChartSeries> series) {
        return of(ChartKind.SCATTER, title, x, y, series, null, null, null);
    }

    /** Heatmap over two category axes; {@code cells.values()[y][x]}. */
    public static ChartSpec heatmap(String title, ChartAxis x, ChartAxis y, ChartHeatmap cells) {
        return of(ChartKind.HEATMAP, title, x, y, null, null, cells, null);
    }

    /** Graph of nodes and edges (force-directed unless the graph says otherwise). */
    public static ChartSpec graph(String title, ChartGraph graph) {
        return of(ChartKind.GRAPH, title, null, null, null, null, null, graph);
    }

    /** Graph of nodes and edges with default layout settings. */
    public static ChartSpec graph(String title, List<ChartNode> nodes, List<ChartEdge> edges,
            List<ChartNodeCategory> categories) {
        return graph(title, ChartGraph.of(nodes, edges, categories));
    }

    @Override
    public double[] binEdges() {
        return binEdges == null ? null : binEdges.clone();
    }

    public ChartSpec withTitle(String newTitle) {
        return new ChartSpec(kind, newTitle, xAxis, yAxis, series, binEdges, heatmap, graph, markLines, markAreas,
                markPoints, legend, animation, decimals);
    }

    public ChartSpec withMarkLine(ChartMarkLine line) {
        return new ChartSpec(kind, title, xAxis, yAxis, series, binEdges, heatmap, graph, plus(markLines, line),
                markAreas, markPoints, legend, animation, decimals);
    }

    public ChartSpec withMarkArea(ChartMarkArea area) {
        return new ChartSpec(kind, title, xAxis, yAxis, series, binEdges, heatmap, graph, markLines,
                plus(markAreas, area), markPoints, legend, animation, decimals);
    }

    public ChartSpec withMarkPoint(ChartMarkPoint point) {
        return new ChartSpec(kind, title, xAxis, yAxis, series, binEdges, heatmap, graph, markLines, markAreas,
                plus(markPoints, point), legend, animation, decimals);
    }

    public ChartSpec withLegend(boolean show) {
        return new ChartSpec(kind, title, xAxis, yAxis, series, binEdges, heatmap, graph, markLines, markAreas,
                markPoints, show, animation, decimals);
    }

    /** {@code false} draws at once without animation (browser tests, slow machines). */
    public ChartSpec withAnimation(boolean animate) {
        return new ChartSpec(kind, title, xAxis, yAxis, series, binEdges, heatmap, graph, markLines, markAreas,
                markPoints, legend, animate, decimals);
    }

    /** Decimals shown for numbers in tooltips (0 to 10). */
    public ChartSpec withDecimals(int tooltipDecimals) {
        return new ChartSpec(kind, title, xAxis, yAxis, series, binEdges, heatmap, graph, markLines, markAreas,
                markPoints, legend, animation, tooltipDecimals);
    }

    /** The JSON the element receives. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart spec could not be written as JSON", e);
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
