package org.spamouflage.sandbox.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bank of phrases read once from a text resource, in named sections. Long banks of invented
 * sentences are easier to write, review and translate as plain text than as Java string arrays.
 *
 * <p>Format: {@code # comment}; {@code @NAME = text} defines a macro that {@code <NAME>} in any
 * later line is replaced with; {@code == section} starts a section; every other non-empty line
 * (trimmed) is one entry of the current section, parsed by {@link Phrase} (slots, inline choices,
 * word alternatives from the {@link Lexicon}). A malformed bank fails at class initialisation
 * with the resource, line number and problem: it is part of the program, not user input.
 */
final class TextBank {
    private final String resource;
    private final Map<String, Phrase[]> sections;
    private final Map<String, List<String>> lines;

    private TextBank(String resource, Map<String, Phrase[]> sections, Map<String, List<String>> lines) {
        this.resource = resource;
        this.sections = sections;
        this.lines = lines;
    }

    /** Reads a bank from a resource next to this class. */
    static TextBank load(String name, Lexicon lexicon) {
        try (InputStream in = TextBank.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("text bank " + name + " is missing from the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text bank " + name, e);
        }
    }

    /** Parses bank text ({@code name} is used in error messages). */
    static TextBank parse(String name, String text, Lexicon lexicon) {
        Map<String, String> macros = new LinkedHashMap<>();
        Map<String, List<String>> raw = new LinkedHashMap<>();
        List<String> current = null;
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String line = rows[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw problem(name, lineNo, "a macro needs '@NAME = text'");
                }
                String key = line.substring(1, eq).strip();
                macros.put(key, expand(line.substring(eq + 1).strip(), macros, name, lineNo));
            } else if (line.startsWith("==")) {
                String section = line.substring(2).strip();
                if (raw.containsKey(section)) {
                    throw problem(name, lineNo, "section '" + section + "' appears twice");
                }
                current = new ArrayList<>();
                raw.put(section, current);
            } else {
                if (current == null) {
                    throw problem(name, lineNo, "an entry before the first '== section'");
                }
                current.add(expand(line, macros, name, lineNo));
            }
        }
        Map<String, Phrase[]> parsed = new LinkedHashMap<>();
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalStateException(name + ": section '" + e.getKey() + "' is empty");
            }
            Phrase[] phrases = new Phrase[e.getValue().size()];
            for (int k = 0; k < phrases.length; k++) {
                try {
                    phrases[k] = Phrase.parseWith(e.getValue().get(k), lexicon);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalStateException(name + ": section '" + e.getKey() + "': " + ex.getMessage(), ex);
                }
            }
            parsed.put(e.getKey(), phrases);
            kept.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return new TextBank(name, Collections.unmodifiableMap(parsed), Collections.unmodifiableMap(kept));
    }

    private static String expand(String line, Map<String, String> macros, String name, int lineNo) {
        if (line.indexOf('<') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length() + 64);
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int close = c == '<' ? line.indexOf('>', i) : -1;
            if (close > i + 1) {
                String key = line.substring(i + 1, close);
                String value = macros.get(key);
                if (value == null) {
                    throw problem(name, lineNo, "unknown macro <" + key + ">");
                }
                sb.append(value);
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static IllegalStateException problem(String name, int line, String what) {
        return new IllegalStateException(name + " line " + line + ": " + what);
    }

    /** The phrases of a section; fails when the bank has no such section. */
    Phrase[] get(String section) {
        Phrase[] p = sections.get(section);
        if (p == null) {
            throw new IllegalStateException(resource + " has no section '" + section + "'");
        }
        return p;
    }

    /** Section names in file order. */
    List<String> sectionNames() {
        return List.copyOf(sections.keySet());
    }

    /** The entries of a section as written (macros expanded), for tests and reviews. */
    List<String> lines(String section) {
        List<String> l = lines.get(section);
        return l == null ? List.of() : l;
    }
}
