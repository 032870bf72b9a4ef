package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Strict JSON parsing with problems that give line and column and read as plain English rather
 * than parser internals. Duplicate names and content after the closing brace are errors; nesting is
 * capped far above what a scenario needs so junk cannot exhaust the stack.
 */
final class JsonSyntax {
    static final int MAX_DEPTH = 64;
    private static final String ALLOWED = "; allowed: strict JSON (names and texts in double quotes, "
            + "no comments, no trailing commas)";

    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build());

    private JsonSyntax() {
    }

    /** The parsed tree, or empty after adding a problem. An empty or blank text is a problem too. */
    static Optional<JsonNode> parse(String json, Problems problems) {
        JsonParser parser = null;
        try {
            parser = READER.createParser(json);
            JsonNode tree = READER.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                problems.add("$", "", "is empty; allowed: a JSON object such as {\"format\": 1}");
                return Optional.empty();
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add("$", "", "is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ": more content after the end of the scenario object" + ALLOWED);
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add("$", "", "is not valid JSON" + where + ": " + plain(e) + (tooDeep(e)
                    ? "; allowed: at most " + MAX_DEPTH + " levels (a scenario needs 4), which keeps junk from exhausting the stack"
                    : ALLOWED));
            return Optional.empty();
        } catch (IOException e) {
            // Reading from a String: only the parser's own exceptions above can happen.
            problems.add("$", "", "could not be read: " + e.getMessage());
            return Optional.empty();
        } finally {
            close(parser);
        }
    }

    /** The parser's message without source descriptions and feature names a user cannot act on. */
    static String plain(JsonProcessingException e) {
        if (tooDeep(e)) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Duplicate field '")) {
            return "field `" + Display.name(m.substring("Duplicate field '".length(), m.length() - 1))
                    + "` appears twice in one object";
        }
        return m.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll(": enable `[^`]*` to allow", " (not allowed in JSON)")
                .replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
                        " (comments are not allowed in JSON)")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static boolean tooDeep(JsonProcessingException e) {
        return e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).contains("nesting depth");
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // a String-backed parser holds no resource worth reporting
            }
        }
    }
}
