package org.spamouflage.sandbox.detection.signals;

import java.util.Locale;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Few followers. Score 1 − log10(1 + followers)/2, clipped: 0 followers scores 1, 9 scores 0.5,
 * 99 or more scores 0. Source: 67% of 4,016 swarm accounts had zero followers and 8% had 1–5
 * (Astroscreen); the median ordinary user has about 19 (Pew 2019), which scores 0.35. Bought
 * followers defeat it by design. Unknown counts score 0. Cost: O(accounts).
 */
public final class FollowersSignal implements Signal {

    private static final SignalInfo INFO = new SignalInfo("followers", "Few followers", "account",
            "High when the account has almost no followers.", "Astroscreen 2019; Pew Research Center 2019");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        int n = ctx.size();
        if (ctx.accounts().stream().noneMatch(Account::hasFollowers)) {
            return SignalResult.abstain(n, "the data give no follower counts");
        }
        double[] scores = new double[n];
        double[] raw = new double[n];
        for (int a = 0; a < n; a++) {
            Account acc = ctx.account(a);
            if (!acc.hasFollowers()) {
                raw[a] = Double.NaN;
                scores[a] = Double.NaN;
                continue;
            }
            raw[a] = acc.followers();
            scores[a] = NightPostingSignal.clamp(1 - Math.log10(1 + acc.followers()) / 2);
        }
        return new SignalResult(scores, raw, a -> Double.isNaN(raw[a]) ? "Follower count not known."
                : String.format(Locale.ROOT, "%d followers.", (long) raw[a]));
    }
}
