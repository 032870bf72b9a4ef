package org.spamouflage.sandbox.dataset;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as the dataset folder writes them: ISO-8601 in UTC to the second, like
 * {@code 2023-08-07T14:03:22Z}. Formatting is hand-rolled for years 0000–9999 because exporting a
 * million posts formats a million times and {@link DateTimeFormatter} is several times slower;
 * other years fall back to {@link DateTimeFormatter#ISO_INSTANT}, so the output always equals
 * {@code Instant.ofEpochSecond(t).toString()} (a property test checks this).
 */
public final class IsoUtc {
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range of the fast path. */
    private static final long MIN_FAST = -62_167_219_200L;
    private static final long MAX_FAST = 253_402_300_799L;

    private IsoUtc() {
    }

    /**
     * Formats epoch seconds.
     *
     * @throws IllegalArgumentException when the value is outside what {@link Instant} can hold
     */
    public static String format(long epochSecond) {
        if (epochSecond < MIN_FAST || epochSecond > MAX_FAST) {
            try {
                return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(epochSecond));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("time " + epochSecond + " (epoch seconds) is out of range", e);
            }
        }
        long days = Math.floorDiv(epochSecond, 86_400L);
        int secs = (int) Math.floorMod(epochSecond, 86_400L);
        // Civil-from-days (H. Hinnant's algorithm), exact for the proleptic Gregorian calendar.
        long z = days + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        int doe = (int) (z - era * 146_097L);
        int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int day = doy - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = (int) (yoe + era * 400L + (month <= 2 ? 1 : 0));
        char[] c = new char[20];
        put4(c, 0, year);
        c[4] = '-';
        put2(c, 5, month);
        c[7] = '-';
        put2(c, 8, day);
        c[10] = 'T';
        put2(c, 11, secs / 3600);
        c[13] = ':';
        put2(c, 14, secs / 60 % 60);
        c[16] = ':';
        put2(c, 17, secs % 60);
        c[19] = 'Z';
        return new String(c);
    }

    /**
     * Parses an ISO-8601 UTC instant ({@code 2023-08-07T14:03:22Z}); fractions of a second are
     * not allowed because the model keeps whole seconds.
     *
     * @throws IllegalArgumentException naming the value and the expected form
     */
    public static long parse(String text) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an ISO-8601 UTC time like 2023-08-07T14:03:22Z");
        }
        if (instant.getNano() != 0) {
            throw new IllegalArgumentException("\"" + text + "\" has a fraction of a second; whole seconds are required");
        }
        return instant.getEpochSecond();
    }

    private static void put2(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void put4(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 1000);
        c[at + 1] = (char) ('0' + v / 100 % 10);
        c[at + 2] = (char) ('0' + v / 10 % 10);
        c[at + 3] = (char) ('0' + v % 10);
    }
}
