package org.spamouflage.sandbox.chart;

import java.util.List;
import java.util.regex.Pattern;

/** Argument checks shared by the chart value types; messages name the field and the bad value. */
final class ChartChecks {

    /**
     * Plain colour syntax only: colours end up inside a style attribute in the tooltip, so nothing
     * that could close the attribute may pass. The element checks the same pattern again.
     */
    static final Pattern COLOR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}"
                    + "|rgba?\\(\\s*[0-9.]+%?\\s*,\\s*[0-9.]+%?\\s*,\\s*[0-9.]+%?\\s*(,\\s*[0-9.]+%?\\s*)?\\)"
                    + "|[a-zA-Z]{1,30}");

    private ChartChecks() {
    }

    static String color(String value, String field) {
        if (value != null && !COLOR.matcher(value).matches()) {
            throw new IllegalArgumentException(field + ": '" + value
                    + "' is not a colour; use #rgb, #rrggbb, #rrggbbaa, rgb(r,g,b), rgba(r,g,b,a) or a CSS colour name");
        }
        return value;
    }

    static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value;
    }

    static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
        return value;
    }

    static Double finiteOrNull(Double value, String field) {
        return value == null ? null : finite(value, field);
    }

    static String axis(String value, String field) {
        if (!"x".equals(value) && !"y".equals(value)) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not an axis; use x or y");
        }
        return value;
    }

    static <T> List<T> copy(List<T> list, String field) {
        if (list == null) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(list);
    }
}
