package org.spamouflage.sandbox.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One axis of a cartesian chart.
 *
 * @param name       title shown next to the axis (may be empty)
 * @param type       how values map to positions
 * @param min        lower end, or {@code null} to fit the data
 * @param max        upper end, or {@code null} to fit the data
 * @param scale      for value axes without min/max: fit the data instead of starting at zero
 * @param categories the labels of a category axis, in order; {@code null} for other types
 */
public record ChartAxis(String name, Type type, Double min, Double max, Boolean scale, List<String> categories) {

    /** Axis types; time axes take epoch milliseconds and are labelled in UTC. */
    public enum Type {
        VALUE, CATEGORY, TIME, LOG;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChartAxis {
        name = name == null ? "" : name;
        if (type == null) {
            throw new IllegalArgumentException("axis '" + name + "': type must be given");
        }
        min = ChartChecks.finiteOrNull(min, "axis '" + name + "' min");
        max = ChartChecks.finiteOrNull(max, "axis '" + name + "' max");
        if (min != null && max != null && min >= max) {
            throw new IllegalArgumentException("axis '" + name + "': min " + min + " must be below max " + max);
        }
        categories = ChartChecks.copy(categories, "axis '" + name + "' categories");
        if ((type == Type.CATEGORY) != (categories != null)) {
            throw new IllegalArgumentException("axis '" + name + "': categories are required for, and only for, a category axis");
        }
    }

    /** A numeric axis that fits the data (starting at zero when the data allow). */
    public static ChartAxis value(String name) {
        return new ChartAxis(name, Type.VALUE, null, null, null, null);
    }

    /** A numeric axis with fixed ends, e.g. {@code value("false positive rate", 0, 1)}. */
    public static ChartAxis value(String name, double min, double max) {
        return new ChartAxis(name, Type.VALUE, min, max, null, null);
    }

    /** A category axis; the labels are shown as text (they may come from data). */
    public static ChartAxis category(String name, List<String> categories) {
        return new ChartAxis(name, Type.CATEGORY, null, null, null, categories);
    }

    /** A time axis over epoch milliseconds, labelled in UTC. */
    public static ChartAxis time(String name) {
        return new ChartAxis(name, Type.TIME, null, null, null, null);
    }

    /** A base-10 logarithmic axis. */
    public static ChartAxis log(String name) {
        return new ChartAxis(name, Type.LOG, null, null, null, null);
    }

    /** This value axis fitted to the data range instead of starting at zero. */
    public ChartAxis fitted() {
        return new ChartAxis(name, type, min, max, true, categories);
    }
}
