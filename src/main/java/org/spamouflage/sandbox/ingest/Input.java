package org.spamouflage.sandbox.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens a file for reading: recognises compression by its magic bytes (not the extension),
 * skips a UTF-8 byte-order mark, refuses what is not UTF-8 text, and picks the record format.
 * Only the first {@value #SAMPLE} bytes are examined up front; the rest streams.
 */
final class Input {
    /** Bytes examined to detect the format and binary content. */
    static final int SAMPLE = 1 << 16;

    private Input() {
    }

    /** Opens {@code raw} and returns a record source positioned at the first data record. */
    static RecordSource open(InputStream raw, String name, ImportSettings settings) throws IOException, ImportException {
        BufferedInputStream outer = new BufferedInputStream(raw, 1 << 16);
        byte[] magic = peek(outer, 8);
        InputStream decoded = outer;
        boolean gzip = false;
        if (starts(magic, 0x1f, 0x8b)) {
            gzip = true;
            decoded = new GZIPInputStream(outer, 1 << 16);
        } else {
            String refusal = compressed(magic);
            if (refusal != null) {
                throw new ImportException(name, refusal);
            }
        }
        // the cap counts text as the parser reads it, after decompression: a gzip bomb stops at the cap
        BufferedInputStream in = new BufferedInputStream(TextCap.wrap(decoded, settings.limits(), gzip), SAMPLE + 16);
        byte[] sample = peek(in, SAMPLE);
        int offset = 0;
        boolean bom = false;
        if (starts(sample, 0xef, 0xbb, 0xbf)) {
            bom = true;
            offset = 3;
            in.skipNBytes(3);
        } else if (starts(sample, 0xff, 0xfe) || starts(sample, 0xfe, 0xff)) {
            throw new ImportException(name, "the file is UTF-16 text; save it as UTF-8 (in Excel: \"CSV UTF-8\")");
        }
        String kind = gzip ? " (after gzip decompression)" : "";
        if (sample.length == offset) {
            throw new ImportException(name, "the file is empty" + kind);
        }
        boolean whole = sample.length < SAMPLE;
        checkText(name, sample, offset, whole);
        int first = offset;
        while (first < sample.length && isSpace(sample[first])) {
            first++;
        }
        if (first == sample.length && whole) {
            throw new ImportException(name, "the file is empty" + kind + ": it has only blank lines or spaces");
        }
        InputFormat format = settings.format();
        if (format == InputFormat.AUTO) {
            if (first < sample.length && sample[first] == '{') {
                format = InputFormat.JSONL;
            } else if (first < sample.length && sample[first] == '[' && nextNonSpace(sample, first + 1) == '{') {
                throw new ImportException(name, "the file is a JSON array (it starts with \"[\"); the importer reads "
                        + "JSON Lines: one JSON object per line");
            }
        }
        String how = (gzip ? ", gzip-compressed" : "") + (bom ? ", byte-order mark skipped" : "");
        ImportLimits limits = settings.limits();
        if (format == InputFormat.JSONL) {
            return JsonLinesSource.open(in, name, "read as JSON Lines" + how, limits);
        }
        byte delimiter;
        if (format == InputFormat.TSV) {
            delimiter = '\t';
        } else if (format == InputFormat.CSV) {
            delimiter = ',';
        } else {
            delimiter = sniffDelimiter(sample, offset, name);
        }
        String what = switch (delimiter) {
            case '\t' -> "TSV (tab-separated)";
            case ';' -> "CSV (semicolon-separated)";
            default -> "CSV (comma-separated)";
        };
        return CsvSource.open(in, name, delimiter, "read as " + what + how, limits);
    }

    private static String compressed(byte[] m) {
        if (starts(m, 'P', 'K', 3, 4) || starts(m, 'P', 'K', 5, 6)) {
            return "the file is a ZIP archive (an Excel .xlsx file is one too): unzip it, or save the sheet as "
                    + "\"CSV UTF-8\", and import the CSV, TSV or JSON Lines file";
        }
        if (starts(m, 0xd0, 0xcf, 0x11, 0xe0)) {
            return "the file is an old Excel/Office document: save the sheet as \"CSV UTF-8\" and import that";
        }
        if (starts(m, 'B', 'Z', 'h')) {
            return "the file is bzip2-compressed; only gzip is read directly: decompress it first (bunzip2)";
        }
        if (starts(m, 0xfd, '7', 'z', 'X', 'Z', 0)) {
            return "the file is xz-compressed; only gzip is read directly: decompress it first (unxz)";
        }
        if (starts(m, 0x28, 0xb5, 0x2f, 0xfd)) {
            return "the file is zstd-compressed; only gzip is read directly: decompress it first (unzstd)";
        }
        if (starts(m, '7', 'z', 0xbc, 0xaf, 0x27, 0x1c)) {
            return "the file is a 7-Zip archive: extract it first";
        }
        return null;
    }

    /**
     * Refuses binary data and text that is not UTF-8, judged on the sample: a NUL byte, or more
     * than 1% control characters (other than tab, line feed, carriage return), means binary.
     */
    private static void checkText(String name, byte[] s, int from, boolean whole) throws ImportException {
        int controls = 0;
        for (int i = from; i < s.length; i++) {
            int b = s[i] & 0xff;
            if (b == 0) {
                throw notText(name, "it contains a NUL byte at byte " + Text.count(i + 1L));
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7f) {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > s.length - from) {
            throw notText(name, Text.count(controls) + " of its first " + Text.count(s.length - from)
                    + " bytes are control characters");
        }
        int line = 1;
        int i = from;
        while (i < s.length) {
            int b = s[i] & 0xff;
            if (b == '\n') {
                line++;
            }
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                throw notUtf8(name, b, i, line);
            }
            if (i + need >= s.length && (!whole || continuations(s, i + 1))) {
                // a sequence cut by the end of the sample: judge the rest while reading; cut by the end
                // of the file: the file was cut off, and the reader rejects its last row, not the file
                return;
            }
            int cp = b & (0x3f >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= s.length || (s[i + k] & 0xc0) != 0x80) {
                    throw notUtf8(name, b, i, line);
                }
                cp = (cp << 6) | (s[i + k] & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                throw notUtf8(name, b, i, line);
            }
            i += need + 1;
        }
    }

    private static boolean continuations(byte[] s, int from) {
        for (int k = from; k < s.length; k++) {
            if ((s[k] & 0xc0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static ImportException notText(String name, String why) {
        return new ImportException(name, "not a text file: " + why + " (binary data?); expected UTF-8 CSV, TSV or "
                + "JSON Lines");
    }

    private static ImportException notUtf8(String name, int b, int at, int line) {
        return new ImportException(name, String.format(Locale.ROOT,
                "not UTF-8 text: byte 0x%02X at byte %s (line %d) is not valid UTF-8; if the file is Latin-1 or "
                        + "Windows-1252, save it again as UTF-8 (in Excel: \"CSV UTF-8\")", b, Text.count(at + 1L), line));
    }

    /**
     * The delimiter that occurs most often outside quotes in the first line: comma, tab or
     * semicolon (ties and none: comma).
     */
    static byte sniffDelimiter(byte[] s, int from, String name) {
        int commas = 0;
        int tabs = 0;
        int semis = 0;
        boolean quoted = false;
        for (int i = from; i < s.length; i++) {
            byte b = s[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                if (commas + tabs + semis > 0) {
                    break;
                }
            } else if (!quoted) {
                if (b == ',') {
                    commas++;
                } else if (b == '\t') {
                    tabs++;
                } else if (b == ';') {
                    semis++;
                }
            }
        }
        if (tabs > commas && tabs >= semis) {
            return '\t';
        }
        if (semis > commas && semis > tabs) {
            return ';';
        }
        if (commas == 0 && tabs == 0) {
            String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
            if (n.endsWith(".tsv") || n.endsWith(".tab")) {
                return '\t';
            }
        }
        return ',';
    }

    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n + 1);
        byte[] b = in.readNBytes(n);
        in.reset();
        return b;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static int nextNonSpace(byte[] s, int from) {
        for (int i = from; i < s.length; i++) {
            if (!isSpace(s[i])) {
                return s[i];
            }
        }
        return -1;
    }
}
