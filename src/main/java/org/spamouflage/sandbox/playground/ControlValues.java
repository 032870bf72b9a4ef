package org.spamouflage.sandbox.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/**
 * The value every Playground control shows: the state's value where the learner moved it,
 * otherwise what the base scenario or the default detector settings say. Values are in the
 * control's URL form ({@code "300"}, {@code "0.25"}, {@code "on"}, {@code "Asia/Shanghai"}).
 */
public final class ControlValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> defaults;

    private ControlValues(Map<String, String> defaults) {
        this.defaults = defaults;
    }

    /** Defaults read from the base scenario (before any control is applied) and the settings. */
    public static ControlValues of(Scenario base, DetectorSettings settings) {
        JsonNode scenario;
        JsonNode settingsTree;
        try {
            scenario = JSON.readTree(ScenarioJson.write(base));
            settingsTree = JSON.readTree(settings.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Control c : Controls.all()) {
            String v = switch (c.target()) {
                case SCENARIO -> text(at(scenario, c.path()), c);
                case SETTINGS -> text(settingsTree.get(c.path()), c);
                case SIGNAL -> settings.enabled(c.path()) ? "on" : "off";
                case WEIGHT -> PlaygroundState.formatNumber(settings.weight(c.path()));
            };
            if (v != null) {
                out.put(c.id(), v);
            }
        }
        return new ControlValues(out);
    }

    /** The default (unmoved) value of a control, or null when the scenario does not have the field. */
    public String defaultValue(String controlId) {
        return defaults.get(controlId);
    }

    /** What the control shows for this state. */
    public String current(PlaygroundState state, String controlId) {
        String v = state.values().get(controlId);
        return v != null ? v : defaults.get(controlId);
    }

    /**
     * The state with the control set to {@code value}; a value equal to the default is dropped so
     * lesson links only carry what was moved.
     */
    public PlaygroundState set(PlaygroundState state, Control control, String value) {
        String normal = control.isChoice() || control.isToggle() ? value
                : PlaygroundState.formatNumber(Double.parseDouble(value));
        String def = defaults.get(control.id());
        boolean isDefault = def != null && (control.isChoice() || control.isToggle() ? def.equals(normal)
                : Double.parseDouble(def) == Double.parseDouble(normal));
        return state.withValue(control.id(), isDefault ? null : normal);
    }

    private static JsonNode at(JsonNode root, String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    private static String text(JsonNode n, Control c) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (c.isChoice()) {
            return n.asText();
        }
        return n.isNumber() ? PlaygroundState.formatNumber(n.asDouble()) : n.asText();
    }
}
