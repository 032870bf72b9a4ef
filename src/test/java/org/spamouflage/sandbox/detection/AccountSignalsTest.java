package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.spamouflage.sandbox.detection.Fixtures.t;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Account;

class AccountSignalsTest {

    private static double score(Detection d, String signal, String account) {
        return d.signalScores(signal)[d.indexOf(account)];
    }

    @Nested
    class NightPosting {
        @Test
        void allPostsAtTorontoNightScoresByHandFormula() {
            // 4 posts at 03:00 EDT (07:00Z). shrunk = (4 + 3*0.07)/(4+3) = 0.6014; score = (0.6014-0.07)/(0.43) = 1 (capped)
            // 1 night post of 1: shrunk = (1 + 0.21)/4 = 0.3025; score = (0.3025-0.07)/0.43 = 0.5407
            Fixtures f = new Fixtures().account("a", "a", Account.UNKNOWN, -1).account("b", "b", Account.UNKNOWN, -1)
                    .account("c", "c", Account.UNKNOWN, -1);
            for (int d = 1; d <= 4; d++) {
                f.post("a", t("2023-08-0" + d + "T07:00:00Z"));
            }
            f.post("b", t("2023-08-01T07:30:00Z"));
            f.post("c", t("2023-08-01T01:30:00Z")); // 21:30 EDT
            Detection d = f.detect();
            assertThat(score(d, "night-posting", "a")).isEqualTo(1.0);
            assertThat(score(d, "night-posting", "b")).isCloseTo((1.21 / 4 - 0.07) / 0.43, within(1e-9));
            assertThat(score(d, "night-posting", "c")).isZero();
        }

        @Test
        void apparentTimeZoneOfBeijingOfficeHoursIsFarEastOfCanada() {
            int[] hist = new int[24];
            // Beijing 09-11 and 14-17 local = 01-03 and 06-09 UTC
            for (int h : new int[] {1, 2, 3, 6, 7, 8}) {
                hist[h] = 5;
            }
            int off = org.spamouflage.sandbox.detection.signals.NightPostingSignalAccess.apparentOffset(hist);
            assertThat(off).isBetween(5, 14);
            int[] evening = new int[24];
            // a Toronto user: posts 08:00-00:00 EDT = 12:00-04:00 UTC, none 04:00-12:00 UTC (00:00-08:00 EDT)
            for (int h = 12; h < 28; h++) {
                evening[h % 24] = 2;
            }
            // quiet block 04-12 UTC, centre 08 UTC = 04:00 local → offset -4
            assertThat(org.spamouflage.sandbox.detection.signals.NightPostingSignalAccess.apparentOffset(evening))
                    .isEqualTo(-4);
        }
    }

    @Nested
    class CreationBurst {
        @Test
        void batchOfTwentyInOneHourFiresAndLoneAccountDoesNot() {
            Fixtures f = new Fixtures();
            long base = t("2023-05-01T10:00:00Z");
            for (int i = 0; i < 20; i++) {
                f.account("b" + i, "b" + i, base + i * 60, 0).post("b" + i, t("2023-08-10T10:00:00Z"));
            }
            f.account("lone", "lone", t("2023-05-08T10:00:00Z"), 10).post("lone", t("2023-08-10T10:00:00Z"));
            Detection d = f.detect();
            // each batch account: 19 others within 2 h; context has 20 others (19 batch + lone) → λ = 20*2h/15d = 0.1111
            // P(X>=19 | 0.111) ≈ 1e-36 → score capped at 1
            assertThat(score(d, "creation-burst", "b7")).isEqualTo(1.0);
            assertThat(d.signalRaw("creation-burst")[d.indexOf("b7")]).isEqualTo(19);
            assertThat(score(d, "creation-burst", "lone")).isZero();
        }
    }

    @Test
    void accountAgeIsLinearOverOneYear() {
        Fixtures f = new Fixtures().account("young", "y", t("2023-08-01T00:00:00Z"), 0)
                .account("half", "h", t("2023-08-01T00:00:00Z") - 182L * 86400 - 43200, 0)
                .post("young", t("2023-08-01T00:00:00Z")).post("half", t("2023-08-01T00:00:00Z"));
        Detection d = f.detect();
        assertThat(score(d, "account-age", "young")).isEqualTo(1.0);
        assertThat(score(d, "account-age", "half")).isCloseTo(1 - 182.5 / 365, within(1e-9));
    }

    @Test
    void handlePatternsAreClassified() {
        Fixtures f = new Fixtures();
        String[] handles = {"JaneDav41198277", "Marc1234", "Emma_x7kq2b", "maple_fan", "Luc"};
        for (String h : handles) {
            f.account(h, h, Account.UNKNOWN, -1).post(h, t("2023-08-01T00:00:00Z"));
        }
        Detection d = f.detect();
        assertThat(score(d, "handle-pattern", "JaneDav41198277")).isEqualTo(1.0);
        assertThat(score(d, "handle-pattern", "Marc1234")).isEqualTo(0.6);
        assertThat(score(d, "handle-pattern", "Emma_x7kq2b")).isEqualTo(0.8);
        assertThat(score(d, "handle-pattern", "maple_fan")).isZero();
        assertThat(score(d, "handle-pattern", "Luc")).isZero();
    }

    @Test
    void followersScoreByLogFormula() {
        Fixtures f = new Fixtures().account("zero", "z", Account.UNKNOWN, 0).account("nine", "n", Account.UNKNOWN, 9)
                .account("many", "m", Account.UNKNOWN, 5000).account("unknown", "u", Account.UNKNOWN, -1);
        for (String a : new String[] {"zero", "nine", "many", "unknown"}) {
            f.post(a, t("2023-08-01T00:00:00Z"));
        }
        Detection d = f.detect();
        assertThat(score(d, "followers", "zero")).isEqualTo(1.0);
        assertThat(score(d, "followers", "nine")).isCloseTo(0.5, within(1e-12));
        assertThat(score(d, "followers", "many")).isZero();
        assertThat(score(d, "followers", "unknown")).as("not applicable: the count is unknown").isNaN();
    }

    @Test
    void volumeAbove72PostsADayScoresOne() {
        Fixtures f = new Fixtures().account("bot", "bot", Account.UNKNOWN, -1).account("person", "p", Account.UNKNOWN, -1);
        long start = t("2023-08-01T00:00:00Z");
        for (int i = 0; i < 200; i++) {
            f.post("bot", start + i * 600L); // 200 posts over 33.2 h → 144.6/day
        }
        f.post("person", start).post("person", start + 10 * 86400L); // 2 posts over 10 days
        Detection d = f.detect();
        assertThat(score(d, "volume", "bot")).isEqualTo(1.0);
        assertThat(score(d, "volume", "person")).isCloseTo(0.2 / 72, within(1e-12));
    }

    @Test
    void clockworkGapsScoreOneAndUnevenGapsLess() {
        Fixtures f = new Fixtures().account("clock", "c", Account.UNKNOWN, -1).account("bursty", "b", Account.UNKNOWN, -1);
        long s = t("2023-08-01T00:00:00Z");
        for (int i = 0; i < 10; i++) {
            f.post("clock", s + i * 3600L);
        }
        // gaps 60, 60, 60, 86400: mean 21645, sd = sqrt(mean of squares - mean^2)
        long[] times = {0, 60, 120, 180, 86580};
        for (long x : times) {
            f.post("bursty", s + x);
        }
        Detection d = f.detect();
        assertThat(score(d, "regularity", "clock")).isEqualTo(1.0);
        double mean = 21645;
        double sd = Math.sqrt((3 * 60.0 * 60 + 86400.0 * 86400) / 4 - mean * mean);
        double b = (sd - mean) / (sd + mean);
        assertThat(d.signalRaw("regularity")[d.indexOf("bursty")]).isCloseTo(b, within(1e-9));
        assertThat(score(d, "regularity", "bursty")).isZero();
    }

    @Test
    void dormancyThenLanguageAndClientSwitchScoresOne() {
        Fixtures f = new Fixtures().account("hijacked", "h", t("2012-01-01T00:00:00Z"), 300)
                .account("quiet", "q", t("2012-01-01T00:00:00Z"), 300);
        f.post("hijacked", t("2019-03-01T00:00:00Z"), "pt", "Android", "promo")
                .post("hijacked", t("2019-03-02T00:00:00Z"), "pt", "Android", "promo 2")
                .post("hijacked", t("2023-08-20T00:00:00Z"), "en", "Web App", "political")
                .post("quiet", t("2021-03-01T00:00:00Z"), "en", "Web App", "hello")
                .post("quiet", t("2023-08-20T00:00:00Z"), "en", "Web App", "back");
        Detection d = f.detect();
        assertThat(score(d, "dormancy-switch", "hijacked")).isCloseTo(1.0, within(1e-12));
        assertThat(score(d, "dormancy-switch", "quiet")).isEqualTo(0.2);
    }

    @Test
    void dormancyMainLanguageTieGoesToTheFirstInStringOrderWhicheverCameFirst() {
        // before the silence one post in each language: "en" is the main one (String order), so "fr" afterwards is
        // a switch for the first account and "en" afterwards is none for the second, whichever was posted first
        Fixtures f = new Fixtures().account("frFirst", "f", t("2012-01-01T00:00:00Z"), 300)
                .account("enFirst", "e", t("2012-01-01T00:00:00Z"), 300);
        f.post("frFirst", t("2019-03-01T00:00:00Z"), "fr", "Android", "un")
                .post("frFirst", t("2019-03-02T00:00:00Z"), "en", "Android", "two")
                .post("frFirst", t("2023-08-20T00:00:00Z"), "fr", "Android", "trois")
                .post("frFirst", t("2023-08-21T00:00:00Z"), "fr", "Android", "quatre")
                .post("enFirst", t("2019-03-01T00:00:00Z"), "en", "Android", "one")
                .post("enFirst", t("2019-03-02T00:00:00Z"), "fr", "Android", "deux")
                .post("enFirst", t("2023-08-20T00:00:00Z"), "en", "Android", "three")
                .post("enFirst", t("2023-08-21T00:00:00Z"), "en", "Android", "four");
        Detection d = f.detect();
        assertThat(score(d, "dormancy-switch", "frFirst")).isCloseTo(0.6, within(1e-12));
        assertThat(score(d, "dormancy-switch", "enFirst")).isEqualTo(0.2);
    }

    @Test
    void targetsAndSilentAccountsAreNotScored() {
        Fixtures f = new Fixtures().account("pm", "pm", Account.UNKNOWN, 100000).account("a", "a", Account.UNKNOWN, 1)
                .account("lurker", "l", Account.UNKNOWN, 1).target("pm")
                .post("pm", t("2023-08-01T00:00:00Z")).post("a", t("2023-08-01T00:01:00Z"));
        Detection d = f.detect();
        assertThat(d.accountIds()).containsExactly("a");
    }
}
