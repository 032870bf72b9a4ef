package org.spamouflage.sandbox.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * A daily curve laid over the observed period in one time zone, in ten-minute bins. Sampling a
 * time is a binary search over cumulative weights (O(log bins)); reading the intensity at a time
 * is an array lookup. Built once per zone, shared by every account in that zone.
 */
final class IntensityGrid {
    static final int BIN_SECONDS = 600;

    private final long start;
    private final double[] values;
    private final double[] cumulative;
    private final double max;

    IntensityGrid(ZoneId zone, DailyCurve curve, long start, long end) {
        this.start = start;
        int bins = (int) Math.max(1, (end - start + BIN_SECONDS - 1) / BIN_SECONDS);
        values = new double[bins];
        ZoneRules rules = zone.getRules();
        double m = 0;
        for (int b = 0; b < bins; b++) {
            long t = start + (long) b * BIN_SECONDS + BIN_SECONDS / 2;
            long local = t + rules.getOffset(Instant.ofEpochSecond(t)).getTotalSeconds();
            long day = Math.floorDiv(local, 86_400L);
            double hour = (local - day * 86_400L) / 3600.0;
            int dayOfWeek = (int) Math.floorMod(day + 3, 7L); // 1970-01-01 was a Thursday; 0 = Monday
            double v = curve.level(hour, dayOfWeek >= 5);
            values[b] = Math.max(0, v);
            m = Math.max(m, values[b]);
        }
        max = m;
        cumulative = Rng.cumulative(values);
    }

    /** A time drawn with probability proportional to the curve. */
    long sample(Rng rng) {
        int b = rng.pickCumulative(cumulative);
        return start + (long) b * BIN_SECONDS + rng.nextInt(BIN_SECONDS);
    }

    /** The curve at {@code t} divided by its maximum: 0 outside the period. */
    double relative(long t) {
        long b = (t - start) / BIN_SECONDS;
        if (t < start || b >= values.length || max <= 0) {
            return 0;
        }
        return values[(int) b] / max;
    }

    /** Sum of the curve over the period (ten-minute bins). */
    double total() {
        return cumulative[cumulative.length - 1];
    }

    /** Sum of the curve over [from, to), whole bins. */
    double total(long from, long to) {
        long b0 = Math.max(0, (from - start) / BIN_SECONDS);
        long b1 = Math.min(values.length, (to - start + BIN_SECONDS - 1) / BIN_SECONDS);
        double s = 0;
        for (long b = b0; b < b1; b++) {
            s += values[(int) b];
        }
        return s;
    }
}
