package org.spamouflage.sandbox.ingest;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything an import needs besides the file. Immutable; build with {@link #of(Preset)} and the
 * {@code with…} methods.
 *
 * @param preset          the column layout
 * @param columns         columns chosen by the user, overriding or adding to the preset's (for
 *                        {@link Preset#GENERIC} this is the whole mapping); {@link Field#LABEL} here
 *                        turns on ground truth
 * @param timeFormat      format of the time column, or null for the preset's
 * @param createdAtFormat format of the account-creation column, or null for the time format
 * @param zone            zone for ISO times without an offset
 * @param format          how records are written, or {@link InputFormat#AUTO}
 * @param limits          memory and error caps
 * @param spreadsheetSafe the file was written with spreadsheet-safe text cells, as this project's
 *                        CSV exports are ({@link org.spamouflage.sandbox.dataset.SpreadsheetSafe}):
 *                        the {@code '} put before a leading = + - @ tab or CR is removed again. Off by
 *                        default: in other files such a quote may be part of the text
 */
public record ImportSettings(Preset preset, Map<Field, String> columns, TimeFormat timeFormat,
                             TimeFormat createdAtFormat, ZoneId zone, InputFormat format, ImportLimits limits,
                             boolean spreadsheetSafe) {

    public ImportSettings {
        if (preset == null) {
            throw new IllegalArgumentException("preset is required");
        }
        Map<Field, String> m = new EnumMap<>(Field.class);
        if (columns != null) {
            m.putAll(columns);
        }
        columns = Collections.unmodifiableMap(m);
        zone = zone == null ? ZoneOffset.UTC : zone;
        format = format == null ? InputFormat.AUTO : format;
        limits = limits == null ? ImportLimits.DEFAULT : limits;
    }

    /** Settings for a file whose cells are read as written. */
    public ImportSettings(Preset preset, Map<Field, String> columns, TimeFormat timeFormat, TimeFormat createdAtFormat,
                          ZoneId zone, InputFormat format, ImportLimits limits) {
        this(preset, columns, timeFormat, createdAtFormat, zone, format, limits, false);
    }

    /** The preset with default time format, UTC, automatic format detection and default limits. */
    public static ImportSettings of(Preset preset) {
        return new ImportSettings(preset, Map.of(), null, null, ZoneOffset.UTC, InputFormat.AUTO, ImportLimits.DEFAULT);
    }

    /** Maps {@code field} to {@code column} (a header name, or a JSON key; nested keys as {@code user.id}). */
    public ImportSettings withColumn(Field field, String column) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        m.putAll(columns);
        m.put(field, column);
        return new ImportSettings(preset, m, timeFormat, createdAtFormat, zone, format, limits, spreadsheetSafe);
    }

    /** Shorthand for {@code withColumn(Field.LABEL, column)}: read ground truth from that column. */
    public ImportSettings withLabelColumn(String column) {
        return withColumn(Field.LABEL, column);
    }

    public ImportSettings withTimeFormat(TimeFormat f) {
        return new ImportSettings(preset, columns, f, createdAtFormat, zone, format, limits, spreadsheetSafe);
    }

    public ImportSettings withCreatedAtFormat(TimeFormat f) {
        return new ImportSettings(preset, columns, timeFormat, f, zone, format, limits, spreadsheetSafe);
    }

    public ImportSettings withZone(ZoneId z) {
        return new ImportSettings(preset, columns, timeFormat, createdAtFormat, z, format, limits, spreadsheetSafe);
    }

    public ImportSettings withFormat(InputFormat f) {
        return new ImportSettings(preset, columns, timeFormat, createdAtFormat, zone, f, limits, spreadsheetSafe);
    }

    public ImportSettings withLimits(ImportLimits l) {
        return new ImportSettings(preset, columns, timeFormat, createdAtFormat, zone, format, l, spreadsheetSafe);
    }

    /** See {@link #spreadsheetSafe()}: on for files this project wrote. */
    public ImportSettings withSpreadsheetSafe(boolean on) {
        return new ImportSettings(preset, columns, timeFormat, createdAtFormat, zone, format, limits, on);
    }

    /** The time format in effect: the chosen one, else the preset's. */
    public TimeFormat effectiveTimeFormat() {
        return timeFormat != null ? timeFormat : preset.timeFormat();
    }

    /** The account-creation format in effect: the chosen one, else the time format in effect. */
    public TimeFormat effectiveCreatedAtFormat() {
        return createdAtFormat != null ? createdAtFormat : effectiveTimeFormat();
    }
}
