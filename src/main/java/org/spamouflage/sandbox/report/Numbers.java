package org.spamouflage.sandbox.report;

import java.util.Locale;

/**
 * How numbers are written in every export: locale-independent, a fixed number of decimals for
 * scores so columns line up and files compare byte for byte, and an empty cell for "undefined".
 */
final class Numbers {
    /** Decimals of scores in CSV and graph files. */
    static final int DECIMALS = 6;
    private static final long SCALE = 1_000_000L;

    private Numbers() {
    }

    /**
     * A score with {@value #DECIMALS} decimals ({@code 0.123457}); empty for NaN. Hand-rolled
     * because {@code String.format} costs about a microsecond per call, which adds seconds to a
     * million-account export; values too large for the fast path fall back to it.
     */
    static String fixed(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (!(Math.abs(x) < 1e12)) {
            return String.format(Locale.ROOT, "%." + DECIMALS + "f", x);
        }
        long units = scaled(x);
        StringBuilder b = new StringBuilder(16);
        if (units < 0) {
            b.append('-');
            units = -units;
        }
        b.append(units / SCALE).append('.');
        String frac = Long.toString(units % SCALE);
        for (int i = frac.length(); i < DECIMALS; i++) {
            b.append('0');
        }
        return b.append(frac).toString();
    }

    /** The value in millionths, rounded half away from zero: what {@link #fixed} prints. */
    static long scaled(double x) {
        double s = x * SCALE;
        return s < 0 ? -Math.round(-s) : Math.round(s);
    }

    /** A weight: a whole number when it is one (edge weights count objects), else fixed decimals. */
    static String weight(double w) {
        if (w == Math.rint(w) && Math.abs(w) < 1e15) {
            return Long.toString((long) w);
        }
        return fixed(w);
    }

    /**
     * A p- or q-value with six significant digits: q-values of strong edges are far below 1e-6,
     * where fixed decimals would print zero. Scientific notation below 1e-4 ({@code 1.23457e-30}),
     * which R, pandas and spreadsheets read.
     */
    static String significant(double q) {
        if (Double.isNaN(q)) {
            return "";
        }
        if (q == 0) {
            return "0";
        }
        // Edges share few distinct q-values (116,019 edges of bench-1m have 4,821), and String.format costs
        // about a microsecond: each value is formatted once. The cache is bounded; past it, values are
        // formatted each time. The string is a function of the value, so the output is the same either way.
        Long bits = Double.doubleToRawLongBits(q);
        String known = SIGNIFICANT.get(bits);
        if (known != null) {
            return known;
        }
        String text = String.format(Locale.ROOT, "%.6g", q);
        if (SIGNIFICANT.size() < SIGNIFICANT_CACHE) {
            SIGNIFICANT.put(bits, text);
        }
        return text;
    }

    private static final int SIGNIFICANT_CACHE = 1 << 16;
    private static final java.util.concurrent.ConcurrentHashMap<Long, String> SIGNIFICANT =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** For prose and tables: 3 decimals, "n/a" for NaN (undefined, not zero). */
    static String short3(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
