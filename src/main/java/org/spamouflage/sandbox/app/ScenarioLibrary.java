package org.spamouflage.sandbox.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.scenario.ScenarioValidator;
import org.spamouflage.sandbox.scenario.ValidationResult;
import org.spamouflage.sandbox.store.ScenarioRepository;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The scenarios a user can pick: the shipped library ({@code scenarios/*.json}, inside the jar)
 * and the ones saved from the web app (database). A scenario's name is its file name without
 * {@code .json}; saved scenarios cannot take a shipped name.
 */
@Component
public class ScenarioLibrary {
    /** Name used when no scenario files are shipped (the built-in defaults). */
    public static final String DEFAULTS = "defaults";
    /** The scenario the Playground opens with, when shipped. */
    public static final String PREFERRED = "classroom-small";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    /** Where an entry comes from. */
    public enum Source { SHIPPED, SAVED }

    /** One pickable scenario. */
    public record Entry(String name, Source source) {
        public String label() {
            return source == Source.SAVED ? name + " (saved)" : name;
        }
    }

    private final TreeMap<String, String> shipped;
    private final ScenarioRepository saved;

    public ScenarioLibrary(ScenarioRepository saved) {
        this.saved = saved;
        this.shipped = loadShipped();
    }

    private static TreeMap<String, String> loadShipped() {
        TreeMap<String, String> out = new TreeMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:scenarios/*.json");
            for (Resource r : files) {
                String file = r.getFilename();
                if (file == null || !file.endsWith(".json")) {
                    continue;
                }
                try (InputStream in = r.getInputStream()) {
                    out.put(file.substring(0, file.length() - 5), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the shipped scenarios", e);
        }
        if (out.isEmpty()) {
            out.put(DEFAULTS, ScenarioJson.write(ScenarioJson.defaults()));
        }
        return out;
    }

    /** Shipped scenarios (alphabetical), then saved ones (alphabetical). */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        shipped.keySet().forEach(n -> out.add(new Entry(n, Source.SHIPPED)));
        saved.names().stream().filter(n -> !shipped.containsKey(n)).forEach(n -> out.add(new Entry(n, Source.SAVED)));
        return out;
    }

    public String defaultName() {
        return shipped.containsKey(PREFERRED) ? PREFERRED : shipped.firstKey();
    }

    public boolean isShipped(String name) {
        return shipped.containsKey(name);
    }

    /** The JSON text of a scenario, as written. */
    public Optional<String> json(String name) {
        String s = shipped.get(name);
        return s != null ? Optional.of(s) : saved.find(name);
    }

    /** Parses and validates a scenario by name; an unknown name is a problem too. */
    public Scenario load(String name) throws InvalidScenarioException {
        Optional<String> json = json(name);
        if (json.isEmpty()) {
            throw new InvalidScenarioException(List.of(new ScenarioProblem(name, "$", name,
                    "no scenario of this name; known: " + entries().stream().map(Entry::name).toList())));
        }
        return ScenarioJson.parse(json.get(), name + ".json");
    }

    public ValidationResult validate(String json, String fileName) {
        return ScenarioValidator.validate(json, fileName);
    }

    /**
     * Saves (or replaces) a user scenario after validating it.
     *
     * @throws InvalidScenarioException for an invalid text, a bad name or a shipped name
     */
    public void save(String name, String json) throws InvalidScenarioException {
        List<ScenarioProblem> problems = new ArrayList<>(nameProblems(name));
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        validate(json, name + ".json").orThrow();
        saved.save(name, json);
    }

    /** Why a name cannot be used for saving, or nothing. */
    public List<ScenarioProblem> nameProblems(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return List.of(new ScenarioProblem(String.valueOf(name), "$", String.valueOf(name),
                    "a name is 1–80 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (shipped.containsKey(name)) {
            return List.of(new ScenarioProblem(name, "$", name,
                    "this name belongs to a shipped scenario; save under another name"));
        }
        return List.of();
    }

    public boolean delete(String name) {
        return !shipped.containsKey(name) && saved.delete(name);
    }
}
