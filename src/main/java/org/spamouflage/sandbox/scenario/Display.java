package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How values, names and paths appear in problem messages. Everything taken from the user's file
 * is shown JSON-escaped and shortened, so one problem is always exactly one line of bounded length.
 */
final class Display {

    static final int MAX_VALUE_CHARS = 60;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Display() {
    }

    /** A value as compact JSON, cut to {@value #MAX_VALUE_CHARS} characters with an ellipsis. */
    static String value(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "";
        }
        if (node.isDouble() || node.isFloat()) {
            return shorten(number(node.doubleValue()));
        }
        return shorten(node.toString());
    }

    /** A field name as it appears inside a message: bare if it is an identifier, else as a JSON string. */
    static String name(String key) {
        return IDENTIFIER.matcher(key).matches() && key.length() <= MAX_VALUE_CHARS ? key : shorten(quoted(key));
    }

    /** The path of a child field: {@code $.a.b}, or {@code $.a["odd key"]} for keys that are not identifiers. */
    static String child(String path, String key) {
        return IDENTIFIER.matcher(key).matches() && key.length() <= MAX_VALUE_CHARS
                ? path + "." + key : path + "[" + shorten(quoted(key)) + "]";
    }

    /** A number without a needless {@code .0}: 1, 0.25, 250000. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String s) {
        return new TextNode(s).toString();
    }

    private static String shorten(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS - 1) + "…";
    }
}
