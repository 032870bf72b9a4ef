package org.spamouflage.sandbox.scenario;

import java.util.stream.Collectors;

/**
 * What a field allows, in words. The same sentence ends every problem message about the field and
 * fills the "Allowed" column of {@code scenarios/README.md}.
 */
final class Allowed {
    private Allowed() {
    }

    static String describe(FieldSpec spec) {
        return switch (spec.kind()) {
            case OBJECT -> "an object with the fields " + String.join(", ", FieldSpecs.childrenOf(spec.path()).stream()
                    .map(FieldSpec::name).toList());
            case LIST -> "a list of " + range(spec) + " items";
            case MAP -> "an object whose keys are " + String.join(", ", spec.choices()) + ", each mapped to a "
                    + FieldSpecs.at(spec.path() + ".*").map(v -> v.unit()).orElse("value") + " from 0 to 1";
            case INTEGER -> spec.min().equals(spec.max()) ? "exactly " + spec.min()
                    : "a whole number from " + range(spec) + unit(spec);
            case NUMBER -> "a number from " + range(spec) + unit(spec);
            case BOOLEAN -> "true or false";
            case TEXT -> spec.min().equals("0") ? "text of at most " + spec.max() + " characters"
                    : "text of " + range(spec) + " characters";
            case DATE -> "a date written YYYY-MM-DD from " + range(spec);
            case TIME -> "a time of day written HH:MM (or HH:MM:SS) from " + range(spec);
            case TIME_ZONE -> "an IANA time-zone id such as Asia/Shanghai or America/Toronto";
            case CHOICE -> "one of " + spec.choices().stream().collect(Collectors.joining(", "));
            case LANGUAGE -> "an ISO 639-1 language code of two lowercase letters, such as pt or fr";
        };
    }

    private static String range(FieldSpec spec) {
        return spec.min() + " to " + spec.max();
    }

    private static String unit(FieldSpec spec) {
        return spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")";
    }
}
