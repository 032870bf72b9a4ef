package org.spamouflage.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.finiteDouble;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.list;
import static org.spamouflage.sandbox.testing.RandomInputs.oneOf;
import static org.spamouflage.sandbox.testing.RandomInputs.size;
import static org.spamouflage.sandbox.testing.RandomInputs.string;
import static org.spamouflage.sandbox.testing.RandomInputs.stringOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random mutations of a valid scenario (fields deleted, values of the wrong type or out of range,
 * junk nested in, renamed fields, truncated or corrupted text) only ever give a scenario or a list
 * of well-formed problems: never any other exception.
 */
class ScenarioMutationProperties {

    enum Op { DELETE, REPLACE, ADD_FIELD, RENAME, TRUNCATE_TEXT, INSERT_CHAR }

    record Mutation(Op op, int target, JsonNode junk, String key, int textPosition, char character) {
    }

    static Stream<Arguments> mutationLists400() {
        return mutationLists(400);
    }

    static Stream<Arguments> mutationLists100() {
        return mutationLists(100);
    }

    @ParameterizedTest
    @MethodSource("mutationLists400")
    void mutationsOnlyEverYieldAScenarioOrProblems(List<Mutation> mutations) {
        String text = apply(mutations);

        ValidationResult r = ScenarioValidator.validate(text, "m.json");

        if (r.valid()) {
            Scenario s = r.scenario().orElseThrow();
            assertThat(r.problems()).isEmpty();
            assertThat(ScenarioValidator.validate(ScenarioJson.write(s), "again.json").scenario()).contains(s);
        } else {
            assertThat(r.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("m.json");
                assertThat(p.path()).startsWith("$");
                assertThat(p.message()).isNotBlank().contains("allowed").doesNotContain("Exception");
                assertThat(p.toString()).doesNotContain("\n").hasSizeLessThan(1200);
            });
        }
        try {
            assertThat(ScenarioJson.parse(text, "m.json")).isEqualTo(r.scenario().orElseThrow());
        } catch (InvalidScenarioException e) {
            assertThat(e.problems()).isEqualTo(r.problems());
        }
    }

    @ParameterizedTest
    @MethodSource("mutationLists100")
    void sameTextAlwaysGetsTheSameProblemsInTheSameOrder(List<Mutation> mutations) {
        String text = apply(mutations);
        assertThat(ScenarioValidator.validate(text, "m.json")).isEqualTo(ScenarioValidator.validate(text, "m.json"));
    }

    /** Field names that a scenario has, almost has, or never has. */
    private static final String[] KEYS = {"accounts", "start", "english", "acounts", "shifts", "ON", "format"};
    private static final Character[] CHARACTERS = {'{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', '\u00e9', '\n'};
    private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Fixed mutation lists, then {@code tries} drawn lists of 1 to 5 mutations. */
    static Stream<Arguments> mutationLists(int tries) {
        JsonNode deep = JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode()
                .set("shifts", JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.arrayNode().add(-1))));
        return cases(tries, r -> Arguments.of(list(r, 1, 5, ScenarioMutationProperties::mutation)),
                edge("delete the first field", List.of(new Mutation(Op.DELETE, 0, NullNode.getInstance(), "", 0, 'x'))),
                edge("empty text", List.of(new Mutation(Op.TRUNCATE_TEXT, 0, NullNode.getInstance(), "", 0, 'x'))),
                edge("last character cut", List.of(new Mutation(Op.TRUNCATE_TEXT, 0, NullNode.getInstance(), "",
                        ScenarioJson.defaultsTree().toPrettyString().length() - 1, 'x'))),
                edge("brace before the text", List.of(new Mutation(Op.INSERT_CHAR, 0, NullNode.getInstance(), "", 0, '{'))),
                edge("first value null", List.of(new Mutation(Op.REPLACE, 0, NullNode.getInstance(), "", 0, 'x'))),
                edge("last value replaced by 10^30", List.of(new Mutation(Op.REPLACE, 9_999,
                        BigIntegerNode.valueOf(BigInteger.TEN.pow(30)), "", 0, 'x'))),
                edge("field renamed to a typo", List.of(new Mutation(Op.RENAME, 1, NullNode.getInstance(), "acounts", 0, 'x'))),
                edge("field renamed to the empty string", List.of(new Mutation(Op.RENAME, 2, NullNode.getInstance(), "", 0, 'x'))),
                edge("nested junk added everywhere", List.of(
                        new Mutation(Op.ADD_FIELD, 0, deep, "shifts", 0, 'x'),
                        new Mutation(Op.ADD_FIELD, 5, deep, "format", 0, 'x'),
                        new Mutation(Op.ADD_FIELD, 10, deep, "😀\u0000", 0, 'x'),
                        new Mutation(Op.ADD_FIELD, 10_000, deep, "ON", 0, 'x'),
                        new Mutation(Op.INSERT_CHAR, 0, deep, "", 100_000, '\u00e9'))));
    }

    static Mutation mutation(SplittableRandom r) {
        return new Mutation(oneOf(r, Op.class), intBetween(r, 0, 10_000), junk(r),
                r.nextBoolean() ? oneOf(r, KEYS) : string(r, 0, 12), intBetween(r, 0, 100_000), oneOf(r, CHARACTERS));
    }

    /** Any JSON value, biased towards values that are plausible somewhere in a scenario; nested 0 to 3 deep. */
    static JsonNode junk(SplittableRandom r) {
        return junk(r, intBetween(r, 0, 3));
    }

    private static JsonNode junk(SplittableRandom r, int depth) {
        if (depth == 0) {
            return leaf(r);
        }
        return switch (r.nextInt(3)) {
            case 0 -> junk(r, depth - 1);
            case 1 -> {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                for (int i = size(r, 0, 4); i > 0; i--) {
                    a.add(junk(r, depth - 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                for (int i = size(r, 0, 3); i > 0; i--) {
                    o.set(stringOf(r, 0, 8, ALPHA), junk(r, depth - 1));
                }
                yield o;
            }
        };
    }

    private static JsonNode leaf(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> IntNode.valueOf(oneOf(r, -1, 0, 1, 2, 23, 24, 50, 1000, 2006, 2099, 250_000, 250_001));
            case 1 -> IntNode.valueOf(intBetween(r, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case 2 -> DoubleNode.valueOf(oneOf(r, 0.0, 0.001, 0.5, 0.95, 0.999, 1.0, 1.0005, 1.5, 1e9, -0.0, 1e308));
            case 3 -> DoubleNode.valueOf(finiteDouble(r));
            case 4 -> BigIntegerNode.valueOf(bigInteger(r));
            case 5 -> TextNode.valueOf(oneOf(r, "2023-08-07", "2023-09-15", "2023-02-30", "2005-01-01", "09:00", "24:00",
                    "23:59:59", "Asia/Shanghai", "Asia/Shangai", "+08:00", "name-digits", "typo", "ON", "pt", "PT", "",
                    "1"));
            case 6 -> TextNode.valueOf(string(r, 0, 40));
            default -> oneOf(r, BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance());
        };
    }

    /** A big integer in [-10^30, 10^30], often one of the ends or 0. */
    private static BigInteger bigInteger(SplittableRandom r) {
        BigInteger bound = BigInteger.TEN.pow(30);
        if (r.nextInt(10) == 0) {
            return oneOf(r, bound, bound.negate(), BigInteger.ZERO);
        }
        byte[] bytes = new byte[13];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) r.nextInt(256);
        }
        return new BigInteger(1, bytes).mod(bound.shiftLeft(1).add(BigInteger.ONE)).subtract(bound);
    }

    /** A slot in the tree: a container and the key or index of one of its values. */
    private record Slot(ContainerNode<?> parent, String key, int index) {
    }

    private static String apply(List<Mutation> mutations) {
        ObjectNode tree = ScenarioJson.defaultsTree();
        List<Mutation> textual = new ArrayList<>();
        for (Mutation m : mutations) {
            if (m.op() == Op.TRUNCATE_TEXT || m.op() == Op.INSERT_CHAR) {
                textual.add(m);
            } else {
                mutateTree(tree, m);
            }
        }
        String text = tree.toPrettyString();
        for (Mutation m : textual) {
            int at = m.textPosition() % (text.length() + 1);
            text = m.op() == Op.TRUNCATE_TEXT ? text.substring(0, at) : text.substring(0, at) + m.character() + text.substring(at);
        }
        return text;
    }

    private static void mutateTree(ObjectNode tree, Mutation m) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            tree.set(m.key(), m.junk());
            return;
        }
        Slot slot = slots.get(m.target() % slots.size());
        switch (m.op()) {
            case DELETE -> {
                if (slot.parent() instanceof ObjectNode o) {
                    o.remove(slot.key());
                } else {
                    ((ArrayNode) slot.parent()).remove(slot.index());
                }
            }
            case REPLACE -> {
                if (slot.parent() instanceof ObjectNode o) {
                    o.set(slot.key(), m.junk());
                } else {
                    ((ArrayNode) slot.parent()).set(slot.index(), m.junk());
                }
            }
            case ADD_FIELD -> {
                JsonNode target = slot.parent() instanceof ObjectNode o ? o.get(slot.key())
                        : ((ArrayNode) slot.parent()).get(slot.index());
                if (target instanceof ObjectNode o) {
                    o.set(m.key(), m.junk());
                } else if (target instanceof ArrayNode a) {
                    a.add(m.junk());
                } else {
                    tree.set(m.key(), m.junk());
                }
            }
            case RENAME -> {
                if (slot.parent() instanceof ObjectNode o) {
                    JsonNode v = o.remove(slot.key());
                    o.set(m.key(), v);
                }
            }
            default -> throw new IllegalStateException(m.op().name());
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                slots.add(new Slot(o, e.getKey(), -1));
                collect(e.getValue(), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }
}
