package org.spamouflage.sandbox.bench;

import org.spamouflage.sandbox.detection.coaction.ActionTable;
import org.spamouflage.sandbox.detection.coaction.CoortweetData;
import org.spamouflage.sandbox.formats.CoortweetCsvReader;
import org.spamouflage.sandbox.formats.CoortweetInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The straightforward reader of CooRTweet CSVs on Commons CSV: one {@code CSVRecord} and four
 * {@code String}s per row, ids interned through {@link ActionTable.Builder}. Kept as the second method
 * the fast {@link CoortweetCsvReader} is checked against (same table for the same file) and as the
 * baseline of its measurement in BENCHMARKS.md. Stops at the first bad row.
 */
public final class CommonsCsvCoortweetReader {

    /** Reads a plain or gzip file. */
    public CoortweetData read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            return read(raw, file.toString());
        }
    }

    /** Reads a stream; {@code name} appears in error messages. */
    public CoortweetData read(InputStream raw, String name) throws IOException {
        Reader reader = new InputStreamReader(CoortweetCsvReader.maybeGunzip(raw), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = new ArrayList<>();
            for (String c : CoortweetCsvReader.COLUMNS) {
                if (!parser.getHeaderMap().containsKey(c)) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                throw new CoortweetInputException(name, List.of("missing columns " + missing), 1);
            }
            ActionTable.Builder b = ActionTable.builder();
            List<String> selfRefAccounts = new ArrayList<>();
            long rows = 0;
            for (CSVRecord r : parser) {
                rows++;
                String object = r.get("object_id");
                String account = r.get("account_id");
                String content = r.get("content_id");
                String t = r.get("timestamp_share");
                long time;
                try {
                    time = Long.parseLong(t.strip());
                } catch (NumberFormatException e) {
                    throw new CoortweetInputException(name, List.of("record " + r.getRecordNumber()
                            + ": timestamp_share '" + t + "' is not whole Unix seconds"), 1);
                }
                if (object.equals(content)) {
                    selfRefAccounts.add(account);
                    continue;
                }
                b.add(object, account, time, (int) rows);
            }
            ActionTable table = b.build();
            int[] selfRef = new int[table.accountCount()];
            if (!selfRefAccounts.isEmpty()) {
                throw new UnsupportedOperationException("self-referencing rows are only supported by CoortweetCsvReader");
            }
            return new CoortweetData(table, selfRef, rows);
        }
    }
}
