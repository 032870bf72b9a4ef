package org.spamouflage.sandbox.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and time formatting for the pages: fixed locale, undefined values said in words. */
public final class Fmt {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);

    private Fmt() {
    }

    /** {@code value} with {@code decimals} decimals, or "not defined" for NaN and infinities. */
    public static String num(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "not defined";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A share as a percentage with one decimal ("12.5%"), or "not defined". */
    public static String pct(double share) {
        if (!Double.isFinite(share)) {
            return "not defined";
        }
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Epoch seconds as a short local time ("Aug 28 02:47") in {@code zone}, for narrow columns. */
    public static String shortTime(long epochSeconds, ZoneId zone) {
        return SHORT.format(Instant.ofEpochSecond(epochSeconds).atZone(zone));
    }

    /** Epoch seconds as local date and time in {@code zone}. */
    public static String time(long epochSeconds, ZoneId zone) {
        return TIME.format(Instant.ofEpochSecond(epochSeconds).atZone(zone));
    }
}
