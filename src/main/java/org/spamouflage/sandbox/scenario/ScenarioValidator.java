package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a scenario file and reports every problem at once, each with the file, the JSON path, the
 * value as written and what is allowed. Never throws for bad input.
 *
 * <p>Steps: size cap; strict JSON with line and column; a top-level object; {@code format} 1 (a
 * different format stops here, since the other rules are format 1's); each field against
 * {@link FieldSpecs}; then, on the file merged over the defaults, the rules combining fields and the
 * size caps ({@link CrossFieldChecks}, {@link ScenarioLimits}).
 */
public final class ScenarioValidator {

    /** Largest scenario file read: real scenarios take a few kilobytes. */
    public static final int MAX_FILE_BYTES = 1_048_576;

    /**
     * Problems listed at most, the first in document order; a last line says how many more there
     * were. A hundred is more than anyone fixes in one go, and keeps a file of thousands of mistakes
     * from printing megabytes (CLI) or sending them to the browser (Scenarios page).
     */
    public static final int MAX_PROBLEMS = 100;

    private ScenarioValidator() {
    }

    /**
     * Checks a scenario file's text.
     *
     * @param fileName shown in every problem
     */
    public static ValidationResult validate(String json, String fileName) {
        Problems problems = new Problems(fileName);
        Optional<Scenario> scenario = check(json, problems);
        return new ValidationResult(problems.isEmpty() ? scenario : Optional.empty(), problems.inDocumentOrder(),
                problems.count());
    }

    /** Reads (UTF-8, at most {@link #MAX_FILE_BYTES}) and checks a scenario file; the path as given names it. */
    public static ValidationResult validate(Path file) {
        Problems problems = new Problems(file.toString());
        Optional<String> text = ScenarioFiles.read(file, problems);
        if (text.isEmpty()) {
            return new ValidationResult(Optional.empty(), problems.inDocumentOrder(), problems.count());
        }
        return validate(text.get(), file.toString());
    }

    static Scenario parseAndValidate(String json, String fileName) throws InvalidScenarioException {
        return validate(json, fileName).orThrow();
    }

    private static Optional<Scenario> check(String json, Problems problems) {
        if (json.length() > MAX_FILE_BYTES) {
            problems.add("$", "", "is " + json.length() + " characters long; allowed: at most " + MAX_FILE_BYTES
                    + " (1 MiB), which keeps a mistaken file from exhausting memory (a scenario takes a few kilobytes)");
            return Optional.empty();
        }
        // A byte-order mark (some Windows editors write one) is not JSON but harmless.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        Optional<JsonNode> tree = JsonSyntax.parse(text, problems);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        if (!tree.get().isObject()) {
            problems.add("$", Display.value(tree.get()), "is " + FieldChecker.jsonType(tree.get())
                    + "; allowed: a JSON object such as {\"format\": 1, \"name\": \"my-lesson\"}");
            return Optional.empty();
        }
        ObjectNode user = (ObjectNode) tree.get();
        if (!formatSupported(user, problems)) {
            return Optional.empty();
        }
        ObjectNode cleaned = new FieldChecker(problems).checkRoot(user);
        ObjectNode merged = ScenarioJson.mergeOntoDefaults(cleaned);
        Optional<Scenario> scenario = bind(merged, problems);
        scenario.ifPresent(s -> new CrossFieldChecks(s, user, merged, problems).run());
        return scenario;
    }

    private static boolean formatSupported(ObjectNode user, Problems problems) {
        JsonNode format = user.get("format");
        if (format == null || (format.isNumber() && format.doubleValue() == Scenario.FORMAT)) {
            return true;
        }
        String wrong = format.isNumber() ? "is not a supported format" : "is " + FieldChecker.jsonType(format);
        problems.add("$.format", Display.value(format), wrong + "; allowed: the number " + Scenario.FORMAT
                + " (the only format this version reads; the rest of the file was not checked)");
        return false;
    }

    /**
     * Binds one list item that passed its field checks (unknown fields in it are already reported,
     * so they are ignored here); empty if it cannot be bound.
     */
    static <T> Optional<T> bindItem(JsonNode item, Class<T> type) {
        try {
            return Optional.ofNullable(ScenarioJson.MAPPER.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(item));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Binds the merged tree; a failure (only possible if the specs and the record disagree) names its path. */
    static Optional<Scenario> bind(JsonNode merged, Problems problems) {
        try {
            return Optional.of(ScenarioJson.MAPPER.treeToValue(merged, Scenario.class));
        } catch (JsonProcessingException e) {
            String path = "$";
            if (e instanceof JsonMappingException jme) {
                StringBuilder p = new StringBuilder("$");
                for (JsonMappingException.Reference r : jme.getPath()) {
                    p.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
                }
                path = p.toString();
            }
            JsonNode value = path.equals("$") ? null : merged.at(CrossFieldChecks.pointer(path));
            String target = e instanceof MismatchedInputException mie && mie.getTargetType() != null
                    ? " as " + mie.getTargetType().getSimpleName() : "";
            problems.addUnusable(path, Display.value(value), "could not be read" + target + "; allowed: "
                    + FieldSpecs.at(path.replaceAll("\\[\\d+]", "[]")).map(Allowed::describe)
                            .orElse("the fields described in scenarios/README.md"));
            return Optional.empty();
        }
    }
}
