package org.spamouflage.sandbox.ingest;

/**
 * Caps that keep an import's memory bounded and stop it early on hopeless files.
 *
 * @param maxRows         data rows read at most; the import stops (truncated) when the file has more
 *                        (blank lines count separately against the same cap)
 * @param maxRejectedRows rejected rows reported at most; at the next rejected row the import stops
 *                        (truncated), having reported the first {@code maxRejectedRows}
 * @param maxFieldBytes   longest field, in UTF-8 bytes; a longer one rejects its row (the rest of the
 *                        field is skipped without being stored: usually a quote that is never closed)
 * @param maxRecordBytes  longest row (or JSON line), in bytes; a longer one is rejected
 * @param maxColumns      most columns in the header (more: the import fails) and most fields stored
 *                        per row (more: the row is rejected as having too many fields)
 * @param maxTextBytes    most bytes of text read, after gzip decompression; a file that holds more
 *                        fails with an {@link ImportException} naming the cap, so a small gzip file that
 *                        expands to gigabytes (a "gzip bomb") costs at most this much reading.
 *                        {@link Long#MAX_VALUE} (the default) means no cap: the command line reads any
 *                        size; the web app sets one
 */
public record ImportLimits(long maxRows, int maxRejectedRows, int maxFieldBytes, int maxRecordBytes, int maxColumns,
                           long maxTextBytes) {

    /**
     * 20,000,000 rows (as many posts as a dataset folder holds); 1,000 rejected rows; 100,000-byte fields;
     * 1,000,000-byte rows; 1,000 columns; no text cap.
     */
    public static final ImportLimits DEFAULT = new ImportLimits(20_000_000, 1_000, 100_000, 1_000_000, 1_000);

    public ImportLimits {
        if (maxRows < 1 || maxRejectedRows < 0 || maxFieldBytes < 1 || maxRecordBytes < 1 || maxColumns < 1
                || maxTextBytes < 1) {
            throw new IllegalArgumentException("import limits must be positive (rejected rows: 0 or more)");
        }
    }

    /** Limits without a cap on the text read ({@link #maxTextBytes} = {@link Long#MAX_VALUE}). */
    public ImportLimits(long maxRows, int maxRejectedRows, int maxFieldBytes, int maxRecordBytes, int maxColumns) {
        this(maxRows, maxRejectedRows, maxFieldBytes, maxRecordBytes, maxColumns, Long.MAX_VALUE);
    }

    /** True when {@link #maxTextBytes} caps the text read. */
    public boolean capsText() {
        return maxTextBytes != Long.MAX_VALUE;
    }

    public ImportLimits withMaxRows(long n) {
        return new ImportLimits(n, maxRejectedRows, maxFieldBytes, maxRecordBytes, maxColumns, maxTextBytes);
    }

    public ImportLimits withMaxRejectedRows(int n) {
        return new ImportLimits(maxRows, n, maxFieldBytes, maxRecordBytes, maxColumns, maxTextBytes);
    }

    public ImportLimits withMaxFieldBytes(int n) {
        return new ImportLimits(maxRows, maxRejectedRows, n, maxRecordBytes, maxColumns, maxTextBytes);
    }

    public ImportLimits withMaxRecordBytes(int n) {
        return new ImportLimits(maxRows, maxRejectedRows, maxFieldBytes, n, maxColumns, maxTextBytes);
    }

    public ImportLimits withMaxColumns(int n) {
        return new ImportLimits(maxRows, maxRejectedRows, maxFieldBytes, maxRecordBytes, n, maxTextBytes);
    }

    public ImportLimits withMaxTextBytes(long n) {
        return new ImportLimits(maxRows, maxRejectedRows, maxFieldBytes, maxRecordBytes, maxColumns, n);
    }

    /** A size as messages write caps: "512 MB", "1.5 GB", "2,000 bytes" (binary units: 1 MB = 1,048,576 bytes). */
    public static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return oneDecimal(bytes / (double) (1L << 30)) + " GB";
        }
        if (bytes >= 1L << 20) {
            return oneDecimal(bytes / (double) (1L << 20)) + " MB";
        }
        return Text.count(bytes) + " bytes";
    }

    private static String oneDecimal(double x) {
        String s = String.format(java.util.Locale.ROOT, "%.1f", x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
