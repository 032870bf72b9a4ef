package org.spamouflage.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.scenario.Scenario;

/**
 * Honest users keep their own clocks: a population living only in British Columbia peaks in the
 * Pacific evening, which is three hours later on an Eastern clock.
 */
class LocalTimeTest {

    @Test
    void organicPostsPeakInTheLocalEvening() {
        Scenario base = Library.scenario("classroom-small");
        TreeMap<String, Double> bcOnly = new TreeMap<>();
        bcOnly.put("BC", 1.0);
        Scenario.Organic o = base.organic();
        Scenario.Organic organic = new Scenario.Organic(2_000, bcOnly, o.languages(), o.bilingualFrenchShare(),
                o.postsPerAccount(), o.activitySigma(), o.circadian(), o.replyShare(), o.replyHalfLifeMinutes(),
                o.sloganShare(), List.of(), o.superfans(), o.followers(), o.minAccountAgeYears(),
                o.maxAccountAgeYears(), o.likesPerPost(), o.sharesPerPost());
        Scenario.Campaign c = base.campaign();
        Scenario s = new Scenario(base.format(), "bc-only", "", base.period(), organic, base.authentic(), base.backgroundBots(),
                base.targets(), new Scenario.Campaign(false, c.accounts(), c.operators(), c.cells(), c.origin(),
                c.creation(), c.dormancy(), c.profiles(), c.timing(), c.text(), c.engagement()));
        Generated g = Generator.generate(s, 5);
        List<Post> honest = g.dataset().posts().stream()
                .filter(p -> p.time() >= g.dataset().info().start())
                .filter(p -> g.truth().accounts().get(p.accountId()).cls() == AccountClass.ORGANIC)
                .filter(p -> !g.dataset().isTarget(p.accountId()))
                .toList();
        int pacific = Library.peakHour(honest, ZoneId.of("America/Vancouver"));
        int eastern = Library.peakHour(honest, ZoneId.of("America/Toronto"));
        assertThat(pacific).isBetween(18, 23);
        assertThat(Math.floorMod(eastern - pacific, 24)).isEqualTo(3);
    }
}
