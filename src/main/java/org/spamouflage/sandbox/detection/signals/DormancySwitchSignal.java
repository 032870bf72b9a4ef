package org.spamouflage.sandbox.detection.signals;

import java.util.Locale;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Reactivated accounts: a silence of at least {@value #MIN_SILENT_DAYS} days between two posts,
 * after which the account switches language and/or client app. Score 0.2 for the silence alone
 * (honest people take long breaks too), +0.4 if the main language before and after differ, +0.4
 * if the main client differs. Source:
 * hijacked or bought accounts silent for years, then an abrupt switch of language, topic and
 * client (ASPI 2019; Astroscreen; ISD 2024). Cost: O(posts).
 */
public final class DormancySwitchSignal implements Signal {
    static final int MIN_SILENT_DAYS = 365;

    private static final SignalInfo INFO = new SignalInfo("dormancy-switch", "Dormant, then switched", "account",
            "High when the account was silent for a year or more and came back in another language or app.",
            "ASPI 2019; Astroscreen 2019; ISD 2024");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        int n = ctx.size();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (org.spamouflage.sandbox.dataset.Post p : ctx.dataset().posts()) {
            first = Math.min(first, p.time());
            last = Math.max(last, p.time());
        }
        if (first > last || (last - first) / 86400.0 < MIN_SILENT_DAYS) {
            return SignalResult.abstain(n, String.format(Locale.ROOT,
                    "the data span %s, shorter than the %.0f days of silence the signal looks for",
                    first > last ? "no time" : String.format(Locale.ROOT, "%.1f days", (last - first) / 86400.0),
                    (double) MIN_SILENT_DAYS));
        }
        double[] scores = new double[n];
        double[] raw = new double[n];
        int[] splitAt = new int[n];
        for (int a = 0; a < n; a++) {
            int[] posts = ctx.posts(a);
            int split = -1;
            long longest = 0;
            for (int i = 1; i < posts.length; i++) {
                long g = ctx.time(posts[i]) - ctx.time(posts[i - 1]);
                if (g > longest) {
                    longest = g;
                    split = i;
                }
            }
            raw[a] = longest / 86400.0;
            splitAt[a] = split < 0 || raw[a] < MIN_SILENT_DAYS ? -1 : split;
            if (splitAt[a] < 0) {
                continue;
            }
            boolean langSwitch = switched(main(ctx, posts, 0, split, true),
                    main(ctx, posts, split, posts.length, true));
            boolean appSwitch = switched(main(ctx, posts, 0, split, false),
                    main(ctx, posts, split, posts.length, false));
            scores[a] = 0.2 + (langSwitch ? 0.4 : 0) + (appSwitch ? 0.4 : 0);
        }
        // explanations are written when asked for (one account's page), not for every account up front
        return new SignalResult(scores, raw, a -> {
            int split = splitAt[a];
            if (split < 0) {
                return String.format(Locale.ROOT, "Longest silence %.0f days.", raw[a]);
            }
            int[] posts = ctx.posts(a);
            return String.format(Locale.ROOT, "Silent for %.1f years; language %s → %s; client %s → %s.",
                    raw[a] / 365.25, show(main(ctx, posts, 0, split, true)),
                    show(main(ctx, posts, split, posts.length, true)), show(main(ctx, posts, 0, split, false)),
                    show(main(ctx, posts, split, posts.length, false)));
        });
    }

    private static boolean switched(String before, String after) {
        return !before.isEmpty() && !after.isEmpty() && !before.equals(after);
    }

    private static String show(String s) {
        return s.isEmpty() ? "unknown" : "\"" + s + "\"";
    }

    /** Most frequent language (or client) among posts[from, to); ties broken alphabetically. */
    private static String main(DetectionContext ctx, int[] posts, int from, int to, boolean language) {
        // The few distinct values of a stretch (one or two languages or apps) are counted in two small arrays
        // rather than a sorted map of boxed counts; the most frequent wins, the smallest (String order) among equals.
        String[] keys = new String[4];
        int[] counts = new int[4];
        int distinct = 0;
        for (int i = from; i < to; i++) {
            Post p = ctx.post(posts[i]);
            String key = language ? p.lang() : p.source();
            if (key.isEmpty()) {
                continue;
            }
            int k = 0;
            while (k < distinct && !keys[k].equals(key)) {
                k++;
            }
            if (k == distinct) {
                if (distinct == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, distinct * 2);
                    counts = java.util.Arrays.copyOf(counts, distinct * 2);
                }
                keys[distinct++] = key;
            }
            counts[k]++;
        }
        String best = "";
        int bestCount = 0;
        for (int k = 0; k < distinct; k++) {
            if (counts[k] > bestCount || (counts[k] == bestCount && keys[k].compareTo(best) < 0)) {
                best = keys[k];
                bestCount = counts[k];
            }
        }
        return best;
    }
}
