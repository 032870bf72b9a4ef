package org.spamouflage.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
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

    @Provide
    Arbitrary<String> handlePatterns() {
        return Arbitraries.of("name-digits", "name-random", "persona");
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Asia/Shanghai", "America/Toronto", "Europe/Moscow", "Pacific/Auckland");
    }

    @Property(tries = 15)
    void generatedDataIsWellFormed(@ForAll long seed, @ForAll boolean enabled,
                                   @ForAll @IntRange(min = 0, max = 150) int accounts,
                                   @ForAll @IntRange(min = 1, max = 12) int operators,
                                   @ForAll @IntRange(min = 1, max = 6) int cells,
                                   @ForAll @DoubleRange(min = 0, max = 1) double exact,
                                   @ForAll @DoubleRange(min = 0, max = 1) double edit,
                                   @ForAll @DoubleRange(min = 0, max = 1) double camouflage,
                                   @ForAll @DoubleRange(min = 0, max = 240) double jitter,
                                   @ForAll @DoubleRange(min = 0, max = 1) double weekendFactor,
                                   @ForAll @DoubleRange(min = 0, max = 1) double hijacked,
                                   @ForAll("handlePatterns") String pattern, @ForAll("zones") String zone) {
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
