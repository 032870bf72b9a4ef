package org.spamouflage.sandbox.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.detection.BackgroundTask;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.MetricsJson;
import org.spamouflage.sandbox.pipeline.Evaluation;
import org.spamouflage.sandbox.pipeline.Pipeline;

/**
 * Writes the exports of one detection: into a folder ({@code detect --data … --out DIR}) or one
 * file at a time to a stream (the web app's download buttons). See {@link ExportFile} for the
 * files and {@link TableFiles}, {@link NetworkFiles}, {@link JsonFiles} and {@link MethodsNote}
 * for their layout. Same dataset, settings and evaluation: same bytes.
 */
public final class DetectionExport {
    private final ExportModel model;
    private final DetectionSummary summary;
    private final EvaluationReport report;

    private DetectionExport(ExportModel model, EvaluationReport report) {
        this.model = model;
        this.summary = DetectionSummary.of(model, Pipeline.ENGINE_VERSION);
        this.report = report;
    }

    /**
     * @param evaluation error rates against labels, or null (no labels: the methods note says so and
     *                   no {@code metrics.json} is written)
     */
    public static DetectionExport of(Dataset dataset, Detection detection, Evaluation evaluation) {
        return new DetectionExport(ExportModel.of(dataset, detection), evaluation == null ? null : evaluation.report());
    }

    /** From a hand-made or previously built model. */
    public static DetectionExport of(ExportModel model, EvaluationReport reportOrNull) {
        return new DetectionExport(model, reportOrNull);
    }

    /**
     * Writes every file into {@code dir} (created if missing; files of the same names are replaced,
     * others are left alone).
     *
     * @param evaluationOrNull error rates against labels, or null
     * @return the files written, in {@link ExportFile} order
     */
    public static List<ExportFile> write(Dataset dataset, Detection detection, Evaluation evaluationOrNull, Path dir)
            throws IOException {
        return of(dataset, detection, evaluationOrNull).writeAll(dir);
    }

    /** Writes one file of the export to {@code out} (flushed, not closed). */
    public static void write(ExportFile file, Dataset dataset, Detection detection, Evaluation evaluationOrNull,
                             OutputStream out) throws IOException {
        of(dataset, detection, evaluationOrNull).write(file, out);
    }

    /** The files this export has ({@code metrics.json} only with an evaluation). */
    public List<ExportFile> files() {
        List<ExportFile> out = new ArrayList<>(List.of(ExportFile.values()));
        if (report == null) {
            out.remove(ExportFile.METRICS_JSON);
        }
        return out;
    }

    public ExportModel model() {
        return model;
    }

    public DetectionSummary summary() {
        return summary;
    }

    /** See {@link #write(Dataset, Detection, Evaluation, Path)}. */
    public List<ExportFile> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<ExportFile> files = files();
        // The files are independent views of one immutable model, so two threads write them side by side (each
        // file's bytes do not depend on the order). They take the files largest first from one queue: the two
        // network files are most of the bytes of a large detection, then the account table (bench-1m: 62, 46
        // and 19 MB of 139 MB), so neither thread is left writing a large file alone at the end.
        List<ExportFile> queue = new ArrayList<>(files);
        queue.sort(java.util.Comparator.comparingInt(DetectionExport::sizeRank));
        List<IOException> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable writer = () -> {
            for (int i = next.getAndIncrement(); i < queue.size(); i = next.getAndIncrement()) {
                ExportFile f = queue.get(i);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(f.fileName())),
                        1 << 16)) {
                    write(f, out);
                } catch (IOException e) {
                    failed.add(e);
                }
            }
        };
        BackgroundTask<Void> other = BackgroundTask.start("export-writer", () -> {
            writer.run();
            return null;
        });
        writer.run();
        other.join();
        if (!failed.isEmpty()) {
            IOException first = failed.get(0);
            failed.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        return files;
    }

    /** Files in the order of their usual size, largest first (see {@link #writeAll}). */
    private static int sizeRank(ExportFile f) {
        return switch (f) {
            case NETWORK_GEXF -> 0;
            case NETWORK_GRAPHML -> 1;
            case ACCOUNTS_CSV -> 2;
            case EDGES_CSV -> 3;
            case CLUSTERS_JSON -> 4;
            default -> 5;
        };
    }

    /**
     * Writes one file to {@code out} (flushed, not closed).
     *
     * @throws IllegalArgumentException for {@code metrics.json} without an evaluation
     */
    public void write(ExportFile file, OutputStream out) throws IOException {
        switch (file) {
            case ACCOUNTS_CSV -> TableFiles.writeAccounts(model, out);
            case EDGES_CSV -> TableFiles.writeEdges(model, out);
            case CLUSTERS_JSON -> JsonFiles.writeClusters(model, out);
            case NETWORK_GRAPHML -> NetworkFiles.writeGraphml(model, out);
            case NETWORK_GEXF -> NetworkFiles.writeGexf(model, out);
            case METHODS_MD -> text(out, MethodsNote.markdown(summary, model.settings(), model.signals(), report));
            case METHODS_HTML -> text(out, MethodsNote.html(summary, model.settings(), model.signals(), report));
            case SETTINGS_JSON -> JsonFiles.writeSettings(model, out);
            case DETECTION_JSON -> JsonFiles.writeSummary(summary, out);
            case METRICS_JSON -> {
                if (report == null) {
                    throw new IllegalArgumentException("metrics.json needs an evaluation against labels");
                }
                text(out, MetricsJson.write(report));
            }
        }
    }

    private static void text(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
