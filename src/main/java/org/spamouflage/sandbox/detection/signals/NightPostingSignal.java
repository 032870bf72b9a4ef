package org.spamouflage.sandbox.detection.signals;

import java.time.ZoneOffset;
import java.util.Locale;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Posting in the audience's night, and the account's apparent home time zone.
 *
 * <p>Measures the share of an account's posts between 00:00 and 06:00 in the reference time zone
 * (settings; Canada 2023: Eastern). Real users are mostly asleep then: the night share of human
 * activity is about {@value #HUMAN_NIGHT_SHARE} (daily rhythms in Golder &amp; Macy, Science 2011;
 * Tavares &amp; Faisal, PLOS ONE 2013). Operators working day shifts in Beijing land two of three
 * shift blocks in the Canadian night (realism.md). The share is shrunk towards the human level
 * with {@value #PRIOR_POSTS} pseudo-posts so one night post from a quiet account is not a flag,
 * then mapped linearly: the human level scores 0, half the posts at night scores 1.
 *
 * <p>Evidence also names the apparent home time zone, from where the account's quiet hours fall
 * ({@link #apparentOffset}). Cost: O(posts).
 */
public final class NightPostingSignal implements Signal {
    static final double HUMAN_NIGHT_SHARE = 0.07;
    static final double PRIOR_POSTS = 3;
    /** Why the local-time signals abstain without an audience zone. */
    static final String NO_ZONE = "no audience time zone is known (give one: import --audience-zone, or"
            + " referenceTimeZone in the detector settings), and local night cannot be guessed from UTC";

    private static final SignalInfo INFO = new SignalInfo("night-posting", "Night posting", "account",
            "High when many of the account's posts fall between midnight and 6 am in the audience's time zone.",
            "Shift work on Beijing time (Meta Q2 2023; Keller et al. 2020); human daily rhythms (Golder & Macy 2011)");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        int n = ctx.size();
        if (!ctx.hasZone()) {
            return SignalResult.abstain(n, NO_ZONE);
        }
        double[] scores = new double[n];
        double[] raw = new double[n];
        int[][] utcHours = new int[n][];
        int[] night = new int[n];
        org.spamouflage.sandbox.detection.LocalClock clock = new org.spamouflage.sandbox.detection.LocalClock(ctx.zone());
        for (int a = 0; a < n; a++) {
            int[] posts = ctx.posts(a);
            int[] hist = new int[24];
            for (int p : posts) {
                long t = ctx.time(p);
                hist[(int) Math.floorMod(Math.floorDiv(t, 3600L), 24L)]++;
                int localHour = clock.hour(t);
                if (localHour < 6) {
                    night[a]++;
                }
            }
            utcHours[a] = hist;
            double share = posts.length == 0 ? 0 : (double) night[a] / posts.length;
            double shrunk = (night[a] + PRIOR_POSTS * HUMAN_NIGHT_SHARE) / (posts.length + PRIOR_POSTS);
            raw[a] = share;
            scores[a] = clamp((shrunk - HUMAN_NIGHT_SHARE) / (0.5 - HUMAN_NIGHT_SHARE));
        }
        return new SignalResult(scores, raw, a -> String.format(Locale.ROOT,
                "%d of %d posts between 00:00 and 06:00 %s time; %s.",
                night[a], ctx.posts(a).length, ctx.zone().getId(), ctx.posts(a).length < MIN_POSTS_FOR_ZONE
                        ? "too few posts to estimate a home time zone"
                        : "quiet hours suggest a home time zone near " + offsetLabel(apparentOffset(utcHours[a]))));
    }

    /** Fewer posts than this give no apparent time zone. */
    static final int MIN_POSTS_FOR_ZONE = 5;

    /**
     * The UTC offset (hours, −12…+14) that puts the account's quiet block at 04:00 local time.
     * The quiet block is the 8-hour window (circular, over UTC hours) with the fewest posts; when
     * several windows tie, the middle of the longest run of tied windows is taken (ties: earliest).
     * People's quietest hours are around 01:00–07:00 (Golder &amp; Macy 2011), so the block's centre
     * marks the local small hours whatever the account does in the daytime (office shifts included).
     */
    public static int apparentOffset(int[] utcHourHistogram) {
        int[] sums = new int[24];
        int min = Integer.MAX_VALUE;
        for (int s = 0; s < 24; s++) {
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += utcHourHistogram[(s + k) % 24];
            }
            sums[s] = sum;
            min = Math.min(min, sum);
        }
        if (min == sums[0] && allEqual(sums)) {
            return 0;
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int s = 0; s < 24; s++) {
            if (sums[s] != min || sums[(s + 23) % 24] == min) {
                continue; // not the start of a run
            }
            int len = 0;
            while (len < 24 && sums[(s + len) % 24] == min) {
                len++;
            }
            if (len > bestLen) {
                bestLen = len;
                bestStart = s;
            }
        }
        double centre = bestStart + (bestLen - 1) / 2.0 + 4.0; // window start → window centre
        int offset = (int) Math.round(4.0 - centre);
        offset = Math.floorMod(offset + 12, 24) - 12;
        return offset == -12 ? 12 : offset;
    }

    private static boolean allEqual(int[] v) {
        for (int x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }

    static String offsetLabel(int offset) {
        return offset == 0 ? "UTC" : "UTC" + ZoneOffset.ofHours(offset).getId();
    }

    static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
