package org.spamouflage.sandbox.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes and reads metric results as JSON ({@code metrics.json}). Output is deterministic: fields
 * in record declaration order, map keys sorted, two-space indent, {@code \n} line ends on every
 * platform, a final newline. Undefined numbers are written as the strings {@code "NaN"} and
 * {@code "Infinity"} (Jackson's default; plain JSON has no NaN), and read back as numbers.
 */
public final class MetricsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = MAPPER.writer(printer);
    }

    private MetricsJson() {
    }

    /** Any result record of this package (report, sweep, curve, histogram…) as JSON text. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write metrics as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a report written by {@link #write(Object)}.
     *
     * @param source named in the error message (e.g. the file name)
     * @throws InvalidMetricInputException naming the source, line and column on malformed input
     */
    public static EvaluationReport readReport(String json, String source) {
        return read(json, source, EvaluationReport.class);
    }

    /** Reads any result record of this package written by {@link #write(Object)}. */
    public static <T> T read(String json, String source, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidMetricInputException(List.of(source + where + ": " + e.getOriginalMessage()));
        }
    }
}
