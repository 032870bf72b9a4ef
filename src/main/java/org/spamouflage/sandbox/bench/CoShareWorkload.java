package org.spamouflage.sandbox.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.commons.math3.random.MersenneTwister;
import org.spamouflage.sandbox.detection.coaction.ActionTable;

/**
 * The co-share benchmark workload, a Java port of {@code gen_coshare.py} (the script that produced the
 * files on which the QUT toolkit and CooRTweet reference timings were measured). Same semantics: N
 * organic shares by N/10 accounts over N/5 objects with Zipf(1.6) popularity (the top object takes
 * about a third of all shares) or uniform popularity, uniform times over 30 days; optionally one hot
 * object shared K times by random organic accounts; then 20 bot accounts that each share 50 fresh
 * objects within 0–5 s of a random start.
 *
 * <p>Same random stream, too: Python's {@code random.Random(seed)} is MT19937 seeded with
 * {@code init_by_array} (Commons Math's {@link MersenneTwister#setSeed(int[])}), {@code random()}
 * takes 27 + 26 bits of two outputs, and {@code randrange(n)} draws {@code n.bit_length()} bits with
 * rejection. So {@link #write} reproduces the script's file byte for byte (checked by a test against a
 * file the script wrote), up to a last-bit difference between C's and Java's {@code pow} in the Zipf
 * draw, which would only matter if a value fell within one ulp of an integer.
 */
public final class CoShareWorkload {

    /** Receives the rows in file order. */
    @FunctionalInterface
    public interface RowSink {
        void row(String objectId, String accountId, long contentIndex, long timestamp) throws IOException;
    }

    private static final int SPAN = 30 * 86_400;

    private final long n;
    private final boolean uniform;
    private final int hot;
    private final long seed;

    /**
     * @param n       organic shares, ≥ 0
     * @param uniform uniform object popularity instead of Zipf(1.6)
     * @param hot     shares of one extra hot object, ≥ 0
     * @param seed    the script's {@code --seed} (default 42)
     */
    public CoShareWorkload(long n, boolean uniform, int hot, long seed) {
        if (n < 0 || hot < 0) {
            throw new IllegalArgumentException("n and hot must be >= 0");
        }
        this.n = n;
        this.uniform = uniform;
        this.hot = hot;
        this.seed = seed;
    }

    /** Total rows: n + hot + 1,000 bot shares. */
    public long rows() {
        return n + hot + 1_000L;
    }

    /** Generates the rows in the script's order. */
    public void generate(RowSink sink) throws IOException {
        PythonRandom rng = new PythonRandom(seed);
        long accounts = Math.max(n / 10, 50);
        long objects = Math.max(n / 5, 50);
        long k = 0;
        for (long i = 0; i < n; i++) {
            long obj = uniform ? rng.randrange(objects) : zipf(rng, 1.6, objects);
            long acc = rng.randrange(accounts);
            long t = rng.randrange(SPAN);
            sink.row("o" + obj, "a" + acc, k++, t);
        }
        for (int i = 0; i < hot; i++) {
            long acc = rng.randrange(accounts);
            long t = rng.randrange(SPAN);
            sink.row("hot0", "a" + acc, k++, t);
        }
        for (int j = 0; j < 50; j++) {
            long t0 = rng.randrange(SPAN);
            for (int b = 0; b < 20; b++) {
                sink.row("bot_obj" + j, "bot" + b, k++, t0 + rng.randrange(6));
            }
        }
    }

    /** Writes the CSV exactly as the script does (header, CRLF line ends). */
    public void write(OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("object_id,account_id,content_id,timestamp_share\r\n");
        generate((o, a, c, t) -> {
            sb.append(o).append(',').append(a).append(",c").append(c).append(',').append(t).append("\r\n");
            if (sb.length() > 60_000) {
                out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
                sb.setLength(0);
            }
        });
        out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The rows as an action table, without a file (for timing the co-share step alone). */
    public ActionTable table() {
        ActionTable.Builder b = ActionTable.builder();
        try {
            generate((o, a, c, t) -> b.add(o, a, t, (int) c + 1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.build();
    }

    private static long zipf(PythonRandom rng, double a, long cap) {
        while (true) {
            double u = rng.random();
            double x = StrictMath.pow(1.0 - u, -1.0 / (a - 1.0));
            // Python's int() is exact for any size; (k - 1) % cap with a non-negative result.
            if (x < 9.0e18) {
                long k = (long) x;
                if (k >= 1) {
                    return (k - 1) % cap;
                }
            } else {
                BigInteger k = new BigDecimal(x).toBigInteger();
                return k.subtract(BigInteger.ONE).mod(BigInteger.valueOf(cap)).longValue();
            }
        }
    }

    /** The parts of CPython's {@code random.Random} the script uses. */
    static final class PythonRandom {
        private final MersenneTwister mt;

        PythonRandom(long seed) {
            // CPython: key = 32-bit words of abs(seed), least significant first; [0] for 0.
            BigInteger s = BigInteger.valueOf(seed).abs();
            int words = Math.max(1, (s.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = s.shiftRight(32 * i).intValue();
            }
            mt = new MersenneTwister(key);
        }

        private long uint32() {
            return mt.nextInt() & 0xFFFF_FFFFL;
        }

        /** {@code random()}: 53 random bits from two outputs. */
        double random() {
            long a = uint32() >>> 5;
            long b = uint32() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** {@code getrandbits(k)} for 1 ≤ k ≤ 32. */
        private long bits(int k) {
            return uint32() >>> (32 - k);
        }

        /** {@code randrange(n)} for 1 ≤ n &lt; 2^32: rejection sampling on n.bit_length() bits. */
        long randrange(long n) {
            int k = 64 - Long.numberOfLeadingZeros(n);
            if (k > 32) {
                throw new IllegalArgumentException("n too large for this port: " + n);
            }
            long r = bits(k);
            while (r >= n) {
                r = bits(k);
            }
            return r;
        }
    }
}
