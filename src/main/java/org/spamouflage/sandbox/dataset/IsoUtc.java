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
        long fast = parseFast(text);
        if (fast != NOT_FAST) {
            return fast;
        }
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

    private static final long NOT_FAST = Long.MIN_VALUE;
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /**
     * The exact form the folder writes ({@code yyyy-MM-ddTHH:mm:ssZ}, 20 characters), parsed
     * without {@link Instant#parse}, which costs about a microsecond per call. Anything else
     * (other forms, leap seconds, invalid dates) returns {@link #NOT_FAST} and goes the slow,
     * fully checked way, so both paths accept and reject exactly the same strings.
     */
    private static long parseFast(String s) {
        if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return NOT_FAST;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return NOT_FAST;
        }
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int monthDays = month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
        if (day > monthDays) {
            return NOT_FAST;
        }
        // Days-from-civil (H. Hinnant), the inverse of the algorithm in format().
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = month > 2 ? month - 3 : month + 9;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        long days = era * 146_097L + doe - 719_468L;
        return days * 86_400L + hour * 3600L + minute * 60L + second;
    }

    /** The number in {@code n} ASCII digits at {@code from}, or -1 when any is not a digit. */
    private static int digits(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
