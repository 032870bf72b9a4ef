package org.spamouflage.sandbox.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

class PlaygroundStateTest {

    @Test
    void urlRoundTripsTheWholeState() {
        PlaygroundState s = PlaygroundState.initial("canada-2023", 7).withValue("bots", "300")
                .withValue("sig.volume", "off").withValue("opzone", "America/Toronto").withThreshold(0.42)
                .withHideTruth(true)
                .withLessonControls(new TreeSet<>(List.of("bots", "seed")), new TreeSet<>(List.of("opzone")),
                        new TreeSet<>(List.of("roc", "timeline")));
        String q = s.toQuery();
        assertThat(q).isEqualTo("scenario=canada-2023&seed=7&bots=300&opzone=America/Toronto&sig.volume=off"
                + "&threshold=0.42&lock=bots,seed&hide=opzone&panels=roc,timeline&truth=hidden");
        PlaygroundState.Parsed back = PlaygroundState.fromQuery("?" + q, "x", 1);
        assertThat(back.problems()).isEmpty();
        assertThat(back.state()).isEqualTo(s);
    }

    @Test
    void badParametersAreReportedAndIgnored() {
        PlaygroundState.Parsed p = PlaygroundState.fromQuery("scenario=a&seed=x&bots=999999&warp=9&sig.volume=maybe"
                + "&threshold=2&lock=bots,nope&panels=roc,pie", "d", 5);
        assertThat(p.state().seed()).isEqualTo(5);
        assertThat(p.state().values()).isEmpty();
        assertThat(p.state().locked()).containsExactly("bots");
        assertThat(p.state().panels()).containsExactly("roc");
        assertThat(p.problems()).containsExactly(
                "seed \"x\" is not a whole number; using 5",
                "threshold 2 is outside 0–1; using best F1",
                "bots 999999 is outside 0–5000",
                "sig.volume \"maybe\" must be on or off",
                "unknown control \"warp\" ignored",
                "lock: unknown control \"nope\" ignored",
                "unknown panel \"pie\" ignored; panels are [signals, roc, confusion, timeline, network, sweep]");
    }

    @Test
    void shareControlsRebalanceSoSharesStillSumToOne() throws Exception {
        Scenario base = ScenarioJson.defaults();
        double oldHijacked = base.campaign().origin().hijacked();
        double oldNew = base.campaign().origin().newAccounts();
        Scenario changed = PlaygroundState.initial("d", 1).withValue("hijacked", "0.5").applyTo(base);
        assertThat(changed.campaign().origin().hijacked()).isEqualTo(0.5);
        assertThat(changed.campaign().origin().newAccounts()).isCloseTo(oldNew - (0.5 - oldHijacked), within(1e-9));
        assertThat(changed.campaign().accounts()).isEqualTo(base.campaign().accounts());
    }

    @Test
    void authenticCoordinationControlsChangeTheHonestMixAndSurviveTheUrl() throws Exception {
        PlaygroundState s = PlaygroundState.initial("advocacy-day", 2).withValue("advocates", "120")
                .withValue("outlets", "0").withValue("ringmembers", "12");
        PlaygroundState back = PlaygroundState.fromQuery(s.toQuery(), "x", 1).state();
        Scenario changed = back.applyTo(ScenarioJson.defaults());
        assertThat(changed.authentic().advocacy().supporters()).isEqualTo(120);
        assertThat(changed.authentic().news().outlets()).isZero();
        assertThat(changed.authentic().fanRings().members()).isEqualTo(12);
        assertThat(changed.campaign()).isEqualTo(ScenarioJson.defaults().campaign());
    }

    @Test
    void detectorControlsChangeSettings() {
        DetectorSettings s = PlaygroundState.initial("d", 1).withValue("wshare", "30").withValue("sim", "0.65")
                .withValue("sig.volume", "off").withValue("wt.followers", "2").applyTo(DetectorSettings.defaults());
        assertThat(s.coShareWindowSeconds()).isEqualTo(30);
        assertThat(s.similarityThreshold()).isEqualTo(0.65);
        assertThat(s.enabled("volume")).isFalse();
        assertThat(s.weight("followers")).isEqualTo(2.0);
        assertThat(s.enabled("followers")).isTrue();
    }

    @Test
    void everyControlHasAUniqueIdAndAValidDefaultRange() {
        List<String> ids = Controls.all().stream().map(Control::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (Control c : Controls.all()) {
            if (!c.isChoice() && !c.isToggle()) {
                assertThat(c.min()).as(c.id()).isLessThan(c.max());
                assertThat(c.step()).as(c.id()).isPositive();
            }
        }
    }

    @Test
    void hourOfWeekSignalHasControlsThatSurviveTheUrl() {
        assertThat(Controls.byId("sig.hour-of-week")).get().extracting(Control::label).isEqualTo("Hour-of-week profile");
        assertThat(Controls.byId("wt.hour-of-week")).isPresent();
        PlaygroundState s = PlaygroundState.initial("canada-2023", 3).withValue("wt.hour-of-week", "1.5");
        PlaygroundState.Parsed back = PlaygroundState.fromQuery(s.toQuery(), "x", 1);
        assertThat(back.problems()).isEmpty();
        DetectorSettings d = back.state().applyTo(DetectorSettings.defaults());
        assertThat(d.weight("hour-of-week")).isEqualTo(1.5);
        assertThat(PlaygroundState.initial("c", 1).withValue("sig.hour-of-week", "off").applyTo(DetectorSettings.defaults())
                .enabled("hour-of-week")).isFalse();
    }
}
