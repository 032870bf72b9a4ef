package org.spamouflage.sandbox.ingest;

import java.util.List;
import java.util.Locale;

/** Small helpers for user-facing messages. */
final class Text {
    static final int SHOW_MAX = 60;

    private Text() {
    }

    /**
     * A value as it appears inside a message: control characters escaped (a newline shows as
     * {@code \n}) and cut to {@value #SHOW_MAX} characters with an ellipsis, so a runaway field
     * cannot flood the error list.
     */
    static String show(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(value.length(), SHOW_MAX + 8));
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown >= SHOW_MAX) {
                b.append('…');
                break;
            }
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
            shown++;
        }
        return b.toString();
    }

    /** 1234567 → "1,234,567". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 row", "2 rows", "1,000 rows". */
    static String count(long n, String noun) {
        return count(n) + " " + (n == 1 ? noun : noun + "s");
    }

    /** Column names for a message: {@code "a", "b", "c"}, at most {@code max} then "… and N more". */
    static String names(List<String> names, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size() && i < max; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append('"').append(show(names.get(i))).append('"');
        }
        if (names.size() > max) {
            b.append(" … and ").append(count(names.size() - max)).append(" more");
        }
        return b.toString();
    }
}
