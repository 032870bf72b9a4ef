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
 */
public record ImportLimits(long maxRows, int maxRejectedRows, int maxFieldBytes, int maxRecordBytes, int maxColumns) {

    /** 5,000,000 rows; 1,000 rejected rows; 100,000-byte fields; 1,000,000-byte rows; 1,000 columns. */
    public static final ImportLimits DEFAULT = new ImportLimits(5_000_000, 1_000, 100_000, 1_000_000, 1_000);

    public ImportLimits {
        if (maxRows < 1 || maxRejectedRows < 0 || maxFieldBytes < 1 || maxRecordBytes < 1 || maxColumns < 1) {
            throw new IllegalArgumentException("import limits must be positive (rejected rows: 0 or more)");
        }
    }

    public ImportLimits withMaxRows(long n) {
        return new ImportLimits(n, maxRejectedRows, maxFieldBytes, maxRecordBytes, maxColumns);
    }

    public ImportLimits withMaxRejectedRows(int n) {
        return new ImportLimits(maxRows, n, maxFieldBytes, maxRecordBytes, maxColumns);
    }

    public ImportLimits withMaxFieldBytes(int n) {
        return new ImportLimits(maxRows, maxRejectedRows, n, maxRecordBytes, maxColumns);
    }

    public ImportLimits withMaxRecordBytes(int n) {
        return new ImportLimits(maxRows, maxRejectedRows, maxFieldBytes, n, maxColumns);
    }

    public ImportLimits withMaxColumns(int n) {
        return new ImportLimits(maxRows, maxRejectedRows, maxFieldBytes, maxRecordBytes, n);
    }
}
