package org.spamouflage.sandbox.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One named series of a line, bar, histogram or scatter chart. It holds either {@code points}
 * ((x, y) pairs, for value and time x axes) or {@code values} (one per category or histogram bin).
 * A {@code NaN} value is a gap. Arrays are copied on the way in and out.
 *
 * @param id          stable id, reported back in click events
 * @param name        legend and tooltip name (may come from data; always shown as text)
 * @param color       CSS colour, or {@code null} for the palette
 * @param points      (x, y) pairs, or {@code null} when {@code values} is used
 * @param values      one value per category or bin, or {@code null} when {@code points} is used
 * @param pointIds    optional id per point, reported in click events (e.g. an account id)
 * @param pointLabels optional label per point, shown in its tooltip (e.g. an account handle)
 * @param area        fill under a line
 * @param dashed      dashed line (e.g. the chance diagonal of a ROC plot)
 * @param step        draw a line as steps
 * @param stack       series with the same stack name are stacked (line and bar)
 * @param showSymbols show a symbol at every point of a line ({@code null}: only when few points)
 * @param symbolSize  symbol size in pixels (scatter and line)
 * @param lineWidth   line width in pixels
 */
public record ChartSeries(String id, String name, String color, double[][] points, double[] values,
        List<String> pointIds, List<String> pointLabels, Boolean area, Boolean dashed, Step step, String stack,
        Boolean showSymbols, Double symbolSize, Double lineWidth) {

    /** Where a stepped line changes level. */
    public enum Step {
        START, MIDDLE, END;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChartSeries {
        String where = "series '" + id + "'";
        ChartChecks.notBlank(id, "series id");
        name = name == null ? id : name;
        ChartChecks.color(color, where + " color");
        if ((points == null) == (values == null)) {
            throw new IllegalArgumentException(where + ": give either points or values, not both or neither");
        }
        points = copy(points, where);
        values = values == null ? null : values.clone();
        int count = points != null ? points.length : values.length;
        pointIds = sized(ChartChecks.copy(pointIds, where + " pointIds"), count, where + " pointIds");
        pointLabels = sized(ChartChecks.copy(pointLabels, where + " pointLabels"), count, where + " pointLabels");
        ChartChecks.finiteOrNull(symbolSize, where + " symbolSize");
        ChartChecks.finiteOrNull(lineWidth, where + " lineWidth");
    }

    /** A series of (xs[i], ys[i]) points; both arrays must have the same length. */
    public static ChartSeries xy(String id, String name, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("series '" + id + "': " + xs.length + " x values but " + ys.length + " y values");
        }
        double[][] points = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            points[i] = new double[] {xs[i], ys[i]};
        }
        return points(id, name, points);
    }

    /** A series of points given as {@code {x, y}} pairs. */
    public static ChartSeries points(String id, String name, double[][] points) {
        return new ChartSeries(id, name, null, points, null, null, null, null, null, null, null, null, null, null);
    }

    /** A series with one value per category (bar, category line) or per bin (histogram). */
    public static ChartSeries values(String id, String name, double... values) {
        return new ChartSeries(id, name, null, null, values, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public double[][] points() {
        return points == null ? null : copy(points, id);
    }

    @Override
    public double[] values() {
        return values == null ? null : values.clone();
    }

    /** Number of points or values. */
    public int size() {
        return points != null ? points.length : values.length;
    }

    public ChartSeries withColor(String newColor) {
        return new ChartSeries(id, name, newColor, points, values, pointIds, pointLabels, area, dashed, step, stack,
                showSymbols, symbolSize, lineWidth);
    }

    /** Ids reported by click events, one per point (e.g. account ids). */
    public ChartSeries withPointIds(List<String> ids) {
        return new ChartSeries(id, name, color, points, values, ids, pointLabels, area, dashed, step, stack,
                showSymbols, symbolSize, lineWidth);
    }

    /** Labels shown in the tooltip, one per point; shown as text even when they look like HTML. */
    public ChartSeries withPointLabels(List<String> labels) {
        return new ChartSeries(id, name, color, points, values, pointIds, labels, area, dashed, step, stack,
                showSymbols, symbolSize, lineWidth);
    }

    public ChartSeries withArea() {
        return new ChartSeries(id, name, color, points, values, pointIds, pointLabels, true, dashed, step, stack,
                showSymbols, symbolSize, lineWidth);
    }

    public ChartSeries withDashes() {
        return new ChartSeries(id, name, color, points, values, pointIds, pointLabels, area, true, step, stack,
                showSymbols, symbolSize, lineWidth);
    }

    public ChartSeries withStep(Step newStep) {
        return new ChartSeries(id, name, color, points, values, pointIds, pointLabels, area, dashed, newStep, stack,
                showSymbols, symbolSize, lineWidth);
    }

    public ChartSeries withStack(String stackName) {
        return new ChartSeries(id, name, color, points, values, pointIds, pointLabels, area, dashed, step, stackName,
                showSymbols, symbolSize, lineWidth);
    }

    public ChartSeries withSymbols(boolean show) {
        return new ChartSeries(id, name, color, points, values, pointIds, pointLabels, area, dashed, step, stack,
                show, symbolSize, lineWidth);
    }

    public ChartSeries withSymbolSize(double pixels) {
        return new ChartSeries(id, name, color, points, values, pointIds, pointLabels, area, dashed, step, stack,
                showSymbols, pixels, lineWidth);
    }

    public ChartSeries withLineWidth(double pixels) {
        return new ChartSeries(id, name, color, points, values, pointIds, pointLabels, area, dashed, step, stack,
                showSymbols, symbolSize, pixels);
    }

    private static double[][] copy(double[][] points, String where) {
        if (points == null) {
            return null;
        }
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException(where + " point " + i + " must be an {x, y} pair");
            }
            copy[i] = points[i].clone();
        }
        return copy;
    }

    private static List<String> sized(List<String> list, int count, String field) {
        if (list != null && list.size() != count) {
            throw new IllegalArgumentException(field + ": " + list.size() + " entries for " + count + " points");
        }
        return list;
    }
}
