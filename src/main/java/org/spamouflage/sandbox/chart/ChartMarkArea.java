package org.spamouflage.sandbox.chart;

/**
 * A shaded band between two values of one axis, e.g. night hours on a timeline. Give one band per
 * night; on a category axis the values are category indices (bands run centre to centre).
 *
 * @param axis  {@code "x"} (vertical band) or {@code "y"} (horizontal band)
 * @param from  where the band starts
 * @param to    where the band ends
 * @param label text at the top of the band (may be empty)
 * @param color CSS colour, best semi-transparent, or {@code null} for a light grey-blue
 */
public record ChartMarkArea(String axis, double from, double to, String label, String color) {

    public ChartMarkArea {
        ChartChecks.axis(axis, "mark area axis");
        ChartChecks.finite(from, "mark area from");
        ChartChecks.finite(to, "mark area to");
        if (from > to) {
            throw new IllegalArgumentException("mark area '" + label + "': from " + from + " is after to " + to);
        }
        label = label == null ? "" : label;
        ChartChecks.color(color, "mark area color");
    }

    /** A vertical band from {@code x = from} to {@code x = to}. */
    public static ChartMarkArea x(double from, double to, String label) {
        return new ChartMarkArea("x", from, to, label, null);
    }

    /** A horizontal band from {@code y = from} to {@code y = to}. */
    public static ChartMarkArea y(double from, double to, String label) {
        return new ChartMarkArea("y", from, to, label, null);
    }

    public ChartMarkArea withColor(String newColor) {
        return new ChartMarkArea(axis, from, to, label, newColor);
    }
}
