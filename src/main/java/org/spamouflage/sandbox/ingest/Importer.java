package org.spamouflage.sandbox.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Imports a CSV, TSV or JSON Lines file into a {@link org.spamouflage.sandbox.dataset.Dataset}.
 *
 * <p>How a file is read:
 * <ol>
 *   <li>gzip is recognised by its magic bytes, whatever the file is called; ZIP/Excel, bzip2, xz,
 *       zstd and 7-Zip files are refused with a message saying what to do;</li>
 *   <li>a UTF-8 byte-order mark is skipped; UTF-16, NUL bytes and invalid UTF-8 in the first
 *       64 KiB fail the import (later invalid bytes reject only their row);</li>
 *   <li>the format ({@link InputFormat#AUTO}): JSON Lines when the first character is {@code {};
 *       otherwise CSV with the delimiter (comma, tab or semicolon) that occurs most often in the
 *       first line;</li>
 *   <li>the header (the first non-blank row; in JSON Lines the first object's keys) is matched
 *       against the preset and the user's columns ({@link ColumnBinding});</li>
 *   <li>each row becomes one post or one or more {@link RowError}s; reading stops after
 *       {@link ImportLimits#maxRows()} data rows or when more than
 *       {@link ImportLimits#maxRejectedRows()} rows were rejected ({@link ImportResult#truncated()}).</li>
 * </ol>
 *
 * <p>Every row is accounted for: {@link ImportResult#rows()} = accepted + rejected + unchecked (the
 * rows from an early stop to the end of the file, still counted). A broken quoted field spanning
 * lines costs only its first line, and a last row cut off mid-way is rejected with its number (see
 * {@link CsvSource}).</p>
 *
 * <p>File-level problems throw {@link ImportException}; nothing else is thrown for any input.
 * Output is deterministic: the same file and settings give the same dataset.
 */
public final class Importer {
    private Importer() {
    }

    /** Imports a file; messages name it by its file name (not the full path). */
    public static ImportResult importFile(Path file, ImportSettings settings) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(name, "is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(in, name, settings);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "no such file: " + file);
        } catch (IOException e) {
            throw new ImportException(name, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Imports from a stream (an upload). The stream is read to the end (or to where the import
     * stops) and closed.
     *
     * @param fileName the name shown in messages and in {@code DatasetInfo.source}
     */
    public static ImportResult importStream(InputStream in, String fileName, ImportSettings settings)
            throws ImportException {
        RecordSource src;
        try {
            src = Input.open(in, fileName, settings);
        } catch (IOException e) {
            throw new ImportException(fileName, readProblem(e, 0));
        }
        try (RecordSource s = src) {
            return run(s, fileName, settings);
        } catch (IOException e) {
            throw new ImportException(fileName, readProblem(e, src.row()));
        }
    }

    /**
     * Reads the header and the first {@code maxRows} data rows without importing, for the import
     * page's column mapping. Only {@link ImportSettings#format()} and the limits of
     * {@code settings} are used; the preset is ignored (a preset is suggested instead).
     *
     * @throws ImportException for file-level problems (empty, binary, not UTF-8…)
     */
    public static ImportPreview preview(InputStream in, String fileName, ImportSettings settings, int maxRows)
            throws ImportException {
        RecordSource src;
        try {
            src = Input.open(in, fileName, settings);
        } catch (IOException e) {
            throw new ImportException(fileName, readProblem(e, 0));
        }
        try (RecordSource s = src) {
            List<String> header = s.header();
            List<ColumnBinding.Ref> refs = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                refs.add(new ColumnBinding.Ref(header.get(i), i));
            }
            int[] slots = s.bind(refs);
            List<List<String>> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            while (rows.size() + errors.size() < maxRows && s.next()) {
                if (s.blank()) {
                    continue;
                }
                if (s.error() != null) {
                    errors.add(new RowError(s.row(), s.line(), s.errorColumn(), "", s.error()));
                } else if (s.fieldCount() >= 0 && s.fieldCount() != header.size()) {
                    errors.add(new RowError(s.row(), s.line(), "", "", (s.fieldCount() > header.size()
                            ? "too many fields: " : "too few fields: ") + Text.count(s.fieldCount())
                            + " (the header has " + Text.count(header.size()) + ")"));
                } else {
                    List<String> cells = new ArrayList<>(slots.length);
                    for (int slot : slots) {
                        String v = s.get(slot);
                        cells.add(v == null ? "\uFFFD(not UTF-8)" : v);
                    }
                    rows.add(cells);
                }
            }
            return new ImportPreview(header, rows, errors, suggest(header), List.of(s.description()));
        } catch (IOException e) {
            throw new ImportException(fileName, readProblem(e, src.row()));
        }
    }

    /** The first preset (in declaration order) whose required columns are all in the header, else generic. */
    static Preset suggest(List<String> header) {
        for (Preset p : Preset.values()) {
            if (p == Preset.GENERIC) {
                continue;
            }
            boolean all = true;
            for (Field f : p.required()) {
                String name = p.columns().get(f);
                all &= header.stream().anyMatch(h -> h.equalsIgnoreCase(name));
            }
            if (all) {
                return p;
            }
        }
        return Preset.GENERIC;
    }

    /**
     * Splits a file into records and decodes every field the preset reads, without building a
     * dataset; returns the number of data rows. Used by {@code bench import} to time the parser
     * alone.
     */
    public static long splitOnly(Path file, ImportSettings settings) throws ImportException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); RecordSource src = Input.open(in, name, settings)) {
            ColumnBinding b = ColumnBinding.resolve(settings, src.header(), src.fieldCount() < 0);
            if (!b.problems.isEmpty()) {
                throw new ImportException(name, b.problems);
            }
            int[] slots = src.bind(new ArrayList<>(b.refs.values()));
            long rows = 0;
            long chars = 0;
            while (src.next()) {
                if (!src.blank()) {
                    rows++;
                    for (int s : slots) {
                        String v = src.get(s);
                        chars += v == null ? 0 : v.length();
                    }
                }
            }
            return chars < 0 ? -rows : rows;
        } catch (IOException e) {
            throw new ImportException(name, readProblem(e, 0));
        }
    }

    private static ImportResult run(RecordSource src, String name, ImportSettings settings)
            throws IOException, ImportException {
        boolean json = src.fieldCount() < 0;
        ColumnBinding binding = ColumnBinding.resolve(settings, src.header(), json);
        if (!binding.problems.isEmpty()) {
            throw new ImportException(name, binding.problems);
        }
        Preset preset = settings.preset();
        ImportLimits limits = settings.limits();
        DatasetAssembler out = new DatasetAssembler(preset == Preset.COORTWEET);
        RowConverter converter = new RowConverter(src, binding, settings, out);
        List<RowError> errors = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        long dataRows = 0;
        long blankRows = 0;
        long lastRowUnended = -1;
        String stop = "";
        while (src.next()) {
            if (src.blank()) {
                // blank lines are not data rows, but a file of nothing else must not run forever
                if (++blankRows > limits.maxRows()) {
                    stop = "the file has more than " + Text.count(limits.maxRows()) + " blank lines (the row limit): "
                            + "the import stopped at row " + src.row();
                    break;
                }
                continue;
            }
            if (dataRows == limits.maxRows()) {
                stop = "the file has more than " + Text.count(limits.maxRows()) + " data rows (the limit): the import "
                        + "stopped at row " + src.row() + " and kept the rows before it";
                break;
            }
            List<RowError> rowErrors = converter.convert();
            if (rowErrors.isEmpty()) {
                dataRows++;
                accepted++;
                if (src.mayBeCutOff()) {
                    lastRowUnended = src.row();
                }
            } else {
                if (rejected == limits.maxRejectedRows()) {
                    stop = "more than " + Text.count(limits.maxRejectedRows()) + " rows were rejected (the error limit): "
                            + "the import stopped at row " + src.row() + "; the first " + Text.count(rejected)
                            + " are listed";
                    break;
                }
                dataRows++;
                rejected++;
                errors.addAll(rowErrors);
            }
        }
        // rows after a stop are still counted, so that every row of the file is accounted for
        long unchecked = 0;
        if (!stop.isEmpty()) {
            do {
                if (!src.blank()) {
                    unchecked++;
                }
            } while (src.next());
        }
        if (dataRows + unchecked == 0) {
            throw new ImportException(name, "no data rows: the file has a header but nothing under it");
        }
        List<String> notes = new ArrayList<>();
        notes.add(src.description());
        notes.addAll(binding.notes);
        if (out.renamed() > 0) {
            notes.add(Text.count(out.renamed()) + (out.renamed() == 1 ? " row repeats" : " rows repeat")
                    + " an earlier content_id (one post sharing several objects); kept with ids content_id#2, #3…");
        }
        if (blankRows > 0) {
            notes.add(Text.count(blankRows) + " blank " + (blankRows == 1 ? "line" : "lines") + " skipped");
        }
        if (lastRowUnended > 0) {
            notes.add("the last row (row " + lastRowUnended + ") has no line break after it; it looked complete and "
                    + "was imported (if the file was cut off, that row may be shortened)");
        }
        boolean withTruth = binding.refs.containsKey(Field.LABEL);
        DatasetAssembler.Result r = out.build("import of " + name + " (preset " + preset.key() + ")", withTruth);
        return new ImportResult(r.dataset(), Optional.ofNullable(r.truth()), dataRows + unchecked, accepted, rejected,
                unchecked, errors, !stop.isEmpty(), stop, notes);
    }

    private static String readProblem(IOException e, long row) {
        if (e instanceof TextCap.Exceeded) {
            return e.getMessage();
        }
        String where = row > 0 ? " (after row " + row + ")" : "";
        if (e instanceof ZipException || e instanceof EOFException) {
            return "the gzip data is corrupt or truncated" + where + ": " + e.getMessage();
        }
        return "cannot read the file" + where + ": " + e.getMessage();
    }
}
