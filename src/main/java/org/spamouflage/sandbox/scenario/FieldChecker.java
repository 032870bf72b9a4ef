package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.spamouflage.sandbox.scenario.FieldSpec.Kind;

/**
 * Checks every field of a scenario file on its own, against {@link FieldSpecs}, in document order:
 * unknown fields, JSON types, whole numbers, ranges, text lengths, dates, times, time zones and
 * choices. Returns a cleaned copy of the file holding only the usable values, so that rules
 * combining several fields ({@link CrossFieldChecks}) can still run on the rest.
 */
final class FieldChecker {
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Set<String> LANGUAGES = Set.of(java.util.Locale.getISOLanguages());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * The specs, indexed once, so that checking costs the same per field however many fields the
     * file has (a file of 20,000 unknown fields used to scan every spec for each of them).
     */
    private static final Map<String, List<FieldSpec>> CHILDREN = new HashMap<>();
    /** Field name → paths where it is allowed outside list items, in spec order ("did you mean" elsewhere). */
    private static final Map<String, List<String>> PLACES = new HashMap<>();

    static {
        for (FieldSpec s : FieldSpecs.all()) {
            if (!s.path().endsWith("[]") && !s.path().endsWith(".*")) {
                CHILDREN.computeIfAbsent(s.parent(), k -> new ArrayList<>()).add(s);
            }
            if (!s.parent().contains("[]")) {
                PLACES.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.path());
            }
        }
    }

    private final Problems problems;

    FieldChecker(Problems problems) {
        this.problems = problems;
    }

    /** Checks the whole file (an object) and returns its usable part. */
    ObjectNode checkRoot(ObjectNode root) {
        problems.visit("$");
        JsonNode cleaned = checkObject(new FieldSpec("$", Kind.OBJECT, "", "", "", List.of(), ""), "$", root);
        return (ObjectNode) cleaned;
    }

    /** The cleaned value, or null when the value cannot be used. */
    private JsonNode check(FieldSpec spec, String path, JsonNode node) {
        return switch (spec.kind()) {
            case OBJECT -> node.isObject() ? checkObject(spec, path, node) : wrongType(spec, path, node);
            case LIST -> node.isArray() ? checkList(spec, path, (ArrayNode) node) : wrongType(spec, path, node);
            case MAP -> node.isObject() ? checkMap(spec, path, node) : wrongType(spec, path, node);
            case INTEGER, NUMBER -> node.isNumber() ? checkNumber(spec, path, node) : wrongType(spec, path, node);
            case BOOLEAN -> node.isBoolean() ? node : wrongType(spec, path, node);
            case TEXT -> node.isTextual() ? checkText(spec, path, node) : wrongType(spec, path, node);
            case DATE -> node.isTextual() ? checkDate(spec, path, node) : wrongType(spec, path, node);
            case TIME -> node.isTextual() ? checkTime(spec, path, node) : wrongType(spec, path, node);
            case TIME_ZONE -> node.isTextual() ? checkZone(spec, path, node) : wrongType(spec, path, node);
            case CHOICE -> node.isTextual() ? checkChoice(spec, path, node) : wrongType(spec, path, node);
            case LANGUAGE -> node.isTextual() ? checkLanguage(spec, path, node) : wrongType(spec, path, node);
        };
    }

    private JsonNode checkObject(FieldSpec spec, String path, JsonNode node) {
        ObjectNode cleaned = NODES.objectNode();
        List<FieldSpec> fields = CHILDREN.getOrDefault(spec.path(), List.of());
        List<String> names = fields.stream().map(FieldSpec::name).toList();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String childPath = Display.child(path, e.getKey());
            problems.visit(childPath);
            int i = names.indexOf(e.getKey());
            if (i < 0) {
                unknownField(spec, childPath, e.getKey(), e.getValue(), names);
                continue;
            }
            JsonNode value = check(fields.get(i), childPath, e.getValue());
            if (value != null) {
                cleaned.set(e.getKey(), value);
            }
        }
        // Lists replace their default whole, so an item has no defaults to fall back on.
        if (spec.path().endsWith("[]")) {
            for (String name : names) {
                if (!node.has(name)) {
                    return unusable(path, node, "is missing the field `" + name + "`; allowed: " + Allowed.describe(spec));
                }
            }
        }
        return cleaned;
    }

    private void unknownField(FieldSpec parent, String path, String key, JsonNode value, List<String> names) {
        String message = "unknown field `" + Display.name(key) + "`";
        Optional<String> close = Suggestions.closest(key, names);
        // A known field put at the wrong level: prefer a place inside the current object.
        Optional<String> elsewhere = PLACES.getOrDefault(key, List.of()).stream()
                .min(java.util.Comparator.comparing((String p) -> !p.startsWith(parent.path() + ".")));
        if (close.isEmpty() && elsewhere.isPresent()) {
            message += " here";
        }
        message += "; allowed: " + String.join(", ", names);
        if (close.isPresent()) {
            message += "; did you mean `" + close.get() + "`?";
        } else if (elsewhere.isPresent()) {
            message += "; did you mean `" + elsewhere.get() + "`?";
        }
        problems.add(path, Display.value(value), message);
    }

    private JsonNode checkList(FieldSpec spec, String path, ArrayNode node) {
        FieldSpec element = FieldSpecs.at(spec.path() + "[]").orElseThrow();
        boolean usable = true;
        if (node.size() < Integer.parseInt(spec.min()) || node.size() > Integer.parseInt(spec.max())) {
            problems.addUnusable(path, Display.value(node), "has " + node.size() + (node.size() == 1 ? " item" : " items")
                    + "; allowed: " + Allowed.describe(spec));
            usable = false;
            // Items are still checked one by one below, so their own problems are reported too.
        }
        ArrayNode cleaned = NODES.arrayNode();
        Map<JsonNode, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = path + "[" + i + "]";
            problems.visit(itemPath);
            JsonNode item = check(element, itemPath, node.get(i));
            // An item with a bad field has no default to fall back on: the item is unusable.
            if (item == null || !problems.usableItem(itemPath)) {
                usable = false;
            } else if (item.isValueNode() && seen.putIfAbsent(item, i) != null) {
                problems.addUnusable(itemPath, Display.value(item), "repeats " + path + "[" + seen.get(item)
                        + "]; allowed: each value at most once");
                usable = false;
            } else {
                cleaned.add(item);
            }
        }
        // A bad item makes the list unusable as a whole (its parts are marked); the good items
        // stay usable for rules about single items.
        return usable ? cleaned : null;
    }

    private JsonNode checkMap(FieldSpec spec, String path, JsonNode node) {
        FieldSpec valueSpec = FieldSpecs.at(spec.path() + ".*").orElseThrow();
        ObjectNode cleaned = NODES.objectNode();
        boolean usable = true;
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String childPath = Display.child(path, e.getKey());
            problems.visit(childPath);
            if (!spec.choices().contains(e.getKey())) {
                // The value still counts towards the sum: only the key is wrong.
                problems.add(childPath, Display.value(e.getValue()), "unknown key `" + Display.name(e.getKey())
                        + "`; allowed: one of " + String.join(", ", spec.choices()) + didYouMean(e.getKey(), spec.choices()));
            }
            JsonNode value = check(valueSpec, childPath, e.getValue());
            if (value == null) {
                usable = false;
            } else {
                cleaned.set(e.getKey(), value);
            }
        }
        return usable ? cleaned : null;
    }

    private JsonNode checkNumber(FieldSpec spec, String path, JsonNode node) {
        double v = node.doubleValue();
        boolean whole = node.isIntegralNumber() || (Double.isFinite(v) && v == Math.rint(v));
        if (spec.kind() == Kind.INTEGER && !whole) {
            return unusable(path, node, "is not a whole number; allowed: " + Allowed.describe(spec));
        }
        if (!(v >= Double.parseDouble(spec.min()) && v <= Double.parseDouble(spec.max()))) {
            return unusable(path, node, "is out of range; allowed: " + Allowed.describe(spec));
        }
        // Integers written as 1e3 or 6000.0 are stored as plain ints so binding never truncates.
        return spec.kind() == Kind.INTEGER ? IntNode.valueOf((int) v) : node;
    }

    private JsonNode checkText(FieldSpec spec, String path, JsonNode node) {
        int length = node.textValue().length();
        if (length < Integer.parseInt(spec.min()) || length > Integer.parseInt(spec.max())) {
            return unusable(path, node, (length == 0 ? "is empty" : "is " + length + " characters long")
                    + "; allowed: " + Allowed.describe(spec));
        }
        return node;
    }

    private JsonNode checkDate(FieldSpec spec, String path, JsonNode node) {
        LocalDate date;
        try {
            date = LocalDate.parse(node.textValue());
        } catch (DateTimeException e) {
            return unusable(path, node, "is not a valid date; allowed: " + Allowed.describe(spec));
        }
        if (date.isBefore(LocalDate.parse(spec.min())) || date.isAfter(LocalDate.parse(spec.max()))) {
            return unusable(path, node, "is out of range; allowed: " + Allowed.describe(spec));
        }
        return node;
    }

    private JsonNode checkTime(FieldSpec spec, String path, JsonNode node) {
        try {
            if (TIME.matcher(node.textValue()).matches()) {
                LocalTime.parse(node.textValue());
                return node;
            }
        } catch (DateTimeException e) {
            // falls through to the problem below
        }
        return unusable(path, node, "is not a valid time of day; allowed: " + Allowed.describe(spec));
    }

    private JsonNode checkZone(FieldSpec spec, String path, JsonNode node) {
        try {
            ZoneId.of(node.textValue());
            return node;
        } catch (DateTimeException e) {
            List<String> close = Suggestions.closeZones(node.textValue());
            String hint = close.isEmpty() ? "" : "; did you mean `" + String.join("` or `", close) + "`?";
            return unusable(path, node, "is not a known time zone; allowed: " + Allowed.describe(spec) + hint);
        }
    }

    private JsonNode checkChoice(FieldSpec spec, String path, JsonNode node) {
        if (spec.choices().contains(node.textValue())) {
            return node;
        }
        return unusable(path, node, "is not a known choice; allowed: " + Allowed.describe(spec)
                + didYouMean(node.textValue(), spec.choices()));
    }

    private JsonNode checkLanguage(FieldSpec spec, String path, JsonNode node) {
        String code = node.textValue();
        if (code.length() == 2 && code.equals(code.toLowerCase(java.util.Locale.ROOT)) && LANGUAGES.contains(code)) {
            return node;
        }
        String lower = code.toLowerCase(java.util.Locale.ROOT);
        String hint = LANGUAGES.contains(lower) ? "; did you mean `" + lower + "`?" : "";
        return unusable(path, node, "is not an ISO 639-1 language code; allowed: " + Allowed.describe(spec) + hint);
    }

    private JsonNode wrongType(FieldSpec spec, String path, JsonNode node) {
        return unusable(path, node, "is " + jsonType(node) + "; allowed: " + Allowed.describe(spec));
    }

    private JsonNode unusable(String path, JsonNode node, String message) {
        problems.addUnusable(path, Display.value(node), message);
        return null;
    }

    private static String didYouMean(String input, List<String> candidates) {
        return Suggestions.closest(input, candidates).map(c -> "; did you mean `" + c + "`?").orElse("");
    }

    static String jsonType(JsonNode node) {
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isObject() ? "an object" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
