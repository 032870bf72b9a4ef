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
 */
final class CsvSource implements RecordSource {
    private final InputStream in;
    private final byte delim;
    private final String description;
    private final int maxField;
    private final int maxRecord;
    private final int maxColumns;

    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;

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

    private List<String> header;
    private CharsetDecoder decoder;

    private CsvSource(InputStream in, byte delim, String description, ImportLimits limits) {
        this.in = in;
        this.delim = delim;
        this.description = description;
        this.maxField = limits.maxFieldBytes();
        this.maxRecord = limits.maxRecordBytes();
        this.maxColumns = limits.maxColumns();
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
        line = nextLine;
        int c = read();
        if (c < 0) {
            return false;
        }
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
                        skipRestOfLine(c);
                        break fields;
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
        return true;
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
        while (c >= 0) {
            if (c == '\n') {
                nextLine++;
                return;
            }
            if (c == '\r') {
                skipLf();
                nextLine++;
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

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        if (n < 0) {
            eof = true;
            lim = 0;
            return false;
        }
        lim = n;
        return true;
    }
}
