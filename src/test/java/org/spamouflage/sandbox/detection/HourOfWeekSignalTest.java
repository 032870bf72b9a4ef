package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.spamouflage.sandbox.detection.Fixtures.t;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Account;

/**
 * The hour-of-week signal on hand-made datasets (reference zone America/Toronto, EDT = UTC−4 in
 * August). Expected values are computed by hand in the comments: TVD = 1 − Σ min(p, q); chance level
 * E_n = ½ Σ E|X/n − q| for X ~ Binomial(n, q); score = n/(n+10) · (TVD − E_n)/(1 − E_n).
 */
class HourOfWeekSignalTest {
    private static final String ID = "hour-of-week";
    /** Monday 2023-08-07 … Friday 2023-08-11, the weekdays of the fixtures' first week. */
    private static final String[] WEEKDAYS = {"07", "08", "09", "10", "11"};

    private static double score(Detection d, String account) {
        return d.signalScores(ID)[d.indexOf(account)];
    }

    private static double distance(Detection d, String account) {
        return d.signalRaw(ID)[d.indexOf(account)];
    }

    private static String evidence(Detection d, String account) {
        return d.evidence(d.indexOf(account)).signals().stream().filter(s -> s.signalId().equals(ID)).findFirst()
                .orElseThrow().explanation();
    }

    /**
     * Three people posting Monday to Friday at 12:00, 15:00, 18:00 and 21:00 EDT: 20 posts each in
     * 20 bins, so the population profile is 1/20 in each of those bins. Their quietest 8-hour block
     * is 22:00–06:00, centred on 02:00 → apparent zone −1 h: local.
     */
    private static Fixtures population(int people) {
        Fixtures f = new Fixtures();
        for (int i = 0; i < people; i++) {
            String id = "p" + i;
            f.account(id, id, Account.UNKNOWN, -1);
            for (String day : WEEKDAYS) {
                for (String utc : new String[] {"16", "19", "22"}) { // 12:00, 15:00, 18:00 EDT
                    f.post(id, t("2023-08-" + day + "T" + utc + ":00:00Z"));
                }
                // 21:00 EDT is 01:00Z the next calendar day
                f.post(id, t("2023-08-" + day + "T16:00:00Z") + 9 * 3600);
            }
        }
        return f;
    }

    @Test
    void accountPostingExactlyLikeThePopulationScoresZero() {
        // "same" is a fourth copy of the population: its leave-one-out profile (60 posts, 3 per bin)
        // equals its own (1/20 per bin), so TVD = 0 and the score is 0.
        Fixtures f = population(4);
        Detection d = f.detect();
        for (String id : new String[] {"p0", "p1", "p2", "p3"}) {
            assertThat(distance(d, id)).as(id).isCloseTo(0, within(1e-12));
            assertThat(score(d, id)).as(id).isCloseTo(0, within(1e-12));
        }
        assertThat(evidence(d, "p3")).contains("0 of 20 posts fall in the 24 hours of the week")
                .contains("profile distance 0.00").contains("counts in the local population");
    }

    @Test
    void weekdayNightPosterAmongEveningPostersScoresByHandComputedDistance() {
        // "owl": 03:00 EDT (07:00Z) on the 20 weekdays 7 Aug – 1 Sep, plus 12:00 EDT on the 5 Mondays
        // 7 Aug – 4 Sep: 25 posts. Quietest 8-hour blocks start 13:00…19:00; the middle one is
        // 16:00–24:00, centred on 20:00, which puts 04:00 local at +8 h → apparent zone +8 h
        // (not local), so the reference is the 3 people only (q = 1/20 in their 20 bins).
        // TVD = 1 − min(5/25, 1/20) = 0.95 (only Monday 12:00 overlaps).
        // E_25 = 20 · E|X − 1.25| / 50 with X ~ Bin(25, 0.05) = 20 · 0.875967073 / 50 = 0.350386829.
        // score = 25/35 · (0.95 − 0.350386829) / (1 − 0.350386829) = 0.659307941.
        Fixtures f = population(3).account("owl", "owl", Account.UNKNOWN, -1);
        for (int day = 7; day <= 31 + 1; day++) {
            long midnightUtc = t("2023-08-01T00:00:00Z") + (day - 1) * 86400L;
            int dow = Math.floorMod(day - 7, 7); // 0 = Monday
            if (dow < 5) {
                f.post("owl", midnightUtc + 7 * 3600);
            }
        }
        for (String monday : new String[] {"08-07", "08-14", "08-21", "08-28", "09-04"}) {
            f.post("owl", t("2023-" + monday + "T16:00:00Z"));
        }
        Detection d = f.detect();
        assertThat(f.posts.stream().filter(p -> p.accountId().equals("owl")).count()).isEqualTo(25);
        assertThat(distance(d, "owl")).isCloseTo(0.95, within(1e-12));
        assertThat(score(d, "owl")).isCloseTo(0.659307941, within(1e-8));
        // the people compare with each other only (the owl is not in the reference): identical, 0
        assertThat(score(d, "p0")).isCloseTo(0, within(1e-12));
        // quietest 24 bins = the 24 lowest-index empty bins: Monday 00–23 without 12/15/18/21, then
        // Tuesday 00–03, so the owl's Monday and Tuesday 03:00 posts (4 weeks × 2) are in them
        assertThat(evidence(d, "owl")).contains("8 of 25 posts fall in the 24 hours of the week")
                .contains("hold 0% of its posts").contains("profile distance 0.95, 0.35 expected for 25 posts")
                .contains("quiet hours sit +8 h from the audience's time zone");
    }

    @Test
    void campaignWritingMostPostsDoesNotBecomeTheNorm() {
        // Six night accounts write 120 of 180 posts. Pooling everyone would make night the normal
        // time; they are not local (apparent zone far from Toronto), so the reference stays the
        // three people and each night account scores 20/30 · (1 − E)/(1 − E) = 2/3 (TVD = 1).
        Fixtures f = population(3);
        for (int k = 0; k < 6; k++) {
            String id = "n" + k;
            f.account(id, id, Account.UNKNOWN, -1);
            for (int week = 0; week < 4; week++) {
                for (String day : WEEKDAYS) {
                    f.post(id, t("2023-08-" + day + "T07:00:00Z") + week * 7 * 86400L);
                }
            }
        }
        Detection d = f.detect();
        for (int k = 0; k < 6; k++) {
            assertThat(distance(d, "n" + k)).isEqualTo(1.0);
            assertThat(score(d, "n" + k)).isCloseTo(20.0 / 30, within(1e-12));
        }
        assertThat(score(d, "p1")).isCloseTo(0, within(1e-12));
    }

    @Nested
    class Shrinkage {
        @Test
        void oneOrTwoPostsInEmptyHoursStayFarBelowFiring() {
            // "one": Wednesday 03:00 EDT; "two": Thursday and Friday 04:00 EDT. Fewer than 5 posts, so
            // both belong to the reference, but leave-one-out keeps their own posts out of their
            // comparison: no one else posts in those hours, TVD = 1, and (TVD − E)/(1 − E) = 1.
            // score = λ = n/(n + 10): 1/11 and 2/12.
            Fixtures f = population(3).account("one", "one", Account.UNKNOWN, -1).account("two", "two", Account.UNKNOWN, -1)
                    .post("one", t("2023-08-09T07:00:00Z"))
                    .post("two", t("2023-08-10T08:00:00Z")).post("two", t("2023-08-11T08:00:00Z"));
            Detection d = f.detect();
            assertThat(distance(d, "one")).isEqualTo(1.0);
            assertThat(score(d, "one")).isCloseTo(1.0 / 11, within(1e-12));
            assertThat(distance(d, "two")).isEqualTo(1.0);
            assertThat(score(d, "two")).isCloseTo(2.0 / 12, within(1e-12));
            assertThat(score(d, "two")).isLessThan(SignalResult.FIRED);
            assertThat(evidence(d, "one")).contains("0 of 1 post fall").contains("too few posts for an apparent home time zone");
        }

        @Test
        void onePostInABusyHourScoresAboutZero() {
            // One post at Monday 12:00 EDT, where the people post: TVD = 1 − 3/60 = 0.95 against the
            // leave-one-out profile. The chance level uses the full reference (61 posts: 4 at Monday
            // 12:00, 3 in 19 bins): E_1 = 1 − Σq² = 1 − 187/3721 = 0.949745. The account's own post
            // is in that reference, so TVD sits a hair above chance (the O(n/N) cost of not
            // recomputing E per account): score = 1/11 · (0.95 − E_1)/(1 − E_1) = 0.000462.
            Fixtures f = population(3).account("busy", "busy", Account.UNKNOWN, -1).post("busy", t("2023-08-14T16:00:00Z"));
            Detection d = f.detect();
            double e1 = 1 - 187.0 / 3721;
            assertThat(distance(d, "busy")).isCloseTo(0.95, within(1e-12));
            assertThat(score(d, "busy")).isCloseTo((0.95 - e1) / (1 - e1) / 11, within(1e-12)).isLessThan(0.001);
        }
    }

    @Test
    void withoutLocalAccountsThereIsNothingToCompareWith() {
        Fixtures f = new Fixtures().account("n", "n", Account.UNKNOWN, -1);
        for (String day : WEEKDAYS) {
            f.post("n", t("2023-08-" + day + "T07:00:00Z"));
        }
        Detection d = f.detect();
        assertThat(score(d, "n")).isZero();
        assertThat(evidence(d, "n")).contains("no local population to compare with");
    }
}
