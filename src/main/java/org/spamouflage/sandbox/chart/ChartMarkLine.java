package org.spamouflage.sandbox.chart;

/**
 * A straight line across the plot at one value of one axis, e.g. the score threshold on a
 * histogram or the 1% false-positive rate on a ROC plot. On a category axis the value is the
 * category index.
 *
 * @param axis   {@code "x"} (vertical line) or {@code "y"} (horizontal line)
 * @param value  where the line is drawn
 * @param label  text next to the line (may be empty)
 * @param color  CSS colour, or {@code null} for dark grey
 * @param dashed dashed (default) or solid
 */
public record ChartMarkLine(String axis, double value, String label, String color, Boolean dashed) {

    public ChartMarkLine {
        ChartChecks.axis(axis, "mark line axis");
        ChartChecks.finite(value, "mark line value");
        label = label == null ? "" : label;
        ChartChecks.color(color, "mark line color");
    }

    /** A vertical line at {@code x = value}. */
    public static ChartMarkLine x(double value, String label) {
        return new ChartMarkLine("x", value, label, null, null);
    }

    /** A horizontal line at {@code y = value}. */
    public static ChartMarkLine y(double value, String label) {
        return new ChartMarkLine("y", value, label, null, null);
    }

    public ChartMarkLine withColor(String newColor) {
        return new ChartMarkLine(axis, value, label, newColor, dashed);
    }

    public ChartMarkLine solid() {
        return new ChartMarkLine(axis, value, label, color, false);
    }
}
