package org.spamouflage.sandbox.chart;

/**
 * A group of graph nodes with one colour and one legend entry (e.g. "campaign", "organic", or
 * "cluster 3").
 *
 * @param name  legend text, referenced by {@link ChartNode#category()}
 * @param color CSS colour, or {@code null} for the palette
 */
public record ChartNodeCategory(String name, String color) {

    public ChartNodeCategory {
        ChartChecks.notBlank(name, "node category name");
        ChartChecks.color(color, "node category '" + name + "' color");
    }
}
