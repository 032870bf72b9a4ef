package org.spamouflage.sandbox.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a small CSV table the user hands in ({@code accounts.csv}, {@code truth.csv}): UTF-8 with or
 * without BOM, header row, columns found by name ignoring case. Problems are collected with file
 * and line, up to {@link #MAX_PROBLEMS}; rows beyond {@link #MAX_ROWS} and headers wider than
 * {@link #MAX_COLUMNS} are refused so a wrong file cannot exhaust memory.
 */
final class CsvInput {
    static final int MAX_ROWS = 5_000_000;
    static final int MAX_COLUMNS = 1_000;
    static final int MAX_PROBLEMS = 100;
    /** Longest row read, in characters: commons-csv has no field limit, so a quote never closed would buffer the rest. */
    static final int MAX_ROW_CHARS = 1 << 20;

    /**
     * A file's table as read.
     *
     * @param header the column names as written
     * @param rows   the data rows' cells, each as wide as the header
     * @param lines  each row's line number in the file, for messages
     */
    record Table(List<String> header, List<String[]> rows, List<Long> lines) {
    }

    final String name;
    final List<String> problems = new ArrayList<>();
    private int problemCount;

    CsvInput(String name) {
        this.name = name;
    }

    void problem(long line, String column, String message) {
        if (problemCount++ < MAX_PROBLEMS) {
            problems.add(name + (line > 0 ? ": line " + line : "") + (column.isEmpty() ? "" : ", column " + column)
                    + ": " + message);
        }
    }

    void throwIfAny() throws ExportReadException {
        if (!problems.isEmpty()) {
            List<String> out = new ArrayList<>(problems);
            if (problemCount > problems.size()) {
                out.add(name + ": " + (problemCount - problems.size()) + " more problems not listed");
            }
            throw new ExportReadException(out);
        }
    }

    /**
     * Reads the whole file (rows as wide as the header; others are problems).
     *
     * @throws ExportReadException for a missing, unreadable or malformed file
     */
    Table read(Path file) throws ExportReadException {
        try (Reader r = open(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreEmptyLines(true).get().parse(r)) {
            List<String> header = p.getHeaderNames();
            if (header.size() > MAX_COLUMNS) {
                problem(1, "", "has " + header.size() + " columns; at most " + MAX_COLUMNS + " are read");
                throwIfAny();
            }
            List<String[]> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (CSVRecord rec : p) {
                if (rows.size() >= MAX_ROWS) {
                    problem(rec.getParser().getCurrentLineNumber(), "", "more than " + MAX_ROWS + " rows; split the"
                            + " file");
                    break;
                }
                if (rec.size() != header.size()) {
                    problem(rec.getParser().getCurrentLineNumber(), "", "has " + rec.size() + " cells but the header"
                            + " has " + header.size());
                    continue;
                }
                rows.add(rec.values());
                lines.add(rec.getParser().getCurrentLineNumber());
            }
            throwIfAny();
            return new Table(header, rows, lines);
        } catch (NoSuchFileException e) {
            throw new ExportReadException(List.of(name + ": no such file: " + file));
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv reports malformed quoting and duplicate headers with these; during iteration
            // a reading problem comes wrapped, and the wrapper's message starts with the class name
            String why = e instanceof java.io.UncheckedIOException u && u.getCause() != null
                    ? u.getCause().getMessage() : e.getMessage();
            throw new ExportReadException(List.of(name + ": cannot be read as CSV: " + why));
        }
    }

    /** The index of a column by name, ignoring case and surrounding spaces, or -1. */
    static int column(List<String> header, String wanted) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Fails the read when one row (line breaks inside quotes included) passes {@link #MAX_ROW_CHARS}
     * characters. Tracks quote parity only ({@code ""} flips it twice), which is all RFC 4180 needs.
     */
    static final class RowLimit extends java.io.FilterReader {
        private boolean quoted;
        private int rowChars;
        private long line = 1;
        private long rowLine = 1;

        RowLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) {
                char c = buf[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n') {
                    line++;
                    if (!quoted) {
                        rowChars = 0;
                        rowLine = line;
                        continue;
                    }
                }
                if (++rowChars > MAX_ROW_CHARS) {
                    throw new IOException("the row starting on line " + rowLine + " is longer than "
                            + String.format(Locale.ROOT, "%,d", MAX_ROW_CHARS) + " characters (a quote that is never"
                            + " closed?)");
                }
            }
            return n;
        }
    }

    private static Reader open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader r = new PushbackReader(new RowLimit(new java.io.BufferedReader(
                new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)));
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }
}
