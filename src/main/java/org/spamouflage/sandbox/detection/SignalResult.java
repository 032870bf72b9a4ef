package org.spamouflage.sandbox.detection;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A signal's output.
 *
 * <p>A signal that cannot apply <em>abstains</em> instead of scoring against a guess: for the whole
 * dataset ({@link #abstain}: night posting without a known audience time zone, account age without
 * creation dates) or for single accounts (an account whose follower count is unknown). An abstaining
 * score is {@code NaN} ("not applicable", never 0): the combined score is the weighted mean of the
 * signals that apply to the account, and exports write {@code n/a}.
 *
 * @param scores      one score in [0,1] per account (context order), or NaN where the signal does not apply
 * @param raw         the underlying measurement per account (e.g. a share, a count) shown as evidence
 * @param explanation a sentence per account index saying what was measured; never null
 * @param abstention  why the signal does not apply to this dataset at all, or null when it does
 */
public record SignalResult(double[] scores, double[] raw, IntFunction<String> explanation, String abstention) {

    /** A score of at least this much counts as "fired" in evidence and summaries. */
    public static final double FIRED = 0.5;

    public SignalResult {
        if (scores.length != raw.length) {
            throw new IllegalArgumentException("scores and raw values differ in length");
        }
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (!(s >= 0 && s <= 1) && !Double.isNaN(s)) {
                throw new IllegalStateException("signal score out of [0,1] at account " + i + ": " + s);
            }
        }
        if (abstention != null && abstention.isBlank()) {
            abstention = null;
        }
    }

    /** A result that applies to the dataset (single accounts may still be NaN). */
    public SignalResult(double[] scores, double[] raw, IntFunction<String> explanation) {
        this(scores, raw, explanation, null);
    }

    /**
     * The signal abstains for every account of the dataset.
     *
     * @param accounts number of scored accounts
     * @param reason   a sentence saying what is missing, e.g. "no audience time zone is known"
     */
    public static SignalResult abstain(int accounts, String reason) {
        double[] nan = new double[accounts];
        Arrays.fill(nan, Double.NaN);
        return new SignalResult(nan, nan.clone(), a -> "Not applicable: " + reason + ".", reason);
    }

    /** True when the signal abstains for the whole dataset. */
    public boolean abstains() {
        return abstention != null;
    }

    /** True when the signal applies to account {@code a} (its score is a number). */
    public boolean applies(int a) {
        return !Double.isNaN(scores[a]);
    }
}
