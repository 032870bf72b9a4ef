package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.scenario.ScenarioValidator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds and validates the scenario a user named on the command line: a file path, or the name of a
 * shipped scenario ({@code canada-2023}) looked up in {@code scenarios/NAME.json} on disk first (so
 * edits in a checkout win) and then inside the jar.
 */
final class ScenarioSource {

    /** What a shipped scenario's name looks like; anything else is taken as a path. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ScenarioSource() {
    }

    /**
     * @throws InvalidScenarioException listing every problem of the file (including "does not exist")
     * @throws InvalidInputException    when a name matches neither a file nor a shipped scenario
     */
    static Scenario resolve(String arg) throws InvalidScenarioException, IOException {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("--scenario " + arg + ": not a valid file name (" + e.getReason() + ")");
        }
        if (Files.exists(path) || !NAME.matcher(arg).matches()) {
            return ScenarioJson.read(path);
        }
        Path onDisk = Path.of("scenarios", arg + ".json");
        if (Files.isRegularFile(onDisk)) {
            return ScenarioJson.read(onDisk);
        }
        try (InputStream in = ScenarioSource.class.getClassLoader().getResourceAsStream("scenarios/" + arg + ".json")) {
            if (in != null) {
                // One byte over the cap is enough for the validator to say "too large".
                byte[] bytes = in.readNBytes(ScenarioValidator.MAX_FILE_BYTES + 1);
                return ScenarioJson.parse(new String(bytes, StandardCharsets.UTF_8), arg + ".json");
            }
        }
        List<String> shipped = shippedNames();
        throw new InvalidInputException("--scenario " + arg + ": no such file, and no shipped scenario of that name"
                + (shipped.isEmpty() ? "" : " (shipped: " + String.join(", ", shipped) + ")"));
    }

    /** Names of the scenarios shipped in the jar or present in {@code scenarios/} on disk, sorted. */
    static List<String> shippedNames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(ScenarioSource.class.getClassLoader())
                    .getResources("classpath*:scenarios/*.json")) {
                addName(names, r.getFilename());
            }
        } catch (IOException e) {
            // The list is a courtesy in an error message; the message is clear without it.
        }
        Path dir = Path.of("scenarios");
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                files.forEach(p -> addName(names, p.getFileName().toString()));
            } catch (IOException e) {
                // as above
            }
        }
        return new ArrayList<>(names);
    }

    private static void addName(TreeSet<String> names, String fileName) {
        if (fileName != null && fileName.endsWith(".json")) {
            names.add(fileName.substring(0, fileName.length() - ".json".length()));
        }
    }
}
