package org.spamouflage.sandbox.detection.signals;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.special.Gamma;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;
import org.spamouflage.sandbox.detection.SortedLongs;

/**
 * Accounts created in a burst with many others.
 *
 * <p>Counts the other accounts created within ±{@value #WINDOW_HOURS} hours of this one and asks
 * how surprising that count is given how many accounts were created in the surrounding
 * ±{@value #CONTEXT_DAYS} days: under a steady creation rate the count is Poisson with mean
 * λ = (others created in the context) × (2·window / 2·context). The score is −log10 of the Poisson
 * upper-tail p-value, divided by 6 and capped at 1 (p = 10⁻⁶ or smaller scores 1). Source: batch
 * creation (152 accounts over 5 months, pairs created minutes apart: Conspirador Norteño; most swarm
 * accounts created the month they posted: Astroscreen). Accounts without a known creation time
 * score 0. Cost: O(n log n) for the sort plus two binary searches per account.
 */
public final class CreationBurstSignal implements Signal {
    static final int WINDOW_HOURS = 2;
    static final int CONTEXT_DAYS = 15;

    private static final SignalInfo INFO = new SignalInfo("creation-burst", "Creation burst", "account",
            "High when unusually many accounts were created within two hours of this one.",
            "Batch creation (Conspirador Norteño; Astroscreen 2019)");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        int n = ctx.size();
        long[] times = ctx.accounts().stream().filter(Account::hasCreatedAt).mapToLong(Account::createdAt).toArray();
        if (times.length == 0) {
            return SignalResult.abstain(n, "the data give no account creation dates");
        }
        Arrays.sort(times);
        double[] scores = new double[n];
        double[] raw = new double[n];
        double[] lambdas = new double[n];
        long w = WINDOW_HOURS * 3600L;
        long c = CONTEXT_DAYS * 86400L;
        for (int a = 0; a < n; a++) {
            Account acc = ctx.account(a);
            if (!acc.hasCreatedAt()) {
                raw[a] = Double.NaN;
                scores[a] = Double.NaN;
                continue;
            }
            long t = acc.createdAt();
            int near = SortedLongs.count(times, t - w, t + w) - 1;
            int context = SortedLongs.count(times, t - c, t + c) - 1;
            double lambda = Math.max(context * (double) w / c, 1e-9);
            double p = near <= 0 ? 1.0 : Gamma.regularizedGammaP(near, lambda);
            raw[a] = near;
            lambdas[a] = lambda;
            scores[a] = p <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, -Math.log10(p) / 6.0));
        }
        return new SignalResult(scores, raw, a -> Double.isNaN(raw[a])
                ? "Creation time not known."
                : String.format(Locale.ROOT, "%d other accounts created within %d hours of this one (%.2f expected at the local rate).",
                        (int) raw[a], WINDOW_HOURS, lambdas[a]));
    }

}
