package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.spamouflage.sandbox.detection.Fixtures.t;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;

/** Signals that cannot apply say so (NaN, a reason) instead of scoring against a guess. */
class AbstentionTest {

    private static Fixtures twoAccountsAtNight() {
        Fixtures f = new Fixtures().account("a", "a", Account.UNKNOWN, -1).account("b", "b", Account.UNKNOWN, 12);
        for (int i = 0; i < 5; i++) {
            // a: two posts at 02:00 in Toronto, three at 14:00; b: all at 14:00
            f.post("a", t("2023-08-0" + (i + 1) + (i < 2 ? "T06:00:00Z" : "T18:00:00Z")));
            f.post("b", t("2023-08-0" + (i + 1) + "T18:00:00Z"));
        }
        return f;
    }

    private static Dataset withoutZone(Dataset d) {
        return d.withInfo(d.info().withAudienceTimeZone(""));
    }

    @Nested
    class LocalTime {
        @Test
        void nightPostingAndHourOfWeekAbstainWithoutAnAudienceZone() {
            Detection d = Detector.detect(withoutZone(twoAccountsAtNight().dataset()), DetectorSettings.defaults());
            for (String id : List.of("night-posting", "hour-of-week")) {
                assertThat(d.applies(id)).as(id).isFalse();
                assertThat(d.signalScores(id)).containsOnly(Double.NaN);
                assertThat(d.abstention(id)).contains("no audience time zone is known");
            }
            assertThat(d.reading().audienceTimeZone()).isEmpty();
            assertThat(d.reading().notApplicable()).containsKeys("night-posting", "hour-of-week");
        }

        @Test
        void theDatasetsDeclaredZoneIsUsedUnderAuto() {
            Detection d = Detector.detect(twoAccountsAtNight().dataset(), DetectorSettings.defaults());
            assertThat(d.applies("night-posting")).isTrue();
            // a: 2 of 5 at night, shrunk with 3 pseudo-posts at 0.07: (2 + 0.21) / 8 = 0.27625 -> (0.27625 - 0.07) / 0.43
            assertThat(d.signalScores("night-posting")[d.indexOf("a")]).isCloseTo((0.27625 - 0.07) / 0.43, within(1e-9));
            assertThat(d.reading().audienceTimeZone()).isEqualTo("America/Toronto");
        }

        @Test
        void aZoneInTheSettingsOverridesTheDatasets() {
            DetectorSettings paris = fromJson("{\"referenceTimeZone\": \"Europe/Paris\"}");
            Detection d = Detector.detect(withoutZone(twoAccountsAtNight().dataset()), paris);
            assertThat(d.applies("night-posting")).isTrue();
            // a posts at 08:00 and 20:00 Paris time: never at night
            assertThat(d.signalScores("night-posting")[d.indexOf("a")]).isZero();
        }
    }

    @Nested
    class Columns {
        @Test
        void accountTraitsAbstainWhenNoAccountHasTheColumnAndPerAccountWhenOneLacksIt() {
            Detection d = twoAccountsAtNight().detect();
            assertThat(d.applies("account-age")).isFalse();
            assertThat(d.applies("creation-burst")).isFalse();
            assertThat(d.abstention("account-age")).isEqualTo("the data give no account creation dates");
            // followers: b has 12, a is unknown -> a is n/a, b scores 1 - log10(13)/2
            assertThat(d.applies("followers")).isTrue();
            assertThat(d.signalScores("followers")[d.indexOf("a")]).isNaN();
            assertThat(d.signalScores("followers")[d.indexOf("b")]).isCloseTo(1 - Math.log10(13) / 2, within(1e-12));
        }

        @Test
        void textAndEngagementSignalsAbstainWithoutWhatTheyRead() {
            Detection d = twoAccountsAtNight().detect();
            assertThat(d.abstention("co-comment")).isEqualTo("the data hold no replies");
            assertThat(d.abstention("in-cluster-engagement")).contains("no likes or re-shares");
            assertThat(d.abstention("camouflage")).contains("no public figures");
            assertThat(d.abstention("cross-language")).contains("one language (en)");
            assertThat(d.abstention("dormancy-switch")).contains("shorter than the 365 days");
            assertThat(d.applies("duplicate-text")).isTrue();
        }
    }

    @Test
    void theCombinedScoreAveragesTheSignalsThatApplyToEachAccount() {
        Detection d = twoAccountsAtNight().detect();
        DetectorSettings s = d.settings();
        for (int a = 0; a < d.size(); a++) {
            double sum = 0;
            double weights = 0;
            for (SignalInfo info : d.signals()) {
                double v = d.signalScores(info.id())[a];
                if (s.enabled(info.id()) && !Double.isNaN(v)) {
                    sum += s.weight(info.id()) * v;
                    weights += s.weight(info.id());
                }
            }
            assertThat(d.combined(a)).as("account " + a).isCloseTo(Math.min(1, sum / weights), within(1e-12));
        }
        // a has no follower count, so followers' weight is not in its denominator
        assertThat(d.signalScores("followers")[d.indexOf("a")]).isNaN();
    }

    @Test
    void evidenceSaysNotApplicableAndSortsItLast() {
        Detection d = Detector.detect(withoutZone(twoAccountsAtNight().dataset()), DetectorSettings.defaults());
        AccountEvidence ev = d.evidence(d.indexOf("a"));
        AccountEvidence.SignalEvidence night = ev.signals().stream().filter(e -> e.signalId().equals("night-posting"))
                .findFirst().orElseThrow();
        assertThat(night.explanation()).startsWith("Not applicable: no audience time zone");
        assertThat(night.fired()).isFalse();
        assertThat(ev.signals().get(ev.signals().size() - 1).score()).isNaN();
    }

    private static DetectorSettings fromJson(String json) {
        return DetectorSettings.fromJson(json);
    }
}
