package org.spamouflage.sandbox.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.ingest.Field;
import org.spamouflage.sandbox.ingest.ImportLimits;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.InputFormat;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.ingest.TimeFormat;
import picocli.CommandLine.Option;

/**
 * The options every command that reads a real-data file shares ({@code import}, {@code bench
 * import}): picocli mixin turning arguments into {@link ImportSettings}, reporting every bad
 * option at once.
 */
public final class ImportOptions {

    @Option(names = "--preset", required = true, paramLabel = "PRESET",
            description = "Column layout: coortweet, qut, io-archive or generic.")
    String preset;

    @Option(names = "--in", required = true, paramLabel = "FILE",
            description = "CSV, TSV or JSON Lines file (UTF-8, optionally gzip-compressed).")
    Path in;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Map a field to a column (repeatable); generic needs account and time. Fields: "
                    + "id, account, handle, display_name, time, text, object, link, reply_to, lang, created_at, "
                    + "followers, following, hashtags, mentions, source, label. FIELD= (empty) ignores a preset column.")
    List<String> map = new ArrayList<>();

    @Option(names = "--time-format", paramLabel = "FORMAT",
            description = "iso, epoch-s or epoch-ms (default: the preset's; generic: iso).")
    String timeFormat;

    @Option(names = "--created-at-format", paramLabel = "FORMAT",
            description = "Format of the account-creation column (default: the time format).")
    String createdAtFormat;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Zone for ISO times without an offset, e.g. America/Toronto (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--audience-zone", paramLabel = "ZONE",
            description = "Where the data's real audience lives, e.g. America/Toronto. Night posting and the hour-of-week"
                    + " profile read local time in it; without it they abstain (not applicable) rather than guess.")
    String audienceZone;

    @Option(names = "--label-column", paramLabel = "COLUMN",
            description = "Column with account labels (organic/campaign/background or synonyms) for ground truth.")
    String labelColumn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, csv, tsv or jsonl (default: ${DEFAULT-VALUE}: decided from the content).")
    String format;

    @Option(names = "--spreadsheet-safe",
            description = "The file is one of this project's CSV exports (posts.csv, the dataset CSV): remove the "
                    + "' put before cells starting with = + - @ so they read as written.")
    boolean spreadsheetSafe;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "1000",
            description = "Stop after this many rejected rows (default: ${DEFAULT-VALUE}).")
    int maxErrors;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "20000000",
            description = "Read at most this many data rows (default: ${DEFAULT-VALUE}).")
    long maxRows;

    /** The audience's time zone the user gave (checked by {@link #toSettings}), or empty. */
    public String audienceZone() {
        return audienceZone == null ? "" : audienceZone.strip();
    }

    /** The input file. */
    public Path in() {
        return in;
    }

    /** @throws InvalidInputException listing every bad option, one per line */
    public ImportSettings toSettings() {
        List<String> problems = new ArrayList<>();
        Preset p = null;
        try {
            p = Preset.fromKey(preset);
        } catch (IllegalArgumentException e) {
            problems.add("--preset: " + e.getMessage());
        }
        ImportSettings s = ImportSettings.of(p == null ? Preset.GENERIC : p);
        for (String m : map) {
            int eq = m.indexOf('=');
            if (eq < 0) {
                problems.add("--map " + m + ": expected FIELD=COLUMN, e.g. account=user_id");
                continue;
            }
            try {
                s = s.withColumn(Field.fromKey(m.substring(0, eq)), m.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                problems.add("--map " + m + ": " + e.getMessage());
            }
        }
        if (labelColumn != null) {
            s = s.withLabelColumn(labelColumn);
        }
        try {
            if (timeFormat != null) {
                s = s.withTimeFormat(TimeFormat.fromKey(timeFormat));
            }
        } catch (IllegalArgumentException e) {
            problems.add("--time-format: " + e.getMessage());
        }
        try {
            if (createdAtFormat != null) {
                s = s.withCreatedAtFormat(TimeFormat.fromKey(createdAtFormat));
            }
        } catch (IllegalArgumentException e) {
            problems.add("--created-at-format: " + e.getMessage());
        }
        try {
            s = s.withZone(ZoneId.of(zone));
        } catch (DateTimeException e) {
            problems.add("--zone: unknown zone \"" + zone + "\"; use a region such as America/Toronto, or UTC, or an "
                    + "offset such as +02:00");
        }
        if (audienceZone != null && !audienceZone.isBlank()) {
            try {
                ZoneId.of(audienceZone.strip());
            } catch (DateTimeException e) {
                problems.add("--audience-zone: unknown zone \"" + audienceZone + "\"; use a region such as"
                        + " America/Toronto or Europe/Paris");
            }
        }
        try {
            s = s.withFormat(InputFormat.fromKey(format));
        } catch (IllegalArgumentException e) {
            problems.add("--format: " + e.getMessage());
        }
        if (maxErrors < 0) {
            problems.add("--max-errors: must be 0 or more, got " + maxErrors);
        }
        if (maxRows < 1) {
            problems.add("--max-rows: must be 1 or more, got " + maxRows);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        return s.withLimits(ImportLimits.DEFAULT.withMaxRejectedRows(maxErrors).withMaxRows(maxRows))
                .withSpreadsheetSafe(spreadsheetSafe);
    }
}
