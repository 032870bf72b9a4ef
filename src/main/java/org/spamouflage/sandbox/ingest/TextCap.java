package org.spamouflage.sandbox.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Counts the bytes of text read (after gzip decompression) and fails the read once more than
 * {@link ImportLimits#maxTextBytes()} were asked for, so that a small gzip file that expands to
 * gigabytes costs no more than the cap. The failure is a {@link Exceeded}, which the importer turns
 * into an {@link ImportException} naming the cap.
 */
final class TextCap extends FilterInputStream {
    private final long max;
    private final boolean gzip;
    private long read;

    /** Thrown by a read that would pass the cap. */
    static final class Exceeded extends IOException {
        Exceeded(long max, boolean gzip) {
            super(String.format(Locale.ROOT, "the file holds more than %s of text%s, the cap of this import (it "
                    + "keeps files that expand without end from filling the server); nothing was imported. The command "
                    + "line's import (import --in FILE --out DIR) has no such cap", ImportLimits.size(max),
                    gzip ? " after gzip decompression" : ""));
        }
    }

    private TextCap(InputStream in, long max, boolean gzip) {
        super(in);
        this.max = max;
        this.gzip = gzip;
    }

    /** {@code in} itself when the limits cap nothing, else {@code in} with the cap. */
    static InputStream wrap(InputStream in, ImportLimits limits, boolean gzip) {
        return limits.capsText() ? new TextCap(in, limits.maxTextBytes(), gzip) : in;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long k = super.skip(n);
        count(k);
        return k;
    }

    private void count(long n) throws Exceeded {
        read += n;
        if (read > max) {
            throw new Exceeded(max, gzip);
        }
    }
}
