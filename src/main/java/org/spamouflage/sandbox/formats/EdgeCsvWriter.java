package org.spamouflage.sandbox.formats;

import org.spamouflage.sandbox.detection.coaction.ActionTable;
import org.spamouflage.sandbox.detection.coaction.CoActionNetwork;
import org.spamouflage.sandbox.detection.coaction.EdgeSignificance;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.spamouflage.sandbox.dataset.SpreadsheetSafe;

/**
 * Writes a co-action network as {@code edges.csv}: one row per edge, sorted by (account_a, account_b)
 * in code-point order, {@code account_a < account_b}, LF line ends, RFC 4180 quoting only where an id
 * needs it, ids spreadsheet-safe ({@link SpreadsheetSafe}: a leading = + - @ gets a {@code '}). The first three columns are exactly CooRTweet's and the QUT toolkit's; the rest add
 * activity normalisation and significance:
 *
 * <pre>
 * account_a,account_b,weight,objects,jaccard,expected_weight,p_value,q_value
 * </pre>
 *
 * Numbers are formatted by hand (not {@code String.format}, which costs a microsecond per call at
 * millions of rows) and deterministically: integers in full, {@code jaccard} with 4 decimals, the
 * rest in scientific notation with 4 significant digits ({@code 1.234e-05}; exactly 0 and 1 as
 * {@code 0} and {@code 1}) using only IEEE arithmetic and a table of parsed powers of ten.
 */
public final class EdgeCsvWriter {

    /** The header columns. */
    public static final List<String> COLUMNS = List.of("account_a", "account_b", "weight", "objects", "jaccard",
            "expected_weight", "p_value", "q_value");

    private final byte[] buf = new byte[1 << 16];
    private int len;
    private OutputStream out;

    /** Writes every edge of {@code sig.network()} with its significance values. */
    public void write(EdgeSignificance sig, OutputStream target) throws IOException {
        try {
            writeRows(sig, target);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeRows(EdgeSignificance sig, OutputStream target) {
        this.out = target;
        this.len = 0;
        CoActionNetwork net = sig.network();
        ActionTable table = net.table();
        byte[][] names = new byte[table.accountCount()][];
        put(String.join(",", COLUMNS).getBytes(StandardCharsets.US_ASCII));
        put((byte) '\n');
        for (int e = 0, m = net.edgeCount(); e < m; e++) {
            int a = net.accountA(e);
            int b = net.accountB(e);
            put(name(names, table, a));
            put((byte) ',');
            put(name(names, table, b));
            put((byte) ',');
            putLong(net.weight(e));
            put((byte) ',');
            putLong(net.objects(e));
            put((byte) ',');
            putFixed4(net.jaccard(e));
            put((byte) ',');
            putScientificCached(sig.expected(e));
            put((byte) ',');
            putScientificCached(sig.pValue(e));
            put((byte) ',');
            putScientificCached(sig.qValue(e));
            put((byte) '\n');
        }
        flush();
    }

    private static byte[] name(byte[][] cache, ActionTable table, int a) {
        byte[] n = cache[a];
        if (n == null) {
            n = csvField(SpreadsheetSafe.cell(table.accountId(a))).getBytes(StandardCharsets.UTF_8);
            cache[a] = n;
        }
        return n;
    }

    /** The value as a CSV field: quoted (with doubled quotes) only when it holds a comma, quote or line break. */
    public static String csvField(String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Formats like the writer does, for tests and other writers. */
    public static String scientific(double x) {
        EdgeCsvWriter w = new EdgeCsvWriter();
        w.putScientific(x);
        return new String(w.buf, 0, w.len, StandardCharsets.US_ASCII);
    }

    /** Formats like the writer does, for tests and other writers. */
    public static String fixed4(double x) {
        EdgeCsvWriter w = new EdgeCsvWriter();
        w.putFixed4(x);
        return new String(w.buf, 0, w.len, StandardCharsets.US_ASCII);
    }

    private void putFixed4(double x) {
        long v = Math.round(x * 10_000.0);
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        putLong(v / 10_000);
        put((byte) '.');
        long frac = v % 10_000;
        put((byte) ('0' + frac / 1000));
        put((byte) ('0' + frac / 100 % 10));
        put((byte) ('0' + frac / 10 % 10));
        put((byte) ('0' + frac % 10));
    }

    /**
     * Correctly rounded powers of ten 1e-323 … 1e308, index e + 323, parsed (so the same on every JVM) on
     * first use: a run touches a few dozen of them, and parsing all 632 up front costs start-up time.
     * Per writer, so no thread ever sees another's half-written entry.
     */
    private final double[] pow10 = new double[323 + 309];

    private double pow10(int e) {
        double v = pow10[e + 323];
        if (v == 0.0) {
            v = Double.parseDouble("1e" + e);
            pow10[e + 323] = v;
        }
        return v;
    }

    // Edges with the same weight and activity product share λ, p and q: a small direct-mapped cache of
    // formatted values saves most of the formatting on large networks (the output is the same either way).
    private final long[] cacheKey = new long[4096];
    private final byte[][] cacheValue = new byte[4096][];

    private void putScientificCached(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 52);
        byte[] v = cacheValue[slot];
        if (v != null && cacheKey[slot] == bits) {
            put(v);
            return;
        }
        int before = len;
        if (len + 32 > buf.length) {
            flushQuietly();
            before = 0;
        }
        putScientific(x);
        cacheKey[slot] = bits;
        cacheValue[slot] = Arrays.copyOfRange(buf, before, len);
    }

    private void putScientific(double x) {
        if (x == 0.0) {
            put((byte) '0');
            return;
        }
        if (x == 1.0) {
            put((byte) '1');
            return;
        }
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            put(Double.toString(x).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        if (x < 0) {
            put((byte) '-');
            x = -x;
        }
        // Scale tiny values up first so that the divisor below stays a normal double.
        int shift = 0;
        if (x < 1e-280) {
            x *= 1e100;
            shift = -100;
        }
        // Decimal exponent from the binary one, then corrected against exact table entries: no log10/pow.
        int e = (int) Math.floor(Math.getExponent(x) * 0.30102999566398120);
        while (e < 308 && x >= pow10(e + 1)) {
            e++;
        }
        while (x < pow10(e)) {
            e--;
        }
        long digits = Math.round(e >= 3 ? x / pow10(e - 3) : x * pow10(3 - e));
        if (digits >= 10_000) {
            // Rounded up to the next power of ten (e.g. 9.9996 → 10.00).
            digits = 1_000;
            e++;
        }
        e += shift;
        put((byte) ('0' + digits / 1000));
        put((byte) '.');
        put((byte) ('0' + digits / 100 % 10));
        put((byte) ('0' + digits / 10 % 10));
        put((byte) ('0' + digits % 10));
        put((byte) 'e');
        put((byte) (e < 0 ? '-' : '+'));
        int ae = Math.abs(e);
        if (ae < 10) {
            put((byte) '0');
        }
        putLong(ae);
    }

    private void putLong(long v) {
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        if (len + 20 > buf.length) {
            flushQuietly();
        }
        if (v == 0) {
            buf[len++] = '0';
            return;
        }
        int start = len;
        while (v > 0) {
            buf[len++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void put(byte b) {
        if (len == buf.length) {
            flushQuietly();
        }
        buf[len++] = b;
    }

    private void put(byte[] bytes) {
        if (len + bytes.length > buf.length) {
            flushQuietly();
            if (bytes.length > buf.length) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void flushQuietly() {
        write(buf, len);
        len = 0;
    }

    private void write(byte[] bytes, int n) {
        if (out == null) {
            // Formatting helpers write into the buffer only.
            if (n > buf.length) {
                throw new IllegalStateException("formatting buffer overflow");
            }
            return;
        }
        try {
            out.write(bytes, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        flushQuietly();
    }
}
