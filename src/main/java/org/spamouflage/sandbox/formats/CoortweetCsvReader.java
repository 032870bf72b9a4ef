package org.spamouflage.sandbox.formats;

import org.spamouflage.sandbox.detection.coaction.ActionTable;
import org.spamouflage.sandbox.detection.coaction.CoortweetData;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Streams a CSV file in CooRTweet's columns ({@code object_id, account_id, content_id,
 * timestamp_share}; other columns are ignored, order is free) into a {@link CoortweetData}. Plain or
 * gzip-compressed (detected from the first bytes). RFC 4180 quoting: fields may be quoted, {@code ""}
 * escapes a quote, quoted fields may hold commas and line breaks; LF or CRLF line ends; a UTF-8 byte
 * order mark and blank lines are skipped.
 *
 * <p>Hand-written rather than Commons CSV because the whole-process benchmarks include parsing: it
 * scans bytes in 1 MiB blocks and interns ids straight from the buffer into int indices, so no
 * {@code String} is created per row (see {@code bench.CommonsCsvCoortweetReader} and BENCHMARKS.md for the
 * measured difference). Ids are decoded as UTF-8 once per distinct id.
 *
 * <p>Validation: the four columns must be in the header; {@code object_id} and {@code account_id}
 * must not be empty; {@code timestamp_share} must be whole Unix seconds (an optional {@code .0…}
 * fraction is accepted) within ±10<sup>11</sup> (larger values are almost always milliseconds).
 * All problems are collected, up to a limit, with their line numbers, and reported together.
 */
public final class CoortweetCsvReader {

    /** The required columns, as CooRTweet names them. */
    public static final List<String> COLUMNS = List.of("object_id", "account_id", "content_id", "timestamp_share");
    /** Default cap on data rows: 20 bytes each in memory, so 50 million rows need about 1 GB. */
    public static final long DEFAULT_MAX_ROWS = 50_000_000L;
    /** Default number of problems listed before the rest are only counted. */
    public static final int DEFAULT_MAX_PROBLEMS = 20;
    /** Largest accepted |timestamp_share|. */
    public static final long MAX_ABS_TIMESTAMP = 100_000_000_000L;

    private static final int OBJECT = 0;
    private static final int ACCOUNT = 1;
    private static final int CONTENT = 2;
    private static final int TIME = 3;
    private static final int MAX_RECORD = 16 << 20;

    private final long maxRows;
    private final int maxProblems;

    public CoortweetCsvReader(long maxRows, int maxProblems) {
        if (maxRows < 1 || maxRows > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxRows must be in [1, " + (Integer.MAX_VALUE - 16) + "], was " + maxRows);
        }
        this.maxRows = maxRows;
        this.maxProblems = Math.max(1, maxProblems);
    }

    public CoortweetCsvReader() {
        this(DEFAULT_MAX_ROWS, DEFAULT_MAX_PROBLEMS);
    }

    /**
     * Reads a file.
     *
     * @throws CoortweetInputException listing what is wrong with the content
     * @throws IOException             when the file cannot be read
     */
    public CoortweetData read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a stream; {@code name} appears in error messages. The stream is not closed. */
    public CoortweetData read(InputStream raw, String name) throws IOException {
        return new Parser(maybeGunzip(raw), name).run();
    }

    /** Wraps the stream in a gzip decoder when it starts with the gzip magic bytes. */
    public static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    private final class Parser {
        private final InputStream in;
        private final String name;
        private byte[] buf = new byte[1 << 20];
        private int pos;
        private int limit;
        private boolean eof;
        private long line = 1;
        private long recordStartLine = 1;

        // The current record.
        private int[] colSlot = new int[0];
        private List<String> headerFields;
        private final byte[][] fArr = new byte[4][];
        private final int[] fOff = new int[4];
        private final int[] fLen = new int[4];
        private final byte[][] unescaped = {new byte[64], new byte[64], new byte[64], new byte[64]};
        private int fieldCount;
        private int recordLines;
        private int junkAfterQuoteField;
        private boolean unterminatedQuote;

        private final List<String> problems = new ArrayList<>();
        private long problemCount;

        Parser(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        CoortweetData run() throws IOException {
            fill();
            if (limit >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                pos = 3;
            }
            headerFields = new ArrayList<>();
            if (!nextRecord()) {
                throw fail("line 1: the file is empty; expected a header with the columns " + String.join(", ", COLUMNS));
            }
            long headerLine = recordStartLine;
            int[] wanted = new int[4];
            List<String> missing = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                wanted[c] = headerFields.indexOf(COLUMNS.get(c));
                if (wanted[c] < 0) {
                    // Be forgiving about surrounding spaces and case, but say so only if that fails too.
                    for (int h = 0; h < headerFields.size() && wanted[c] < 0; h++) {
                        if (headerFields.get(h).trim().equalsIgnoreCase(COLUMNS.get(c))) {
                            wanted[c] = h;
                        }
                    }
                }
                if (wanted[c] < 0) {
                    missing.add(COLUMNS.get(c));
                }
            }
            if (!missing.isEmpty()) {
                throw fail("line " + headerLine + ": missing column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + "; the header has " + headerFields
                        + "; required: " + String.join(", ", COLUMNS) + " (other columns are ignored)");
            }
            headerFields = null;
            int maxCol = Arrays.stream(wanted).max().getAsInt();
            colSlot = new int[maxCol + 1];
            Arrays.fill(colSlot, -1);
            for (int c = 0; c < 4; c++) {
                colSlot[wanted[c]] = c;
            }
            return readRows(wanted);
        }

        private CoortweetData readRows(int[] wanted) throws IOException {
            ByteInterner accounts = new ByteInterner();
            ByteInterner objects = new ByteInterner();
            int cap = 1 << 16;
            int[] acc = new int[cap];
            int[] obj = new int[cap];
            long[] time = new long[cap];
            int[] src = new int[cap];
            int[] selfRef = new int[1024];
            int n = 0;
            long rows = 0;
            int needed = colSlot.length;
            while (true) {
                if (!nextRecord()) {
                    break;
                }
                long recordLine = recordStartLine;
                rows++;
                if (rows > maxRows) {
                    problem("line " + recordLine + ": more than " + maxRows + " data rows (the cap that keeps memory "
                            + "bounded; about 20 bytes per row); split the file or raise the cap");
                    throw fail(null);
                }
                if (unterminatedQuote) {
                    problem("line " + recordLine + ": a quoted field is never closed (missing '\"')");
                    continue;
                }
                if (junkAfterQuoteField >= 0) {
                    problem("line " + recordLine + ": text after the closing quote of field " + (junkAfterQuoteField + 1)
                            + "; a quoted field must end right before ',' or the line end");
                    continue;
                }
                if (fieldCount < needed) {
                    problem("line " + recordLine + ": only " + fieldCount + " field" + (fieldCount == 1 ? "" : "s")
                            + ", but the header puts " + COLUMNS.get(slotOfColumn(needed - 1)) + " in field " + needed);
                    continue;
                }
                boolean bad = false;
                if (fLen[OBJECT] == 0) {
                    problem("line " + recordLine + ": object_id is empty; every share needs the id of the shared object");
                    bad = true;
                }
                if (fLen[ACCOUNT] == 0) {
                    problem("line " + recordLine + ": account_id is empty; every share needs the id of its account");
                    bad = true;
                }
                long t = parseSeconds(fArr[TIME], fOff[TIME], fLen[TIME]);
                if (t == BAD_TIME) {
                    String v = new String(fArr[TIME], fOff[TIME], Math.min(fLen[TIME], 40), StandardCharsets.UTF_8);
                    problem("line " + recordLine + ": timestamp_share '" + v + "' is not whole Unix seconds "
                            + "(an integer such as 1623881091)");
                    bad = true;
                } else if (t == OUT_OF_RANGE) {
                    String v = new String(fArr[TIME], fOff[TIME], Math.min(fLen[TIME], 40), StandardCharsets.UTF_8);
                    problem("line " + recordLine + ": timestamp_share " + v + " is outside ±" + MAX_ABS_TIMESTAMP
                            + " seconds (milliseconds? divide by 1000)");
                    bad = true;
                }
                if (bad) {
                    continue;
                }
                int a = accounts.intern(fArr[ACCOUNT], fOff[ACCOUNT], fLen[ACCOUNT]);
                if (fLen[OBJECT] == fLen[CONTENT] && Arrays.equals(fArr[OBJECT], fOff[OBJECT], fOff[OBJECT] + fLen[OBJECT],
                        fArr[CONTENT], fOff[CONTENT], fOff[CONTENT] + fLen[CONTENT])) {
                    if (a >= selfRef.length) {
                        selfRef = Arrays.copyOf(selfRef, Math.max(a + 1, selfRef.length * 2));
                    }
                    selfRef[a]++;
                    continue;
                }
                if (n == acc.length) {
                    int c2 = (int) Math.min((long) n * 2, Integer.MAX_VALUE - 16);
                    acc = Arrays.copyOf(acc, c2);
                    obj = Arrays.copyOf(obj, c2);
                    time = Arrays.copyOf(time, c2);
                    src = Arrays.copyOf(src, c2);
                }
                acc[n] = a;
                obj[n] = objects.intern(fArr[OBJECT], fOff[OBJECT], fLen[OBJECT]);
                time[n] = t;
                src[n] = (int) rows;
                n++;
            }
            if (problemCount > 0) {
                throw fail(null);
            }
            String[] accountIds = accounts.names();
            ActionTable table;
            try {
                table = ActionTable.fromColumns(accountIds, objects.names(), acc, obj, time, src, n);
            } catch (IllegalArgumentException e) {
                throw fail("account ids that differ only in bytes that are not valid UTF-8: " + e.getMessage());
            }
            int[] selfRefByIndex = new int[table.accountCount()];
            for (int old = 0; old < Math.min(selfRef.length, accountIds.length); old++) {
                if (selfRef[old] > 0) {
                    selfRefByIndex[table.indexOfAccount(accountIds[old])] = selfRef[old];
                }
            }
            return new CoortweetData(table, selfRefByIndex, rows);
        }

        private int slotOfColumn(int col) {
            return colSlot[col];
        }

        private void problem(String message) {
            problemCount++;
            if (problems.size() < maxProblems) {
                problems.add(message);
            }
        }

        private CoortweetInputException fail(String message) {
            if (message != null) {
                problem(message);
            }
            return new CoortweetInputException(name, problems, problemCount);
        }

        /** Parses the next non-blank record into the field slots; false at the end of the data. */
        private boolean nextRecord() throws IOException {
            while (true) {
                if (pos >= limit) {
                    if (eof) {
                        return false;
                    }
                    fill();
                    continue;
                }
                byte b = buf[pos];
                if (b == '\n' || b == '\r') {
                    // A blank line.
                    if (b == '\r' && pos + 1 >= limit && !eof) {
                        fill();
                        continue;
                    }
                    pos += (b == '\r' && pos + 1 < limit && buf[pos + 1] == '\n') ? 2 : 1;
                    line++;
                    continue;
                }
                recordStartLine = line;
                int end = tryParse(pos);
                if (end < 0) {
                    if (limit - pos >= MAX_RECORD) {
                        problem("line " + line + ": a record longer than " + (MAX_RECORD >> 20) + " MiB (an unclosed quote?)");
                        throw fail(null);
                    }
                    fill();
                    continue;
                }
                pos = end;
                line += recordLines;
                return true;
            }
        }

        /** Moves the unread bytes to the front, grows the buffer if needed, reads more. */
        private void fill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            while (limit < buf.length) {
                int r = in.read(buf, limit, buf.length - limit);
                if (r < 0) {
                    eof = true;
                    return;
                }
                limit += r;
                if (r == 0) {
                    return;
                }
            }
        }

        /**
         * Parses one record starting at {@code start}; returns the position after its line end, or −1
         * when the buffer ends before the record does and more data may follow.
         */
        private int tryParse(int start) {
            final byte[] b = buf;
            final int lim = limit;
            int i = start;
            int col = 0;
            int newlines = 0;
            junkAfterQuoteField = -1;
            unterminatedQuote = false;
            if (headerFields != null) {
                headerFields.clear();
            }
            for (int s = 0; s < 4; s++) {
                fLen[s] = 0;
                fArr[s] = b;
            }
            while (true) {
                int slot = col < colSlot.length ? colSlot[col] : -1;
                if (i < lim && b[i] == '"') {
                    int j = i + 1;
                    boolean escaped = false;
                    while (true) {
                        if (j >= lim) {
                            if (!eof) {
                                return -1;
                            }
                            unterminatedQuote = true;
                            break;
                        }
                        byte c = b[j];
                        if (c == '"') {
                            if (j + 1 >= lim && !eof) {
                                return -1;
                            }
                            if (j + 1 < lim && b[j + 1] == '"') {
                                escaped = true;
                                j += 2;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n') {
                            newlines++;
                        }
                        j++;
                    }
                    setField(slot, i + 1, Math.min(j, lim) - (i + 1), escaped);
                    i = Math.min(j + 1, lim);
                    if (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                        if (junkAfterQuoteField < 0) {
                            junkAfterQuoteField = col;
                        }
                        while (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                            i++;
                        }
                        if (i >= lim && !eof) {
                            return -1;
                        }
                    }
                } else {
                    int j = i;
                    while (j < lim) {
                        byte c = b[j];
                        if (c == ',' || c == '\n' || c == '\r') {
                            break;
                        }
                        j++;
                    }
                    if (j >= lim && !eof) {
                        return -1;
                    }
                    setField(slot, i, j - i, false);
                    i = j;
                }
                col++;
                if (i >= lim) {
                    break;
                }
                byte d = b[i];
                if (d == ',') {
                    i++;
                    continue;
                }
                if (d == '\r') {
                    if (i + 1 >= lim && !eof) {
                        return -1;
                    }
                    i++;
                    if (i < lim && b[i] == '\n') {
                        i++;
                    }
                    break;
                }
                i++;
                break;
            }
            fieldCount = col;
            recordLines = 1 + newlines;
            return i;
        }

        private void setField(int slot, int off, int len, boolean escaped) {
            if (headerFields != null) {
                byte[] v = escaped ? unescape(buf, off, len) : Arrays.copyOfRange(buf, off, off + len);
                headerFields.add(new String(v, StandardCharsets.UTF_8));
                return;
            }
            if (slot < 0) {
                return;
            }
            if (!escaped) {
                fArr[slot] = buf;
                fOff[slot] = off;
                fLen[slot] = len;
                return;
            }
            byte[] dst = unescaped[slot];
            if (dst.length < len) {
                dst = new byte[len];
                unescaped[slot] = dst;
            }
            int k = 0;
            for (int i = off, end = off + len; i < end; i++) {
                dst[k++] = buf[i];
                if (buf[i] == '"') {
                    i++;
                }
            }
            fArr[slot] = dst;
            fOff[slot] = 0;
            fLen[slot] = k;
        }

        private byte[] unescape(byte[] src, int off, int len) {
            byte[] out = new byte[len];
            int k = 0;
            for (int i = off, end = off + len; i < end; i++) {
                out[k++] = src[i];
                if (src[i] == '"') {
                    i++;
                }
            }
            return Arrays.copyOf(out, k);
        }
    }

    private static final long BAD_TIME = Long.MIN_VALUE;
    private static final long OUT_OF_RANGE = Long.MIN_VALUE + 1;

    /** Whole seconds from ASCII digits with optional sign, surrounding spaces and an all-zero fraction. */
    static long parseSeconds(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end && b[i] == ' ') {
            i++;
        }
        while (end > i && b[end - 1] == ' ') {
            end--;
        }
        if (i == end) {
            return BAD_TIME;
        }
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        int digitsStart = i;
        long v = 0;
        boolean overflow = false;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            if (v > MAX_ABS_TIMESTAMP) {
                overflow = true;
            } else {
                v = v * 10 + (b[i] - '0');
            }
            i++;
        }
        if (i == digitsStart) {
            return BAD_TIME;
        }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && b[i] == '0') {
                i++;
            }
        }
        if (i != end) {
            return BAD_TIME;
        }
        if (overflow || v > MAX_ABS_TIMESTAMP) {
            return OUT_OF_RANGE;
        }
        return negative ? -v : v;
    }
}
