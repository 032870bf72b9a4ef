package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.LikeDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Honest likes: {@code likesPerPost} per honest post on average, 60% of them on politicians' posts
 * (by share of attention) and 40% on honest posts by follower count (popular posts draw more).
 * Likers are drawn by activity, with a floor so lurkers like too; likes decay after the post like
 * replies do. Campaign posts get {@code organicEngagementRate} honest likes each on average: the
 * network mostly talks to itself (RRM 2023).
 */
final class EngagementBuilder {
    private final World w;
    private final Politicians politicians;
    private final OrganicBuilder organic;
    private final CampaignBuilder campaign;

    EngagementBuilder(World w, Politicians politicians, OrganicBuilder organic, CampaignBuilder campaign) {
        this.w = w;
        this.politicians = politicians;
        this.organic = organic;
        this.campaign = campaign;
    }

    void build() {
        List<AccountDraft> likers = organic.members;
        if (likers.isEmpty()) {
            return;
        }
        double[] weights = new double[likers.size()];
        double mean = 0;
        for (int i = 0; i < weights.length; i++) {
            mean += likers.get(i).activity / weights.length;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = likers.get(i).activity + 0.3 * mean + 1e-6;
        }
        double[] likerCum = Rng.cumulative(weights);
        double halfLife = Math.max(1, w.scenario.organic().replyHalfLifeMinutes()) * 60;
        double decayMean = halfLife / Math.log(2);

        List<PostDraft> honest = new ArrayList<>(w.posts.size());
        for (PostDraft p : w.posts) {
            if (p.author.cls == AccountClass.ORGANIC && p.time >= w.start && !"target".equals(p.kind)) {
                honest.add(p);
            }
        }
        double total = Math.max(0, w.scenario.organic().likesPerPost()) * honest.size();

        // Politicians' posts, by each politician's share of attention.
        Rng r = Rng.derive(w.seed, "likes", 0);
        double[] share = new double[politicians.size()];
        for (int i = 0; i < share.length; i++) {
            share[i] = politicians.commentCumulative[i] - (i == 0 ? 0 : politicians.commentCumulative[i - 1]);
        }
        for (int i = 0; i < politicians.size(); i++) {
            PostDraft[] ps = politicians.posts[i];
            if (ps.length == 0) {
                continue;
            }
            double perPost = 0.6 * total * share[i] / ps.length;
            for (PostDraft p : ps) {
                likes(r, p, r.poisson(perPost), likers, likerCum, decayMean);
            }
        }

        // Honest posts, by the author's reach.
        r = Rng.derive(w.seed, "likes", 1);
        double reachSum = 0;
        double[] reach = new double[honest.size()];
        for (int i = 0; i < reach.length; i++) {
            reach[i] = Math.pow(honest.get(i).author.followers + 1.0, 0.6);
            reachSum += reach[i];
        }
        for (int i = 0; i < reach.length; i++) {
            double perPost = reachSum <= 0 ? 0 : 0.4 * total * reach[i] / reachSum;
            likes(r, honest.get(i), r.poisson(perPost), likers, likerCum, decayMean);
        }

        // Campaign posts: rare honest engagement.
        r = Rng.derive(w.seed, "likes", 2);
        double rate = Math.max(0, w.scenario.campaign().engagement().organicEngagementRate());
        for (PostDraft p : campaign.posts) {
            likes(r, p, r.poisson(rate), likers, likerCum, decayMean);
        }
    }

    /** Adds up to {@code n} likes on {@code p}; an account likes a post at most once. */
    private void likes(Rng r, PostDraft p, int n, List<AccountDraft> likers, double[] likerCum, double decayMean) {
        if (n <= 0) {
            return;
        }
        int stamp = w.nextStamp();
        for (int k = 0; k < n; k++) {
            AccountDraft who = likers.get(r.pickCumulative(likerCum));
            long t = p.time + 5 + (long) (r.chance(0.9) ? r.exponential(decayMean) : r.logNormal(8 * 3600, 1.0));
            if (who == p.author || t >= w.end || who.likedStamp == stamp) {
                continue;
            }
            who.likedStamp = stamp;
            w.likes.add(new LikeDraft(who, p, t));
        }
    }
}
