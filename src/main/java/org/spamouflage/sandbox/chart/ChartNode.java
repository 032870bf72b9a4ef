package org.spamouflage.sandbox.chart;

/**
 * A node of a graph chart.
 *
 * @param id       unique id within the graph, reported in click events (e.g. an account id)
 * @param label    text next to the node and in its tooltip (may come from data; shown as text)
 * @param category name of a {@link ChartNodeCategory} for colour and legend, or {@code null}
 * @param size     symbol size in pixels
 * @param value    a number shown in the tooltip (e.g. the account's score), or {@code null}
 * @param color    CSS colour overriding the category's, or {@code null}
 * @param x        fixed x position (layout "none") or force-layout start, or {@code null}
 * @param y        fixed y position, or {@code null}
 */
public record ChartNode(String id, String label, String category, double size, Double value, String color,
        Double x, Double y) {

    public ChartNode {
        ChartChecks.notBlank(id, "node id");
        label = label == null ? id : label;
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("node '" + id + "': size must be a positive number, was " + size);
        }
        ChartChecks.finiteOrNull(value, "node '" + id + "' value");
        ChartChecks.color(color, "node '" + id + "' color");
        ChartChecks.finiteOrNull(x, "node '" + id + "' x");
        ChartChecks.finiteOrNull(y, "node '" + id + "' y");
    }

    /** A node of size 10 without value. */
    public static ChartNode of(String id, String label, String category) {
        return new ChartNode(id, label, category, 10, null, null, null, null);
    }

    public ChartNode withSize(double pixels) {
        return new ChartNode(id, label, category, pixels, value, color, x, y);
    }

    public ChartNode withValue(double newValue) {
        return new ChartNode(id, label, category, size, newValue, color, x, y);
    }

    public ChartNode withColor(String newColor) {
        return new ChartNode(id, label, category, size, value, newColor, x, y);
    }

    public ChartNode at(double newX, double newY) {
        return new ChartNode(id, label, category, size, value, color, newX, newY);
    }
}
