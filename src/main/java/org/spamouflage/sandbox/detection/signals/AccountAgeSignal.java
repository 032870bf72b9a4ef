package org.spamouflage.sandbox.detection.signals;

import java.util.Locale;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Young accounts: days from creation to the account's first post in the data. Score
 * 1 − days/{@value #HORIZON_DAYS}, clipped to [0,1]: an account created the day it starts posting
 * scores 1, one older than a year scores 0. Source: "new or hijacked" accounts (Global Affairs
 * Canada RRM, 2023); swarm accounts created the month they posted (Astroscreen). Hijacked accounts
 * are old and escape this signal by design: see {@link DormancySwitchSignal}. Unknown creation
 * time scores 0. Cost: O(accounts).
 */
public final class AccountAgeSignal implements Signal {
    static final double HORIZON_DAYS = 365;

    private static final SignalInfo INFO = new SignalInfo("account-age", "Young account", "account",
            "High when the account was created shortly before it started posting.",
            "Global Affairs Canada RRM 2023; Astroscreen 2019");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        int n = ctx.size();
        if (ctx.accounts().stream().noneMatch(Account::hasCreatedAt)) {
            return SignalResult.abstain(n, "the data give no account creation dates");
        }
        double[] scores = new double[n];
        double[] raw = new double[n];
        for (int a = 0; a < n; a++) {
            Account acc = ctx.account(a);
            int[] posts = ctx.posts(a);
            if (!acc.hasCreatedAt() || posts.length == 0) {
                raw[a] = Double.NaN;
                scores[a] = Double.NaN;
                continue;
            }
            double days = Math.max(0, (ctx.time(posts[0]) - acc.createdAt()) / 86400.0);
            raw[a] = days;
            scores[a] = NightPostingSignal.clamp(1 - days / HORIZON_DAYS);
        }
        return new SignalResult(scores, raw, a -> Double.isNaN(raw[a]) ? "Creation time not known."
                : String.format(Locale.ROOT, "Created %.0f days before its first post in these data.", raw[a]));
    }
}
