package org.spamouflage.sandbox.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the records of one JSON Lines file with Jackson's token parser (no trees), keeping the
 * values of known fields in slots and checking their types on access. A syntax error ends the
 * file (there is no safe place to resume); a wrong value only spoils its record, so reading goes
 * on and every such problem is reported. Unknown fields are skipped, so later versions and
 * hand-added fields do not break older readers.
 */
final class JsonlReader implements Closeable {

    /** Longest string value accepted: far above any real post, far below a memory problem. */
    static final int MAX_STRING_LENGTH = 1_000_000;

    /**
     * Without Jackson's duplicate detection (a hash set per object, 3% of reading a million posts): a
     * known field given twice is found by its slot (below) and spoils only its record; an unknown field
     * is skipped however often it comes.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
            .build();

    private static final Object NULL = new Object();
    private static final Object BAD_ARRAY = new Object();
    private static final Object OBJECT = new Object();
    private static final Object BIG_NUMBER = new Object();

    private final String file;
    private final JsonParser parser;
    private final Map<String, Integer> slots = new HashMap<>();
    private final String[] fields;
    private final Object[] values;
    private final List<String> scratch = new ArrayList<>();
    private java.util.function.UnaryOperator<String> arrayStrings = java.util.function.UnaryOperator.identity();
    private final Problems problems;
    private final long maxRecords;
    private final String capReason;
    private long line;
    private long records;
    private boolean ok;

    JsonlReader(Path dir, String file, String[] fields, Problems problems, long maxRecords, String capReason)
            throws IOException {
        this.file = file;
        this.fields = fields;
        this.values = new Object[fields.length];
        this.problems = problems;
        this.maxRecords = maxRecords;
        this.capReason = capReason;
        for (int i = 0; i < fields.length; i++) {
            slots.put(fields[i], i);
        }
        this.parser = JSON.createParser(new BufferedInputStream(Files.newInputStream(dir.resolve(file)), 1 << 16));
    }

    /**
     * Passes every string inside an array through {@code f} (an interner: hashtags and mentions repeat across
     * millions of posts); identity unless set.
     */
    void arrayStrings(java.util.function.UnaryOperator<String> f) {
        this.arrayStrings = f;
    }

    /**
     * Moves to the next record.
     *
     * @return false at the end of the file or after a syntax error (already reported)
     */
    boolean next() throws IOException, DatasetFolderException {
        Arrays.fill(values, null);
        ok = true;
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return false;
            }
            line = parser.currentTokenLocation().getLineNr();
            if (++records > maxRecords) {
                throw problems.fatal(file, line, "", "more than " + maxRecords + " records; " + capReason);
            }
            if (t != JsonToken.START_OBJECT) {
                parser.skipChildren();
                bad("", "expected a JSON object {…} on each line, found " + describe(t));
                return true;
            }
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                Integer slot = slots.get(parser.currentName());
                t = parser.nextToken();
                if (slot == null) {
                    parser.skipChildren();
                } else if (values[slot] != null) {
                    parser.skipChildren();
                    bad(fields[slot], "appears more than once in this record");
                } else {
                    values[slot] = readValue(t);
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            long at = loc == null ? line : loc.getLineNr();
            String column = loc == null ? "" : " at column " + loc.getColumnNr();
            problems.add(file, at, "", "not valid JSON" + column + ": " + e.getOriginalMessage()
                    + " (reading of this file stopped here)");
            return false;
        }
    }

    private Object readValue(JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? BIG_NUMBER : parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            case START_ARRAY: {
                scratch.clear();
                JsonToken e;
                while ((e = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (e != JsonToken.VALUE_STRING) {
                        parser.skipChildren();
                        skipRestOfArray();
                        return BAD_ARRAY;
                    }
                    scratch.add(arrayStrings.apply(parser.getText()));
                }
                // Immutable already, so the record's own List.copyOf keeps it instead of copying.
                return scratch.isEmpty() ? List.of() : List.copyOf(scratch);
            }
            default:
                parser.skipChildren();
                return OBJECT;
        }
    }

    private void skipRestOfArray() throws IOException {
        JsonToken e;
        while ((e = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (e == JsonToken.START_ARRAY || e == JsonToken.START_OBJECT) {
                parser.skipChildren();
            }
        }
    }

    /** Line of the current record (1-based). */
    long line() {
        return line;
    }

    /** Records seen so far, including spoiled ones. */
    long records() {
        return records;
    }

    /** False once any field of the current record had a problem. */
    boolean ok() {
        return ok;
    }

    /** Reports a problem with the current record (which is then skipped by the caller). */
    void bad(String field, String message) throws DatasetFolderException {
        ok = false;
        problems.add(file, line, field, message);
    }

    String requiredString(int slot) throws DatasetFolderException {
        Object v = values[slot];
        if (v instanceof String s) {
            if (s.isEmpty()) {
                bad(fields[slot], "must not be empty");
            }
            return s;
        }
        bad(fields[slot], v == null ? "is missing" : "must be a string, found " + describe(v));
        return null;
    }

    /** A string, or null when the field is missing or null. */
    String optionalString(int slot) throws DatasetFolderException {
        Object v = values[slot];
        if (v == null || v == NULL || v instanceof String) {
            return v instanceof String s ? s : null;
        }
        bad(fields[slot], "must be a string or null, found " + describe(v));
        return null;
    }

    /** A time as ISO-8601 UTC; {@code whenAbsent} when missing or null, or a problem if that is null. */
    long time(int slot, Long whenAbsent) throws DatasetFolderException {
        Object v = values[slot];
        if (v == null || v == NULL) {
            if (whenAbsent == null) {
                bad(fields[slot], v == null ? "is missing" : "must not be null");
                return 0;
            }
            return whenAbsent;
        }
        if (v instanceof String s) {
            try {
                return IsoUtc.parse(s);
            } catch (IllegalArgumentException e) {
                bad(fields[slot], e.getMessage());
                return 0;
            }
        }
        bad(fields[slot], "must be an ISO-8601 UTC time string like \"2023-08-07T14:03:22Z\", found " + describe(v));
        return 0;
    }

    /** A whole number that fits an int; {@code whenAbsent} when missing or null. */
    int optionalInt(int slot, int whenAbsent) throws DatasetFolderException {
        Object v = values[slot];
        if (v == null || v == NULL) {
            return whenAbsent;
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        bad(fields[slot], "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                + " or null, found " + describe(v));
        return whenAbsent;
    }

    boolean optionalBoolean(int slot, boolean whenAbsent) throws DatasetFolderException {
        Object v = values[slot];
        if (v == null) {
            return whenAbsent;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        bad(fields[slot], "must be true or false, found " + describe(v));
        return whenAbsent;
    }

    /** A list of strings; empty when missing or null. */
    @SuppressWarnings("unchecked")
    List<String> strings(int slot) throws DatasetFolderException {
        Object v = values[slot];
        if (v == null || v == NULL) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return (List<String>) l;
        }
        bad(fields[slot], "must be an array of strings, found " + (v == BAD_ARRAY ? "an array holding something else"
                : describe(v)));
        return List.of();
    }

    private static String describe(Object v) {
        if (v == NULL) {
            return "null";
        }
        if (v == OBJECT) {
            return "an object";
        }
        if (v == BAD_ARRAY || v instanceof List) {
            return "an array";
        }
        if (v == BIG_NUMBER) {
            return "a number too large";
        }
        if (v instanceof String s) {
            return "the string \"" + abbreviate(s) + "\"";
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        return v.toString();
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
