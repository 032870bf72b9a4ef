package org.spamouflage.sandbox.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportPreview;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.ImportSettingsJson;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.pipeline.RetainedSize;
import org.spamouflage.sandbox.store.ImportRepository;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.springframework.stereotype.Component;

/**
 * Datasets imported from the web app: preview an upload, import and keep it, list, open, delete.
 *
 * <p>What is stored is the upload itself (gzip-compressed unless it already was) with its import
 * settings, not the parsed dataset: opening re-imports it, which the importer guarantees to be
 * deterministic, so every open gives the same dataset and the same detection. This keeps the
 * source exactly as the user gave it, is smaller than the dataset's JSON Lines, and lets a later
 * importer that reads the file differently be noticed (the counts of the first import are kept and
 * compared on every open). Opened datasets are kept in the app's one {@link ResultCache} (by import
 * id and engine version), so they share its memory bound with everything else.
 */
@Component
public class ImportLibrary {
    /** Largest upload the web page takes (the command line's {@code import} has no such cap). */
    public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    /** Data rows shown in the preview. */
    public static final int PREVIEW_ROWS = 10;
    /** Longest dataset name kept. */
    public static final int MAX_NAME = 200;

    private final ImportRepository repository;
    private final Pipeline pipeline;

    public ImportLibrary(ImportRepository repository, Pipeline pipeline) {
        this.repository = repository;
        this.pipeline = pipeline;
    }

    /**
     * A stored import made live again.
     *
     * @param info     its description
     * @param dataset  the dataset
     * @param truth    its labels, when a label column was mapped
     * @param warnings what differs from the first import (empty normally)
     */
    public record Opened(ImportedDataset info, Dataset dataset, Optional<GroundTruth> truth, List<String> warnings) {
        public Opened {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * What an import on the page produced.
     *
     * @param result the import's counts, notes and row errors
     * @param stored the stored dataset, or empty when no row could be imported (nothing is stored)
     */
    public record Outcome(ImportResult result, Optional<ImportedDataset> stored) {
    }

    /**
     * The header and first {@value #PREVIEW_ROWS} rows of an upload, with the suggested preset.
     *
     * @throws ImportException for file-level problems (too large, empty, binary, not UTF-8…)
     */
    public ImportPreview preview(byte[] upload, String fileName) throws ImportException {
        checkSize(upload, fileName);
        return Importer.preview(new ByteArrayInputStream(upload), fileName, ImportSettings.of(
                org.spamouflage.sandbox.ingest.Preset.GENERIC), PREVIEW_ROWS);
    }

    /**
     * Imports an upload and, when at least one row was accepted, stores it under {@code name} (blank:
     * the file name without its extensions).
     *
     * @param progress told the share of the upload read so far (0 to 1), now and then
     * @throws ImportException for file-level problems; nothing is stored then
     */
    public Outcome importAndStore(byte[] upload, String fileName, String name, ImportSettings settings,
                                  DoubleConsumer progress) throws ImportException {
        checkSize(upload, fileName);
        ImportResult r = Importer.importStream(new Progress(new ByteArrayInputStream(upload), upload.length, progress),
                fileName, settings);
        if (r.accepted() == 0) {
            return new Outcome(r, Optional.empty());
        }
        boolean gzip = upload.length >= 2 && (upload[0] & 0xff) == 0x1f && (upload[1] & 0xff) == 0x8b;
        byte[] data = gzip ? upload : gzip(upload);
        ImportedDataset d = new ImportedDataset(0, cleanName(name, fileName), fileName, settings.preset().key(),
                ImportSettingsJson.write(settings), r.accepted(), r.rejected(), r.dataset().accounts().size(),
                r.dataset().posts().size(), r.truth().isPresent(), r.truncated(), upload.length, data.length, !gzip,
                // milliseconds: what the database keeps, so the returned record equals the stored one
                Pipeline.ENGINE_VERSION, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        ImportedDataset saved = repository.save(d, data);
        pipeline.cache().put(cacheKey(saved.id()), sized(new Opened(saved, r.dataset(), r.truth(), List.of())));
        return new Outcome(r, Optional.of(saved));
    }

    /** Stored imports, newest first. */
    public List<ImportedDataset> list() {
        return repository.findAll();
    }

    public Optional<ImportedDataset> find(long id) {
        return repository.findById(id);
    }

    /**
     * Re-imports a stored dataset (or takes it from the cache).
     *
     * @throws NoSuchElementException for an unknown id
     * @throws ImportException when the stored file no longer imports (an importer change)
     */
    public Opened open(long id) throws ImportException {
        return pipeline.cache().get(cacheKey(id), () -> sized(reopen(id)));
    }

    /** The cache key of an import's dataset; detections on it depend on it ({@link Pipeline#datasetKey}). */
    static ResultCache.Key cacheKey(long id) {
        return Pipeline.datasetKey(datasetKey(id));
    }

    /** The name the pipeline knows an import's dataset by. */
    public static String datasetKey(long id) {
        return "import:" + id;
    }

    private static ResultCache.Sized<Opened> sized(Opened o) {
        return ResultCache.Sized.of(o, RetainedSize.dataset(o.dataset(), o.truth().orElse(null)));
    }

    private Opened reopen(long id) throws ImportException {
        ImportedDataset info = repository.findById(id).orElseThrow(() -> new NoSuchElementException(
                "no imported dataset " + id + " (it may have been deleted)"));
        ImportSettings settings;
        try {
            settings = ImportSettingsJson.read(info.settingsJson());
        } catch (IllegalArgumentException e) {
            throw new ImportException(info.fileName(), "the stored " + e.getMessage());
        }
        ImportResult r;
        try (InputStream in = original(id, info)) {
            r = Importer.importStream(in, info.fileName(), settings);
        } catch (IOException e) {
            throw new ImportException(info.fileName(), "the stored copy cannot be read: " + e.getMessage());
        }
        List<String> warnings = new ArrayList<>();
        if (r.accepted() != info.accepted() || r.rejected() != info.rejected() || r.dataset().posts().size() != info.posts()
                || r.dataset().accounts().size() != info.accounts()) {
            warnings.add(String.format(Locale.ROOT, "This import now gives %d rows accepted, %d rejected, %d posts by %d "
                    + "accounts; when it was made (engine %s) it gave %d, %d, %d and %d: the importer has changed since.",
                    r.accepted(), r.rejected(), r.dataset().posts().size(), r.dataset().accounts().size(),
                    info.engineVersion(), info.accepted(), info.rejected(), info.posts(), info.accounts()));
        }
        return new Opened(info, r.dataset(), r.truth(), warnings);
    }

    /** The upload exactly as it was given (decompressed again when it was compressed for storing). */
    public InputStream original(long id) throws IOException {
        ImportedDataset info = repository.findById(id).orElseThrow(() -> new NoSuchElementException(
                "no imported dataset " + id));
        return original(id, info);
    }

    private InputStream original(long id, ImportedDataset info) throws IOException {
        byte[] data = repository.data(id).orElseThrow(() -> new NoSuchElementException("no imported dataset " + id));
        InputStream in = new ByteArrayInputStream(data);
        return info.gzipAdded() ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Detection (cached) on a stored dataset, measured against its labels when it has any. */
    public Pipeline.Run run(long id, DetectorSettings settings) throws ImportException {
        Opened o = open(id);
        return pipeline.runImported(datasetKey(id), o.dataset(), o.truth().orElse(null), settings);
    }

    public boolean delete(long id) {
        pipeline.cache().invalidate(cacheKey(id)); // with its detections and the pages built on them
        return repository.delete(id);
    }

    /** The name an upload is kept under unless the user gives another: the file name without its extensions. */
    public static String defaultName(String fileName) {
        return cleanName("", fileName);
    }

    /** The name to keep: the given one trimmed (at most {@value #MAX_NAME} characters), else the file name without extensions. */
    static String cleanName(String name, String fileName) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            n = fileName == null ? "" : fileName.strip();
            int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
            n = n.substring(slash + 1);
            int dot = n.indexOf('.');
            if (dot > 0) {
                n = n.substring(0, dot);
            }
        }
        if (n.isEmpty()) {
            n = "import";
        }
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }

    private static void checkSize(byte[] upload, String fileName) throws ImportException {
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw tooLarge(fileName, upload.length);
        }
    }

    /** The error for an upload above {@link #MAX_UPLOAD_BYTES} ({@code size}: its size, or at least that much). */
    public static ImportException tooLarge(String fileName, long size) {
        return new ImportException(fileName, String.format(Locale.ROOT, "the file is larger than %d MB (%.1f MB), the "
                + "most the web page imports. Compress it with gzip (text often shrinks 5-10 times) or use the command "
                + "line (import --in FILE --out DIR), which has no size limit", MAX_UPLOAD_BYTES / 1048576,
                size / 1048576.0));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress in memory", e);
        }
        return out.toByteArray();
    }

    /** Counts bytes read and reports the share now and then (every 1%). */
    private static final class Progress extends FilterInputStream {
        private final long total;
        private final DoubleConsumer listener;
        private long read;
        private long reported;

        Progress(InputStream in, long total, DoubleConsumer listener) {
            super(in);
            this.total = Math.max(1, total);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            read += n;
            if (read - reported >= total / 100 || read == total) {
                reported = read;
                listener.accept((double) read / total);
            }
        }
    }
}
