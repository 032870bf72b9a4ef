package org.spamouflage.sandbox.detection.signals;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;
import org.spamouflage.sandbox.detection.network.TextLayer;

/**
 * Recycled filler: the share of an account's posts that are off-topic (neither a reply to a
 * public figure's post nor mentioning one) and yet near-copies of posts by at least
 * {@code minFamilyAccounts} accounts: cats, landscapes, food and quotes pasted across a network
 * to look like ordinary users. Honest off-topic posts are written by one person each and do not
 * count. Source: political posts drowned in low-quality filler (Graphika 2019, 2020; Google TAG
 * 2022). Cost: O(posts) after the text layer.
 */
public final class CamouflageSignal implements Signal {

    private static final SignalInfo INFO = new SignalInfo("camouflage", "Copied filler posts", "coordination",
            "High when many of the account's off-topic posts are near-copies of other accounts' posts.",
            "Graphika 2019, 2020; Google TAG 2022");

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
        if (!ctx.dataset().targets().isEmpty()) {
            ctx.shared(OffTopic.class, CamouflageSignal::offTopic);
        }
    }

    /** Per post, whether it is off-topic: neither a reply to a public figure's post nor mentioning one. */
    private record OffTopic(boolean[] posts) {
    }

    // Needs only the dataset: found in prepare, before the network is finished.
    private static OffTopic offTopic(DetectionContext ctx) {
        Set<String> targetPosts = new HashSet<>();
        Set<String> targetHandles = new HashSet<>();
        Set<String> targetIds = new HashSet<>();
        for (Target t : ctx.dataset().targets()) {
            targetIds.add(t.accountId());
            ctx.dataset().account(t.accountId()).ifPresent(acc -> targetHandles.add(acc.handle().toLowerCase(Locale.ROOT)));
        }
        for (Post p : ctx.dataset().posts()) {
            if (targetIds.contains(p.accountId())) {
                targetPosts.add(p.id());
            }
        }
        boolean[] off = new boolean[ctx.dataset().posts().size()];
        for (int a = 0; a < ctx.size(); a++) {
            for (int p : ctx.posts(a)) {
                Post post = ctx.post(p);
                off[p] = !((post.replyTo() != null && targetPosts.contains(post.replyTo()))
                        || mentionsAny(post, targetHandles));
            }
        }
        return new OffTopic(off);
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        if (ctx.dataset().targets().isEmpty()) {
            return SignalResult.abstain(ctx.size(), "the data name no public figures (targets), so no post is on or off"
                    + " topic");
        }
        boolean[] off = ctx.takeShared(OffTopic.class, CamouflageSignal::offTopic).posts();
        TextLayer text = CoordinationNetwork.of(ctx).text();
        int min = ctx.settings().minFamilyAccounts();
        int n = ctx.size();
        double[] scores = new double[n];
        double[] raw = new double[n];
        int[] offTopic = new int[n];
        for (int a = 0; a < n; a++) {
            int copied = 0;
            for (int p : ctx.posts(a)) {
                if (off[p]) {
                    offTopic[a]++;
                    if (text.messageAccounts(p) >= min) {
                        copied++;
                    }
                }
            }
            raw[a] = copied;
            scores[a] = ctx.posts(a).length == 0 ? 0 : (double) copied / ctx.posts(a).length;
        }
        return new SignalResult(scores, raw, a -> String.format(Locale.ROOT,
                "%d of %d posts are off-topic; %d of those are near-copies of posts by at least %d accounts.",
                offTopic[a], ctx.posts(a).length, (int) raw[a], min));
    }

    private static boolean mentionsAny(Post post, Set<String> handles) {
        for (String m : post.mentions()) {
            if (handles.contains(m.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
