package org.spamouflage.sandbox.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every lesson link the README hands out opens the Playground as written: a shipped scenario, no
 * ignored parameter, and the controls it names exist. A link that silently lost a parameter would
 * teach a different lesson than the text describes.
 */
class ReadmeLessonLinksTest {
    private static final Pattern LINK = Pattern.compile("<http://localhost:8080/\\?([^>]+)>");

    static List<String> links() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = LINK.matcher(readme);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyLessonLinkParsesWithoutProblemsAndNamesAShippedScenario() throws Exception {
        List<String> links = links();
        assertThat(links).as("the README's lesson links").hasSizeGreaterThanOrEqualTo(3);
        for (String query : links) {
            PlaygroundState.Parsed parsed = PlaygroundState.fromQuery(query, "none", 0);
            assertThat(parsed.problems()).as(query).isEmpty();
            assertThat(Path.of("scenarios", parsed.state().scenario() + ".json")).as(query).exists();
            assertThat(parsed.state().isLocked("seed")).as(query + " locks the seed").isTrue();
        }
    }

    @Test
    void theAdvocacyLessonHasALinkThatLeavesOnlyTheCoordinationSignalsOn() throws Exception {
        String coordinationOnly = links().stream().filter(q -> q.contains("scenario=advocacy-day") && q.contains("=off"))
                .findFirst().orElseThrow();
        PlaygroundState s = PlaygroundState.fromQuery(coordinationOnly, "none", 0).state();
        var settings = s.applyTo(org.spamouflage.sandbox.detection.DetectorSettings.defaults());
        List<String> on = settings.signals().entrySet().stream().filter(e -> e.getValue().enabled())
                .map(java.util.Map.Entry::getKey).sorted().toList();
        assertThat(on).containsExactly("co-comment", "co-hashtag", "co-share", "duplicate-text");
    }
}
