package org.spamouflage.sandbox.metrics;

import org.apache.commons.math3.exception.MathInternalError;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Builds a {@link SeparationReport} for one score. AUC, average precision and the KS statistic
 * come from the {@link ThresholdTable} (exact integer counts); the KS p-value from Commons Math.
 * Cost: O(n log n) (Commons Math sorts its own copies for the p-value).
 */
public final class Separation {

    /** Commons Math refuses a KS test on a sample with fewer than 2 values. */
    static final int MIN_KS_SAMPLE = 2;

    private Separation() {
    }

    /** The separation report for a score given as checked input. */
    public static SeparationReport of(String signal, ScoredLabels input) {
        return of(signal, ThresholdTable.of(input));
    }

    /** The separation report for a score whose table is already built (no second sort). */
    public static SeparationReport of(String signal, ThresholdTable table) {
        String note = table.rocUndefinedReason();
        double ks = table.ksStatistic();
        double p = ksPValue(table, ks);
        if (note.isEmpty() && Double.isNaN(p)) {
            note = "KS p-value needs at least " + MIN_KS_SAMPLE + " campaign and " + MIN_KS_SAMPLE
                    + " other accounts";
        }
        return new SeparationReport(signal, table.positives(), table.negatives(), table.prevalence(), table.auc(),
                table.averagePrecision(), ks, table.ksThreshold(), p, table.hasBothClasses(), note);
    }

    /** The report of a signal that applies to none of the evaluated accounts: every number undefined. */
    public static SeparationReport notApplicable(String signal, TruthLabels labels) {
        return new SeparationReport(signal, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, false, NOT_APPLICABLE);
    }

    /** The note of a signal that applied to no evaluated account. */
    public static final String NOT_APPLICABLE = "not applicable: the signal abstained for every account";

    private static double ksPValue(ThresholdTable table, double statistic) {
        if (Double.isNaN(statistic) || table.positives() < MIN_KS_SAMPLE || table.negatives() < MIN_KS_SAMPLE) {
            return Double.NaN;
        }
        if (statistic == 0.0) {
            // P(D >= 0) = 1; Commons Math would jitter exact ties and report a random D > 0 instead.
            return 1.0;
        }
        // The two-sample test in 3.6.1 does not draw from this generator (only monteCarloP does);
        // it is seeded so nothing here depends on the clock.
        KolmogorovSmirnovTest test = new KolmogorovSmirnovTest(new Well19937c(20230901L));
        // strict = false: the conventional p-value P(D >= d). The library's two-argument overload is
        // strict, P(D > d), which is 0 for two fully separated samples (e.g. 4 vs 4: 0 instead of 2/70).
        // Copies: the table's arrays must stay untouched whatever the library does with its input.
        try {
            return test.kolmogorovSmirnovTest(table.positiveScoresAscending(), table.negativeScoresAscending(), false);
        } catch (MathInternalError e) {
            // 3.6.1's exact test breaks ties by jittering and gives up when scores differ only in their last
            // bits (seen on real data, where means of many signals land a few ulps apart): use the
            // asymptotic distribution of D, which needs no tie-breaking.
            return test.approximateP(statistic, table.positives(), table.negatives());
        }
    }
}
