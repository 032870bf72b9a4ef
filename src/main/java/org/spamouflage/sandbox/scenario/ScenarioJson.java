package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes scenario files (format 1). Fields left out of a file take their defaults from
 * {@code defaults.json} (next to this class); objects merge field by field, lists and share maps
 * are replaced whole.
 */
public final class ScenarioJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Objects whose keys are data (share maps), replaced whole rather than merged. */
    static final List<String> MAP_PATHS = List.of("$.organic.provinces");

    private static final JsonNode DEFAULTS = loadDefaults();

    private ScenarioJson() {
    }

    /** The built-in defaults as a scenario. */
    public static Scenario defaults() {
        return bind(DEFAULTS.deepCopy());
    }

    /** The defaults tree (a copy). */
    public static ObjectNode defaultsTree() {
        return (ObjectNode) DEFAULTS.deepCopy();
    }

    /**
     * Parses and validates a scenario file's text.
     *
     * @param fileName shown in every problem
     * @throws InvalidScenarioException listing every problem found
     */
    public static Scenario parse(String json, String fileName) throws InvalidScenarioException {
        return ScenarioValidator.parseAndValidate(json, fileName);
    }

    /**
     * Reads and validates a scenario file (UTF-8, at most {@link ScenarioValidator#MAX_FILE_BYTES}).
     * Problems name the file by the path as given.
     *
     * @throws InvalidScenarioException listing every problem found, including a missing or unreadable file
     */
    public static Scenario read(Path file) throws InvalidScenarioException {
        return ScenarioValidator.validate(file).orThrow();
    }

    /** The canonical JSON of a scenario (all fields, sorted map keys, two-space indent). */
    public static String write(Scenario scenario) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scenario could not be written", e);
        }
    }

    /** SHA-256 (hex) of the canonical JSON: identifies a scenario in manifests and runs. */
    public static String hash(Scenario scenario) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(write(scenario).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Merges {@code user} onto a copy of the defaults. */
    static ObjectNode mergeOntoDefaults(ObjectNode user) {
        ObjectNode base = defaultsTree();
        merge(base, user, "$");
        return base;
    }

    private static void merge(ObjectNode base, JsonNode user, String path) {
        Iterator<Map.Entry<String, JsonNode>> it = user.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String childPath = path + "." + e.getKey();
            JsonNode existing = base.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject() && !MAP_PATHS.contains(childPath)) {
                merge((ObjectNode) existing, e.getValue(), childPath);
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    static Scenario bind(JsonNode tree) {
        try {
            return MAPPER.treeToValue(tree, Scenario.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    private static JsonNode loadDefaults() {
        try (InputStream in = ScenarioJson.class.getResourceAsStream("defaults.json")) {
            if (in == null) {
                throw new IllegalStateException("defaults.json missing from the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
