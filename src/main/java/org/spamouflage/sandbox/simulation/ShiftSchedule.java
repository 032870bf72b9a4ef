package org.spamouflage.sandbox.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.scenario.Scenario;

/**
 * The operators' working blocks: each shift of each day in the operator time zone, clipped to the
 * campaign's active window. A block's weight is its length times the day's load: 1 on workdays,
 * {@code weekendFactor} on the operators' Saturday and Sunday, and the surge multiplier on surge
 * days (Eastern dates), where a surge lifts the weekend quiet (the 2023 flood peaked over the
 * Labour Day long weekend).
 */
final class ShiftSchedule {

    /** One work block, epoch seconds [start, end). */
    record Block(long start, long end, double load, LocalDate operatorDate) {
        long length() {
            return end - start;
        }
    }

    final List<Block> blocks;
    final ZoneId zone;

    ShiftSchedule(Scenario.Timing timing, long activeStart, long activeEnd) {
        ZoneId z;
        try {
            z = ZoneId.of(timing.operatorTimeZone());
        } catch (RuntimeException e) {
            z = ZoneId.of("Asia/Shanghai");
        }
        zone = z;
        List<Scenario.Shift> shifts = timing.shifts() == null || timing.shifts().isEmpty()
                ? List.of(new Scenario.Shift(LocalTime.of(9, 0), LocalTime.of(17, 0))) : timing.shifts();
        LocalDate first = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(activeStart), zone).toLocalDate().minusDays(1);
        LocalDate last = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(activeEnd), zone).toLocalDate().plusDays(1);
        List<Block> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (Scenario.Shift s : shifts) {
                long a = d.atTime(s.start()).atZone(zone).toEpochSecond();
                LocalDate endDay = s.end().isAfter(s.start()) ? d : d.plusDays(1);
                long b = endDay.atTime(s.end()).atZone(zone).toEpochSecond();
                a = Math.max(a, activeStart);
                b = Math.min(b, activeEnd);
                if (b - a < 60) {
                    continue;
                }
                double load = weekend ? Math.max(0, timing.weekendFactor()) : 1.0;
                LocalDate eastern = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(a), World.EASTERN).toLocalDate();
                if (timing.surges() != null) {
                    for (Scenario.Surge surge : timing.surges()) {
                        if (!eastern.isBefore(surge.start()) && !eastern.isAfter(surge.end())) {
                            load = Math.max(0, surge.multiplier());
                        }
                    }
                }
                out.add(new Block(a, b, load, d));
            }
        }
        out.sort((x, y) -> Long.compare(x.start(), y.start()));
        blocks = List.copyOf(out);
    }

    /**
     * One operator's load per block: the day's load times a personal factor per day (everyone
     * has busier and quieter days, and takes a day off now and then).
     */
    double[] loadFor(Rng operatorRng) {
        double[] load = new double[blocks.size()];
        LocalDate day = null;
        double dayFactor = 1;
        for (int i = 0; i < load.length; i++) {
            Block b = blocks.get(i);
            if (!b.operatorDate().equals(day)) {
                day = b.operatorDate();
                dayFactor = operatorRng.chance(0.05) ? 0 : operatorRng.logNormal(1, 0.35);
            }
            load[i] = b.load() * dayFactor;
        }
        double max = 0;
        for (double x : load) {
            max = Math.max(max, x);
        }
        if (max <= 0) {
            // Every block at zero load (e.g. weekendFactor 0 on a weekend-only window): work anyway.
            java.util.Arrays.fill(load, 1.0);
        }
        return load;
    }

    /** Cumulative weights (load times length) for drawing a moment of work. */
    double[] cumulativeWeights(double[] load) {
        double[] w = new double[load.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = load[i] * blocks.get(i).length();
        }
        return Rng.cumulative(w);
    }

    /** Index of the first block that ends after {@code t}, or -1 when none does. */
    int blockAtOrAfter(long t) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).end() <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < blocks.size() ? lo : -1;
    }

    /** Block {@code b} or a later block of the same operator day, drawn by length. */
    int laterBlockSameDay(int b, Rng r) {
        LocalDate day = blocks.get(b).operatorDate();
        int last = b;
        while (last + 1 < blocks.size() && blocks.get(last + 1).operatorDate().equals(day)) {
            last++;
        }
        if (last == b) {
            return b;
        }
        double total = 0;
        for (int i = b; i <= last; i++) {
            total += blocks.get(i).length();
        }
        double u = r.nextDouble() * total;
        for (int i = b; i <= last; i++) {
            u -= blocks.get(i).length();
            if (u < 0) {
                return i;
            }
        }
        return last;
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }
}
