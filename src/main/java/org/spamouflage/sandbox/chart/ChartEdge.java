package org.spamouflage.sandbox.chart;

/**
 * An edge of a graph chart between two node ids.
 *
 * @param source id of one end
 * @param target id of the other end
 * @param weight number shown in the tooltip (e.g. shared co-actions), or {@code null}
 * @param width  line width in pixels (0.5 to 6), or {@code null} for 1
 */
public record ChartEdge(String source, String target, Double weight, Double width) {

    public ChartEdge {
        ChartChecks.notBlank(source, "edge source");
        ChartChecks.notBlank(target, "edge target");
        ChartChecks.finiteOrNull(weight, "edge " + source + "-" + target + " weight");
        ChartChecks.finiteOrNull(width, "edge " + source + "-" + target + " width");
    }

    public static ChartEdge of(String source, String target, double weight) {
        return new ChartEdge(source, target, weight, null);
    }

    public ChartEdge withWidth(double pixels) {
        return new ChartEdge(source, target, weight, pixels);
    }
}
