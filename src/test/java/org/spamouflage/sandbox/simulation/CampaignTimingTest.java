package org.spamouflage.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.scenario.Scenario;

/**
 * The reply delay follows its setting when the operators' shifts allow it; with canada-2023's
 * Beijing shifts the posts wait for the next shift (see {@link CanadaRealismTest}).
 */
class CampaignTimingTest {

    @Test
    void replyDelayFollowsTheSettingWhenOperatorsWorkTheTargetsDay() {
        Scenario base = Library.scenario("classroom-small");
        Scenario.Campaign c = base.campaign();
        Scenario.Timing t = c.timing();
        double lagHours = 3;
        Scenario.Timing dayShift = new Scenario.Timing("America/Toronto",
                List.of(new Scenario.Shift(LocalTime.of(8, 0), LocalTime.of(23, 0))), 1.0, 6.0,
                List.of(), lagHours, 20.0, t.activeFrom(), t.activeTo()); // 6 posts each, the default 20 min jitter
        Scenario s = new Scenario(base.format(), base.name(), base.description(), base.period(), base.organic(), base.authentic(),
                base.backgroundBots(), base.targets(), new Scenario.Campaign(true, 300, 6, 2, c.origin(), c.creation(),
                c.dormancy(), c.profiles(), dayShift, c.text(), c.engagement()));
        Generated g = Generator.generate(s, 17);
        Map<String, Post> byId = new HashMap<>();
        g.dataset().posts().forEach(p -> byId.put(p.id(), p));
        long[] lags = g.dataset().posts().stream().filter(p -> g.truth().posts().get(p.id()).campaign())
                .filter(p -> p.replyTo() != null).mapToLong(p -> p.time() - byId.get(p.replyTo()).time()).sorted()
                .toArray();
        assertThat(lags.length).isGreaterThan(1_000);
        double medianHours = lags[lags.length / 2] / 3600.0;
        // Night-time posts still wait until 08:00, so the median sits a little above the setting.
        assertThat(medianHours).isBetween(0.8 * lagHours, 1.6 * lagHours);
    }
}
