package org.spamouflage.sandbox.scenario;

import java.time.temporal.ChronoUnit;

/**
 * Hard caps that keep a scenario from exhausting memory, and the size estimate they are checked
 * against. The generator holds the whole dataset in memory (it must, to link replies and
 * engagements), so the caps bound its heap; detection's per-account structures grow with the
 * account count.
 *
 * <p>Per-item sizes were measured on OpenJDK 17 (64-bit, compressed oops) by allocating a million
 * {@code Post}s with 60–220 character texts, {@code Account}s and {@code Engagement}s and comparing
 * the used heap after GC: about 400, 234 and 36 bytes.
 */
public final class ScenarioLimits {

    /** Most accounts of all kinds (organic, superfans, campaign, background bots, politicians). */
    public static final long MAX_ACCOUNTS = 250_000;
    /** Most posts the estimate may reach. */
    public static final long MAX_POSTS = 2_000_000;
    /** Most likes the estimate may reach. */
    public static final long MAX_ENGAGEMENTS = 10_000_000;

    public static final int BYTES_PER_POST = 400;
    public static final int BYTES_PER_ACCOUNT = 250;
    public static final int BYTES_PER_ENGAGEMENT = 36;

    private ScenarioLimits() {
    }

    /**
     * How big a scenario's dataset will be, estimated from its parameters. Deliberately generous:
     * it counts superfans as extra accounts and assumes spikes and surges add posts rather than
     * move them, and that {@code campaign.timing.postsPerAccount} counts political posts only, with
     * camouflage on top ({@code / (1 - camouflageRatio)}).
     *
     * @param days         days in the period (start and end included)
     * @param campaignDays days in the campaign's active window (0 when disabled)
     */
    public record Estimate(long days, long organicAccounts, long superfans, long campaignAccounts, long bots,
                           long politicians, long authenticAccounts, double organicPosts, double superfanPosts,
                           double botPosts, double targetPosts, double authenticPosts, long campaignDays,
                           double campaignPosts, double legacyPosts, double engagements) {

        public long accounts() {
            return organicAccounts + superfans + campaignAccounts + bots + politicians + authenticAccounts;
        }

        public double posts() {
            return organicPosts + superfanPosts + botPosts + targetPosts + authenticPosts + campaignPosts + legacyPosts;
        }
    }

    /** Posts a prime minister makes relative to the average politician (prominence weight 3 against a mean of about 1). */
    static final double BUSIEST_POLITICIAN_FACTOR = 3;
    /** Posts an advocacy organisation makes per push besides its supporters' letters (the call and a thank-you, in both languages). */
    public static final int ORGANISATION_POSTS_PER_PUSH = 4;

    /** The estimate for a scenario whose fields are each within their ranges. */
    public static Estimate estimate(Scenario s) {
        long days = Math.max(1, ChronoUnit.DAYS.between(s.period().start(), s.period().end()) + 1);
        Scenario.Organic o = s.organic();
        double spikeFactor = 1;
        for (Scenario.NewsSpike spike : o.newsSpikes()) {
            spikeFactor += (spike.multiplier() - 1) * Math.min(spike.durationHours(), days * 24.0) / (days * 24.0);
        }
        double organicPosts = o.accounts() * o.postsPerAccount() * spikeFactor;
        double superfanPosts = o.superfans().count() * o.superfans().postsPerDay() * days;
        double botPosts = s.backgroundBots().count() * s.backgroundBots().postsPerDay() * days;
        double targetPosts = s.targets().politicians() * s.targets().postsPerDay() * days;
        Scenario.Authentic a = s.authentic();
        Scenario.News n = a.news();
        long authenticAccounts = (long) n.outlets() + n.aggregators() + a.advocacy().pushes();
        double outletPosts = n.outlets() * n.postsPerDay() * days
                + n.wireStoriesPerDay() * days * Math.max(2, n.pickupShare() * n.outlets());
        // An aggregator follows about half of the outlets; counting all of them keeps the estimate generous.
        double aggregatorPosts = n.aggregators() * outletPosts;
        double busiestPoliticianPosts = BUSIEST_POLITICIAN_FACTOR * s.targets().postsPerDay() * days;
        double ringPosts = a.fanRings().rings() * a.fanRings().members() * a.fanRings().replyRate() * busiestPoliticianPosts;
        double authenticPosts = outletPosts + aggregatorPosts + ringPosts
                + a.advocacy().pushes() * (a.advocacy().supporters() * a.advocacy().recipients()
                + ORGANISATION_POSTS_PER_PUSH)
                + a.hashtagGames().games() * a.hashtagGames().players() * a.hashtagGames().entriesPerPlayer();
        // Amplifying supporters like and re-share the call and a few letters.
        double advocacyEngagements = a.advocacy().pushes() * a.advocacy().supporters() * a.advocacy().amplifyRate() * 6;
        // Ring members like and re-share each of their politician's posts.
        double ringEngagements = 2.0 * a.fanRings().rings() * a.fanRings().members() * a.fanRings().shareRate()
                * busiestPoliticianPosts;

        Scenario.Campaign c = s.campaign();
        long campaignAccounts = c.enabled() ? c.accounts() : 0;
        long campaignDays = 0;
        double campaignPosts = 0;
        double legacyPosts = 0;
        if (c.enabled()) {
            campaignDays = Math.max(1, ChronoUnit.DAYS.between(c.timing().activeFrom(), c.timing().activeTo()) + 1);
            double surgeFactor = 1;
            for (Scenario.Surge surge : c.timing().surges()) {
                long surgeDays = Math.max(1, ChronoUnit.DAYS.between(surge.start(), surge.end()) + 1);
                surgeFactor += (surge.multiplier() - 1) * Math.min(surgeDays, campaignDays) / campaignDays;
            }
            campaignPosts = c.accounts() * c.timing().postsPerAccount() * surgeFactor
                    / (1 - Math.min(c.text().camouflageRatio(), 0.95));
            legacyPosts = c.accounts() * (c.origin().hijacked() + c.origin().bought())
                    * c.dormancy().legacyPostsPerAccount();
        }
        // Politicians' posts draw more shares than honest posts, but there are few of them: the
        // honest-post rate is a fair estimate for the cap.
        double engagements = (organicPosts + superfanPosts + botPosts + targetPosts + authenticPosts)
                * (o.likesPerPost() + o.sharesPerPost()) + ringEngagements + advocacyEngagements
                + campaignPosts * (c.engagement().inNetworkLikesPerPost() + c.engagement().organicEngagementRate()
                + c.engagement().inNetworkSharesPerPost());
        return new Estimate(days, o.accounts(), o.superfans().count(), campaignAccounts, s.backgroundBots().count(),
                s.targets().politicians(), authenticAccounts, organicPosts, superfanPosts, botPosts, targetPosts,
                authenticPosts, campaignDays, campaignPosts, legacyPosts, engagements);
    }
}
