package org.spamouflage.sandbox.scenario;

import java.util.List;

/**
 * One field of the scenario format: its JSON path, kind, unit, allowed range and meaning. The
 * table of all specs ({@link FieldSpecs}) drives both validation and the parameter tables in
 * {@code scenarios/README.md}, so the documentation cannot drift from what is checked.
 *
 * <p>Paths use {@code []} for "every element of this list" ({@code $.campaign.timing.shifts[].start})
 * and {@code *} for "every value of this map" ({@code $.organic.provinces.*}).
 *
 * @param path    JSON path of the field
 * @param kind    what JSON value the field takes
 * @param unit    unit shown in the docs ("accounts", "share", "hours"…), empty when none
 * @param min     inclusive lower bound: a number for numbers, a length for texts, an item count for
 *                lists, a date for dates; empty when unbounded
 * @param max     inclusive upper bound, same convention as {@code min}
 * @param choices the allowed values of a {@link Kind#CHOICE} or the allowed keys of a {@link Kind#MAP}
 * @param meaning one sentence for the docs
 */
public record FieldSpec(String path, Kind kind, String unit, String min, String max, List<String> choices,
                        String meaning) {

    /** The JSON value a field takes. */
    public enum Kind {
        /** A JSON object with the fields listed under it. */
        OBJECT("object"),
        /** A JSON array; its elements are described by the spec at {@code path + "[]"}. */
        LIST("list"),
        /** A JSON object whose keys are data (one of {@code choices}); values described by {@code path + ".*"}. */
        MAP("map"),
        INTEGER("whole number"),
        NUMBER("number"),
        BOOLEAN("true or false"),
        TEXT("text"),
        /** A calendar date written {@code YYYY-MM-DD}. */
        DATE("date"),
        /** A time of day written {@code HH:MM}. */
        TIME("time of day"),
        /** An IANA time-zone id such as {@code Asia/Shanghai}. */
        TIME_ZONE("time-zone id"),
        /** One of {@code choices}. */
        CHOICE("choice"),
        /** An ISO 639-1 language code: two lowercase letters. */
        LANGUAGE("language code");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the kind is named in messages and docs. */
        public String label() {
            return label;
        }
    }

    public FieldSpec {
        choices = List.copyOf(choices);
    }

    /** The last path segment: the field's name ({@code []} or {@code *} for element specs). */
    public String name() {
        return path.endsWith("[]") ? "[]" : path.substring(path.lastIndexOf('.') + 1);
    }

    /** The path of the object or list this field belongs to. */
    public String parent() {
        if (path.endsWith("[]")) {
            return path.substring(0, path.length() - 2);
        }
        return path.substring(0, path.lastIndexOf('.'));
    }

    public boolean hasMin() {
        return !min.isEmpty();
    }

    public boolean hasMax() {
        return !max.isEmpty();
    }
}
