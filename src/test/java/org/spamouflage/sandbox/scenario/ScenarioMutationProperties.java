package org.spamouflage.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mutations of a valid scenario (fields deleted, values of the wrong type or out of range,
 * junk nested in, renamed fields, truncated or corrupted text) only ever give a scenario or a list
 * of well-formed problems: never any other exception.
 */
class ScenarioMutationProperties {

    enum Op { DELETE, REPLACE, ADD_FIELD, RENAME, TRUNCATE_TEXT, INSERT_CHAR }

    record Mutation(Op op, int target, JsonNode junk, String key, int textPosition, char character) {
    }

    @Property(tries = 400)
    void mutationsOnlyEverYieldAScenarioOrProblems(@ForAll("mutationLists") List<Mutation> mutations) {
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

    @Property(tries = 100)
    void sameTextAlwaysGetsTheSameProblemsInTheSameOrder(@ForAll("mutationLists") List<Mutation> mutations) {
        String text = apply(mutations);
        assertThat(ScenarioValidator.validate(text, "m.json")).isEqualTo(ScenarioValidator.validate(text, "m.json"));
    }

    @Provide
    Arbitrary<List<Mutation>> mutationLists() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.of(Op.class),
                Arbitraries.integers().between(0, 10_000),
                junk(),
                Arbitraries.oneOf(Arbitraries.of("accounts", "start", "english", "acounts", "shifts", "ON", "format"),
                        Arbitraries.strings().ofMaxLength(12)),
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.chars().with('{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', '\u00e9', '\n'))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(5);
    }

    /** Any JSON value, biased towards values that are plausible somewhere in a scenario. */
    private Arbitrary<JsonNode> junk() {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.of(-1, 0, 1, 2, 23, 24, 50, 1000, 2006, 2099, 250_000, 250_001).map(IntNode::valueOf),
                Arbitraries.integers().map(IntNode::valueOf),
                Arbitraries.of(0.0, 0.001, 0.5, 0.95, 0.999, 1.0, 1.0005, 1.5, 1e9, -0.0, 1e308).map(DoubleNode::valueOf),
                Arbitraries.doubles().map(DoubleNode::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(BigIntegerNode::valueOf),
                Arbitraries.of("2023-08-07", "2023-09-15", "2023-02-30", "2005-01-01", "09:00", "24:00", "23:59:59",
                        "Asia/Shanghai", "Asia/Shangai", "+08:00", "name-digits", "typo", "ON", "pt", "PT", "", "1")
                        .map(TextNode::valueOf),
                Arbitraries.strings().ofMaxLength(40).map(TextNode::valueOf),
                Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance()));
        return Arbitraries.recursive(() -> leaf, this::container, 0, 3);
    }

    private Arbitrary<JsonNode> container(Arbitrary<JsonNode> inner) {
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(4).map(items -> {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8).list().ofMaxSize(3),
                inner.list().ofSize(3)).as((keys, values) -> {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    for (int i = 0; i < keys.size(); i++) {
                        o.set(keys.get(i), values.get(i));
                    }
                    return o;
                });
        return Arbitraries.oneOf(inner, array, object);
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
