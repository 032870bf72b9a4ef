package org.spamouflage.sandbox.detection.signals;

import java.util.Locale;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Clockwork posting. Uses the burstiness B = (σ − μ)/(σ + μ) of the gaps between an account's
 * consecutive posts (Goh &amp; Barabási, EPL 2008): people are bursty (heavy-tailed gaps, B &gt; 0;
 * Vajna et al. 2013), scheduled posters are regular (B near −1). Score = max(0, −B). Needs at
 * least {@value #MIN_POSTS} posts (three gaps); with fewer it does not apply to the account (NaN: two gaps
 * are always "regular" or "bursty" by accident). Cost: O(posts).
 */
public final class RegularitySignal implements Signal {
    static final int MIN_POSTS = 4;

    private static final SignalInfo INFO = new SignalInfo("regularity", "Regular posting", "account",
            "High when the gaps between posts are unusually even, like a scheduler.",
            "Goh & Barabási 2008; Vajna, Tóth & Kertész 2013");

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
            if (posts.length < MIN_POSTS) {
                raw[a] = Double.NaN;
                scores[a] = Double.NaN;
                continue;
            }
            double sum = 0;
            double sumSq = 0;
            int gaps = posts.length - 1;
            for (int i = 1; i < posts.length; i++) {
                double g = ctx.time(posts[i]) - ctx.time(posts[i - 1]);
                sum += g;
                sumSq += g * g;
            }
            double mean = sum / gaps;
            double sd = Math.sqrt(Math.max(0, sumSq / gaps - mean * mean));
            double b = (sd + mean) == 0 ? -1 : (sd - mean) / (sd + mean);
            raw[a] = b;
            scores[a] = Math.max(0, -b);
        }
        return new SignalResult(scores, raw, a -> Double.isNaN(raw[a])
                ? "Too few posts to judge regularity."
                : String.format(Locale.ROOT, "Burstiness of gaps between posts %.2f (people ≈ 0.2 to 0.6; schedulers ≈ −1).", raw[a]));
    }
}
