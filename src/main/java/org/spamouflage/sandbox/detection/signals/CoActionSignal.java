package org.spamouflage.sandbox.detection.signals;

import java.util.Locale;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;
import org.spamouflage.sandbox.detection.coaction.AccountCoordination;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;
import org.spamouflage.sandbox.detection.network.Layer;

/**
 * Acting together with other accounts: in one layer (comments on the same post, shares of the same link
 * or post, the same hashtag, copies of one message), how much of an account's activity happened within
 * the layer's window of another account's action on the same object.
 *
 * <p>Score = the larger of two readings of that evidence, in [0,1]:
 * <ol>
 *   <li>the share of the account's actions that co-occurred with a <em>linked</em> partner: a partner the
 *       pair test ties to it (they meet on more objects than their activity explains, {@link
 *       org.spamouflage.sandbox.detection.coaction.EdgeSignificance}), or one that, like itself, co-acts with
 *       others more than its activity and timing explain ({@link AccountCoordination}), or, for copied text,
 *       one in the same significant burst of a message;</li>
 *   <li>the share of its units (actions; for copied text, posts with text) that co-occurred with anyone's,
 *       at the lower end of its 95% confidence interval ({@link AccountCoordination#lowerBound}), so that a
 *       few actions cannot score high: three out of three gives 0.44, 45 of 50 gives 0.79.</li>
 * </ol>
 * The first needs a partner that recurs or a test that separates the account from chance; on real data
 * where one operation writes most of the posts neither can succeed (the chance level is the operation's
 * own), and the second still ranks the accounts that co-act most. The evidence says which reading gave the
 * score, and the chance level of the account's days.
 *
 * <p>The signal abstains when the data hold no action of its kind (no replies, no shares or links, no
 * hashtags, no texts). Sources: co-action networks (CooRTweet; QUT coordination-network-toolkit; Keller et
 * al. 2020: coordination traces separate paid agents better than account features); "repetitive messages
 * from different names and different handles" (CTV on Canada 2023). Cost: that of the layer.
 */
public final class CoActionSignal implements Signal {
    private final String layerId;
    private final SignalInfo info;
    private final String actionWord;
    private final String objectWord;
    private final String nothing;

    /**
     * @param nothing what the data lack when the signal abstains, e.g. "the data hold no replies"
     */
    public CoActionSignal(String layerId, String title, String actionWord, String objectWord, String source,
                          String nothing) {
        this.layerId = layerId;
        this.actionWord = actionWord;
        this.objectWord = objectWord;
        this.nothing = nothing;
        this.info = new SignalInfo(layerId, title, "coordination",
                "High when most of the account's " + actionWord + " happen within the window of another account's "
                        + actionWord + " on the same " + objectWord
                        + " (with a linked partner, or at the lower 95% bound of the share).", source);
    }

    @Override
    public SignalInfo info() {
        return info;
    }

    @Override
    public boolean readsNetwork() {
        return true;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        Layer layer = CoordinationNetwork.of(ctx).layer(layerId);
        int n = ctx.size();
        if (layer.table().size() == 0 && !hasUnits(layer, n)) {
            return SignalResult.abstain(n, nothing);
        }
        AccountCoordination acc = layer.accountLevel();
        double[] scores = new double[n];
        double[] raw = new double[n];
        for (int a = 0; a < n; a++) {
            int acts = layer.actions(a);
            raw[a] = layer.partners(a);
            double linked = acts == 0 ? 0 : Math.min(1.0, (double) layer.marked(a) / acts);
            double share = AccountCoordination.lowerBound(acc.coordinated(a), acc.units(a));
            scores[a] = Math.max(linked, share);
        }
        long w = layer.window();
        String window = w == 3600 ? "an hour" : w % 3600 == 0 ? (w / 3600) + " hours"
                : w % 60 == 0 && w >= 120 ? (w / 60) + " minutes" : w + " seconds";
        String units = layerId.equals("duplicate-text") ? "posts with text" : actionWord;
        return new SignalResult(scores, raw, a -> acc.units(a) == 0 && layer.actions(a) == 0
                ? "No " + actionWord + " in this layer."
                : String.format(Locale.ROOT, "%d of %d %s within %s of another account's on the same %s (at least %.0f%%"
                        + " at 95%% confidence; %.1f expected by chance on its days; account-level q %s); %d with a"
                        + " linked partner; %d linked partner%s.",
                        acc.coordinated(a), acc.units(a), units, window, objectWord,
                        100 * AccountCoordination.lowerBound(acc.coordinated(a), acc.units(a)), acc.expected(a),
                        q(acc.qValue(a)), layer.marked(a), layer.partners(a),
                        layer.partners(a) == 1 ? "" : "s"));
    }

    private static boolean hasUnits(Layer layer, int n) {
        AccountCoordination acc = layer.accountLevel();
        for (int a = 0; a < n; a++) {
            if (acc.units(a) > 0) {
                return true;
            }
        }
        return false;
    }

    private static String q(double q) {
        return q >= 0.001 ? String.format(Locale.ROOT, "%.3f", q) : String.format(Locale.ROOT, "%.1e", q);
    }
}
