package org.spamouflage.sandbox.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the file's records are written. {@link #AUTO} decides from the content (see {@link Importer}). */
public enum InputFormat {
    AUTO("auto"),
    /** Comma-separated, RFC 4180 quoting (a field may be quoted; {@code ""} is a quote inside it). */
    CSV("csv"),
    /** Tab-separated with the same quoting rules as CSV (what pandas and R write). */
    TSV("tsv"),
    /** One JSON object per line; nested objects are flattened to dotted keys ({@code user.id}). */
    JSONL("jsonl");

    private final String key;

    InputFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws IllegalArgumentException naming the allowed formats */
    public static InputFormat fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.key.equals(k)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + key + "\"; allowed: "
                + Arrays.stream(values()).map(InputFormat::key).collect(Collectors.joining(", ")));
    }
}
