package org.spamouflage.sandbox.detection.signals;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.List;
import java.util.Locale;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;

/**
 * A network talking to itself: the share of the likes and re-shares an account's posts received
 * that came from accounts in its own detected cluster, shrunk towards 0 with {@value #PRIOR}
 * pseudo-engagements so two likes from a friend are not a flag. Accounts outside any cluster
 * score 0. Source: zero or minimal engagement from real users (Global Affairs Canada RRM 2023;
 * ASPI 2023); accounts that only engage each other (Keller et al. 2020). Cost: O(engagements).
 */
public final class InClusterEngagementSignal implements Signal {
    static final int PRIOR = 3;

    private static final SignalInfo INFO = new SignalInfo("in-cluster-engagement", "Engagement from own cluster",
            "coordination", "High when the likes and shares the account receives come from its own cluster.",
            "Global Affairs Canada RRM 2023; Keller et al. 2020");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public boolean readsNetwork() {
        return true;
    }

    @Override
    public void prepare(DetectionContext ctx) {
        if (!ctx.dataset().engagements().isEmpty()) {
            ctx.shared(Lookups.class, InClusterEngagementSignal::lookups);
        }
    }

    /**
     * Per engagement, the index of the post's author (−1 when it is not a scored account) and of the giver (looked
     * up only when the author is scored); per account, how many engagements its posts received.
     */
    private record Lookups(int[] authorOf, int[] giverOf, int[] received) {
    }

    // Who gave what to whom needs only the dataset: looked up in prepare, before the network is finished, and the
    // clusters (found on a thread of their own) asked for afterwards; the lookups are most of this signal's time
    // (ten million posts, 18.7 million engagements with two hash lookups each).
    private static Lookups lookups(DetectionContext ctx) {
        Object2IntOpenHashMap<String> postAuthor = new Object2IntOpenHashMap<>(ctx.dataset().posts().size());
        postAuthor.defaultReturnValue(-1);
        for (int p = 0; p < ctx.dataset().posts().size(); p++) {
            int a = ctx.authorOf(p);
            if (a >= 0) {
                Post post = ctx.post(p);
                postAuthor.put(post.id(), a);
            }
        }
        int[] received = new int[ctx.size()];
        List<Engagement> engagements = ctx.dataset().engagements();
        int[] authorOf = new int[engagements.size()];
        int[] giverOf = new int[engagements.size()];
        for (int i = 0; i < authorOf.length; i++) {
            Engagement e = engagements.get(i);
            authorOf[i] = postAuthor.getInt(e.postId());
            if (authorOf[i] >= 0) {
                received[authorOf[i]]++;
                giverOf[i] = ctx.indexOf(e.accountId());
            }
        }
        return new Lookups(authorOf, giverOf, received);
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        if (ctx.dataset().engagements().isEmpty()) {
            return SignalResult.abstain(ctx.size(), "the data hold no likes or re-shares (engagements)");
        }
        int n = ctx.size();
        Lookups lookups = ctx.takeShared(Lookups.class, InClusterEngagementSignal::lookups);
        int[] authorOf = lookups.authorOf();
        int[] giverOf = lookups.giverOf();
        int[] received = lookups.received();
        int[] cluster = CoordinationNetwork.of(ctx).clusters();
        int[] fromOwn = new int[n];
        for (int i = 0; i < authorOf.length; i++) {
            int author = authorOf[i];
            int giver = giverOf[i];
            if (author >= 0 && giver >= 0 && giver != author && cluster[author] >= 0 && cluster[giver] == cluster[author]) {
                fromOwn[author]++;
            }
        }
        double[] scores = new double[n];
        double[] raw = new double[n];
        for (int a = 0; a < n; a++) {
            raw[a] = received[a] == 0 ? Double.NaN : (double) fromOwn[a] / received[a];
            scores[a] = (double) fromOwn[a] / (received[a] + PRIOR);
        }
        return new SignalResult(scores, raw, a -> cluster[a] < 0
                ? String.format(Locale.ROOT, "Not in a detected cluster; %d likes or shares received.", received[a])
                : String.format(Locale.ROOT, "%d of %d likes or shares received came from its own cluster %d.",
                        fromOwn[a], received[a], cluster[a]));
    }
}
