package org.spamouflage.sandbox.detection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one validator of detector settings, used by the command line, the Playground and lesson links, saved
 * runs, imports and the methods note: every problem at once, each naming the field, the value and what is
 * allowed with the default, in the same form as scenario problems. Ranges come from {@link SettingSpecs}.
 */
public final class SettingsValidator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SettingsValidator() {
    }

    /** Every problem of {@code s}; empty when the engine can run with it. */
    public static List<SettingsProblem> check(DetectorSettings s, String source) {
        JsonNode tree = JSON.valueToTree(s);
        JsonNode defaults = JSON.valueToTree(DetectorSettings.defaults());
        List<SettingsProblem> out = new ArrayList<>();
        for (SettingSpec spec : SettingSpecs.all()) {
            JsonNode v = tree.get(spec.field());
            String path = "$." + spec.field();
            String shown = v == null ? "" : v.isTextual() ? v.asText() : v.toString();
            String dflt = defaults.get(spec.field()).isTextual() ? defaults.get(spec.field()).asText()
                    : defaults.get(spec.field()).toString();
            switch (spec.kind()) {
                case FORMAT -> {
                    if (v == null || v.asInt() != DetectorSettings.FORMAT) {
                        out.add(new SettingsProblem(source, path, shown, "unknown settings format (this program reads "
                                + DetectorSettings.FORMAT + ")"));
                    }
                }
                case TIME_ZONE -> {
                    String z = v == null ? "" : v.asText();
                    if (!DetectorSettings.AUTO_ZONE.equalsIgnoreCase(z)) {
                        try {
                            ZoneId.of(z);
                        } catch (DateTimeException e) {
                            out.add(new SettingsProblem(source, path, shown, "not a time zone; allowed: auto (the zone the"
                                    + " data declare) or a name like America/Toronto, Europe/Paris or UTC; default " + dflt));
                        }
                    }
                }
                default -> {
                    double x = v == null ? Double.NaN : v.asDouble();
                    boolean low = spec.minExclusive() ? !(x > spec.min()) : !(x >= spec.min());
                    if (Double.isNaN(x) || low || x > spec.max()) {
                        out.add(new SettingsProblem(source, path, shown, "must be " + range(spec) + "; default " + dflt));
                    }
                }
            }
        }
        for (Map.Entry<String, DetectorSettings.SignalSetting> e : s.signals().entrySet()) {
            if (Signals.info(e.getKey()) == null) {
                out.add(new SettingsProblem(source, "$.signals." + e.getKey(), "", "unknown signal; known: "
                        + String.join(", ", Signals.ids())));
                continue;
            }
            double w = e.getValue().weight();
            if (!(w >= 0 && w <= SettingSpecs.MAX_WEIGHT)) {
                out.add(new SettingsProblem(source, "$.signals." + e.getKey() + ".weight", num(w), "must be from 0 to "
                        + num(SettingSpecs.MAX_WEIGHT) + "; default " + num(DetectorSettings.defaults().weight(e.getKey()))));
            }
        }
        return out;
    }

    /** Throws {@link InvalidSettingsException} with every problem of {@code s}. */
    public static DetectorSettings require(DetectorSettings s, String source) {
        List<SettingsProblem> p = check(s, source);
        if (!p.isEmpty()) {
            throw new InvalidSettingsException(p);
        }
        return s;
    }

    /**
     * Reads settings JSON (fields left out keep their defaults) and checks it: unknown fields and values of the
     * wrong type are problems too, reported with the range problems.
     *
     * @throws InvalidSettingsException listing every problem
     */
    public static DetectorSettings parse(String json, String source) {
        List<SettingsProblem> unknown = new ArrayList<>();
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree != null && tree.isObject()) {
                for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!f.equals("signals") && SettingSpecs.of(f).isEmpty()) {
                        unknown.add(new SettingsProblem(source, "$." + f, "", "unknown setting; allowed: "
                                + String.join(", ", SettingSpecs.all().stream().map(SettingSpec::field).toList())
                                + ", signals"));
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidSettingsException(List.of(new SettingsProblem(source, "$", "", "not valid JSON: "
                    + e.getOriginalMessage() + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"))));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidSettingsException(unknown);
        }
        DetectorSettings s;
        try {
            s = DetectorSettings.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(List.of(new SettingsProblem(source, "$", "", e.getMessage())));
        }
        return require(s, source);
    }

    static String range(SettingSpec spec) {
        String unit = spec.unit().isEmpty() ? "" : " " + spec.unit();
        return switch (spec.kind()) {
            case INTEGER -> "a whole number from " + num(spec.min()) + " to " + num(spec.max()) + unit
                    + (spec.field().endsWith("WindowSeconds") ? " (30 days)" : "");
            case NUMBER_ABOVE_MIN -> "above " + num(spec.min()) + " and at most " + num(spec.max()) + unit;
            default -> "from " + num(spec.min()) + " to " + num(spec.max()) + unit;
        };
    }

    private static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) x);
        }
        return String.format(Locale.ROOT, "%s", x);
    }
}
