package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.dataset.DatasetFolderException;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.InvalidSettingsException;
import org.spamouflage.sandbox.detection.SettingsValidator;
import org.spamouflage.sandbox.detection.coaction.CoActionLimitException;
import org.spamouflage.sandbox.detection.coaction.CoActionLimits;
import org.spamouflage.sandbox.report.DetectionExport;
import org.spamouflage.sandbox.report.DetectionSummary;
import org.spamouflage.sandbox.report.ExportFile;

/** {@code detect --data DIR}: dataset folder → every export (see {@link DetectionExport}). */
final class DatasetDetection {
    /** A settings file is a few hundred bytes; this only keeps a wrong file from filling memory. */
    static final long MAX_SETTINGS_BYTES = 1L << 20;

    /**
     * Heap that detection and the exports have needed per post at their peak: 9,943,568 posts (with 18,754,289
     * engagements) held at most 13.2 GiB after a collection, about 1.43 KB a post (BENCHMARKS.md, "Scale",
     * sixth session). Used only to warn before a long read that is bound to run out.
     */
    static final long HEAP_BYTES_PER_POST = 1_430;

    /**
     * Room the collector needs beside what is in use: that run worked in a 16 GiB heap for 13.2 GiB in use,
     * 1.2 times as much, so that is what the warning suggests.
     */
    static final double COLLECTOR_ROOM = 1.2;

    private DatasetDetection() {
    }

    /**
     * A warning when {@code posts} posts need more heap than Java allows ({@link #HEAP_BYTES_PER_POST}), naming
     * the {@code -Xmx} that would do (with {@link #COLLECTOR_ROOM}, whole gigabytes, at least 2); else empty. A
     * warning, not a refusal: data with shorter texts or fewer engagements need less.
     */
    static Optional<String> heapWarning(long posts, long maxHeapBytes) {
        double need = (double) posts * HEAP_BYTES_PER_POST;
        if (need <= maxHeapBytes) {
            return Optional.empty();
        }
        double gib = 1024.0 * 1024 * 1024;
        return Optional.of(String.format(Locale.ROOT, "warning: %,d posts need about %.1f GB of heap at"
                + " detection's peak (about 1.4 KB a post), and Java allows %.1f GB here, so this run will probably run"
                + " out of memory; run it with more, e.g. %s", posts, need / gib, maxHeapBytes / gib,
                Cli.withHeap(need * COLLECTOR_ROOM, "detect")));
    }

    /**
     * @param err      where a warning goes (a heap too small for the folder's posts)
     * @param timings  where each phase's wall time goes ({@code --timings}), or null
     * @param maxEdges cap on distinct account pairs per co-action layer ({@code --max-edges})
     */
    static int run(Path data, Path settingsFile, Path out, boolean force, PrintWriter stdout, PrintWriter err,
                   PrintWriter timings, long maxEdges) throws IOException, DatasetFolderException {
        long t0 = System.nanoTime();
        long[] last = {t0};
        java.util.function.Consumer<String> phase = name -> {
            if (timings != null) {
                long now = System.nanoTime();
                timings.printf(Locale.ROOT, "%-13s %8.1f ms%n", name, (now - last[0]) / 1e6);
                last[0] = now;
                timings.flush();
            }
        };
        DetectorSettings settings = settingsFile == null ? DetectorSettings.defaults() : readSettings(settingsFile);
        OutFolder.check(out, force);
        heapWarning(DatasetFolder.readManifest(data).posts(), Runtime.getRuntime().maxMemory()).ifPresent(w -> {
            err.println(w);
            err.flush();
        });
        // readDataset never loads truth.csv: detection works on what an investigator can see
        Dataset dataset = DatasetFolder.readDataset(data);
        phase.accept("read");
        Detection detection;
        try {
            detection = Detector.detect(dataset, settings, new CoActionLimits(maxEdges, Integer.MAX_VALUE));
        } catch (CoActionLimitException e) {
            throw new InvalidInputException("--data " + data + ": " + e.getMessage() + " (the edge cap is --max-edges,"
                    + " now " + maxEdges + ")");
        }
        phase.accept("detect");
        DetectionExport export = DetectionExport.of(dataset, detection, null);
        try {
            export.writeAll(out);
        } catch (IOException e) {
            throw new IOException("cannot write --out " + out + ": " + IoMessages.describe(e), e);
        }
        phase.accept("export");
        if (timings != null) {
            timings.printf(Locale.ROOT, "%-13s %8.1f ms%n", "total", (System.nanoTime() - t0) / 1e6);
            timings.flush();
        }
        DetectionSummary s = export.summary();
        stdout.printf(Locale.ROOT, "%s data: %d accounts, %d posts; %d accounts scored%n",
                s.data().synthetic() ? "Synthetic" : "Imported", s.data().accounts(), s.data().posts(),
                s.scoredAccounts());
        stdout.printf(Locale.ROOT, "Network: %d significant edges between %d accounts; %d clusters holding %d accounts%n",
                s.edges(), s.networkNodes(), s.clusters(), s.clusteredAccounts());
        List<String> names = new ArrayList<>();
        for (ExportFile f : export.files()) {
            names.add(f.fileName());
        }
        stdout.println("Wrote " + String.join(", ", names) + " -> " + out);
        stdout.println("Scores are not probabilities. To measure them against labels: evaluate --detection " + out
                + " --truth DATASET/truth.csv");
        return Cli.OK;
    }

    /** Reads and checks a settings file; every problem at once, exit 2. */
    static DetectorSettings readSettings(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("--settings " + file + ": no such file");
        }
        if (Files.size(file) > MAX_SETTINGS_BYTES) {
            throw new InvalidInputException("--settings " + file + ": larger than " + MAX_SETTINGS_BYTES
                    + " bytes; a settings file is a few hundred bytes (is this the right file?)");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("--settings " + file + ": not UTF-8 text");
        }
        try {
            return SettingsValidator.parse(json, file.toString());
        } catch (InvalidSettingsException e) {
            throw new InvalidInputException("--settings " + file + ":\n  " + e.getMessage().replace("\n", "\n  "));
        }
    }
}
