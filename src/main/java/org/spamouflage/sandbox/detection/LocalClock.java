package org.spamouflage.sandbox.detection;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Local hour of day and day of week in one time zone, fast: the zone's UTC offset is looked up
 * once per quarter hour (offsets only change on the hour or half hour, or a quarter past in a few
 * zones) and cached. The cache is an array of the quarter hours within about 3.7 years either side
 * of the first time asked for (1 MB, one index per lookup: a million posts ask 3 million times),
 * and a hash map beyond. Not thread-safe.
 */
public final class LocalClock {
    /** Quarter hours cached in the array on each side of the first one asked for (2¹⁷, about 3.7 years). */
    private static final int HALF_SPAN = 1 << 17;
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final ZoneRules rules;
    private final Long2IntOpenHashMap offsets = new Long2IntOpenHashMap();
    private int[] near;
    private long nearStart;

    public LocalClock(ZoneId zone) {
        this.rules = zone.getRules();
        offsets.defaultReturnValue(UNKNOWN);
    }

    /** Seconds to add to UTC to get local time at {@code epochSecond}. */
    public int offsetSeconds(long epochSecond) {
        long key = Math.floorDiv(epochSecond, 900L);
        if (near == null) {
            near = new int[2 * HALF_SPAN];
            java.util.Arrays.fill(near, UNKNOWN);
            nearStart = key - HALF_SPAN;
        }
        long slot = key - nearStart;
        if (slot >= 0 && slot < near.length) {
            int off = near[(int) slot];
            if (off == UNKNOWN) {
                off = lookUp(key);
                near[(int) slot] = off;
            }
            return off;
        }
        int off = offsets.get(key);
        if (off == UNKNOWN) {
            off = lookUp(key);
            offsets.put(key, off);
        }
        return off;
    }

    private int lookUp(long quarterHour) {
        return rules.getOffset(Instant.ofEpochSecond(quarterHour * 900L)).getTotalSeconds();
    }

    /** Local hour 0..23. */
    public int hour(long epochSecond) {
        long local = epochSecond + offsetSeconds(epochSecond);
        return (int) Math.floorMod(Math.floorDiv(local, 3600L), 24L);
    }

    /** Local day of week, 0 = Monday … 6 = Sunday. */
    public int dayOfWeek(long epochSecond) {
        long local = epochSecond + offsetSeconds(epochSecond);
        long day = Math.floorDiv(local, 86400L); // 1970-01-01 was a Thursday (3)
        return (int) Math.floorMod(day + 3, 7L);
    }
}
