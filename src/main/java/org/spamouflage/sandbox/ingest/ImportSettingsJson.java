package org.spamouflage.sandbox.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@link ImportSettings} as a small JSON object, so a stored import can be read again with exactly
 * the settings it was made with:
 * <pre>{@code
 * {"format":1,"preset":"generic","columns":{"account":"user","time":"when"},"timeFormat":"iso",
 *  "createdAtFormat":null,"zone":"Europe/Paris","input":"auto",
 *  "limits":{"maxRows":5000000,"maxRejectedRows":1000,"maxFieldBytes":100000,"maxRecordBytes":1000000,"maxColumns":1000}}
 * }</pre>
 * ({@code "maxTextBytes"} joins the limits when they cap the text read.) Columns are written in
 * {@link Field} order and keys in a fixed order, so the same settings always give the same text.
 */
public final class ImportSettingsJson {
    /** Version of the layout above. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportSettingsJson() {
    }

    public static String write(ImportSettings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("preset", s.preset().key());
        ObjectNode columns = root.putObject("columns");
        for (Map.Entry<Field, String> e : s.columns().entrySet()) {
            columns.put(e.getKey().key(), e.getValue());
        }
        root.put("timeFormat", s.timeFormat() == null ? null : s.timeFormat().key());
        root.put("createdAtFormat", s.createdAtFormat() == null ? null : s.createdAtFormat().key());
        root.put("zone", s.zone().getId());
        root.put("input", s.format().key());
        if (s.spreadsheetSafe()) {
            root.put("spreadsheetSafe", true); // written only when on, so older settings read the same
        }
        ObjectNode limits = root.putObject("limits");
        ImportLimits l = s.limits();
        limits.put("maxRows", l.maxRows());
        limits.put("maxRejectedRows", l.maxRejectedRows());
        limits.put("maxFieldBytes", l.maxFieldBytes());
        limits.put("maxRecordBytes", l.maxRecordBytes());
        limits.put("maxColumns", l.maxColumns());
        if (l.capsText()) {
            limits.put("maxTextBytes", l.maxTextBytes()); // written only when capped, so older settings read the same
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write import settings", e);
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IllegalArgumentException naming every problem (unknown preset, field, time format,
     *                                  zone, bad limits…)
     */
    public static ImportSettings read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("import settings are not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("import settings must be a JSON object");
        }
        List<String> problems = new ArrayList<>();
        if (root.path("format").asInt(-1) != FORMAT) {
            problems.add("format must be " + FORMAT + ", got " + root.path("format"));
        }
        Preset preset = Preset.GENERIC;
        try {
            preset = Preset.fromKey(root.path("preset").asText(null));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        ImportSettings s = ImportSettings.of(preset);
        Iterator<Map.Entry<String, JsonNode>> columns = root.path("columns").fields();
        while (columns.hasNext()) {
            Map.Entry<String, JsonNode> e = columns.next();
            try {
                s = s.withColumn(Field.fromKey(e.getKey()), e.getValue().asText());
            } catch (IllegalArgumentException ex) {
                problems.add("columns: " + ex.getMessage());
            }
        }
        try {
            s = s.withTimeFormat(format(root.path("timeFormat")));
            s = s.withCreatedAtFormat(format(root.path("createdAtFormat")));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        try {
            s = s.withZone(ZoneId.of(root.path("zone").asText("UTC")));
        } catch (DateTimeException e) {
            problems.add("unknown zone \"" + root.path("zone").asText() + "\"");
        }
        try {
            s = s.withFormat(InputFormat.fromKey(root.path("input").asText("auto")));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        s = s.withSpreadsheetSafe(root.path("spreadsheetSafe").asBoolean(false));
        JsonNode l = root.path("limits");
        ImportLimits d = ImportLimits.DEFAULT;
        try {
            s = s.withLimits(new ImportLimits(l.path("maxRows").asLong(d.maxRows()),
                    l.path("maxRejectedRows").asInt(d.maxRejectedRows()), l.path("maxFieldBytes").asInt(d.maxFieldBytes()),
                    l.path("maxRecordBytes").asInt(d.maxRecordBytes()), l.path("maxColumns").asInt(d.maxColumns()),
                    l.path("maxTextBytes").asLong(d.maxTextBytes())));
        } catch (IllegalArgumentException e) {
            problems.add("limits: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("import settings: " + String.join("; ", problems));
        }
        return s;
    }

    private static TimeFormat format(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : TimeFormat.fromKey(n.asText());
    }
}
