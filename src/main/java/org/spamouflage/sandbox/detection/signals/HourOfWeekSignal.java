package org.spamouflage.sandbox.detection.signals;

import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.LocalClock;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Hour-of-week profile against the local population's, with the apparent home time zone.
 *
 * <p><b>What it measures.</b> Every post falls into one of {@value #BINS} hour-of-week bins in the
 * audience's reference time zone (bin = day of week × 24 + local hour, Monday 00:00 = 0; DST-correct
 * through {@link LocalClock}). An account's profile p is its share of posts per bin; the reference
 * profile q pools the posts of the <em>local population</em> (below), leaving the account's own posts
 * out (leave-one-out: pooled counts minus its own, so it costs nothing extra). The distance is the
 * total variation distance TVD(p, q) = ½ Σ|p<sub>h</sub> − q<sub>h</sub>| = 1 − Σ min(p<sub>h</sub>,
 * q<sub>h</sub>) (Levin, Peres &amp; Wilmer, <i>Markov Chains and Mixing Times</i>, 2nd ed., §4.1):
 * the share of the account's posts that would have to move to other hours to post like the
 * population. TVD was chosen over Jensen–Shannon divergence because it reads as a share of posts,
 * needs no logarithms of empty bins, and is linear under shrinkage (next paragraph), which keeps
 * the score explainable and hand-checkable.
 *
 * <p><b>Shrinkage and chance.</b> The profile is shrunk towards q with {@value #PRIOR_POSTS}
 * pseudo-posts: p̃ = (counts + k·q)/(n + k). For TVD this is exact scaling:
 * TVD(p̃, q) = λ·TVD(p, q) with λ = n/(n + k). With 168 bins a handful of posts is far from any
 * profile by sampling alone: n posts drawn from q itself are on average E<sub>n</sub> away
 * ({@link #expectedDistance}, de Moivre's closed form; about 0.9 at 10 posts on canada-2023), so a raw
 * distance ranks accounts by how few posts they have (measured: AUC 0.09 on canada-2023, seed 1). The score
 * therefore takes the part of the distance above chance, as a share of the room above chance, and
 * weighs it by λ: <b>score = λ · clamp((TVD − E<sub>n</sub>) / (1 − E<sub>n</sub>))</b> in [0,1];
 * higher = more unlike the local population than the same number of posts drawn from it would be.
 * One or two posts stay near 0 (λ ≤ 2/12). E<sub>n</sub> uses the full reference profile (not the
 * leave-one-out one) so it is computed once per distinct post count; the difference is O(n/N).
 *
 * <p><b>Why the local population, not everyone.</b> Measured on canada-2023 (seed 1): with all
 * accounts pooled the score points the wrong way (AUC 0.14; 0.17 with every account weighted
 * equally instead of every post): the campaign writes most of the
 * comments, so its shift hours <em>are</em> the population's busiest hours and its accounts look
 * more typical than typical. The reference therefore pools only accounts whose apparent home time
 * zone is within {@value #MAX_SHIFT_HOURS} h of the audience's (Newfoundland to the Pacific from
 * Eastern time), plus accounts with too few posts to tell ({@literal <} {@value
 * NightPostingSignal#MIN_POSTS_FOR_ZONE}). The apparent zone is {@link
 * NightPostingSignal#apparentOffset} applied to the account's hours in the reference zone: the
 * offset that puts its quietest 8-hour block at 04:00. Measured with this reference (BENCHMARKS.md,
 * 5 seeds): AUC 0.92 on canada-2023 (night posting 0.92), 0.97 on hijacked-legacy (0.92), and 0.75
 * on sophisticated-network, whose personas keep the audience's hours (night posting 0.41): there
 * partly because they post more than most people (λ). On crude-flood it points the wrong way
 * (0.23): each flood account posts once, inside the flood's own (now busy) hours, so it scores 0
 * while people with a few posts at odd hours score a little (at most n/(n+10): under 0.3 for
 * fewer than 5 posts), and the combined AUC does not move. It cannot help when operators live in the audience's zone
 * and keep its hours.
 *
 * <p>Sources: shift work on Beijing time and a quiet Chinese weekend (Meta Q2 2023; Keller et al.
 * 2020); human weekly rhythms (Golder &amp; Macy, Science 2011). Parameters: {@value #PRIOR_POSTS}
 * pseudo-posts (better than 3 on canada-2023, hijacked-legacy and sophisticated-network, seed 1),
 * {@value #MAX_SHIFT_HOURS} h zone tolerance, {@value #QUIET_HOURS} quietest hours in the evidence.
 *
 * <p>Cost: O(posts) to bin, O(accounts · 24 · 8) for the apparent zones, O(168 · distinct post
 * counts) for chance levels, O(accounts log accounts) for the evidence median; memory O(posts)
 * (one short per post), never accounts × 168.
 */
public final class HourOfWeekSignal implements Signal {
    /** Hours in a week: bin = day of week (0 = Monday) × 24 + local hour. */
    public static final int BINS = 168;
    /** Pseudo-posts spread like the population, added to every account's profile. */
    static final double PRIOR_POSTS = 10;
    /** Accounts whose apparent home zone is at most this far from the audience's form the reference. */
    static final int MAX_SHIFT_HOURS = 3;
    /** The quietest hours of the reference week named in the evidence (one day's worth). */
    static final int QUIET_HOURS = 24;
    /** Accounts with at least this many posts make up the reference median in the evidence. */
    static final int MEDIAN_MIN_POSTS = 10;

    private static final SignalInfo INFO = new SignalInfo("hour-of-week", "Hour-of-week profile", "account",
            "High when the account posts in hours of the week where the local population posts little, "
                    + "more than its number of posts explains.",
            "Shift work on Beijing time (Meta Q2 2023; Keller et al. 2020); weekly rhythms (Golder & Macy 2011)");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    /** The hour-of-week bin of an instant: day of week (0 = Monday) × 24 + local hour, in the clock's zone. */
    public static int bin(LocalClock clock, long epochSecond) {
        return clock.dayOfWeek(epochSecond) * 24 + clock.hour(epochSecond);
    }

    /**
     * Per-account measurements, context order.
     *
     * @param posts        posts per account
     * @param distance     TVD between the account's profile and the leave-one-out reference (0 without a reference)
     * @param chance       expected TVD of as many posts drawn from the reference
     * @param quietPosts   the account's posts in the reference's {@value #QUIET_HOURS} quietest hours
     * @param shift        apparent home zone in hours from the audience's (Integer.MIN_VALUE: too few posts)
     * @param inReference  whether the account belongs to the local population
     * @param quietShare   the reference's share of posts in its quietest hours
     * @param referencePosts posts in the reference
     * @param referenceAccounts accounts in the reference
     * @param medianDistance median distance over accounts with ≥ {@value #MEDIAN_MIN_POSTS} posts (NaN if none)
     */
    record Profiles(int[] posts, double[] distance, double[] chance, int[] quietPosts, int[] shift,
                    boolean[] inReference, double quietShare, long referencePosts, int referenceAccounts,
                    double medianDistance) {
    }

    static Profiles measure(DetectionContext ctx) {
        int n = ctx.size();
        LocalClock clock = new LocalClock(ctx.zone());
        short[][] bins = new short[n][];
        int[] shift = new int[n];
        boolean[] inRef = new boolean[n];
        long[] pooled = new long[BINS];
        long total = 0;
        int refAccounts = 0;
        int[] hours = new int[24];
        for (int a = 0; a < n; a++) {
            int[] posts = ctx.posts(a);
            short[] b = new short[posts.length];
            Arrays.fill(hours, 0);
            for (int i = 0; i < posts.length; i++) {
                b[i] = (short) bin(clock, ctx.time(posts[i]));
                hours[b[i] % 24]++;
            }
            bins[a] = b;
            if (posts.length < NightPostingSignal.MIN_POSTS_FOR_ZONE) {
                shift[a] = Integer.MIN_VALUE;
                inRef[a] = true;
            } else {
                shift[a] = NightPostingSignal.apparentOffset(hours);
                inRef[a] = Math.abs(shift[a]) <= MAX_SHIFT_HOURS;
            }
            if (inRef[a]) {
                for (short h : b) {
                    pooled[h]++;
                }
                total += posts.length;
                refAccounts++;
            }
        }
        boolean[] quiet = quietest(pooled);
        long quietRef = 0;
        double[] q = new double[BINS];
        for (int h = 0; h < BINS; h++) {
            quietRef += quiet[h] ? pooled[h] : 0;
            q[h] = total == 0 ? 0 : (double) pooled[h] / total;
        }
        int[] count = new int[n];
        double[] distance = new double[n];
        double[] chance = new double[n];
        int[] quietPosts = new int[n];
        int[] own = new int[BINS];
        Int2DoubleOpenHashMap chanceByCount = new Int2DoubleOpenHashMap();
        for (int a = 0; a < n; a++) {
            short[] b = bins[a];
            int m = b.length;
            count[a] = m;
            for (short h : b) {
                own[h]++;
                quietPosts[a] += quiet[h] ? 1 : 0;
            }
            long rest = total - (inRef[a] ? m : 0);
            if (m > 0 && rest > 0) {
                double overlap = 0;
                for (short h : b) {
                    if (own[h] > 0) {
                        long others = pooled[h] - (inRef[a] ? own[h] : 0);
                        overlap += Math.min((double) own[h] / m, (double) others / rest);
                        own[h] = -own[h]; // each bin once
                    }
                }
                distance[a] = Math.max(0, 1 - overlap);
                chance[a] = chanceByCount.computeIfAbsent(m, k -> expectedDistance(q, k));
            }
            for (short h : b) {
                own[h] = 0;
            }
        }
        return new Profiles(count, distance, chance, quietPosts, shift, inRef,
                total == 0 ? 0 : (double) quietRef / total, total, refAccounts, median(count, distance));
    }

    private static double median(int[] count, double[] distance) {
        double[] v = new double[count.length];
        int k = 0;
        for (int a = 0; a < count.length; a++) {
            if (count[a] >= MEDIAN_MIN_POSTS) {
                v[k++] = distance[a];
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        Arrays.sort(v, 0, k);
        return k % 2 == 1 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
    }

    /** The {@value #QUIET_HOURS} bins with the fewest reference posts (ties: earlier bin first). */
    static boolean[] quietest(long[] pooled) {
        Integer[] order = new Integer[BINS];
        for (int h = 0; h < BINS; h++) {
            order[h] = h;
        }
        Arrays.sort(order, (x, y) -> pooled[x] != pooled[y] ? Long.compare(pooled[x], pooled[y]) : Integer.compare(x, y));
        boolean[] quiet = new boolean[BINS];
        for (int i = 0; i < QUIET_HOURS; i++) {
            quiet[order[i]] = true;
        }
        return quiet;
    }

    /**
     * Expected total variation distance between the profile of {@code n} posts drawn from {@code q}
     * and {@code q} itself: ½ Σ<sub>h</sub> E|X<sub>h</sub>/n − q<sub>h</sub>| with X<sub>h</sub> ~
     * Binomial(n, q<sub>h</sub>) (the multinomial's margins; expectation is linear, so this is exact).
     */
    static double expectedDistance(double[] q, int n) {
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (double p : q) {
            sum += binomialMeanAbsoluteDeviation(n, p);
        }
        return sum / (2.0 * n);
    }

    /**
     * E|X − np| for X ~ Binomial(n, p) by de Moivre's closed form 2 (m+1) C(n, m+1) p<sup>m+1</sup>
     * (1−p)<sup>n−m</sup>, m = ⌊np⌋ (Diaconis &amp; Zabell, Statistical Science 6(3), 1991), in logs.
     */
    static double binomialMeanAbsoluteDeviation(int n, double p) {
        if (p <= 0 || p >= 1 || n == 0) {
            return 0;
        }
        int m = (int) Math.floor(n * p);
        if (m + 1 > n) {
            return 0;
        }
        double log = Math.log(2.0 * (m + 1)) + CombinatoricsUtils.binomialCoefficientLog(n, m + 1)
                + (m + 1) * Math.log(p) + (n - m) * Math.log1p(-p);
        return Math.exp(log);
    }

    /** λ · clamp((distance − chance)/(1 − chance)), λ = n/(n + {@value #PRIOR_POSTS}). */
    static double score(int posts, double distance, double chance) {
        if (posts == 0 || chance >= 1) {
            return 0;
        }
        double lambda = posts / (posts + PRIOR_POSTS);
        return lambda * NightPostingSignal.clamp((distance - chance) / (1 - chance));
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        if (!ctx.hasZone()) {
            return SignalResult.abstain(ctx.size(), NightPostingSignal.NO_ZONE);
        }
        Profiles pr = measure(ctx);
        int n = ctx.size();
        double[] scores = new double[n];
        double[] raw = new double[n];
        for (int a = 0; a < n; a++) {
            raw[a] = pr.distance()[a];
            scores[a] = pr.referencePosts() == 0 ? 0 : score(pr.posts()[a], pr.distance()[a], pr.chance()[a]);
        }
        return new SignalResult(scores, raw, a -> explain(pr, ctx.zone().getId(), a));
    }

    static String explain(Profiles pr, String zone, int a) {
        int m = pr.posts()[a];
        if (pr.referencePosts() - (pr.inReference()[a] ? m : 0) <= 0) {
            return "No other accounts keep the audience's hours (" + zone + "), so there is no local population to compare with.";
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%d of %d %s fall in the %d hours of the week when the local population posts least (%s time; "
                        + "those hours hold %.0f%% of its posts); hour-of-week profile distance %.2f, "
                        + "%.2f expected for %d %s drawn from the population",
                pr.quietPosts()[a], m, m == 1 ? "post" : "posts", QUIET_HOURS, zone, 100 * pr.quietShare(), pr.distance()[a], pr.chance()[a], m, m == 1 ? "post" : "posts"));
        if (!Double.isNaN(pr.medianDistance())) {
            s.append(String.format(Locale.ROOT, " (median over accounts with ≥ %d posts: %.2f)",
                    MEDIAN_MIN_POSTS, pr.medianDistance()));
        }
        int shift = pr.shift()[a];
        if (shift == Integer.MIN_VALUE) {
            s.append("; too few posts for an apparent home time zone.");
        } else if (pr.inReference()[a]) {
            s.append(String.format(Locale.ROOT, "; quiet hours fit the audience's time zone (%+d h), so it counts in the local population.", shift));
        } else {
            s.append(String.format(Locale.ROOT, "; quiet hours sit %+d h from the audience's time zone, so it is not part of the local population.", shift));
        }
        return s.toString();
    }
}
