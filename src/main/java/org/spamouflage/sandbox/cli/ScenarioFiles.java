package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the text of the scenario a user named: a file path, or the name of a shipped scenario
 * ({@code canada-2023}) looked up in {@code scenarios/NAME.json} on disk (so edits in a checkout
 * win) and then in the jar. Reads strict UTF-8 with a size cap, because a scenario file is a few
 * KB and anything far larger is a mistake that should not fill memory.
 */
final class ScenarioFiles {

    /** Largest scenario file read: generous for hand-written JSON, small enough to be harmless. */
    static final int MAX_BYTES = 1 << 20;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** A scenario's text and the name to show in messages. */
    record Source(String displayName, String text) {
    }

    private ScenarioFiles() {
    }

    /**
     * @throws InvalidInputException when nothing by that name exists, or it is too large or not UTF-8
     * @throws IOException           when an existing file cannot be read
     */
    static Source resolve(String arg) throws IOException {
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            throw new InvalidInputException("--scenario " + arg + ": is a folder; give a scenario .json file or the"
                    + " name of a shipped scenario");
        }
        if (Files.isRegularFile(path)) {
            if (Files.size(path) > MAX_BYTES) {
                throw tooLarge(arg);
            }
            return new Source(arg, decode(arg, Files.readAllBytes(path)));
        }
        if (NAME.matcher(arg).matches()) {
            Path onDisk = Path.of("scenarios", arg + ".json");
            if (Files.isRegularFile(onDisk)) {
                return resolve(onDisk.toString());
            }
            try (InputStream in = ScenarioFiles.class.getClassLoader().getResourceAsStream("scenarios/" + arg + ".json")) {
                if (in != null) {
                    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                    if (bytes.length > MAX_BYTES) {
                        throw tooLarge(arg);
                    }
                    return new Source(arg + ".json", decode(arg, bytes));
                }
            }
            List<String> shipped = shippedNames();
            throw new InvalidInputException("--scenario " + arg + ": no such file, and no shipped scenario of that name"
                    + (shipped.isEmpty() ? "" : " (shipped: " + String.join(", ", shipped) + ")"));
        }
        throw new InvalidInputException("--scenario " + arg + ": no such file");
    }

    /** Names of the scenarios shipped in the jar (or in {@code scenarios/} on disk), sorted. */
    static List<String> shippedNames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(ScenarioFiles.class.getClassLoader())
                    .getResources("classpath*:scenarios/*.json")) {
                addName(names, r.getFilename());
            }
        } catch (IOException e) {
            // Listing is a courtesy in an error message; without it the message is still clear.
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

    private static InvalidInputException tooLarge(String arg) {
        return new InvalidInputException("--scenario " + arg + ": larger than " + MAX_BYTES
                + " bytes; a scenario file is a few KB of JSON (is this the right file?)");
    }

    private static String decode(String arg, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("--scenario " + arg + ": not valid UTF-8 text; save the file as UTF-8");
        }
    }
}
