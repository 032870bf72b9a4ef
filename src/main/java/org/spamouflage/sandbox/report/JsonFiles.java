package org.spamouflage.sandbox.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.spamouflage.sandbox.detection.ClusterSummary;

/**
 * {@code clusters.json}, {@code detection.json} and {@code settings.json}. Deterministic: fields
 * in record order, map keys sorted, two-space indent, LF line ends, a final newline.
 */
public final class JsonFiles {
    /** Layout version of {@code clusters.json} and {@code detection.json}. */
    public static final int FORMAT = 1;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        WRITER = MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    private JsonFiles() {
    }

    /**
     * The content of {@code clusters.json}.
     *
     * @param format    layout version ({@value JsonFiles#FORMAT})
     * @param synthetic true when the data are generated
     * @param note      how to read the numbers
     * @param clusters  every detected cluster, by id (0 = largest); {@code firstPost}/{@code lastPost}
     *                  are Unix seconds, {@code layers} counts significant edges inside the cluster
     */
    public record ClustersFile(int format, boolean synthetic, String note, List<ClusterSummary> clusters) {
    }

    static final String CLUSTERS_NOTE = "Clusters are groups of accounts joined by significant co-action edges"
            + " (connected components, large ones split by label propagation). meanScore is the members' mean"
            + " combined score: scores are not probabilities, and coordination is not proof of inauthenticity.";

    public static void writeClusters(ExportModel model, OutputStream out) throws IOException {
        write(new ClustersFile(FORMAT, model.data().synthetic(), CLUSTERS_NOTE, model.clusters()), out);
    }

    public static void writeSummary(DetectionSummary summary, OutputStream out) throws IOException {
        write(summary, out);
    }

    public static void writeSettings(ExportModel model, OutputStream out) throws IOException {
        out.write(model.settings().toJson().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void write(Object value, OutputStream out) throws IOException {
        out.write(toJson(value).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
