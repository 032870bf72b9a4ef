package org.spamouflage.sandbox.scenario;

import static org.spamouflage.sandbox.scenario.CrossFieldChecks.count;

import java.util.Locale;
import java.util.function.Predicate;

/** Checks the {@link ScenarioLimits} caps and says why they exist. Problems name the whole file ({@code $}). */
final class Caps {
    /** The fields the estimate reads; with any of them unusable the estimate would mislead. */
    private static final String[] INPUTS = {"$.period", "$.organic.accounts", "$.organic.postsPerAccount",
        "$.organic.newsSpikes", "$.organic.superfans", "$.organic.likesPerPost", "$.organic.sharesPerPost",
        "$.backgroundBots", "$.authentic",
        "$.targets.politicians", "$.targets.postsPerDay", "$.campaign.enabled", "$.campaign.accounts",
        "$.campaign.origin", "$.campaign.dormancy.legacyPostsPerAccount", "$.campaign.timing.postsPerAccount",
        "$.campaign.timing.surges", "$.campaign.timing.activeFrom", "$.campaign.timing.activeTo",
        "$.campaign.text.camouflageRatio", "$.campaign.engagement"};

    private Caps() {
    }

    static void check(Scenario s, Problems problems, Predicate<String[]> usable) {
        if (!usable.test(INPUTS)) {
            return;
        }
        ScenarioLimits.Estimate e = ScenarioLimits.estimate(s);
        if (e.accounts() > ScenarioLimits.MAX_ACCOUNTS) {
            problems.add("$", "", "has " + count(e.accounts()) + " accounts in total (organic " + count(e.organicAccounts())
                    + " + superfans " + count(e.superfans()) + " + campaign " + count(e.campaignAccounts())
                    + " + background bots " + count(e.bots()) + " + politicians " + count(e.politicians())
                    + " + news outlets, aggregators and advocacy organisations " + count(e.authenticAccounts())
                    + "); allowed: at most " + count(ScenarioLimits.MAX_ACCOUNTS) + " accounts, which keeps the "
                    + "generator's and the detector's memory bounded (each account carries a profile of about "
                    + ScenarioLimits.BYTES_PER_ACCOUNT + " bytes, a schedule and a row in the coordination network)");
        }
        if (e.posts() > ScenarioLimits.MAX_POSTS) {
            problems.add("$", "", "would generate about " + count(e.posts()) + " posts (organic " + count(e.organicPosts())
                    + " + superfans " + count(e.superfanPosts()) + " + background bots " + count(e.botPosts())
                    + " + politicians " + count(e.targetPosts()) + " + authentic coordination "
                    + count(e.authenticPosts()) + " + campaign " + count(e.campaignPosts())
                    + " + old posts of hijacked and bought accounts " + count(e.legacyPosts()) + "); allowed: at most "
                    + count(ScenarioLimits.MAX_POSTS) + " posts, which keeps the generator's memory bounded (about "
                    + ScenarioLimits.BYTES_PER_POST + " bytes per post, "
                    + gigabytes(ScenarioLimits.MAX_POSTS * ScenarioLimits.BYTES_PER_POST) + " at the cap)");
        }
        if (e.engagements() > ScenarioLimits.MAX_ENGAGEMENTS) {
            problems.add("$", "", "would generate about " + count(e.engagements()) + " likes and shares; allowed: at most "
                    + count(ScenarioLimits.MAX_ENGAGEMENTS) + " likes and shares, which keeps the generator's memory bounded (about "
                    + ScenarioLimits.BYTES_PER_ENGAGEMENT + " bytes per like or share, "
                    + gigabytes(ScenarioLimits.MAX_ENGAGEMENTS * ScenarioLimits.BYTES_PER_ENGAGEMENT)
                    + " at the cap); lower $.organic.likesPerPost, $.organic.sharesPerPost,"
                    + " $.campaign.engagement.inNetworkLikesPerPost or $.campaign.engagement.inNetworkSharesPerPost");
        }
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
