package org.spamouflage.sandbox.explore;

import org.spamouflage.sandbox.report.Fmt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.InvalidSettingsException;
import org.spamouflage.sandbox.detection.SettingSpec;
import org.spamouflage.sandbox.detection.SettingSpecs;
import org.spamouflage.sandbox.detection.SettingsProblem;
import org.spamouflage.sandbox.detection.SettingsValidator;

/**
 * Detector settings being edited on a page: field values as typed, turned into settings by the
 * one validator ({@link SettingsValidator#parse}), so the page reports exactly the problems the
 * command line reports for a settings file (field, value, allowed range, default). Starts from given
 * settings; what is not edited keeps its value.
 */
public final class SettingsDraft {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "these settings";
    private final ObjectNode tree;
    private final java.util.Map<String, SettingsProblem> empty = new java.util.TreeMap<>();

    private SettingsDraft(ObjectNode tree) {
        this.tree = tree;
    }

    public static SettingsDraft of(DetectorSettings s) {
        try {
            return new SettingsDraft((ObjectNode) JSON.readTree(s.toJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings JSON does not read back", e);
        }
    }

    /** The specs a page offers as fields: every setting but the format version, in JSON order. */
    public static List<SettingSpec> editable() {
        return SettingSpecs.all().stream().filter(s -> s.kind() != SettingSpec.Kind.FORMAT).toList();
    }

    /** A field's current value as a number (NaN for text fields). */
    public double value(String field) {
        var v = tree.get(field);
        return v == null || !v.isNumber() ? Double.NaN : v.asDouble();
    }

    /** Sets a number field; null (an empty box) is a problem ("no value"), and the field keeps its old value meanwhile. */
    public SettingsDraft number(String field, Double value) {
        empty.remove(field);
        if (value == null) {
            empty.put(field, new SettingsProblem(SOURCE, "$." + field, "", "no value: enter one"));
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            tree.put(field, value.longValue());
        } else {
            tree.put(field, value);
        }
        return this;
    }

    /** Sets a text field (the time zone). */
    public SettingsDraft text(String field, String value) {
        tree.put(field, value == null ? "" : value.strip());
        return this;
    }

    /** Sets one signal's switch and weight; a null weight (an empty box) counts as 0. */
    public SettingsDraft signal(String id, boolean enabled, Double weight) {
        ObjectNode s = ((ObjectNode) tree.path("signals")).putObject(id);
        s.put("enabled", enabled);
        s.put("weight", weight == null ? 0 : weight);
        return this;
    }

    /**
     * The settings, checked.
     *
     * @throws InvalidSettingsException with every problem (field, value, what is allowed, the default)
     */
    public DetectorSettings settings() {
        List<SettingsProblem> out = new java.util.ArrayList<>(empty.values());
        try {
            DetectorSettings s = SettingsValidator.parse(tree.toString(), SOURCE);
            if (out.isEmpty()) {
                return s;
            }
        } catch (InvalidSettingsException e) {
            out.addAll(e.problems());
        }
        throw new InvalidSettingsException(out);
    }

    /** Every problem of the draft, empty when it is valid. */
    public List<SettingsProblem> problems() {
        try {
            settings();
            return List.of();
        } catch (InvalidSettingsException e) {
            return e.problems();
        }
    }

    /** A short label for a setting's field ("Co-share window"), with its unit when it has one. */
    public static String label(SettingSpec spec) {
        String name = switch (spec.field()) {
            case "referenceTimeZone" -> "Audience time zone";
            case "coCommentWindowSeconds" -> "Co-comment window";
            case "coShareWindowSeconds" -> "Co-share window";
            case "coHashtagWindowSeconds" -> "Co-hashtag window";
            case "duplicateWindowSeconds" -> "Duplicate-text window";
            case "significanceLevel" -> "Significance level (q)";
            case "similarityThreshold" -> "Text similarity threshold";
            case "minFamilyAccounts" -> "Accounts per copied message, at least";
            case "minClusterSize" -> "Accounts per cluster, at least";
            case "minParticipation" -> "Min participation";
            default -> spec.field();
        };
        return spec.unit().isEmpty() ? name : name + " (" + spec.unit() + ")";
    }

    /** The allowed range in words: "0 to 2,592,000", "above 0 and at most 1". */
    public static String range(SettingSpec spec) {
        String min = Fmt.num(spec.min(), spec.min() == Math.rint(spec.min()) ? 0 : 4);
        String max = spec.max() == Math.rint(spec.max()) ? String.format(java.util.Locale.ROOT, "%,d", (long) spec.max())
                : Fmt.num(spec.max(), 4);
        return spec.minExclusive() ? "above " + min + " and at most " + max : min + " to " + max;
    }
}
