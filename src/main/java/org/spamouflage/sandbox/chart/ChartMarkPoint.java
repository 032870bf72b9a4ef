package org.spamouflage.sandbox.chart;

/**
 * A highlighted point with a label, e.g. the operating point of the current threshold on a ROC or
 * PR curve.
 *
 * @param x     x coordinate
 * @param y     y coordinate
 * @param label text next to the point (may be empty)
 * @param color CSS colour, or {@code null} for red
 */
public record ChartMarkPoint(double x, double y, String label, String color) {

    public ChartMarkPoint {
        ChartChecks.finite(x, "mark point x");
        ChartChecks.finite(y, "mark point y");
        label = label == null ? "" : label;
        ChartChecks.color(color, "mark point color");
    }

    public static ChartMarkPoint at(double x, double y, String label) {
        return new ChartMarkPoint(x, y, label, null);
    }

    public ChartMarkPoint withColor(String newColor) {
        return new ChartMarkPoint(x, y, label, newColor);
    }
}
