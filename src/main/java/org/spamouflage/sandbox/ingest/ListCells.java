package org.spamouflage.sandbox.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a cell that holds several values. Never fails: whatever the shape, the items found are
 * returned, so a list cell never rejects a row.
 *
 * <ul>
 *   <li>bracketed lists as the X archives and pandas write them: {@code []}, {@code ['a', 'b']},
 *       {@code ["a", "b"]} (JSON), {@code [a, b]}; items are split at commas outside quotes,
 *       quotes around an item are removed, a backslash escapes the next character inside quotes;
 *       a missing closing bracket is tolerated;</li>
 *   <li>otherwise a plain list: links split at white space (a URL may contain commas, as in the
 *       QUT toolkit's space-delimited {@code urls}); hashtags and mentions split at white space
 *       and commas.</li>
 * </ul>
 * Hashtags lose a leading {@code #}, mentions a leading {@code @}; empty items are dropped.
 */
final class ListCells {
    enum Kind { LINKS, HASHTAGS, MENTIONS }

    private ListCells() {
    }

    static List<String> parse(String cell, Kind kind) {
        String v = cell.strip();
        if (v.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>(4);
        if (v.charAt(0) == '[') {
            int end = v.endsWith("]") && v.length() > 1 ? v.length() - 1 : v.length();
            bracketed(v, 1, end, items);
        } else {
            int i = 0;
            int n = v.length();
            while (i < n) {
                while (i < n && separator(v.charAt(i), kind)) {
                    i++;
                }
                int s = i;
                while (i < n && !separator(v.charAt(i), kind)) {
                    i++;
                }
                if (i > s) {
                    items.add(v.substring(s, i));
                }
            }
        }
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            String t = item;
            if (kind == Kind.HASHTAGS && t.startsWith("#")) {
                t = t.substring(1);
            } else if (kind == Kind.MENTIONS && t.startsWith("@")) {
                t = t.substring(1);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean separator(char c, Kind kind) {
        return Character.isWhitespace(c) || (kind != Kind.LINKS && c == ',');
    }

    private static void bracketed(String v, int from, int to, List<String> out) {
        StringBuilder item = new StringBuilder();
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < to) {
                    item.append(v.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                } else {
                    item.append(c);
                }
            } else if ((c == '\'' || c == '"') && item.toString().isBlank()) {
                quote = c;
                item.setLength(0);
            } else if (c == ',') {
                add(item, out);
            } else {
                item.append(c);
            }
        }
        add(item, out);
    }

    private static void add(StringBuilder item, List<String> out) {
        // links, hashtags and ids hold no surrounding spaces, so stripping is safe even inside quotes
        String s = item.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        item.setLength(0);
    }
}
