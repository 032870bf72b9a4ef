package org.spamouflage.sandbox.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which column feeds which {@link Field}: the preset's columns, overridden by the user's,
 * looked up in the header. Finds every problem at once (missing columns with a "did you mean",
 * duplicated header names) and notes what the user should know (optional columns absent,
 * columns taken by position).
 */
final class ColumnBinding {

    /**
     * A column: its name for messages and JSON lookup, and its header position (-1 when not in
     * the header, which only JSON Lines allows: a key may be absent from the first object).
     */
    record Ref(String name, int index) {
    }

    /** The eight QUT toolkit fields in the toolkit's column order. */
    private static final List<Field> QUT_ORDER = List.of(Field.ID, Field.ACCOUNT, Field.HANDLE, Field.OBJECT,
            Field.REPLY_TO, Field.TEXT, Field.TIME, Field.LINK);

    final Map<Field, Ref> refs = new EnumMap<>(Field.class);
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    private ColumnBinding() {
    }

    static ColumnBinding resolve(ImportSettings settings, List<String> header, boolean json) {
        ColumnBinding b = new ColumnBinding();
        b.run(settings, header, json);
        return b;
    }

    private void run(ImportSettings settings, List<String> header, boolean json) {
        Preset preset = settings.preset();
        Map<Field, String> wanted = new EnumMap<>(Field.class);
        wanted.putAll(preset.columns());
        boolean positional = false;
        if (preset == Preset.QUT && !json && !allPresent(preset.columns().values(), header)) {
            int offset = header.size() == 8 ? 0 : header.size() == 9 && isIndexColumn(header.get(0)) ? 1 : -1;
            if (offset >= 0) {
                positional = true;
                for (int k = 0; k < 8; k++) {
                    refs.put(QUT_ORDER.get(k), new Ref(header.get(offset + k), offset + k));
                }
                notes.add("columns taken by position, as the QUT toolkit does"
                        + (offset == 1 ? " (after skipping the unnamed index column)" : "") + ": "
                        + positionalList(header, offset));
                wanted.clear();
            }
        }
        for (Map.Entry<Field, String> e : settings.columns().entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                wanted.remove(e.getKey());
                refs.remove(e.getKey());
            }
        }
        List<String> absentOptional = new ArrayList<>();
        boolean missing = false;
        for (Field f : Field.values()) {
            String user = settings.columns().get(f);
            boolean byUser = user != null && !user.isBlank();
            String name = byUser ? user.strip() : wanted.get(f);
            if (name == null) {
                if (preset.required().contains(f) && !refs.containsKey(f)) {
                    problems.add("field \"" + f.key() + "\" (" + f.description() + ") is required: map it to one "
                            + "of the file's columns");
                    missing = true;
                }
                continue;
            }
            int index = find(name, header, f);
            if (index == -2) {
                continue; // duplicate header name: problem recorded
            }
            if (index >= 0) {
                refs.put(f, new Ref(header.get(index), index));
                continue;
            }
            boolean required = preset.required().contains(f);
            if (json && !required) {
                refs.put(f, new Ref(name, -1));
                if (byUser) {
                    notes.add("key \"" + Text.show(name) + "\" (" + f.key() + ") is not in the first object; "
                            + "rows without it leave " + f.description() + " empty");
                }
                continue;
            }
            if (required || byUser) {
                String what = required ? "missing required column \"" + Text.show(name) + "\""
                        : "column \"" + Text.show(name) + "\" (mapped to field " + f.key() + ") is not in the file";
                problems.add(what + suggestion(name, header));
                missing = true;
            } else {
                absentOptional.add(name);
            }
        }
        if (missing) {
            String other = otherPreset(preset, header);
            problems.add("the file's " + (json ? "keys" : "columns") + " are: " + Text.names(header, 40)
                    + (other == null ? "" : " (these match the " + other + " preset)"));
            if (preset == Preset.QUT && !json) {
                problems.add("the qut preset reads the toolkit's columns by name (message_id, user_id, username, "
                        + "repost_id, reply_id, message, timestamp, urls), or any 8 columns by position");
            }
            if (!json && looksLikeData(header)) {
                problems.add("the first row looks like data, not column names: the file needs a header row");
            }
        }
        if (!absentOptional.isEmpty() && !positional) {
            notes.add("optional columns not in the file (left empty): " + Text.names(absentOptional, 40));
        }
    }

    /** Header position of {@code name}: exact match, else ignoring case; -1 none, -2 ambiguous. */
    private int find(String name, List<String> header, Field f) {
        int exact = -1;
        int second = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(name)) {
                if (exact < 0) {
                    exact = i;
                } else if (second < 0) {
                    second = i;
                }
            }
        }
        if (exact >= 0 && second < 0) {
            return exact;
        }
        if (exact >= 0) {
            problems.add("column \"" + Text.show(name) + "\" (" + f.key() + ") appears more than once in the header "
                    + "(columns " + (exact + 1) + " and " + (second + 1) + "); rename one");
            return -2;
        }
        int folded = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                if (folded >= 0) {
                    problems.add("columns " + (folded + 1) + " and " + (i + 1) + " both match \"" + Text.show(name)
                            + "\" (" + f.key() + ") when case is ignored; rename one or give the exact name");
                    return -2;
                }
                folded = i;
            }
        }
        return folded;
    }

    private static boolean allPresent(java.util.Collection<String> names, List<String> header) {
        for (String n : names) {
            boolean found = false;
            for (String h : header) {
                if (h.equalsIgnoreCase(n)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIndexColumn(String h) {
        String s = h.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.equals("index") || s.startsWith("unnamed: 0");
    }

    private static String positionalList(List<String> header, int offset) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            if (k > 0) {
                b.append(", ");
            }
            b.append(Preset.QUT.columns().get(QUT_ORDER.get(k))).append(" = \"")
                    .append(Text.show(header.get(offset + k))).append('"');
        }
        return b.toString();
    }

    /** " (did you mean "timestamp"?)" for the closest header name, or "". */
    static String suggestion(String name, List<String> header) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String n = name.toLowerCase(Locale.ROOT);
        for (String h : header) {
            String c = h.toLowerCase(Locale.ROOT);
            if (c.isEmpty()) {
                continue;
            }
            int d = distance(n, c, 4);
            boolean contains = n.length() >= 4 && c.length() >= 4 && (n.contains(c) || c.contains(n));
            if (d <= Math.max(1, Math.min(3, n.length() / 3)) || contains) {
                int score = contains ? Math.min(d, 3) : d;
                if (score < bestDistance) {
                    bestDistance = score;
                    best = h;
                }
            }
        }
        return best == null ? "" : " (did you mean \"" + Text.show(best) + "\"?)";
    }

    /** Levenshtein distance, giving up (returning {@code cap + 1}) beyond {@code cap}. */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        if (a.length() > 200 || b.length() > 200) {
            return a.equals(b) ? 0 : cap + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String otherPreset(Preset chosen, List<String> header) {
        for (Preset p : Preset.values()) {
            if (p == chosen || p == Preset.GENERIC) {
                continue;
            }
            Set<Field> req = p.required();
            List<String> names = new ArrayList<>();
            for (Field f : req) {
                names.add(p.columns().get(f));
            }
            if (allPresent(names, header)) {
                return p.key();
            }
        }
        return null;
    }

    private static boolean looksLikeData(List<String> header) {
        int dataLike = 0;
        for (String h : header) {
            if (h.isEmpty() || h.matches("[-+]?[0-9][0-9.:eE+\\-]*") || h.matches("[0-9a-fA-F]{16,}")) {
                dataLike++;
            }
        }
        return dataLike * 2 >= header.size();
    }
}
