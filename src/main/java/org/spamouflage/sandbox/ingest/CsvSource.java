package org.spamouflage.sandbox.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A streaming CSV/TSV reader working on bytes. Quoting follows RFC 4180: a field that starts with
 * {@code "} runs to the next lone {@code "}, may contain delimiters and line breaks, and writes a
 * quote as {@code ""}; a quote inside an unquoted field is kept as a character (as Python's csv
 * module does). Lines end with LF, CRLF or CR.
 *
 * <p>Why not commons-csv 1.14.1 (checked against it): it has no field-size limit, so a quote that
 * is never closed buffers the rest of the file; after broken quoting it resumes mid-row and
 * returns the rest of the row as a bogus record; read through a {@code Reader}, invalid UTF-8
 * silently becomes U+FFFD. This reader stores at most {@link ImportLimits#maxRecordBytes()} bytes
 * per record, skips (without storing) the rest of an over-long field, resumes at the next line
 * after broken quoting, decodes only the columns that are read, and validates UTF-8 per field so
 * one bad byte rejects one row. BENCHMARKS.md ("Import") has the speed comparison.
 *
 * <p>Every physical line ends up in exactly one record, so no row is lost without a count:
 * <ul>
 *   <li>A record that spans several lines (a quoted field with line breaks) and then turns out
 *       broken (the quote is never closed, text follows a closing quote, a field or the row grows
 *       past its limit, or the row's field count differs from the header's) is cut back to its first
 *       line, which is rejected ("unbalanced quote"); reading resumes at the next line. That is what
 *       a stray {@code "} usually is; the bytes of the record are kept (at most
 *       {@link #window} bytes, a bound that follows from the limits) so they can be read again.</li>
 *   <li>A broken record on one line is rejected and reading resumes at the next line.</li>
 *   <li>A last record without a line break after it is rejected as cut off when it has too few
 *       fields or its last value is shorter than every value above it in that column (a timestamp
 *       {@code 16} under ten-digit ones); otherwise it is read, and {@link #mayBeCutOff()}
 *       lets the importer say so.</li>
 * </ul>
 */
final class CsvSource implements RecordSource {
    private final InputStream in;
    private final byte delim;
    private final String description;
    private final int maxField;
    private final int maxRecord;
    private final int maxColumns;

    /** Bytes read per refill; the buffer grows beyond this only to keep a multi-line record. */
    private static final int CHUNK = 1 << 16;
    /** Most bytes kept for re-reading a record (see {@link #window(ImportLimits)}). */
    private final int window;
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int lim;
    private boolean eof;
    /** Where the current record starts in {@code buf}, or -1 when its start is no longer kept. */
    private int mark = -1;

    private byte[] data = new byte[4096];
    private int len;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int stored;
    private int total;
    private boolean storing;
    private int fieldStart;
    private int fieldLimit;

    private long nextLine = 1;
    private long line;
    private long row;
    private boolean blank;
    private String error;
    private int errorField;
    /** The current record crossed a line break inside a quoted field (which opened on its first line). */
    private boolean spans;
    /** The field whose quote first crossed a line break. */
    private int spanField;
    /** Why a spanning record is broken, completing "the quote opened on line N …", or null. */
    private String spanBreak;
    /** The current record ended with a line break (false only for the last one). */
    private boolean terminated;
    /** Shortest last field (bytes) of the complete rows so far, to recognise a cut-off last row. */
    private int shortestLast = Integer.MAX_VALUE;

    private List<String> header;
    private CharsetDecoder decoder;

    private CsvSource(InputStream in, byte delim, String description, ImportLimits limits) {
        this.in = in;
        this.delim = delim;
        this.description = description;
        this.maxField = limits.maxFieldBytes();
        this.maxRecord = limits.maxRecordBytes();
        this.maxColumns = limits.maxColumns();
        this.window = window(limits);
    }

    /**
     * Bytes kept from the start of a record so a broken multi-line record can be read again line
     * by line. While a record is within the limits its raw bytes are at most twice its stored bytes
     * (a doubled quote stores one byte) plus three per field (quotes and delimiter), and reading
     * stops one refill after it leaves them, so this is always enough; about 2 MB by default.
     */
    static int window(ImportLimits limits) {
        long w = 2L * limits.maxRecordBytes() + 3L * limits.maxColumns() + 2L * CHUNK + 16;
        return (int) Math.min(w, Integer.MAX_VALUE - 16);
    }

    /** Reads the header (the first non-blank record). */
    static CsvSource open(InputStream in, String name, byte delim, String description, ImportLimits limits)
            throws IOException, ImportException {
        CsvSource s = new CsvSource(in, delim, description, limits);
        s.readHeader(name);
        return s;
    }

    private void readHeader(String name) throws IOException, ImportException {
        do {
            if (!readRecord()) {
                throw new ImportException(name, "the file is empty: it has only blank lines");
            }
        } while (blank);
        if (total > maxColumns) {
            throw new ImportException(name, "the header has " + Text.count(total) + " columns; at most "
                    + Text.count(maxColumns) + " are allowed (is this a table? is the delimiter right?)");
        }
        if (error != null) {
            throw new ImportException(name, "the header (row " + row + ") cannot be read: " + error);
        }
        List<String> h = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            String v = get(i);
            h.add(v == null ? "" : v.strip());
        }
        header = List.copyOf(h);
    }

    @Override
    public List<String> header() {
        return header;
    }

    /** Slots are header positions. */
    @Override
    public int[] bind(List<ColumnBinding.Ref> refs) {
        int[] slots = new int[refs.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = refs.get(i).index();
        }
        return slots;
    }

    @Override
    public boolean next() throws IOException {
        return readRecord();
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public boolean blank() {
        return blank;
    }

    @Override
    public String error() {
        return error;
    }

    @Override
    public String errorColumn() {
        if (errorField < 0) {
            return "";
        }
        if (header != null && errorField < header.size()) {
            return header.get(errorField);
        }
        return "field " + (errorField + 1);
    }

    @Override
    public int fieldCount() {
        return total;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean mayBeCutOff() {
        return !terminated;
    }

    @Override
    public String get(int slot) {
        if (slot < 0 || slot >= stored) {
            return "";
        }
        int s = starts[slot];
        int e = ends[slot];
        byte[] d = data;
        for (int k = s; k < e; k++) {
            if (d[k] < 0) {
                return decodeUtf8(s, e);
            }
        }
        // pure ASCII: Latin-1 decoding is a straight copy into a compact string
        return new String(d, s, e - s, StandardCharsets.ISO_8859_1);
    }

    private String decodeUtf8(int s, int e) {
        if (decoder == null) {
            decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(data, s, e - s)).toString();
        } catch (CharacterCodingException ex) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---- the tokenizer ----

    private boolean readRecord() throws IOException {
        len = 0;
        stored = 0;
        total = 0;
        storing = true;
        error = null;
        errorField = -1;
        blank = false;
        spans = false;
        spanBreak = null;
        terminated = true;
        line = nextLine;
        mark = -1;
        if (pos >= lim && !fill()) {
            return false;
        }
        mark = pos;
        int c = buf[pos++] & 0xff;
        row++;
        boolean anyQuoted = false;
        fields:
        while (true) {
            startField();
            if (c == '"') {
                anyQuoted = true;
                long quoteLine = nextLine;
                while (true) {
                    int p = pos;
                    final int l = lim;
                    final byte[] b = buf;
                    while (p < l) {
                        byte x = b[p];
                        if (x == '"' || x == '\n' || x == '\r') {
                            break;
                        }
                        p++;
                    }
                    append(b, pos, p);
                    pos = p;
                    if (!storing && spans) {
                        spanBreak = tooLong();
                        break fields;
                    }
                    if (p == l) {
                        if (fill()) {
                            continue;
                        }
                        c = -1;
                    } else {
                        c = b[pos++] & 0xff;
                    }
                    if (c < 0) {
                        // the root cause beats any "too long" found on the way
                        error = null;
                        fail(total - 1, "broken quoting: the quote opened on line " + quoteLine
                                + " is never closed (the end of the file was reached)");
                        spanBreak = "is never closed (the end of the file was reached)";
                        terminated = false;
                        endField();
                        break fields;
                    }
                    if (c == '"') {
                        c = read();
                        if (c == '"') {
                            append1('"');
                            continue;
                        }
                        if (c == delim) {
                            endField();
                            c = read();
                            continue fields;
                        }
                        if (c == '\n' || c < 0) {
                            endField();
                            if (c == '\n') {
                                nextLine++;
                            } else {
                                terminated = false;
                            }
                            break fields;
                        }
                        if (c == '\r') {
                            endField();
                            skipLf();
                            nextLine++;
                            break fields;
                        }
                        String where = quoteLine == nextLine ? "" : " (the quoted field began on line " + quoteLine + ")";
                        fail(total - 1, "broken quoting: " + describe(c) + " follows a closing quote" + where
                                + "; a quote inside a quoted field must be doubled (\"\")");
                        if (spans) {
                            spanBreak = "meets " + describe(c) + " after a quote on line " + nextLine;
                            break fields;
                        }
                        skipRestOfLine(c);
                        break fields;
                    }
                    // a line break inside the quotes
                    if (!storing) {
                        // already rejected on its first line (too long, too many fields): end it with this line
                        if (c == '\r') {
                            skipLf();
                        }
                        nextLine++;
                        break fields;
                    }
                    if (!spans) {
                        spans = true;
                        spanField = total - 1;
                    }
                    if (c == '\n') {
                        nextLine++;
                    } else if (peek() != '\n') {
                        nextLine++; // a lone CR
                    }
                    append1(c);
                }
            } else {
                while (true) {
                    if (c == delim) {
                        endField();
                        c = read();
                        continue fields;
                    }
                    if (c == '\n' || c < 0) {
                        endField();
                        if (c == '\n') {
                            nextLine++;
                        } else {
                            terminated = false;
                        }
                        break fields;
                    }
                    if (c == '\r') {
                        endField();
                        skipLf();
                        nextLine++;
                        break fields;
                    }
                    append1(c);
                    int p = pos;
                    final int l = lim;
                    final byte[] b = buf;
                    final byte d = delim;
                    while (p < l) {
                        byte x = b[p];
                        if (x == d || x == '\n' || x == '\r') {
                            break;
                        }
                        p++;
                    }
                    append(b, pos, p);
                    pos = p;
                    c = read();
                }
            }
        }
        blank = total == 1 && len == 0 && !anyQuoted && error == null;
        if (header != null) {
            checkWhole();
        }
        return true;
    }

    /** After a record: cut a broken multi-line record back to its first line; judge a last row without a line break. */
    private void checkWhole() {
        int columns = header.size();
        if (spans && spanBreak == null && storing && total != columns) {
            spanBreak = "makes a row of " + Text.count(total) + " fields ending on line "
                    + (terminated ? nextLine - 1 : nextLine) + " (the header has " + Text.count(columns) + ")";
        }
        if (spanBreak != null && spans) {
            rereadFromSecondLine();
            return;
        }
        if (!storing || error != null || total != columns) {
            if (!terminated && error == null && storing && total < columns) {
                fail(-1, "too few fields: " + Text.count(total) + " (the header has " + Text.count(columns)
                        + ") and no line break after them: the file looks cut off in the middle of this row");
            }
            return;
        }
        int last = ends[columns - 1] - starts[columns - 1];
        if (terminated) {
            shortestLast = Math.min(shortestLast, last);
            return;
        }
        String v = get(columns - 1);
        if (v == null) {
            fail(columns - 1, "the file looks cut off in the middle of this row: it is the last, no line break "
                    + "follows it, and its last value ends inside a character (not valid UTF-8)");
        } else if (last < shortestLast && shortestLast != Integer.MAX_VALUE) {
            fail(columns - 1, "the file looks cut off in the middle of this row: it is the last, no line break "
                    + "follows it, and its last value \"" + Text.show(v) + "\" is shorter than every value above it "
                    + "in this column");
        }
    }

    /**
     * Rejects the current record as its first line only and moves back to the start of its second
     * line. Without the kept bytes (a row beyond {@link #window}, which the limits rule out while it
     * is being stored) the whole record is rejected as read.
     */
    private void rereadFromSecondLine() {
        String what = "unbalanced quote: the quote opened on line " + line + " " + spanBreak;
        error = null;
        int i = mark;
        while (i >= 0 && i < lim && buf[i] != '\n' && buf[i] != '\r') {
            i++; // a spanning record has a line break inside its kept bytes
        }
        if (i < 0 || i >= lim) {
            fail(spanField, what + "; lines " + line + " to " + (terminated ? nextLine - 1 : nextLine)
                    + " were rejected as one row");
            return;
        }
        if (buf[i] == '\r' && i + 1 < lim && buf[i + 1] == '\n') {
            i++;
        }
        pos = i + 1;
        nextLine = line + 1;
        terminated = true;
        fail(spanField, what + "; only line " + line + " was rejected and reading resumed on line " + nextLine);
    }

    private String tooLong() {
        if (error == null) {
            return "makes a row of more than " + Text.count(maxColumns) + " fields";
        }
        return (long) fieldStart + maxField <= maxRecord ? "is not closed within " + Text.count(maxField) + " bytes (the field limit)"
                : "makes a row longer than " + Text.count(maxRecord) + " bytes";
    }

    private static String describe(int c) {
        if (c >= 0x21 && c < 0x7f) {
            return "'" + (char) c + "'";
        }
        return String.format(Locale.ROOT, "byte 0x%02X", c);
    }

    private void startField() {
        total++;
        if (storing && stored == maxColumns) {
            storing = false; // counted, not stored: the row is rejected for too many fields
        }
        fieldStart = len;
        fieldLimit = (int) Math.min((long) len + maxField, maxRecord);
    }

    private void endField() {
        if (!storing) {
            return;
        }
        if (stored == starts.length) {
            starts = Arrays.copyOf(starts, stored * 2);
            ends = Arrays.copyOf(ends, stored * 2);
        }
        starts[stored] = fieldStart;
        ends[stored] = len;
        stored++;
    }

    private void append(byte[] src, int from, int to) {
        int n = to - from;
        if (n == 0 || !storing) {
            return;
        }
        if (len + n > fieldLimit) {
            overflow();
            return;
        }
        if (len + n > data.length) {
            data = Arrays.copyOf(data, Math.max(len + n, Math.min(data.length * 2, maxRecord)));
        }
        System.arraycopy(src, from, data, len, n);
        len += n;
    }

    private void append1(int c) {
        if (!storing) {
            return;
        }
        if (len >= fieldLimit) {
            overflow();
            return;
        }
        if (len == data.length) {
            data = Arrays.copyOf(data, Math.max(len + 1, Math.min(data.length * 2, maxRecord)));
        }
        data[len++] = (byte) c;
    }

    private void overflow() {
        if ((long) fieldStart + maxField <= maxRecord) {
            fail(total - 1, "field longer than " + Text.count(maxField) + " bytes (the limit); the rest of it was "
                    + "skipped (a quote that is never closed?)");
        } else {
            fail(-1, "row longer than " + Text.count(maxRecord) + " bytes (the limit)");
        }
    }

    private void fail(int field, String reason) {
        if (error == null) {
            error = reason;
            errorField = field;
        }
        storing = false;
    }

    private void skipRestOfLine(int c) throws IOException {
        terminated = false;
        while (c >= 0) {
            if (c == '\n') {
                nextLine++;
                terminated = true;
                return;
            }
            if (c == '\r') {
                skipLf();
                nextLine++;
                terminated = true;
                return;
            }
            c = read();
        }
    }

    private void skipLf() throws IOException {
        if (peek() == '\n') {
            pos++;
        }
    }

    private int read() throws IOException {
        if (pos < lim) {
            return buf[pos++] & 0xff;
        }
        return fill() ? buf[pos++] & 0xff : -1;
    }

    private int peek() throws IOException {
        if (pos < lim) {
            return buf[pos] & 0xff;
        }
        return fill() ? buf[pos] & 0xff : -1;
    }

    /**
     * Reads the next chunk. The bytes of the current record from {@link #mark} on are kept (moved to
     * the front, the buffer grown up to {@link #window}) so a broken record can be read again.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int keep = 0;
        if (mark >= 0) {
            keep = lim - mark;
            if ((long) keep + CHUNK > window) {
                mark = -1;
                keep = 0;
            } else {
                if (keep + CHUNK > buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(window, Math.max(2L * buf.length, (long) keep + CHUNK)));
                }
                System.arraycopy(buf, mark, buf, 0, keep);
                mark = 0;
            }
        }
        int n;
        do {
            n = in.read(buf, keep, buf.length - keep);
        } while (n == 0);
        pos = keep;
        if (n < 0) {
            eof = true;
            lim = keep;
            return false;
        }
        lim = keep + n;
        return true;
    }
}
