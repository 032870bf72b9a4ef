package org.spamouflage.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.anyLong;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.doubleBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.oneOf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.scenario.Scenario;

/** Whatever the seed and campaign settings, the generated data is well formed. */
class GeneratorPropertiesTest {
    private static final Set<String> KINDS = Set.of("organic", "slogan", "verbatim", "edit", "paraphrase",
            "camouflage", "legacy", "bot", "target", "advocacy", "news", "hashtag-game");
    private static final Set<String> TEMPLATE_KINDS = Set.of("verbatim", "edit", "paraphrase");

    private static final String[] HANDLE_PATTERNS = {"name-digits", "name-random", "persona"};
    private static final String[] ZONES = {"Asia/Shanghai", "America/Toronto", "Europe/Moscow", "Pacific/Auckland"};

    /**
     * 15 drawn settings (each generates a whole classroom-sized data set, so few), plus every
     * setting at its lowest and at its highest.
     */
    static Stream<Arguments> settings() {
        return cases(15, r -> Arguments.of(anyLong(r), r.nextBoolean(), intBetween(r, 0, 150), intBetween(r, 1, 12),
                        intBetween(r, 1, 6), doubleBetween(r, 0, 1), doubleBetween(r, 0, 1), doubleBetween(r, 0, 1),
                        doubleBetween(r, 0, 240), doubleBetween(r, 0, 1), doubleBetween(r, 0, 1), oneOf(r, HANDLE_PATTERNS),
                        oneOf(r, ZONES)),
                edge("every setting at its lowest", 0L, true, 0, 1, 1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, "name-digits",
                        "Asia/Shanghai"),
                edge("every setting at its highest", -1L, true, 150, 12, 6, 1.0, 1.0, 1.0, 240.0, 1.0, 1.0, "persona",
                        "Pacific/Auckland"));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void generatedDataIsWellFormed(long seed, boolean enabled, int accounts, int operators, int cells, double exact,
                                   double edit, double camouflage, double jitter, double weekendFactor,
                                   double hijacked, String pattern, String zone) {
        Scenario base = Library.scenario("classroom-small");
        Scenario.Organic o = base.organic();
        Scenario.Organic organic = new Scenario.Organic(150, o.provinces(), o.languages(), o.bilingualFrenchShare(),
                o.postsPerAccount(), o.activitySigma(), o.circadian(), o.replyShare(), o.replyHalfLifeMinutes(),
                o.sloganShare(), o.newsSpikes(), o.superfans(), o.followers(), o.minAccountAgeYears(),
                o.maxAccountAgeYears(), o.likesPerPost(), o.sharesPerPost());
        Scenario.Campaign c = base.campaign();
        Scenario.Timing t = c.timing();
        Scenario.CampaignText x = c.text();
        Scenario.Profiles p = c.profiles();
        Scenario.Campaign campaign = new Scenario.Campaign(enabled, accounts, operators, cells,
                new Scenario.OriginMix(1 - hijacked, hijacked / 2, hijacked / 2), c.creation(), c.dormancy(),
                new Scenario.Profiles(pattern, p.handleDigits(), p.avatars(), p.zeroFollowerShare(), p.maxFollowers(),
                        p.bioShare(), p.personaDrift()),
                new Scenario.Timing(zone, t.shifts(), weekendFactor, t.postsPerAccount(), t.surges(),
                        t.replyLagMedianHours(), jitter, t.activeFrom(), t.activeTo()),
                new Scenario.CampaignText(x.templates(), exact, edit, x.editOperations(), x.paraphraseLevel(),
                        x.machineTranslationArtefacts(), x.languages(), camouflage, x.linkRate(),
                        x.mentionsPerPost(), x.hashtagsPerPost()),
                c.engagement());
        Scenario s = new Scenario(base.format(), base.name(), base.description(), base.period(), organic, base.authentic(),
                base.backgroundBots(), base.targets(), campaign);

        Generated g = Generator.generate(s, seed);
        Dataset d = g.dataset();
        GroundTruth truth = g.truth();

        assertThat(d.accounts()).allMatch(Account::synthetic);
        assertThat(truth.accounts()).hasSameSizeAs(d.accounts());
        assertThat(truth.posts()).hasSameSizeAs(d.posts());
        long campaignAccounts = truth.accounts().values().stream().filter(GroundTruth.AccountTruth::isCampaign).count();
        assertThat(campaignAccounts).isEqualTo(enabled ? accounts : 0);

        Map<String, Post> byId = new HashMap<>();
        Set<String> accountIds = new HashSet<>();
        d.accounts().forEach(a -> accountIds.add(a.id()));
        assertThat(accountIds).hasSameSizeAs(d.accounts());
        Map<String, String> verbatim = new HashMap<>();
        Post previous = null;
        for (Post post : d.posts()) {
            assertThat(byId.put(post.id(), post)).isNull();
            assertThat(accountIds).contains(post.accountId());
            if (previous != null) {
                assertThat(post.time()).isGreaterThanOrEqualTo(previous.time());
                assertThat(post.id()).isGreaterThan(previous.id());
            }
            previous = post;
            GroundTruth.PostTruth pt = truth.posts().get(post.id());
            assertThat(pt.kind()).isIn(KINDS);
            assertThat(pt.templateId() >= 0).isEqualTo(TEMPLATE_KINDS.contains(pt.kind()));
            assertThat(pt.campaign()).isEqualTo(truth.isCampaign(post.accountId()) && !pt.kind().equals("legacy"));
            if (post.replyTo() != null) {
                assertThat(byId).containsKey(post.replyTo());
                assertThat(byId.get(post.replyTo()).time()).isLessThan(post.time());
            }
            if (pt.kind().equals("verbatim")) {
                String key = pt.templateId() + "/" + post.lang();
                assertThat(verbatim.putIfAbsent(key, post.text())).isIn(null, post.text());
            }
            assertThat(post.text()).isNotBlank();
            assertThat(post.time()).isLessThan(d.info().end());
        }
        for (Engagement e : d.engagements()) {
            assertThat(accountIds).contains(e.accountId());
            assertThat(byId.get(e.postId()).time()).isLessThan(e.time());
            assertThat(byId.get(e.postId()).accountId()).isNotEqualTo(e.accountId());
        }
        assertThat(d.targets()).extracting(org.spamouflage.sandbox.dataset.Target::accountId).allMatch(accountIds::contains);
        assertThat(List.copyOf(d.engagements())).doesNotHaveDuplicates();
    }
}
