package org.spamouflage.sandbox.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a time column is written. Every format yields epoch seconds UTC (fractions of a second are
 * cut off) and only accepts times from 1970-01-01 to 2099-12-31 UTC, so that a millisecond value
 * read as seconds (year 50,000) is caught rather than imported.
 */
public enum TimeFormat {
    /**
     * ISO-8601 and the common spreadsheet/database forms: {@code 2019-08-19T06:42:00Z},
     * {@code 2019-08-19T06:42:00.123+02:00}, {@code +0200} or {@code +02} offsets,
     * {@code 2019-08-19 06:42} and {@code 2019-08-19 06:42:05} (a space instead of {@code T}),
     * an optional {@code Z}/{@code UTC}/{@code GMT} suffix, and a bare date {@code 2019-08-19}
     * (midnight). Times without an offset are read in the import's zone (default UTC).
     */
    ISO("iso", "an ISO-8601 date-time such as 2019-08-19T06:42:00Z, 2019-08-19 06:42 or 2019-08-19"),
    /** Unix time in seconds, e.g. {@code 1623881091}; a decimal fraction is allowed and cut off. */
    EPOCH_S("epoch-s", "epoch seconds, e.g. 1623881091"),
    /**
     * Unix time in milliseconds, e.g. {@code 1623881091000}; a decimal fraction is allowed and cut
     * off. Values below 100,000,000,000 (before 1973-03-03) are refused as probably being seconds.
     */
    EPOCH_MS("epoch-ms", "epoch milliseconds, e.g. 1623881091000");

    /** 1970-01-01T00:00Z. */
    public static final long MIN_SECONDS = 0L;
    /** 2100-01-01T00:00Z (exclusive). */
    public static final long MAX_SECONDS = 4102444800L;
    /** Smallest plausible epoch-ms value: 1973-03-03; smaller ones are seconds read as milliseconds. */
    static final long MS_PLAUSIBLE = 100_000_000_000L;

    private final String key;
    private final String expected;

    TimeFormat(String key, String expected) {
        this.key = key;
        this.expected = expected;
    }

    public String key() {
        return key;
    }

    /** What a valid value looks like, for error messages ("expected …"). */
    public String expected() {
        return expected;
    }

    public static String allowedKeys() {
        return Arrays.stream(values()).map(TimeFormat::key).collect(Collectors.joining(", "));
    }

    /** @throws IllegalArgumentException naming the allowed formats */
    public static TimeFormat fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (TimeFormat f : values()) {
            if (f.key.equals(k)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown time format \"" + key + "\"; allowed: " + allowedKeys());
    }

    /**
     * Parses a (trimmed, non-empty) value to epoch seconds UTC.
     *
     * @param zone zone for ISO times without an offset
     * @throws BadValue with the reason, e.g. {@code bad timestamp "abc" (expected epoch seconds, e.g. 1623881091)}
     */
    long parse(String value, ZoneId zone, String what) throws BadValue {
        long seconds;
        switch (this) {
            case EPOCH_S -> seconds = epoch(value, 1, what);
            case EPOCH_MS -> {
                seconds = epoch(value, 1000, what);
                if (seconds >= 0 && seconds < MS_PLAUSIBLE / 1000) {
                    throw bad(value, what, "; this looks like seconds: use time format epoch-s");
                }
            }
            default -> seconds = iso(value, zone, what);
        }
        if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS) {
            String hint = this == EPOCH_S && seconds >= MAX_SECONDS && seconds / 1000 < MAX_SECONDS
                    ? "; this looks like milliseconds: use time format epoch-ms" : "";
            throw new BadValue(what + " \"" + Text.show(value) + "\" is outside 1970–2099 (expected " + expected + hint + ")");
        }
        return seconds;
    }

    private long epoch(String v, int divisor, String what) throws BadValue {
        int n = v.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
            negative = v.charAt(0) == '-';
            i = 1;
        }
        int digitsStart = i;
        long whole = 0;
        while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            if (i - digitsStart >= 18) {
                throw bad(v, what, "");
            }
            whole = whole * 10 + (v.charAt(i) - '0');
            i++;
        }
        boolean hasDigits = i > digitsStart;
        boolean fraction = false;
        if (i < n && v.charAt(i) == '.') {
            i++;
            int fracStart = i;
            while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                if (v.charAt(i) != '0') {
                    fraction = true;
                }
                i++;
            }
            hasDigits |= i > fracStart;
        }
        if (!hasDigits || i != n) {
            boolean scientific = hasDigits && i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E');
            throw bad(v, what, scientific
                    ? "; scientific notation has lost digits: was the file saved by a spreadsheet?" : "");
        }
        long seconds = whole / divisor;
        if (negative) {
            // floor, not truncate, so -0.5 s is 1969-12-31T23:59:59 (then rejected by the range check)
            seconds = -seconds - ((whole % divisor != 0 || fraction) ? 1 : 0);
        }
        return seconds;
    }

    private BadValue bad(String v, String what, String hint) {
        return new BadValue("bad " + what + " \"" + Text.show(v) + "\" (expected " + expected + hint + ")");
    }

    private long iso(String s, ZoneId zone, String what) throws BadValue {
        int n = s.length();
        if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
                || !digits(s, 8, 2)) {
            throw bad(s, what, "");
        }
        try {
            LocalDate date = LocalDate.of(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2));
            int i = 10;
            int hour = 0;
            int minute = 0;
            int second = 0;
            if (i < n && (s.charAt(i) == 'T' || s.charAt(i) == 't' || s.charAt(i) == ' ')
                    && i + 6 <= n && digits(s, i + 1, 2) && s.charAt(i + 3) == ':'
                    && digits(s, i + 4, 2)) {
                hour = num(s, i + 1, 2);
                minute = num(s, i + 4, 2);
                i += 6;
                if (i + 3 <= n && s.charAt(i) == ':' && digits(s, i + 1, 2)) {
                    second = num(s, i + 1, 2);
                    i += 3;
                    if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                        int j = i + 1;
                        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                            j++;
                        }
                        if (j == i + 1) {
                            throw bad(s, what, "");
                        }
                        i = j;
                    }
                }
            }
            ZoneId z = zone;
            String rest = s.substring(i);
            if (rest.startsWith(" ")) {
                rest = rest.substring(1);
            }
            if (!rest.isEmpty()) {
                if (i == 10) {
                    throw bad(s, what, ""); // an offset needs a time of day
                }
                z = offset(rest);
                if (z == null) {
                    throw bad(s, what, "");
                }
            }
            if (second == 60) {
                throw bad(s, what, "");
            }
            LocalDateTime ldt = date.atTime(hour, minute, second);
            return ldt.atZone(z).toEpochSecond();
        } catch (DateTimeException e) {
            throw bad(s, what, "");
        }
    }

    private static ZoneOffset offset(String r) {
        if (r.equalsIgnoreCase("Z") || r.equalsIgnoreCase("UTC") || r.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        if (r.charAt(0) != '+' && r.charAt(0) != '-') {
            return null;
        }
        int sign = r.charAt(0) == '-' ? -1 : 1;
        String d = r.substring(1);
        int hours;
        int minutes = 0;
        if (d.length() == 2 && digits(d, 0, 2)) {
            hours = num(d, 0, 2);
        } else if (d.length() == 4 && digits(d, 0, 4)) {
            hours = num(d, 0, 2);
            minutes = num(d, 2, 2);
        } else if (d.length() == 5 && digits(d, 0, 2) && d.charAt(2) == ':' && digits(d, 3, 2)) {
            hours = num(d, 0, 2);
            minutes = num(d, 3, 2);
        } else {
            return null;
        }
        if (hours > 18 || minutes > 59) {
            return null;
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
