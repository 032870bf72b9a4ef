package org.spamouflage.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioValidatorTest {

    private static ValidationResult check(String json) {
        return ScenarioValidator.validate(json, "t.json");
    }

    private static List<String> messages(String json) {
        return check(json).problems().stream().map(ScenarioProblem::toString).toList();
    }

    /** The defaults with one leaf replaced, as file text. */
    private static String defaultsWith(String path, com.fasterxml.jackson.databind.JsonNode value) {
        ObjectNode tree = ScenarioJson.defaultsTree();
        String pointer = CrossFieldChecks.pointer(path);
        int cut = pointer.lastIndexOf('/');
        ((ObjectNode) tree.at(pointer.substring(0, cut))).set(pointer.substring(cut + 1), value);
        return tree.toString();
    }

    /** Plain numeric fields (not inside lists or maps), whose bounds can be probed on the defaults. */
    private static List<FieldSpec> numericSpecs() {
        List<FieldSpec> specs = new ArrayList<>();
        for (FieldSpec s : FieldSpecs.all()) {
            boolean numeric = s.kind() == FieldSpec.Kind.INTEGER || s.kind() == FieldSpec.Kind.NUMBER;
            if (numeric && !s.path().contains("[]") && !s.path().endsWith(".*") && !s.path().equals("$.format")) {
                specs.add(s);
            }
        }
        return specs;
    }

    private static com.fasterxml.jackson.databind.JsonNode number(FieldSpec s, double v) {
        return s.kind() == FieldSpec.Kind.INTEGER ? IntNode.valueOf((int) v) : DoubleNode.valueOf(v);
    }

    @Nested
    class Boundaries {
        @Test
        void everyNumericFieldAcceptsItsMinimumAndMaximum() {
            assertThat(numericSpecs()).hasSizeGreaterThan(60);
            for (FieldSpec s : numericSpecs()) {
                for (String bound : List.of(s.min(), s.max())) {
                    ValidationResult r = check(defaultsWith(s.path(), number(s, Double.parseDouble(bound))));
                    assertThat(r.problems()).as(s.path() + " = " + bound)
                            .noneMatch(p -> p.path().equals(s.path()) && p.message().startsWith("is out of range"));
                }
            }
        }

        @Test
        void everyNumericFieldRejectsValuesJustOutside() {
            for (FieldSpec s : numericSpecs()) {
                double step = s.kind() == FieldSpec.Kind.INTEGER ? 1 : 0.001;
                for (double v : new double[] {Double.parseDouble(s.min()) - step, Double.parseDouble(s.max()) + step}) {
                    assertThat(check(defaultsWith(s.path(), number(s, v))).problems()).as(s.path() + " = " + v)
                            .anyMatch(p -> p.path().equals(s.path()) && p.message().startsWith("is out of range"));
                }
            }
        }

        @Test
        void accountCapIsInclusive() {
            // 247,894 organic + 15 superfans + 2,000 campaign + 30 bots + 50 politicians
            // + 6 news outlets + 3 aggregators + 2 advocacy organisations = 250,000
            assertThat(check("{\"organic\":{\"accounts\":247894}}").valid()).isTrue();
            assertThat(messages("{\"organic\":{\"accounts\":247895}}")).singleElement().asString()
                    .startsWith("t.json: $: has 250,001 accounts in total");
        }

        @Test
        void sharesMaySumToOneWithinTheTolerance() {
            String shares = "{\"campaign\":{\"text\":{\"languages\":{\"english\":0.6,\"french\":0.3,\"mandarin\":%s}}}}";
            assertThat(check(shares.formatted("0.101")).valid()).isTrue();   // sums to 1.001
            assertThat(check(shares.formatted("0.099")).valid()).isTrue();   // sums to 0.999
            assertThat(messages(shares.formatted("0.1011"))).singleElement().asString()
                    .contains("shares sum to 1.0011 (english 0.6 + french 0.3 + mandarin 0.1011)");
        }

        @Test
        void periodOfExactly366DaysIsAccepted() {
            // 2023-01-01 to 2024-01-01: 365 days of 2023 plus one
            assertThat(check("{\"period\":{\"start\":\"2023-01-01\",\"end\":\"2024-01-01\"}}").problems()).isEmpty();
        }
    }

    @Nested
    class ValidEdgeCases {
        @Test
        void emptyObjectIsTheDefaults() {
            assertThat(check("{}").scenario()).contains(ScenarioJson.defaults());
            assertThat(check("{\"format\": 1.0}").scenario()).contains(ScenarioJson.defaults());
        }

        @Test
        void campaignMayFillThePeriodExactly() {
            assertThat(check("{\"campaign\":{\"timing\":{\"activeFrom\":\"2023-08-07\",\"activeTo\":\"2023-09-15\","
                    + "\"surges\":[{\"start\":\"2023-09-15\",\"end\":\"2023-09-15\",\"multiplier\":1}]}}}").problems())
                    .isEmpty();
        }

        @Test
        void touchingShiftsAndSecondsAreAccepted() {
            ValidationResult r = check("{\"campaign\":{\"timing\":{\"shifts\":[{\"start\":\"09:00\",\"end\":\"11:00\"},"
                    + "{\"start\":\"11:00:00\",\"end\":\"23:59\"}]}}}");
            assertThat(r.problems()).isEmpty();
            assertThat(r.scenario().orElseThrow().campaign().timing().shifts().get(1).end()).isEqualTo(LocalTime.of(23, 59));
        }

        @Test
        void wholeNumbersMayBeWrittenAsDecimalsOrExponents() {
            Scenario s = check("{\"campaign\":{\"accounts\":2e3,\"creation\":{\"batches\":12.0}}}").scenario().orElseThrow();
            assertThat(s.campaign().accounts()).isEqualTo(2000);
            assertThat(s.campaign().creation().batches()).isEqualTo(12);
        }

        @Test
        void disabledCampaignSkipsCampaignRules() {
            // The default campaign dates (2023) lie outside this period; with the campaign off that is fine.
            String json = "{\"period\":{\"start\":\"2024-03-01\",\"end\":\"2024-03-31\"},\"campaign\":{\"enabled\":false}}";
            assertThat(check(json).problems()).isEmpty();
            // Enabled, the default activeFrom (2023-08-07) is before the period; activeTo (2023-09-11) is not after it.
            assertThat(messages(json.replace("false", "true"))).containsExactly("t.json: $.period.start = \"2024-03-01\":"
                    + " is after $.campaign.timing.activeFrom (2023-08-07, the default); allowed: a date on or before"
                    + " $.campaign.timing.activeFrom (the campaign posts inside the period)");
        }

        @Test
        void byteOrderMarkAndOffsetTimeZonesAreAccepted() {
            assertThat(check("\uFEFF{\"campaign\":{\"timing\":{\"operatorTimeZone\":\"+08:00\"}}}").problems()).isEmpty();
            assertThat(check("{\"campaign\":{\"timing\":{\"operatorTimeZone\":\"UTC\"}}}").problems()).isEmpty();
        }
    }

    @Nested
    class Messages {
        @Test
        void everyProblemIsOneBoundedLineEvenForHostileInput() {
            String key = "evil\nkey\u0000" + "x".repeat(500);
            ValidationResult r = check("{\"" + key.replace("\n", "\\n").replace("\u0000", "\\u0000") + "\": \""
                    + "y".repeat(5000) + "\"}");
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.toString()).doesNotContain("\n").hasSizeLessThan(400);
                assertThat(p.path()).startsWith("$[\"evil\\nkey\\u0000");
                assertThat(p.value()).endsWith("…").hasSize(Display.MAX_VALUE_CHARS);
            });
        }

        @Test
        void wrongFieldsInsideAListItemAreAllReportedWithoutHidingOtherItems() {
            assertThat(messages("{\"organic\":{\"newsSpikes\":[{\"date\":\"2023-08-20\",\"startHour\":25,"
                    + "\"durationHours\":2,\"multiplier\":2,\"topic\":\"x\"},{\"date\":\"2024-01-01\",\"startHour\":1,"
                    + "\"durationHours\":2,\"multiplier\":2,\"topic\":\"y\"}]}}")).containsExactly(
                    "t.json: $.organic.newsSpikes[0].startHour = 25: is out of range; allowed: a whole number from 0 to 23 (hour (Eastern))",
                    "t.json: $.organic.newsSpikes[1].date = \"2024-01-01\": is outside the period (2023-08-07 to 2023-09-15);"
                            + " allowed: a date from $.period.start to $.period.end");
        }

        @Test
        void tooLargeTextIsRefusedBeforeParsing() {
            String big = "{\"description\":\"" + "x".repeat(ScenarioValidator.MAX_FILE_BYTES) + "\"}";
            assertThat(messages(big)).containsExactly("t.json: $: is " + big.length() + " characters long; allowed: at most "
                    + "1048576 (1 MiB), which keeps a mistaken file from exhausting memory (a scenario takes a few kilobytes)");
        }

        @Test
        void bindingFailuresAreTranslatedToThePathOfTheField() {
            ObjectNode merged = ScenarioJson.defaultsTree();
            ((ObjectNode) merged.get("organic")).set("accounts", TextNode.valueOf("many"));
            Problems problems = new Problems("t.json");
            assertThat(ScenarioValidator.bind(merged, problems)).isEmpty();
            assertThat(problems.inDocumentOrder()).map(ScenarioProblem::toString).containsExactly(
                    "t.json: $.organic.accounts = \"many\": could not be read as int; allowed: a whole number from 0 to 250000 (accounts)");
        }
    }

    @Nested
    class Files_ {
        @TempDir
        Path dir;

        @Test
        void readsAValidFile() throws Exception {
            Path f = dir.resolve("ok.json");
            Files.writeString(f, "{\"format\":1,\"name\":\"café\"}", StandardCharsets.UTF_8);
            assertThat(ScenarioJson.read(f).name()).isEqualTo("café");
        }

        @Test
        void missingFileFolderAndBadEncodingAreProblemsNotExceptions() throws Exception {
            // "{", "\n", "\"name\": \"caf" take bytes 0 to 13; the Latin-1 é is byte 14 (counting from 0).
            Path latin1 = dir.resolve("latin1.json");
            Files.write(latin1, "{\n\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(ScenarioValidator.validate(latin1).problems()).map(ScenarioProblem::toString).containsExactly(
                    latin1 + ": $: is not UTF-8 text (first bad byte at line 2, byte offset 14); allowed: a JSON file saved as UTF-8");
            Path missing = dir.resolve("nope.json");
            assertThat(ScenarioValidator.validate(missing).problems()).map(ScenarioProblem::toString).containsExactly(
                    missing + ": $: does not exist; allowed: the path of a scenario file (JSON)");
            assertThat(ScenarioValidator.validate(dir).problems()).map(ScenarioProblem::toString).containsExactly(
                    dir + ": $: is a folder; allowed: a scenario file (JSON)");
        }

        @Test
        void fileOverOneMebibyteIsRefused() throws Exception {
            Path f = dir.resolve("big.json");
            Files.write(f, new byte[ScenarioValidator.MAX_FILE_BYTES + 1]);
            assertThatThrownBy(() -> ScenarioJson.read(f)).isInstanceOf(InvalidScenarioException.class)
                    .hasMessage(f + ": $: is larger than 1048576 bytes; allowed: at most 1048576 bytes (1 MiB), which keeps a"
                            + " mistaken file from exhausting memory (a scenario takes a few kilobytes)");
            Files.write(f, ("{" + " ".repeat(ScenarioValidator.MAX_FILE_BYTES - 2) + "}").getBytes(StandardCharsets.UTF_8));
            assertThat(ScenarioValidator.validate(f).valid()).isTrue();
        }
    }

    @Nested
    class Suggestions_ {
        @Test
        void levenshteinMatchesTextbookValues() {
            // Classic examples: kitten→sitting 3, flaw→lawn 2, saturday→sunday 3.
            assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
            assertThat(Suggestions.distance("flaw", "lawn")).isEqualTo(2);
            assertThat(Suggestions.distance("saturday", "sunday")).isEqualTo(3);
            assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        }

        @Test
        void suggestsOnlyLikelyTypos() {
            assertThat(Suggestions.closest("bilingual_french_share", List.of("bilingualFrenchShare", "replyShare")))
                    .contains("bilingualFrenchShare");
            assertThat(Suggestions.closest("QB", FieldSpecs.PROVINCES)).isEmpty();
            assertThat(Suggestions.closest("on", FieldSpecs.PROVINCES)).contains("ON");
            assertThat(Suggestions.closest("zzzzzzzz", List.of("accounts"))).isEmpty();
            assertThat(Suggestions.closeZones("America/Toranto")).containsExactly("America/Toronto");
            assertThat(Suggestions.closeZones("x".repeat(100))).isEmpty();
        }
    }
}
