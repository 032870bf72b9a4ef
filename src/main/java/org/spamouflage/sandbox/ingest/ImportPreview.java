package org.spamouflage.sandbox.ingest;

import java.util.List;

/**
 * The first rows of a file as the importer reads them, for choosing a preset or mapping columns
 * before importing.
 *
 * @param columns        the header (CSV/TSV) or the first object's keys (JSON Lines, nested keys
 *                       dotted)
 * @param rows           up to the requested number of data rows, one cell per column ("" where a
 *                       JSON object lacks the key); rows that cannot be split are left out and
 *                       listed in {@code errors}
 * @param errors         rows among the first ones that cannot be split (broken quoting, wrong
 *                       field count…)
 * @param suggestedPreset the first preset whose required columns are all present, else generic
 * @param notes          how the file was read ("read as CSV (comma-separated), gzip-compressed")
 */
public record ImportPreview(List<String> columns, List<List<String>> rows, List<RowError> errors,
                            Preset suggestedPreset, List<String> notes) {
    public ImportPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }
}
