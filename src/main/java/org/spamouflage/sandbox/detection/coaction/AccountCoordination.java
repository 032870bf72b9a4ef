package org.spamouflage.sandbox.detection.coaction;

import java.util.Arrays;
import org.apache.commons.math3.special.Beta;

/**
 * Account-level evidence of co-action: does an account act together with others more often than its
 * own activity and timing explain? The pair test ({@link EdgeSignificance}) asks whether two accounts
 * meet again and again; on sparse real data a campaign's accounts may meet each partner once or twice
 * while meeting many partners, and that test then finds nothing. This one pools an account's evidence
 * over all its partners.
 *
 * <p><b>Units and statistic.</b> The units are an account's actions in one layer (its comments,
 * shares, hashtag uses; for copied text, its posts). A unit is <em>coordinated</em> when another
 * account acted on the same object within the window. The statistic is C, the number of the account's
 * coordinated units out of its n units.
 *
 * <p><b>Null: label permutation within time blocks.</b> Within each block of
 * {@value #BLOCK_SECONDS} seconds (one UTC day, the unit of news cycles) the account labels of the units
 * are shuffled, as in the pair test but kept inside the block. This keeps each account's timing at the
 * scale of days (how many units it has on each day) and every day's own rate of co-action (news days,
 * viral objects, quiet days), and asks whether, on its days, the account's units are coordinated more
 * often than the day's units in general. Under it a unit on day d is coordinated with probability
 * π<sub>d</sub> = (coordinated units on d) / (units on d), so C is a sum of independent Bernoulli(π)
 * (Poisson-binomial). Blocks much shorter than a day would let a campaign that writes most of an hour's
 * posts define that hour's rate and hide inside it (the same reason the hour-of-week signal compares
 * with the local population, not everyone).
 *
 * <p><b>p-value.</b> P(X ≥ C) for X ~ Binomial(n, π̄) with π̄ the account's mean π: by Hoeffding (1956,
 * Theorem 4) the Poisson-binomial upper tail beyond its mean is at most that of the binomial with the
 * same mean, so the p-value is exact or conservative, and costs one incomplete beta function
 * (Commons Math) per account. Benjamini–Hochberg over the accounts with units gives q.
 *
 * <p><b>Linked accounts.</b> An account is linked when q ≤ α and C is at least the minimum participation
 * (CooRTweet's {@code min_participation}: one co-action is an anecdote). Two linked accounts that co-acted
 * are an account-level edge; their co-actions count as coordinated actions in the signal.
 *
 * <p><b>Known weakness.</b> The null is estimated from the data. When a campaign writes most of the data
 * (real archives of one operation), its co-action is the day's rate and few accounts reach q ≤ α: the
 * test then says, truthfully, that the data cannot tell its accounts from chance; the signal's score (the
 * share of coordinated units at its 95% lower bound) still ranks them. Cost: O(units + accounts log accounts).
 */
public final class AccountCoordination {
    /** One UTC day. */
    public static final long BLOCK_SECONDS = 86_400L;

    private final int[] units;
    private final int[] coordinated;
    private final double[] expected;
    private final double[] pValue;
    private final double[] qValue;
    private final boolean[] linked;
    private final int tested;

    private AccountCoordination(int[] units, int[] coordinated, double[] expected, double[] pValue, double[] qValue,
                                boolean[] linked, int tested) {
        this.units = units;
        this.coordinated = coordinated;
        this.expected = expected;
        this.pValue = pValue;
        this.qValue = qValue;
        this.linked = linked;
        this.tested = tested;
    }

    /**
     * @param accounts         number of accounts (indices 0..accounts-1)
     * @param unitAccount      per unit, its account index (negative: not scored, left out)
     * @param unitTime         per unit, its time in epoch seconds
     * @param unitCoordinated  per unit, whether another account acted on the same object within the window
     * @param alpha            false discovery rate for linking, in (0,1]
     * @param minParticipation fewest coordinated units a linked account has, ≥ 1
     */
    public static AccountCoordination test(int accounts, int[] unitAccount, long[] unitTime, boolean[] unitCoordinated,
                                           double alpha, int minParticipation) {
        int m = unitAccount.length;
        // per-block rates; blocks found by sorting the distinct day numbers (no hash order reaches results)
        long[] day = new long[m];
        for (int i = 0; i < m; i++) {
            day[i] = Math.floorDiv(unitTime[i], BLOCK_SECONDS);
        }
        long[] days = Arrays.stream(day).distinct().sorted().toArray();
        int[] blockUnits = new int[days.length];
        int[] blockCoordinated = new int[days.length];
        int[] block = new int[m];
        for (int i = 0; i < m; i++) {
            if (unitAccount[i] < 0) {
                continue;
            }
            int b = Arrays.binarySearch(days, day[i]);
            block[i] = b;
            blockUnits[b]++;
            if (unitCoordinated[i]) {
                blockCoordinated[b]++;
            }
        }
        int[] n = new int[accounts];
        int[] c = new int[accounts];
        double[] e = new double[accounts];
        for (int i = 0; i < m; i++) {
            int a = unitAccount[i];
            if (a < 0) {
                continue;
            }
            n[a]++;
            if (unitCoordinated[i]) {
                c[a]++;
            }
            e[a] += (double) blockCoordinated[block[i]] / blockUnits[block[i]];
        }
        double[] p = new double[accounts];
        int tested = 0;
        for (int a = 0; a < accounts; a++) {
            p[a] = n[a] == 0 ? 1.0 : binomialUpperTail(c[a], n[a], e[a] / n[a]);
            if (n[a] > 0) {
                tested++;
            }
        }
        double[] q = benjaminiHochberg(p, n);
        boolean[] link = new boolean[accounts];
        for (int a = 0; a < accounts; a++) {
            link[a] = n[a] > 0 && q[a] <= alpha && c[a] >= minParticipation;
        }
        return new AccountCoordination(n, c, e, p, q, link, tested);
    }

    /** P(X ≥ k) for X ~ Binomial(n, p): the regularised incomplete beta I_p(k, n − k + 1). */
    static double binomialUpperTail(int k, int n, double p) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n || p <= 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, Beta.regularizedBeta(p, k, n - k + 1.0)));
    }

    /** BH q-values over the accounts with units (the others keep q = 1), by the pair test's procedure. */
    static double[] benjaminiHochberg(double[] p, int[] units) {
        int accounts = p.length;
        int tests = 0;
        for (int u : units) {
            if (u > 0) {
                tests++;
            }
        }
        double[] tested = new double[tests];
        int k = 0;
        for (int a = 0; a < accounts; a++) {
            if (units[a] > 0) {
                tested[k++] = p[a];
            }
        }
        double[] q = EdgeSignificance.benjaminiHochberg(tested, Math.max(1, tests));
        double[] out = new double[accounts];
        k = 0;
        for (int a = 0; a < accounts; a++) {
            out[a] = units[a] > 0 ? q[k++] : 1.0;
        }
        return out;
    }

    /** Units (actions, or posts for copied text) of account {@code a}. */
    public int units(int a) {
        return units[a];
    }

    /** Coordinated units of account {@code a}. */
    public int coordinated(int a) {
        return coordinated[a];
    }

    /** Expected coordinated units of {@code a} under the null. */
    public double expected(int a) {
        return expected[a];
    }

    /** One-sided p-value of account {@code a}; 1 without units. */
    public double pValue(int a) {
        return pValue[a];
    }

    /** Benjamini–Hochberg q-value of account {@code a}; 1 without units. */
    public double qValue(int a) {
        return qValue[a];
    }

    /** Whether account {@code a} is linked (q ≤ α and enough coordinated units). */
    public boolean linked(int a) {
        return linked[a];
    }

    /** Accounts tested (with at least one unit). */
    public int tested() {
        return tested;
    }

    /**
     * The lower end of the 95% Wilson score interval for the share of coordinated units
     * (Wilson 1927): close to the share for many units, well below it for few, so three co-actions out
     * of three (0.44) rank below 45 of 50 (0.79). Zero without units.
     */
    public static double lowerBound(int coordinated, int units) {
        if (units <= 0 || coordinated <= 0) {
            return 0.0; // exactly: the formula leaves a rounding residue of about 1e-17 that would break ties
        }
        double z = 1.959963984540054;
        double phat = (double) coordinated / units;
        double z2 = z * z;
        double denom = 1 + z2 / units;
        double centre = phat + z2 / (2.0 * units);
        double margin = z * StrictMath.sqrt(phat * (1 - phat) / units + z2 / (4.0 * units * units));
        return Math.max(0.0, Math.min(1.0, (centre - margin) / denom));
    }
}
