package org.spamouflage.sandbox.detection.signals;

import java.util.Locale;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Posting volume against the DFRLab rule of thumb that more than {@value #BOT_POSTS_PER_DAY}
 * posts a day is bot-like. Rate = posts / max(1, days between the first and last post); score =
 * rate / 72, capped at 1. Spamouflage accounts post little each (about 7.5 posts over weeks in
 * Canada 2023), so this signal mostly flags background bots and superfans: an honest lesson in why
 * volume alone misleads. Cost: O(accounts).
 */
public final class VolumeSignal implements Signal {
    static final double BOT_POSTS_PER_DAY = 72;

    private static final SignalInfo INFO = new SignalInfo("volume", "Posting volume", "account",
            "High when the account posts close to or above 72 times a day.", "DFRLab rule of thumb");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        int n = ctx.size();
        double[] scores = new double[n];
        double[] raw = new double[n];
        for (int a = 0; a < n; a++) {
            int[] posts = ctx.posts(a);
            long span = ctx.time(posts[posts.length - 1]) - ctx.time(posts[0]);
            double days = Math.max(1.0, span / 86400.0);
            raw[a] = posts.length / days;
            scores[a] = Math.min(1.0, raw[a] / BOT_POSTS_PER_DAY);
        }
        return new SignalResult(scores, raw, a -> String.format(Locale.ROOT,
                "%.1f posts a day (%d posts).", raw[a], ctx.posts(a).length));
    }
}
