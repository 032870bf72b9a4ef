package org.spamouflage.sandbox.detection.signals;

import java.util.Locale;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;
import org.spamouflage.sandbox.detection.network.Layer;

/**
 * Acting together with the same partners again and again: the share of an account's actions in
 * one layer (comments on the same post, shares of the same link, the same hashtag, posts of one
 * near-duplicate family) that happened within the layer's window of an action by a partner whose
 * pairing with this account is statistically significant ({@link
 * org.spamouflage.sandbox.detection.coaction.EdgeSignificance}: more shared objects than the two
 * accounts' activity explains, Benjamini–Hochberg q ≤ the significance level). Score = that share,
 * in [0,1]. A single co-comment on a busy post is not enough: the partner must recur.
 *
 * <p>Sources: co-action networks (CooRTweet; QUT coordination-network-toolkit; Keller et al. 2020:
 * coordination traces separate paid agents better than account features); "repetitive messages from
 * different names and different handles" (CTV on Canada 2023). Cost: that of the layer.
 */
public final class CoActionSignal implements Signal {
    private final String layerId;
    private final SignalInfo info;
    private final String actionWord;

    public CoActionSignal(String layerId, String title, String actionWord, String objectWord, String source) {
        this.layerId = layerId;
        this.actionWord = actionWord;
        this.info = new SignalInfo(layerId, title, "coordination",
                "High when most of the account's " + actionWord + " happen within the window of a recurring partner's "
                        + actionWord + " on the same " + objectWord + ".", source);
    }

    @Override
    public SignalInfo info() {
        return info;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        Layer layer = CoordinationNetwork.of(ctx).layer(layerId);
        int n = ctx.size();
        double[] scores = new double[n];
        double[] raw = new double[n];
        for (int a = 0; a < n; a++) {
            int acts = layer.actions(a);
            raw[a] = layer.partners(a);
            scores[a] = acts == 0 ? 0 : Math.min(1.0, (double) layer.marked(a) / acts);
        }
        long w = layer.window();
        String window = w == 3600 ? "an hour" : w % 3600 == 0 ? (w / 3600) + " hours"
                : w % 60 == 0 && w >= 120 ? (w / 60) + " minutes" : w + " seconds";
        return new SignalResult(scores, raw, a -> layer.actions(a) == 0
                ? "No " + actionWord + " in this layer."
                : String.format(Locale.ROOT, "%d of %d %s within %s of a recurring partner's; %d significant partner%s.",
                        layer.marked(a), layer.actions(a), actionWord, window, layer.partners(a),
                        layer.partners(a) == 1 ? "" : "s"));
    }
}
