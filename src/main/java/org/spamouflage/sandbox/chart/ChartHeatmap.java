package org.spamouflage.sandbox.chart;

import java.util.List;

/**
 * The cells of a heatmap: {@code values[y][x]} for the y and x categories of the chart's axes
 * ({@code NaN} leaves a cell empty). Arrays are copied on the way in and out.
 *
 * @param values    one row per y category, one column per x category
 * @param valueName what a cell counts, shown in the tooltip (e.g. "comments")
 * @param min       value at the light end of the colour scale, or {@code null} for the data minimum
 * @param max       value at the dark end of the colour scale, or {@code null} for the data maximum
 * @param colors    the colour scale from low to high (at least two), or {@code null} for blues
 */
public record ChartHeatmap(double[][] values, String valueName, Double min, Double max, List<String> colors) {

    public ChartHeatmap {
        if (values == null) {
            throw new IllegalArgumentException("heatmap values must be given");
        }
        double[][] copy = new double[values.length][];
        for (int y = 0; y < values.length; y++) {
            if (values[y] == null) {
                throw new IllegalArgumentException("heatmap row " + y + " must not be null");
            }
            if (values[y].length != values[0].length) {
                throw new IllegalArgumentException("heatmap row " + y + " has " + values[y].length
                        + " cells, row 0 has " + values[0].length);
            }
            copy[y] = values[y].clone();
        }
        values = copy;
        valueName = valueName == null ? "value" : valueName;
        ChartChecks.finiteOrNull(min, "heatmap min");
        ChartChecks.finiteOrNull(max, "heatmap max");
        colors = ChartChecks.copy(colors, "heatmap colors");
        if (colors != null) {
            if (colors.size() < 2) {
                throw new IllegalArgumentException("heatmap colors: give at least two, got " + colors.size());
            }
            colors.forEach(c -> ChartChecks.color(c, "heatmap colors"));
        }
    }

    /** Cells with the default colour scale fitted to the data. */
    public static ChartHeatmap of(double[][] values, String valueName) {
        return new ChartHeatmap(values, valueName, null, null, null);
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int y = 0; y < values.length; y++) {
            copy[y] = values[y].clone();
        }
        return copy;
    }

    int rows() {
        return values.length;
    }

    int columns() {
        return values.length == 0 ? 0 : values[0].length;
    }

    /** The same cells with a fixed colour range. */
    public ChartHeatmap withRange(double newMin, double newMax) {
        return new ChartHeatmap(values, valueName, newMin, newMax, colors);
    }

    /** The same cells with another colour scale, low to high. */
    public ChartHeatmap withColors(List<String> newColors) {
        return new ChartHeatmap(values, valueName, min, max, newColors);
    }
}
