package org.spamouflage.sandbox.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SettingsValidator;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/**
 * Everything the Playground shows, as a value with a lossless URL form (a lesson link):
 * {@code ?scenario=canada-2023&seed=7&bots=300&sig.volume=off&threshold=0.42&lock=bots,seed&hide=opzone&panels=roc,timeline&truth=hidden&lang=fr}.
 *
 * @param scenario  scenario name (shipped or saved)
 * @param seed      generator seed
 * @param values    control id → value, only for controls moved away from the scenario/defaults
 * @param threshold decision threshold on the combined score; NaN means "best F1"
 * @param locked    controls shown but disabled ({@code seed} locks the seed field)
 * @param hidden    controls not shown at all
 * @param panels    result panels shown (empty = all)
 * @param hideTruth true hides every truth-coloured view (guess-first teaching)
 * @param language  the language a lesson link opens the pages in ({@code en}, {@code fr}), or empty for
 *                  the reader's own
 */
public record PlaygroundState(String scenario, long seed, SortedMap<String, String> values, double threshold,
                              SortedSet<String> locked, SortedSet<String> hidden, SortedSet<String> panels,
                              boolean hideTruth, String language) {

    /** Languages a link may name. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    /** Result panels, in display order. */
    public static final List<String> PANELS = List.of("signals", "roc", "confusion", "timeline", "network", "sweep");
    /** Controls that are not in the catalogue but can be locked or hidden. */
    public static final List<String> SPECIAL = List.of("scenario", "seed", "threshold", "truth");

    public PlaygroundState {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        locked = Collections.unmodifiableSortedSet(new TreeSet<>(locked));
        hidden = Collections.unmodifiableSortedSet(new TreeSet<>(hidden));
        panels = Collections.unmodifiableSortedSet(new TreeSet<>(panels));
        language = language == null ? "" : language;
    }

    /** A state from before lesson links carried a language. */
    public PlaygroundState(String scenario, long seed, SortedMap<String, String> values, double threshold,
                           SortedSet<String> locked, SortedSet<String> hidden, SortedSet<String> panels, boolean hideTruth) {
        this(scenario, seed, values, threshold, locked, hidden, panels, hideTruth, "");
    }

    public static PlaygroundState initial(String scenario, long seed) {
        return new PlaygroundState(scenario, seed, new TreeMap<>(), Double.NaN, new TreeSet<>(), new TreeSet<>(),
                new TreeSet<>(), false);
    }

    public PlaygroundState withValue(String controlId, String value) {
        TreeMap<String, String> v = new TreeMap<>(values);
        if (value == null) {
            v.remove(controlId);
        } else {
            v.put(controlId, value);
        }
        return new PlaygroundState(scenario, seed, v, threshold, locked, hidden, panels, hideTruth, language);
    }

    public PlaygroundState withScenario(String name) {
        return new PlaygroundState(name, seed, new TreeMap<>(), threshold, locked, hidden, panels, hideTruth, language);
    }

    public PlaygroundState withSeed(long newSeed) {
        return new PlaygroundState(scenario, newSeed, values, threshold, locked, hidden, panels, hideTruth, language);
    }

    public PlaygroundState withThreshold(double t) {
        return new PlaygroundState(scenario, seed, values, t, locked, hidden, panels, hideTruth, language);
    }

    public PlaygroundState withHideTruth(boolean hide) {
        return new PlaygroundState(scenario, seed, values, threshold, locked, hidden, panels, hide, language);
    }

    public PlaygroundState withLessonControls(SortedSet<String> newLocked, SortedSet<String> newHidden,
                                              SortedSet<String> newPanels) {
        return new PlaygroundState(scenario, seed, values, threshold, newLocked, newHidden, newPanels, hideTruth, language);
    }

    /** The same state opening the pages in {@code code} ({@code en}, {@code fr}), or in the reader's language for empty. */
    public PlaygroundState withLanguage(String code) {
        return new PlaygroundState(scenario, seed, values, threshold, locked, hidden, panels, hideTruth, code);
    }

    /**
     * True when the truth is hidden and students may not show it (a lesson link locks the truth
     * switch): no page reached from this state may offer the labels, in view or in a download.
     */
    public boolean truthLocked() {
        return hideTruth && locked.contains("truth");
    }

    public boolean isLocked(String id) {
        return locked.contains(id);
    }

    public boolean isHidden(String id) {
        return hidden.contains(id);
    }

    public boolean shows(String panel) {
        return panels.isEmpty() || panels.contains(panel);
    }

    // ---------------------------------------------------------------- applying

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The scenario with every scenario control applied; validated like a file. */
    public Scenario applyTo(Scenario base) throws InvalidScenarioException {
        ObjectNode tree;
        try {
            tree = (ObjectNode) JSON.readTree(ScenarioJson.write(base));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        boolean changed = false;
        for (Map.Entry<String, String> e : values.entrySet()) {
            Control c = Controls.byId(e.getKey()).orElse(null);
            if (c == null || c.target() != Control.Target.SCENARIO) {
                continue;
            }
            changed = true;
            if (c.isChoice()) {
                set(tree, c.path(), JSON.getNodeFactory().textNode(e.getValue()));
                continue;
            }
            double v = Double.parseDouble(e.getValue());
            if (c.balance() != null) {
                double old = get(tree, c.path()).asDouble();
                double bal = get(tree, c.balance()).asDouble();
                set(tree, c.balance(), JSON.getNodeFactory().numberNode(round(Math.max(0, bal - (v - old)))));
            }
            set(tree, c.path(), c.isInteger() ? JSON.getNodeFactory().numberNode((long) v)
                    : JSON.getNodeFactory().numberNode(v));
        }
        if (!changed) {
            return base;
        }
        return ScenarioJson.parse(tree.toString(), scenario + " (Playground changes)");
    }

    /** The detector settings with every detector and signal control applied. */
    public DetectorSettings applyTo(DetectorSettings base) {
        DetectorSettings s = base;
        ObjectNode tree = JSON.valueToTree(base);
        boolean fieldsChanged = false;
        for (Map.Entry<String, String> e : values.entrySet()) {
            Control c = Controls.byId(e.getKey()).orElse(null);
            if (c == null) {
                continue;
            }
            switch (c.target()) {
                case SETTINGS -> {
                    double v = Double.parseDouble(e.getValue());
                    JsonNode old = tree.get(c.path());
                    tree.set(c.path(), old != null && old.isIntegralNumber()
                            ? JSON.getNodeFactory().numberNode((long) v) : JSON.getNodeFactory().numberNode(v));
                    fieldsChanged = true;
                }
                default -> {
                }
            }
        }
        if (fieldsChanged) {
            s = DetectorSettings.fromJson(tree.toString());
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            Control c = Controls.byId(e.getKey()).orElse(null);
            if (c == null) {
                continue;
            }
            if (c.target() == Control.Target.SIGNAL) {
                s = s.withSignal(c.path(), "on".equals(e.getValue()), s.weight(c.path()));
            } else if (c.target() == Control.Target.WEIGHT) {
                s = s.withSignal(c.path(), s.enabled(c.path()), Double.parseDouble(e.getValue()));
            }
        }
        return s;
    }

    private static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }

    private static JsonNode get(ObjectNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null ? JSON.getNodeFactory().nullNode() : n;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode n = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = n.get(parts[i]);
            if (!(next instanceof ObjectNode)) {
                next = n.putObject(parts[i]);
            }
            n = (ObjectNode) next;
        }
        n.set(parts[parts.length - 1], value);
    }

    // ---------------------------------------------------------------- URL form

    /** The query string (without '?'), parameters in a fixed order. */
    public String toQuery() {
        List<String> parts = new ArrayList<>();
        parts.add("scenario=" + enc(scenario));
        parts.add("seed=" + seed);
        values.forEach((k, v) -> parts.add(enc(k) + "=" + enc(v)));
        if (!Double.isNaN(threshold)) {
            parts.add("threshold=" + formatNumber(threshold));
        }
        if (!locked.isEmpty()) {
            parts.add("lock=" + enc(String.join(",", locked)));
        }
        if (!hidden.isEmpty()) {
            parts.add("hide=" + enc(String.join(",", hidden)));
        }
        if (!panels.isEmpty()) {
            parts.add("panels=" + enc(String.join(",", panels)));
        }
        if (hideTruth) {
            parts.add("truth=hidden");
        }
        if (!language.isEmpty()) {
            parts.add("lang=" + enc(language));
        }
        return String.join("&", parts);
    }

    /** Result of reading a URL: the state, plus a sentence for every parameter that was ignored. */
    public record Parsed(PlaygroundState state, List<String> problems) {
    }

    /** Reads a query string (with or without '?'). Unknown or bad parameters are reported and ignored. */
    public static Parsed fromQuery(String query, String defaultScenario, long defaultSeed) {
        Map<String, String> params = new TreeMap<>();
        String q = query == null ? "" : (query.startsWith("?") ? query.substring(1) : query);
        for (String kv : q.split("&")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            String k = dec(eq < 0 ? kv : kv.substring(0, eq));
            String v = eq < 0 ? "" : dec(kv.substring(eq + 1));
            params.put(k, v);
        }
        return fromParameters(params, defaultScenario, defaultSeed);
    }

    public static Parsed fromParameters(Map<String, String> params, String defaultScenario, long defaultSeed) {
        List<String> problems = new ArrayList<>();
        String scenario = params.getOrDefault("scenario", defaultScenario);
        long seed = defaultSeed;
        if (params.containsKey("seed")) {
            try {
                seed = Long.parseLong(params.get("seed"));
            } catch (NumberFormatException e) {
                problems.add("seed \"" + params.get("seed") + "\" is not a whole number; using " + defaultSeed);
            }
        }
        double threshold = Double.NaN;
        if (params.containsKey("threshold") && !"best".equals(params.get("threshold"))) {
            try {
                threshold = Double.parseDouble(params.get("threshold"));
                if (!(threshold >= 0 && threshold <= 1)) {
                    problems.add("threshold " + params.get("threshold") + " is outside 0–1; using best F1");
                    threshold = Double.NaN;
                }
            } catch (NumberFormatException e) {
                problems.add("threshold \"" + params.get("threshold") + "\" is not a number; using best F1");
            }
        }
        TreeMap<String, String> values = new TreeMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String k = e.getKey();
            if (List.of("scenario", "seed", "threshold", "lock", "hide", "panels", "truth", "lang").contains(k)) {
                continue;
            }
            Control c = Controls.byId(k).orElse(null);
            if (c == null) {
                problems.add("unknown control \"" + k + "\" ignored");
                continue;
            }
            String err = check(c, e.getValue());
            if (err != null) {
                problems.add(err);
            } else {
                values.put(k, normalise(c, e.getValue()));
            }
        }
        SortedSet<String> locked = ids(params.get("lock"), "lock", problems);
        SortedSet<String> hidden = ids(params.get("hide"), "hide", problems);
        SortedSet<String> panels = new TreeSet<>();
        if (params.containsKey("panels")) {
            for (String p : params.get("panels").split(",")) {
                if (PANELS.contains(p)) {
                    panels.add(p);
                } else if (!p.isEmpty()) {
                    problems.add("unknown panel \"" + p + "\" ignored; panels are " + PANELS);
                }
            }
        }
        boolean hideTruth = "hidden".equals(params.get("truth"));
        String language = "";
        if (params.containsKey("lang")) {
            String l = params.get("lang").strip().toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(l)) {
                language = l;
            } else if (!l.isEmpty()) {
                problems.add("lang \"" + params.get("lang") + "\" ignored; languages are " + LANGUAGES);
            }
        }
        return new Parsed(new PlaygroundState(scenario, seed, values, threshold, locked, hidden, panels, hideTruth,
                language), problems);
    }

    private static SortedSet<String> ids(String csv, String what, List<String> problems) {
        SortedSet<String> out = new TreeSet<>();
        if (csv == null) {
            return out;
        }
        for (String id : csv.split(",")) {
            if (id.isEmpty()) {
                continue;
            }
            if (Controls.byId(id).isPresent() || SPECIAL.contains(id)) {
                out.add(id);
            } else {
                problems.add(what + ": unknown control \"" + id + "\" ignored");
            }
        }
        return out;
    }

    /** Null when the value is allowed for the control, else a sentence saying what is allowed. */
    public static String check(Control c, String value) {
        if (c.isToggle()) {
            return "on".equals(value) || "off".equals(value) ? null
                    : c.id() + " \"" + value + "\" must be on or off";
        }
        if (c.isChoice()) {
            return c.choices().contains(value) ? null : c.id() + " \"" + value + "\" must be one of " + c.choices();
        }
        try {
            double v = Double.parseDouble(value);
            if (c.target() == Control.Target.SETTINGS) {
                // the detector's own rules, in the words the command line uses for a settings file
                return settingsProblem(c, v);
            }
            if (!(v >= c.min() && v <= c.max())) {
                return c.id() + " " + value + " is outside " + formatNumber(c.min()) + "–" + formatNumber(c.max());
            }
            return null;
        } catch (NumberFormatException e) {
            return c.id() + " \"" + value + "\" is not a number";
        }
    }

    /** Where settings problems from a link come from, in their messages. */
    public static final String LINK_SOURCE = "lesson link";

    private static String settingsProblem(Control c, double v) {
        ObjectNode tree = JSON.valueToTree(DetectorSettings.defaults());
        JsonNode old = tree.get(c.path());
        if (old != null && old.isIntegralNumber() && v != Math.rint(v)) {
            return LINK_SOURCE + ": $." + c.path() + " = " + formatNumber(v) + ": must be a whole number";
        }
        tree.set(c.path(), old != null && old.isIntegralNumber() && Math.abs(v) < 9e15
                ? JSON.getNodeFactory().numberNode((long) v) : JSON.getNodeFactory().numberNode(v));
        DetectorSettings s;
        try {
            s = DetectorSettings.fromJson(tree.toString());
        } catch (IllegalArgumentException e) {
            return LINK_SOURCE + ": $." + c.path() + " = " + formatNumber(v) + ": " + e.getMessage();
        }
        return SettingsValidator.check(s, LINK_SOURCE).stream().filter(p -> p.path().equals("$." + c.path()))
                .map(Object::toString).findFirst().orElse(null);
    }

    private static String normalise(Control c, String value) {
        if (c.isToggle() || c.isChoice()) {
            return value;
        }
        return formatNumber(Double.parseDouble(value));
    }

    /** Shortest plain form: 300, 0.25, 1.0E-4 becomes 0.0001. */
    public static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",").replace("%2F", "/");
    }

    private static String dec(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PlaygroundState[%s]", toQuery());
    }
}
