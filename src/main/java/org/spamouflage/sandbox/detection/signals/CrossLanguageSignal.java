package org.spamouflage.sandbox.detection.signals;

import java.util.Locale;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;
import org.spamouflage.sandbox.detection.network.TextLayer;

/**
 * The same message in English and French: the share of an account's posts that belong to a message
 * family found in both languages (an English and a French near-duplicate family joined by
 * {@link org.spamouflage.sandbox.detection.text.FamilyPairing}: shared language-independent anchors
 * such as names, handles, hashtags, links, numbers and emoji propose the pair, and shared authors
 * posting both families in the same bursts, or largely the same accounts posting both, decide it; a family
 * counts too when one of its anchor variants, another message merged into it, was paired) and posted by at
 * least {@code minFamilyAccounts}
 * accounts. No translation model is used,
 * so messages without distinctive anchors are missed (measured in the package's tests). Source:
 * the same story pushed in many languages with machine-translation errors (Microsoft MTAC 2024;
 * Graphika 2020). Cost: that of the text layer.
 */
public final class CrossLanguageSignal implements Signal {

    private static final SignalInfo INFO = new SignalInfo("cross-language", "Same message in EN and FR", "coordination",
            "High when the account's posts belong to messages that many accounts post in both English and French.",
            "Microsoft MTAC 2024; Graphika 2020 (machine-translated copies)");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public boolean readsNetwork() {
        return true;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        java.util.TreeSet<String> languages = new java.util.TreeSet<>();
        for (org.spamouflage.sandbox.dataset.Post p : ctx.dataset().posts()) {
            if (languages.size() == 2) {
                break; // two are all the test needs
            }
            if (!p.lang().isEmpty() && !p.text().isEmpty()) {
                languages.add(p.lang());
            }
        }
        if (languages.size() < 2) {
            return SignalResult.abstain(ctx.size(), languages.isEmpty()
                    ? "the data give no post languages"
                    : "every post with a known language is in one language (" + languages.first() + ")");
        }
        TextLayer text = CoordinationNetwork.of(ctx).text();
        int min = ctx.settings().minFamilyAccounts();
        int n = ctx.size();
        double[] scores = new double[n];
        double[] raw = new double[n];
        for (int a = 0; a < n; a++) {
            int[] posts = ctx.posts(a);
            int hits = 0;
            for (int p : posts) {
                if (text.crossLanguage(p) && text.messageAccounts(p) >= min) {
                    hits++;
                }
            }
            raw[a] = hits;
            scores[a] = posts.length == 0 ? 0 : (double) hits / posts.length;
        }
        return new SignalResult(scores, raw, a -> String.format(Locale.ROOT,
                "%d of %d posts belong to a message that %s in both English and French.", (int) raw[a], ctx.posts(a).length,
                "at least " + min + " accounts posted"));
    }
}
