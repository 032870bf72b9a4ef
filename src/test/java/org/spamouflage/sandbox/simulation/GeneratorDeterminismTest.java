package org.spamouflage.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.scenario.Scenario;

/** Same scenario and seed give the same data; parts draw from their own random streams. */
class GeneratorDeterminismTest {

    @Test
    void sameScenarioAndSeedGiveIdenticalRecords() {
        Scenario s = Library.scenario("classroom-small");
        String first = Library.canonical(Generator.generate(s, 7));
        String second = Library.canonical(Generator.generate(s, 7));
        assertThat(first).isEqualTo(second);
        assertThat(first.lines().count()).isGreaterThan(5_000);
    }

    @Test
    void aDifferentSeedGivesDifferentData() {
        Scenario s = Library.scenario("classroom-small");
        Generated a = Generator.generate(s, 7);
        Generated b = Generator.generate(s, 8);
        assertThat(Library.canonical(a)).isNotEqualTo(Library.canonical(b));
        assertThat(a.dataset().posts().get(100).text()).isNotEqualTo(b.dataset().posts().get(100).text());
        assertThat(b.dataset().info().seed()).isEqualTo(8);
    }

    @Test
    void changingTheCampaignLeavesHonestUsersUntouched() {
        // Sub-streams are derived per component and index, so a bigger campaign must not reshuffle
        // what honest users write or when (ids differ, handles and posts must not).
        Scenario s = Library.scenario("classroom-small");
        Scenario.Campaign c = s.campaign();
        Scenario bigger = new Scenario(s.format(), s.name(), s.description(), s.period(), s.organic(), s.authentic(),
                s.backgroundBots(), s.targets(), new Scenario.Campaign(c.enabled(), c.accounts() * 2, c.operators(),
                c.cells(), c.origin(), c.creation(), c.dormancy(), c.profiles(), c.timing(), c.text(), c.engagement()));
        assertThat(honestPosts(Generator.generate(bigger, 11))).isEqualTo(honestPosts(Generator.generate(s, 11)));
    }

    private static List<String> honestPosts(Generated g) {
        Map<String, String> handle = new HashMap<>();
        g.dataset().accounts().forEach(a -> handle.put(a.id(), a.handle()));
        List<String> out = new ArrayList<>();
        for (Post p : g.dataset().posts()) {
            if (g.truth().accounts().get(p.accountId()).cls() == AccountClass.ORGANIC) {
                out.add(handle.get(p.accountId()) + " " + p.time() + " " + p.lang() + " " + p.text());
            }
        }
        return out;
    }

    @Test
    void progressRisesToOne() {
        List<Double> seen = new ArrayList<>();
        Generator.generate(Library.scenario("classroom-small"), 1, seen::add);
        assertThat(seen).isSortedAccordingTo(Double::compare);
        assertThat(seen.get(0)).isEqualTo(0.0);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void datasetRecordsWhereItCameFrom() {
        Scenario s = Library.scenario("classroom-small");
        Generated g = Generator.generate(s, 99);
        assertThat(g.dataset().info().synthetic()).isTrue();
        assertThat(g.dataset().info().scenarioName()).isEqualTo("classroom-small");
        assertThat(g.dataset().info().scenarioHash()).hasSize(64);
        assertThat(g.dataset().info().end() - g.dataset().info().start()).isEqualTo(14 * 86_400L);
    }
}
