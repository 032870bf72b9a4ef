package org.spamouflage.sandbox.detection;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Local hour of day and day of week in one time zone, fast: the zone's UTC offset is looked up
 * once per UTC hour and cached (offsets only change on the hour or half hour, and the cache is
 * keyed by quarter hour to be safe). Not thread-safe.
 */
public final class LocalClock {
    private final ZoneRules rules;
    private final Long2IntOpenHashMap offsets = new Long2IntOpenHashMap();

    public LocalClock(ZoneId zone) {
        this.rules = zone.getRules();
        offsets.defaultReturnValue(Integer.MIN_VALUE);
    }

    /** Seconds to add to UTC to get local time at {@code epochSecond}. */
    public int offsetSeconds(long epochSecond) {
        long key = Math.floorDiv(epochSecond, 900L);
        int off = offsets.get(key);
        if (off == Integer.MIN_VALUE) {
            off = rules.getOffset(Instant.ofEpochSecond(key * 900L)).getTotalSeconds();
            offsets.put(key, off);
        }
        return off;
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
