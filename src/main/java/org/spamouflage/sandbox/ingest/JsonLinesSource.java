package org.spamouflage.sandbox.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines: one JSON object per line (JSON strings cannot hold a raw line break, so a line is
 * always a whole record). Keys of nested objects are reachable with dots ({@code user.id}); a
 * key that itself contains a dot is matched first. Values become text: numbers as written
 * (no exponent), booleans as {@code true}/{@code false}, null as empty, arrays and objects as JSON
 * text (arrays of strings then read as lists, see {@link ListCells}).
 */
final class JsonLinesSource implements RecordSource {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Nesting depth listed in the header for "did you mean" and the import page. */
    private static final int HEADER_DEPTH = 4;

    private final InputStream in;
    private final String description;
    private final int maxRecord;
    private final int maxColumns;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private byte[] data = new byte[4096];
    private int len;
    private boolean tooLong;

    private long lineNo;
    private boolean blank;
    private String error;
    private JsonNode current;
    private JsonNode pending;
    private List<String> header;
    private String[] names = new String[0];
    private String[] values = new String[0];
    private CharsetDecoder decoder;

    private JsonLinesSource(InputStream in, String description, ImportLimits limits) {
        this.in = in;
        this.description = description;
        this.maxRecord = limits.maxRecordBytes();
        this.maxColumns = limits.maxColumns();
    }

    /** Reads the first object to learn the keys; it is then returned again as the first record. */
    static JsonLinesSource open(InputStream in, String name, String description, ImportLimits limits)
            throws IOException, ImportException {
        JsonLinesSource s = new JsonLinesSource(in, description, limits);
        do {
            if (!s.readLine()) {
                throw new ImportException(name, "the file is empty: it has only blank lines");
            }
        } while (s.blank);
        if (s.error != null) {
            throw new ImportException(name, "line " + s.lineNo + " cannot be read: " + s.error
                    + "; a JSON Lines file has one JSON object per line");
        }
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(s.current, "", 0, keys, s.maxColumns + 1);
        if (keys.size() > s.maxColumns) {
            throw new ImportException(name, "the first object has more than " + Text.count(s.maxColumns)
                    + " keys (the limit)");
        }
        s.header = List.copyOf(keys);
        s.pending = s.current;
        return s;
    }

    private static void collectKeys(JsonNode node, String prefix, int depth, Set<String> out, int max) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext() && out.size() < max) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (e.getValue().isObject() && depth < HEADER_DEPTH && !e.getValue().isEmpty()) {
                collectKeys(e.getValue(), key + ".", depth + 1, out, max);
            } else {
                out.add(key);
            }
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    /** Slots are positions in {@code refs}; any key can be asked for, present in the first object or not. */
    @Override
    public int[] bind(List<ColumnBinding.Ref> refs) {
        names = new String[refs.size()];
        values = new String[refs.size()];
        int[] slots = new int[refs.size()];
        for (int i = 0; i < slots.length; i++) {
            names[i] = refs.get(i).name();
            slots[i] = i;
        }
        return slots;
    }

    @Override
    public boolean next() throws IOException {
        if (pending != null) {
            current = pending;
            pending = null;
            extract();
            return true;
        }
        if (!readLine()) {
            return false;
        }
        if (!blank && error == null) {
            extract();
        }
        return true;
    }

    private void extract() {
        for (int i = 0; i < names.length; i++) {
            values[i] = text(lookup(current, names[i]));
        }
    }

    private static JsonNode lookup(JsonNode obj, String key) {
        JsonNode v = obj.get(key);
        if (v != null) {
            return v;
        }
        int dot = key.indexOf('.');
        while (dot > 0) {
            JsonNode head = obj.get(key.substring(0, dot));
            if (head != null && head.isObject()) {
                JsonNode r = lookup(head, key.substring(dot + 1));
                if (r != null) {
                    return r;
                }
            }
            dot = key.indexOf('.', dot + 1);
        }
        return null;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            java.math.BigDecimal d = v.decimalValue();
            // plain digits for ordinary numbers; 1e999999 stays short instead of a million zeros
            return Math.abs(d.scale()) <= 40 ? d.toPlainString() : d.toString();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "true" : "false";
        }
        return v.toString();
    }

    /** Reads one line into {@code data} and parses it; sets blank/error/current. */
    private boolean readLine() throws IOException {
        len = 0;
        tooLong = false;
        blank = false;
        error = null;
        current = null;
        int c = read();
        if (c < 0) {
            return false;
        }
        lineNo++;
        while (c >= 0 && c != '\n') {
            if (len < maxRecord) {
                if (len == data.length) {
                    data = Arrays.copyOf(data, Math.min(data.length * 2, maxRecord));
                }
                data[len++] = (byte) c;
            } else {
                tooLong = true;
            }
            c = read();
        }
        boolean terminated = c == '\n';
        if (tooLong) {
            error = "line longer than " + Text.count(maxRecord) + " bytes (the limit)";
            return true;
        }
        int end = len;
        while (end > 0 && isSpace(data[end - 1])) {
            end--;
        }
        int start = 0;
        while (start < end && isSpace(data[start])) {
            start++;
        }
        if (start == end) {
            blank = true;
            return true;
        }
        if (!utf8(start, end)) {
            error = "not valid UTF-8 text";
            if (!terminated) {
                error += "; it is the last line and no line break follows it: is the file cut off?";
            }
            return true;
        }
        try {
            JsonNode node = MAPPER.readTree(data, start, end - start);
            if (node == null || !node.isObject()) {
                error = "expected a JSON object {…} on each line, found " + kind(node);
            } else {
                current = node;
            }
        } catch (JsonProcessingException e) {
            error = "not valid JSON: " + Text.show(jacksonMessage(e.getOriginalMessage()))
                    + (e.getLocation() != null && e.getLocation().getColumnNr() > 0
                        ? " (at character " + e.getLocation().getColumnNr() + ")" : "");
        } catch (IOException e) {
            error = "not valid JSON: " + Text.show(String.valueOf(e.getMessage()));
        }
        if (error != null && !terminated) {
            error += "; it is the last line and no line break follows it: is the file cut off?";
        }
        return true;
    }

    /**
     * Strict UTF-8 (Jackson lets overlong forms, surrogates and code points past U+10FFFF through);
     * pure ASCII, the usual case, is a single scan.
     */
    private boolean utf8(int start, int end) {
        int i = start;
        while (i < end && data[i] >= 0) {
            i++;
        }
        if (i == end) {
            return true;
        }
        if (decoder == null) {
            decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            decoder.reset().decode(ByteBuffer.wrap(data, i, end - i));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Jackson's message without the parts that quote the input back ("(start marker at [Source: …])"). */
    static String jacksonMessage(String m) {
        String s = m == null ? "" : m;
        for (String cut : new String[] {"\n", " (start marker", " at [Source", "; line:"}) {
            int i = s.indexOf(cut);
            if (i >= 0) {
                s = s.substring(0, i);
            }
        }
        return s.strip();
    }

    private static String kind(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    @Override
    public long row() {
        return lineNo;
    }

    @Override
    public long line() {
        return lineNo;
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
        return "";
    }

    @Override
    public int fieldCount() {
        return -1;
    }

    @Override
    public String get(int slot) {
        return slot < 0 || slot >= values.length || values[slot] == null ? "" : values[slot];
    }

    @Override
    public String description() {
        return description;
    }

    /** False: a JSON object cut anywhere before its closing brace is not valid JSON, so it is rejected anyway. */
    @Override
    public boolean mayBeCutOff() {
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int read() throws IOException {
        if (pos < lim) {
            return buf[pos++] & 0xff;
        }
        if (eof) {
            return -1;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return -1;
        }
        pos = 0;
        lim = n;
        return buf[pos++] & 0xff;
    }

}
