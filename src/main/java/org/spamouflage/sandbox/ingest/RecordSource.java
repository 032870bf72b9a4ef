package org.spamouflage.sandbox.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A stream of records (rows of a CSV/TSV file, objects of a JSON Lines file) whose values are read
 * through slots bound to column names. One record is current at a time, so memory does not grow
 * with the file.
 */
interface RecordSource extends Closeable {

    /** Column names: the header row (CSV/TSV) or the keys of the first object (JSON Lines). */
    List<String> header();

    /**
     * Binds columns to slots: {@code get(result[i])} then reads column {@code refs.get(i)}; a slot
     * of -1 means the column does not exist. CSV/TSV use the header position, JSON Lines the name.
     */
    int[] bind(List<ColumnBinding.Ref> refs);

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException;

    /** Spreadsheet row number of the current record (see {@link RowError}). */
    long row();

    /** Physical line where the current record starts. */
    long line();

    /** True when the current record is an empty line (skipped, not an error). */
    boolean blank();

    /** Why the current record could not be split into fields, or null when it could. */
    String error();

    /** The column the {@link #error()} is in, or empty. */
    String errorColumn();

    /**
     * Number of fields in the current record, to compare with the header (CSV/TSV), or -1 where
     * records have no field count (JSON Lines).
     */
    int fieldCount();

    /** The value in a bound slot ("" when absent), or null when the bytes are not valid UTF-8. */
    String get(int slot);

    /**
     * True when the current record is the last one, no line break follows it, and it could have
     * been cut off without that showing (a CSV row whose last value may be shortened). A source
     * rejects such a record when it can tell it was cut; the importer notes the others.
     */
    boolean mayBeCutOff();

    /** How the file was read, for {@link ImportResult#notes()}: "read as CSV (comma-separated)". */
    String description();
}
