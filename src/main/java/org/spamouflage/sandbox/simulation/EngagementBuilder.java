package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Honest likes. An honest post receives {@code likesPerPost} likes on average, more when its author
 * has more followers; politicians' posts draw many more ({@link #POLITICIAN_FACTOR} times as many
 * for an average politician, scaled by share of attention, so the prime minister's draw most).
 * Likers are drawn by activity, with a floor so lurkers like too; likes decay after the post like
 * replies do. Only a share {@code organicEngagementRate} of campaign posts draws any honest like:
 * the network mostly talks to itself (RRM 2023).
 *
 * <p>Honest re-shares: an honest post draws {@code sharesPerPost} of them on average, weighted by
 * reach like likes, and politicians' posts draw the same {@link #POLITICIAN_FACTOR} times more.
 * Each sharer decides on their own: the delay is log-normal with median {@code replyHalfLifeMinutes}
 * (half of a post's attention arrives within ~80 minutes, Pfeffer et al.) and sigma
 * {@link #SHARE_DELAY_SIGMA}, a heavy tail of hours. So viral posts are co-shared by honest people,
 * but at independent times, not in bursts.
 */
final class EngagementBuilder {
    /** How many times an honest post's likes an average politician's post draws. */
    static final double POLITICIAN_FACTOR = 10;
    /** Log-scale spread of honest share delays: the 90th percentile is about 5 times the median. */
    static final double SHARE_DELAY_SIGMA = 1.3;

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
        double decayMean = halfLife / StrictMath.log(2);

        List<PostDraft> honest = new ArrayList<>(w.posts.size());
        for (PostDraft p : w.posts) {
            // News outlets' headline posts draw little engagement on the platform; leaving them out
            // also keeps a 20,000-follower outlet from soaking up the honest likes.
            if (p.author.cls == AccountClass.ORGANIC && p.time >= w.start && !"target".equals(p.kind)
                    && p.author.role != AccountRole.NEWS) {
                honest.add(p);
            }
        }
        double perHonestPost = Math.max(0, w.scenario.organic().likesPerPost());

        // Politicians' posts draw far more likes than anyone's: an average politician's post gets
        // POLITICIAN_FACTOR times an honest post's likes, scaled by the politician's share of attention.
        Rng r = Rng.derive(w.seed, "likes", 0);
        int n = politicians.size();
        for (int i = 0; i < n; i++) {
            double share = politicians.commentCumulative[i] - (i == 0 ? 0 : politicians.commentCumulative[i - 1]);
            double perPost = perHonestPost * POLITICIAN_FACTOR * share * n;
            for (PostDraft p : politicians.posts[i]) {
                likes(r, p, r.poisson(perPost), likers, likerCum, decayMean);
            }
        }

        // Honest posts: likesPerPost on average, more for authors with more followers.
        r = Rng.derive(w.seed, "likes", 1);
        double reachSum = 0;
        double[] reach = new double[honest.size()];
        for (int i = 0; i < reach.length; i++) {
            reach[i] = StrictMath.pow(honest.get(i).author.followers + 1.0, 0.6);
            reachSum += reach[i];
        }
        double meanReach = reachSum / Math.max(1, reach.length);
        for (int i = 0; i < reach.length; i++) {
            double perPost = meanReach <= 0 ? 0 : perHonestPost * reach[i] / meanReach;
            likes(r, honest.get(i), r.poisson(perPost), likers, likerCum, decayMean);
        }

        shares(politicians, honest, reach, meanReach, likers, likerCum, halfLife);

        // Campaign posts: a share organicEngagementRate of them draws an honest like or two.
        r = Rng.derive(w.seed, "likes", 2);
        double rate = Math.max(0, Math.min(1, w.scenario.campaign().engagement().organicEngagementRate()));
        for (PostDraft p : campaign.posts) {
            likes(r, p, r.chance(rate) ? 1 + r.poisson(0.5) : 0, likers, likerCum, decayMean);
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
            w.likes.add(who, p, t);
        }
    }

    /** Honest re-shares of politicians' posts (stream "shares" 0) and honest posts (stream 1). */
    private void shares(Politicians politicians, List<PostDraft> honest, double[] reach, double meanReach,
                        List<AccountDraft> sharers, double[] sharerCum, double medianDelay) {
        double perHonestPost = Math.max(0, w.scenario.organic().sharesPerPost());
        if (perHonestPost <= 0) {
            return;
        }
        Rng r = Rng.derive(w.seed, "shares", 0);
        int n = politicians.size();
        for (int i = 0; i < n; i++) {
            double share = politicians.commentCumulative[i] - (i == 0 ? 0 : politicians.commentCumulative[i - 1]);
            double perPost = perHonestPost * POLITICIAN_FACTOR * share * n;
            for (PostDraft p : politicians.posts[i]) {
                shares(r, p, r.poisson(perPost), sharers, sharerCum, medianDelay);
            }
        }
        r = Rng.derive(w.seed, "shares", 1);
        for (int i = 0; i < reach.length; i++) {
            double perPost = meanReach <= 0 ? 0 : perHonestPost * reach[i] / meanReach;
            shares(r, honest.get(i), r.poisson(perPost), sharers, sharerCum, medianDelay);
        }
    }

    /** Adds up to {@code n} re-shares of {@code p}, each at its own time; an account shares a post at most once. */
    private void shares(Rng r, PostDraft p, int n, List<AccountDraft> sharers, double[] sharerCum, double medianDelay) {
        if (n <= 0) {
            return;
        }
        int stamp = w.nextStamp();
        for (int k = 0; k < n; k++) {
            AccountDraft who = sharers.get(r.pickCumulative(sharerCum));
            long t = p.time + 10 + (long) r.logNormal(medianDelay, SHARE_DELAY_SIGMA);
            if (who == p.author || t >= w.end || who.sharedStamp == stamp || who.createdAt >= t) {
                continue;
            }
            who.sharedStamp = stamp;
            w.likes.addShare(who, p, t);
        }
    }
}
