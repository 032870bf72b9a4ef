package org.spamouflage.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.scenario.Scenario;

/** Every shipped scenario parses and generates, and shows the traces its description promises. */
class ScenarioLibraryTest {
    private static final ZoneId EASTERN = ZoneId.of("America/Toronto");

    static List<String> names() {
        return Library.names();
    }

    @Test
    void theLibraryHasTheSevenTeachingScenarios() {
        assertThat(Library.names()).contains("canada-2023", "organic-only", "crude-flood", "sophisticated-network",
                "hijacked-legacy", "classroom-small", "advocacy-day");
    }

    @ParameterizedTest
    @MethodSource("names")
    void parsesAndGenerates(String name) {
        Scenario s = Library.scenario(name);
        assertThat(s.format()).isEqualTo(1);
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.description()).hasSizeGreaterThan(80);
        Generated g = Library.generated(name);
        assertThat(g.dataset().posts()).isNotEmpty();
        long campaign = g.truth().accounts().values().stream().filter(GroundTruth.AccountTruth::isCampaign).count();
        assertThat(campaign).isEqualTo(s.campaign().enabled() ? s.campaign().accounts() : 0);
        assertThat(g.dataset().accounts()).allMatch(Account::synthetic);
    }

    static Map<String, List<Post>> postsByAccount(Dataset d) {
        Map<String, List<Post>> out = new HashMap<>();
        d.posts().forEach(p -> out.computeIfAbsent(p.accountId(), k -> new ArrayList<>()).add(p));
        return out;
    }

    /** Re-shares of one dataset with the delay from the shared post, by the sharer's class. */
    static List<long[]> shareDelays(Generated g, AccountClass sharer) {
        Map<String, Post> byId = new HashMap<>();
        g.dataset().posts().forEach(p -> byId.put(p.id(), p));
        List<long[]> out = new ArrayList<>();
        for (Engagement e : g.dataset().engagements()) {
            if (e.type() == Engagement.Type.SHARE && g.truth().accounts().get(e.accountId()).cls() == sharer) {
                out.add(new long[] {e.time() - byId.get(e.postId()).time()});
            }
        }
        return out;
    }

    static double medianDelay(List<long[]> delays) {
        long[] d = delays.stream().mapToLong(x -> x[0]).sorted().toArray();
        return d[d.length / 2];
    }

    @Nested
    class Shares {
        @Test
        void organicOnlyHasHonestSharesOnly() {
            Generated g = Library.generated("organic-only");
            long shares = g.dataset().engagements().stream().filter(e -> e.type() == Engagement.Type.SHARE).count();
            List<long[]> honest = shareDelays(g, AccountClass.ORGANIC);
            assertThat(honest).hasSizeGreaterThan(1000);
            assertThat((long) honest.size()).isEqualTo(shares);
        }

        @Test
        void crudeFloodSharesLittleAndFast() {
            Scenario s = Library.scenario("crude-flood");
            Generated g = Library.generated("crude-flood");
            long campaignPosts = g.dataset().posts().stream().filter(p -> g.truth().posts().get(p.id()).campaign()).count();
            List<long[]> campaign = shareDelays(g, AccountClass.CAMPAIGN);
            // Poisson(0.2) per post (no links in crude-flood): about 0.2 per post, by hand.
            assertThat(campaign.size() / (double) campaignPosts)
                    .isBetween(0.7 * s.campaign().engagement().inNetworkSharesPerPost(),
                            1.3 * s.campaign().engagement().inNetworkSharesPerPost());
            assertThat(medianDelay(campaign)).isLessThan(2.0 * s.campaign().engagement().inNetworkShareLagSeconds());
        }

        @Test
        void sophisticatedNetworkSharesWithLongerLags() {
            Scenario s = Library.scenario("sophisticated-network");
            List<long[]> campaign = shareDelays(Library.generated("sophisticated-network"), AccountClass.CAMPAIGN);
            double lag = s.campaign().engagement().inNetworkShareLagSeconds();
            assertThat(campaign).hasSizeGreaterThan(50);
            assertThat(medianDelay(campaign)).isBetween(0.9 * lag, 1.6 * lag);
            assertThat(lag).isGreaterThan(10 * Library.scenario("canada-2023").campaign().engagement()
                    .inNetworkShareLagSeconds());
        }
    }

    @Nested
    class OrganicOnly {
        @Test
        void hasNoCampaignButNewsSpikesAndUnrelatedBots() {
            Scenario s = Library.scenario("organic-only");
            Generated g = Library.generated("organic-only");
            assertThat(g.truth().posts().values()).noneMatch(GroundTruth.PostTruth::campaign);
            assertThat(g.truth().accounts().values().stream()
                    .filter(t -> t.cls() == AccountClass.BACKGROUND && t.role() == AccountRole.NONE))
                    .hasSize(s.backgroundBots().count());
            // News aggregators are automated too, but they carry their role.
            assertThat(g.truth().accounts().values().stream()
                    .filter(t -> t.cls() == AccountClass.BACKGROUND && t.role() == AccountRole.NEWS))
                    .hasSize(s.authentic().news().aggregators());
            for (Scenario.NewsSpike spike : s.organic().newsSpikes()) {
                long from = spike.date().atStartOfDay(EASTERN).toEpochSecond() + spike.startHour() * 3600L;
                long to = from + (long) (spike.durationHours() * 3600);
                String tag = TextTools.hashtagOf(spike.topic());
                long during = g.dataset().posts().stream().filter(p -> p.time() >= from && p.time() < to).count();
                long weekBefore = g.dataset().posts().stream()
                        .filter(p -> p.time() >= from - 7 * 86_400L && p.time() < to - 7 * 86_400L).count();
                assertThat(during).isGreaterThan(2 * weekBefore);
                assertThat(g.dataset().posts().stream().filter(p -> p.hashtags().contains(tag)))
                        .allMatch(p -> p.time() >= from && p.time() < to).hasSizeGreaterThan(50);
            }
        }
    }

    @Nested
    class CrudeFlood {
        @Test
        void freshAccountsWithRandomHandlesPostOnceOnOneDay() {
            Scenario s = Library.scenario("crude-flood");
            Generated g = Library.generated("crude-flood");
            LocalDate day = s.campaign().timing().activeFrom();
            long periodStart = day.atStartOfDay(EASTERN).toEpochSecond();
            Set<LocalDate> days = new HashSet<>();
            Map<String, Integer> perAccount = new HashMap<>();
            for (Post p : g.dataset().posts()) {
                if (g.truth().posts().get(p.id()).campaign()) {
                    days.add(Instant.ofEpochSecond(p.time()).atZone(EASTERN).toLocalDate());
                    perAccount.merge(p.accountId(), 1, Integer::sum);
                    assertThat(g.truth().posts().get(p.id()).kind()).isIn("verbatim", "edit");
                }
            }
            assertThat(days).containsExactly(day);
            assertThat(perAccount).hasSize(s.campaign().accounts());
            assertThat(perAccount.values()).allMatch(n -> n == 1);
            for (Account a : g.dataset().accounts()) {
                if (g.truth().accounts().get(a.id()).isCampaign()) {
                    assertThat(a.followers()).isLessThan(5);
                    assertThat(a.createdAt()).isBetween(periodStart - 29 * 86_400L, periodStart);
                    assertThat(a.handle()).matches("[A-Za-z]+_?[a-z0-9]{6}");
                }
            }
        }
    }

    @Nested
    class SophisticatedNetwork {
        @Test
        void agedPersonasWithBiosPostInTorontoEvenings() {
            Scenario s = Library.scenario("sophisticated-network");
            Generated g = Library.generated("sophisticated-network");
            long aged = s.period().start().atStartOfDay(EASTERN).toEpochSecond() - 365 * 86_400L;
            List<Account> personas = g.dataset().accounts().stream()
                    .filter(a -> g.truth().accounts().get(a.id()).isCampaign()).toList();
            assertThat(personas).hasSize(s.campaign().accounts());
            assertThat(personas).allMatch(a -> !a.bio().isEmpty() && a.followers() > 0 && a.createdAt() < aged);
            List<Post> political = g.dataset().posts().stream()
                    .filter(p -> g.truth().posts().get(p.id()).templateId() >= 0).toList();
            long evening = political.stream().filter(p -> {
                LocalTime t = Instant.ofEpochSecond(p.time()).atZone(EASTERN).toLocalTime();
                return !t.isBefore(LocalTime.of(17, 0)) || t.isBefore(LocalTime.of(2, 0));
            }).count();
            assertThat(evening / (double) political.size()).isGreaterThan(0.85);
            assertThat(political).noneMatch(p -> g.truth().posts().get(p.id()).kind().equals("verbatim"));
        }

        @Test
        void aboutOneCampaignPostInTenDrawsRealEngagement() {
            Scenario s = Library.scenario("sophisticated-network");
            Generated g = Library.generated("sophisticated-network");
            Set<String> likedByHonest = new HashSet<>();
            g.dataset().engagements().stream()
                    .filter(e -> g.truth().accounts().get(e.accountId()).cls() == AccountClass.ORGANIC)
                    .forEach(e -> likedByHonest.add(e.postId()));
            List<Post> campaign = g.dataset().posts().stream().filter(p -> g.truth().posts().get(p.id()).campaign())
                    .toList();
            double share = campaign.stream().filter(p -> likedByHonest.contains(p.id())).count() / (double) campaign.size();
            assertThat(share).isCloseTo(s.campaign().engagement().organicEngagementRate(), org.assertj.core.api.Assertions.within(0.03));
        }

        @Test
        void somePersonasDescribeThemselvesDifferentlyLater() {
            Generated g = Library.generated("sophisticated-network");
            Map<String, Set<String>> selves = new HashMap<>();
            for (Post p : g.dataset().posts()) {
                String text = p.text();
                if (text.startsWith("As a ") || text.startsWith("Speaking as a ") || text.startsWith("I'm a ")) {
                    int cut = text.indexOf(',') > 0 ? text.indexOf(',') : text.indexOf(':');
                    String self = text.substring(0, Math.max(0, cut)).replace("Speaking as", "As")
                            .replace("I'm a", "As a").replace(" from ", " in ");
                    selves.computeIfAbsent(p.accountId(), k -> new HashSet<>()).add(self);
                }
            }
            assertThat(selves.values().stream().filter(v -> v.size() > 1).count()).isGreaterThan(2);
        }
    }

    @Nested
    class HijackedLegacy {
        @Test
        void oldSpamInAnotherLanguageThenYearsOfSilenceThenAnAbruptSwitch() {
            Scenario s = Library.scenario("hijacked-legacy");
            Scenario.Dormancy dormancy = s.campaign().dormancy();
            Generated g = Library.generated("hijacked-legacy");
            Map<String, List<Post>> byAccount = postsByAccount(g.dataset());
            int checked = 0;
            int createdInRange = 0;
            for (Account a : g.dataset().accounts()) {
                GroundTruth.AccountTruth t = g.truth().accounts().get(a.id());
                if (!t.isCampaign()) {
                    continue;
                }
                assertThat(t.origin()).isIn("hijacked", "bought");
                List<Post> legacy = new ArrayList<>();
                List<Post> campaign = new ArrayList<>();
                for (Post p : byAccount.getOrDefault(a.id(), List.of())) {
                    (g.truth().posts().get(p.id()).kind().equals("legacy") ? legacy : campaign).add(p);
                }
                assertThat(legacy).isNotEmpty();
                assertThat(legacy).allMatch(p -> dormancy.legacyLanguages().contains(p.lang()));
                Set<String> oldLang = new HashSet<>();
                Set<String> oldClient = new HashSet<>();
                legacy.forEach(p -> { oldLang.add(p.lang()); oldClient.add(p.source()); });
                long lastLegacy = legacy.stream().mapToLong(Post::time).max().orElseThrow();
                if (!campaign.isEmpty()) {
                    long firstCampaign = campaign.stream().mapToLong(Post::time).min().orElseThrow();
                    double silentYears = (firstCampaign - lastLegacy) / (365.25 * 86_400);
                    assertThat(silentYears).isGreaterThanOrEqualTo(dormancy.minSilentYears());
                    assertThat(campaign).noneMatch(p -> oldLang.contains(p.lang()) || oldClient.contains(p.source()));
                    checked++;
                }
                int year = Instant.ofEpochSecond(a.createdAt()).atZone(ZoneId.of("UTC")).getYear();
                if (year >= dormancy.createdFromYear() && year <= dormancy.createdToYear()) {
                    createdInRange++;
                }
            }
            assertThat(checked).isGreaterThan(s.campaign().accounts() * 9 / 10);
            assertThat(createdInRange).isGreaterThan(s.campaign().accounts() * 9 / 10);
        }

        @Test
        void boughtAccountsComeWithBoughtFollowers() {
            Scenario s = Library.scenario("hijacked-legacy");
            Generated g = Library.generated("hijacked-legacy");
            List<Integer> followers = g.dataset().accounts().stream()
                    .filter(a -> "bought".equals(g.truth().accounts().get(a.id()).origin()))
                    .map(Account::followers).sorted().toList();
            double median = followers.get(followers.size() / 2);
            double expected = s.campaign().dormancy().boughtFollowersMedian();
            assertThat(median).isBetween(0.7 * expected, 1.4 * expected);
        }
    }

    @Nested
    class ClassroomSmall {
        @Test
        void isSmallEnoughToRerunLive() {
            Generated g = Library.generated("classroom-small");
            assertThat(g.dataset().posts().size()).isBetween(1_500, 6_000);
            assertThat(g.dataset().accounts().size()).isLessThan(600);
        }
    }
}
