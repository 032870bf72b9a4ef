package org.spamouflage.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of invalid scenario files: each {@code scenarios/invalid/NAME.json} must get exactly
 * the problem lines in {@code NAME.expected}, in that order. The expected lines were written by
 * hand from the rules (sums and estimates worked out on paper), not copied from the validator.
 */
class InvalidScenarioFilesTest {

    static Path dir() throws URISyntaxException {
        return Path.of(InvalidScenarioFilesTest.class.getResource("/scenarios/invalid").toURI());
    }

    static Stream<String> names() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void fileGetsExactlyItsExpectedProblems(String name) throws Exception {
        String text = Files.readString(dir().resolve(name + ".json"), StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(dir().resolve(name + ".expected"), StandardCharsets.UTF_8);

        ValidationResult result = ScenarioValidator.validate(text, name + ".json");

        assertThat(result.valid()).isFalse();
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems()).map(ScenarioProblem::toString).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> ScenarioJson.parse(text, name + ".json"))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage(String.join("\n", expected));
    }

    @Test
    void tableHasAtLeastTwentyFilesAndEveryFileHasExpectations() throws Exception {
        List<String> names = names().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(20);
        for (String name : names) {
            assertThat(dir().resolve(name + ".expected")).exists();
        }
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
                    .map(n -> n.replace(".expected", "")).toList()).containsExactlyInAnyOrderElementsOf(names);
        }
    }
}
