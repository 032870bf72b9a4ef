package org.spamouflage.sandbox.detection;

import java.util.function.IntFunction;

/**
 * A signal's output.
 *
 * @param scores      one score in [0,1] per account (context order)
 * @param raw         the underlying measurement per account (e.g. a share, a count) shown as evidence
 * @param explanation a sentence per account index saying what was measured; never null
 */
public record SignalResult(double[] scores, double[] raw, IntFunction<String> explanation) {

    /** A score of at least this much counts as "fired" in evidence and summaries. */
    public static final double FIRED = 0.5;

    public SignalResult {
        if (scores.length != raw.length) {
            throw new IllegalArgumentException("scores and raw values differ in length");
        }
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalStateException("signal score out of [0,1] at account " + i + ": " + s);
            }
        }
    }
}
