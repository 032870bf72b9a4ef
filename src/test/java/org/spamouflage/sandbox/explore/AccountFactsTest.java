package org.spamouflage.sandbox.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.DetectorSettings;

/**
 * The facts that tell an advocacy cluster from a campaign cell, on four hand-made accounts whose
 * figures are worked out by hand: two old accounts with histories posting one language in the
 * Eastern daytime and linking one site, two brand-new ones posting both languages at night.
 */
class AccountFactsTest {
    static final ZoneId EASTERN = ZoneId.of("America/Toronto");

    static long t(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    /** Period 2023-09-01 to 09-08 Eastern (04:00 UTC in summer time). */
    static final DetectionContext CTX = new DetectionContext(new Dataset(
            new DatasetInfo(true, "fixture", "fixture", "", 1, t("2023-09-01T04:00:00Z"), t("2023-09-08T04:00:00Z")),
            List.of(new Account("old1", "old1", "", t("2013-09-01T04:00:00Z"), 30, 10, "", "photo", true),
                    new Account("old2", "old2", "", t("2015-09-01T04:00:00Z"), 10, 10, "", "photo", true),
                    new Account("new1", "new1", "", t("2023-08-20T04:00:00Z"), 0, 1, "", "default", true),
                    new Account("new2", "new2", "", t("2023-08-22T04:00:00Z"), 2, 1, "", "default", true)),
            List.of(post("h1", "old1", "2016-05-05T12:00:00Z", "en", List.of()),
                    post("h2", "old2", "2019-05-05T12:00:00Z", "en", List.of()),
                    // 14:00 and 20:00 Eastern: daytime.
                    post("a1", "old1", "2023-09-02T18:00:00Z", "en", List.of("https://homesforall.example/act")),
                    post("a2", "old1", "2023-09-02T18:03:00Z", "en", List.of("https://homesforall.example/act")),
                    post("a3", "old2", "2023-09-03T00:00:00Z", "fr", List.of("https://homesforall.example/fr/agir")),
                    // 03:00 and 04:00 Eastern: night; both languages from each account.
                    post("c1", "new1", "2023-09-02T07:00:00Z", "en", List.of()),
                    post("c2", "new1", "2023-09-02T08:00:00Z", "fr", List.of()),
                    post("c3", "new2", "2023-09-02T07:10:00Z", "fr", List.of()),
                    post("c4", "new2", "2023-09-02T08:10:00Z", "en", List.of("https://video.example/v/1"))),
            List.of(), List.of()), DetectorSettings.defaults());

    static Post post(String id, String account, String iso, String lang, List<String> links) {
        return new Post(id, account, t(iso), lang, "text " + id, null, null, links, List.of(), List.of(), "x", "");
    }

    static int[] of(String... ids) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = CTX.indexOf(ids[i]);
        }
        return out;
    }

    @Test
    void oldLocalAccountsWithOneSiteLookLikeAnAdvocacyCluster() {
        AccountFacts.Group g = AccountFacts.of(CTX, of("old1", "old2"), EASTERN);
        // Ages 3,652 and 2,922 days: 10.0 and 8.0 years, median 9.0; followers 30 and 10, median 20.
        assertThat(g.ageYears()).isCloseTo(9.0, within(0.01));
        assertThat(g.followers()).isEqualTo(20.0);
        assertThat(g.withHistory()).isEqualTo(1.0);
        assertThat(g.daytime()).isEqualTo(1.0);
        assertThat(g.bothLanguages()).isEqualTo(0.0);
        assertThat(g.site()).isEqualTo("homesforall.example");
        assertThat(g.siteShare()).isEqualTo(1.0);
    }

    @Test
    void newAccountsPostingBothLanguagesAtNightLookLikeACampaignCell() {
        AccountFacts.Group g = AccountFacts.of(CTX, of("new1", "new2"), EASTERN);
        assertThat(g.words(null, EASTERN)).isEqualTo("median account age 11 days · median followers 1 · 0% posted"
                + " before this period · 0% of posts between 07:00 and 23:00 America/Toronto · 100% write both"
                + " English and French · the middle half created 0 days apart · 50% linked video.example");
    }

    @Test
    void clusterFactsAreReadAgainstEveryScoredAccount() {
        AccountFacts.Group everyone = AccountFacts.everyone(CTX, EASTERN);
        // Four accounts aged 10, 12, 2,922 and 3,652 days: median (12 + 2,922) / 2 days = 4.0 years;
        // creation days sorted, nearest-rank quartiles s[0] and s[2]: 2013-09-01 to 2023-08-20 = 3,640 days.
        assertThat(everyone.ageYears()).isCloseTo((12 + 2922) / 2.0 / 365.25, within(1e-9));
        assertThat(everyone.creationSpread()).isEqualTo(3640.0);
        assertThat(everyone.daytime()).isEqualTo(3 / 7.0);
        // Two of the four link homesforall.example; one links video.example (a tie would go to the name first).
        assertThat(everyone.site()).isEqualTo("homesforall.example");
        assertThat(everyone.siteShare()).isEqualTo(0.5);
        String words = AccountFacts.of(CTX, of("old1", "old2"), EASTERN).words(everyone, EASTERN);
        assertThat(words).startsWith("median account age 9.0 years (all scored accounts: 4.0 years)")
                .contains("100% of posts between 07:00 and 23:00 America/Toronto (all scored accounts: 43%)")
                .endsWith(" · 100% linked homesforall.example");
    }

    @Test
    void anAccountLineSaysAgeHistoryHoursLanguagesAndSites() {
        assertThat(AccountFacts.line(CTX, CTX.indexOf("old1"), EASTERN)).isEqualTo("10.0 years old when the period"
                + " starts · 1 post before this period, the first in 2016 · 100% of its posts in the period between"
                + " 07:00 and 23:00 America/Toronto · writes in en · links to homesforall.example (2)");
        assertThat(AccountFacts.line(CTX, CTX.indexOf("new2"), EASTERN)).isEqualTo("10 days old when the period"
                + " starts · no posts before this period · 0% of its posts in the period between 07:00 and 23:00"
                + " America/Toronto · writes in en, fr · links to video.example (1)");
    }

    @Test
    void sitesAreHostsOfLinks() {
        assertThat(AccountFacts.site("https://Homes.example/act?x=1")).isEqualTo("homes.example");
        assertThat(AccountFacts.site("http://a.example#top")).isEqualTo("a.example");
        assertThat(AccountFacts.site("plain.example")).isEqualTo("plain.example");
    }
}
