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
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.InvalidSettingsException;
import org.spamouflage.sandbox.detection.SettingsValidator;
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
 * Datasets imported from the web app: preview an upload, import and keep it, list, open, delete,
 * and the detector settings chosen for each.
 *
 * <p>What is stored is the upload itself (gzip-compressed unless it already was) with its import
 * settings, not the parsed dataset: opening re-imports it, which the importer guarantees to be
 * deterministic, so every open gives the same dataset and the same detection. This keeps the
 * source exactly as the user gave it, is smaller than the dataset's JSON Lines, and lets a later
 * importer that reads the file differently be noticed (the counts of the first import are kept and
 * compared on every open). Opened datasets are kept in the app's one {@link ResultCache} (by import
 * id and engine version), so they share its memory bound with everything else.
 *
 * <p><b>Imports belong to someone.</b> Every import is kept with the hash of its maker's owner token
 * ({@link OwnerTokens}); every method that reads or changes one takes an {@link ImportAccess} and
 * answers "not found" ({@link NoSuchElementException}, the same words as for an id never used) to
 * anyone who is neither its owner nor an instructor.
 *
 * <p><b>Caps.</b> Uploads, rows and decompressed text are capped by {@link ImportCaps}; past a cap
 * nothing is stored.
 */
@Component
public class ImportLibrary {
    /** Data rows shown in the preview. */
    public static final int PREVIEW_ROWS = 10;
    /** Longest dataset name kept. */
    public static final int MAX_NAME = 200;

    private final ImportRepository repository;
    private final Pipeline pipeline;
    private final ImportCaps caps;

    @org.springframework.beans.factory.annotation.Autowired
    public ImportLibrary(ImportRepository repository, Pipeline pipeline, ImportCaps caps) {
        this.repository = repository;
        this.pipeline = pipeline;
        this.caps = caps;
    }

    /** With the default caps. */
    public ImportLibrary(ImportRepository repository, Pipeline pipeline) {
        this(repository, pipeline, ImportCaps.DEFAULT);
    }

    /** What the web page takes at most. */
    public ImportCaps caps() {
        return caps;
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
     * @param result      the import's counts, notes and row errors
     * @param stored      the stored dataset, or empty when no row could be imported (nothing is stored)
     * @param ownersFirst true when this is the only import kept under the owner's token: the time to show
     *                    the owner the "keep this link" address
     */
    public record Outcome(ImportResult result, Optional<ImportedDataset> stored, boolean ownersFirst) {
        public Outcome(ImportResult result, Optional<ImportedDataset> stored) {
            this(result, stored, false);
        }
    }

    /**
     * The header and first {@value #PREVIEW_ROWS} rows of an upload, with the suggested preset.
     *
     * @throws ImportException for file-level problems (too large, empty, binary, not UTF-8…)
     */
    public ImportPreview preview(byte[] upload, String fileName) throws ImportException {
        return preview(new ByteArrayInputStream(upload), upload.length, fileName);
    }

    /** Like {@link #preview(byte[], String)}, reading only the start of {@code upload} (of {@code size} bytes). */
    public ImportPreview preview(InputStream upload, long size, String fileName) throws ImportException {
        if (size > caps.maxUploadBytes()) {
            throw caps.tooLarge(fileName, size);
        }
        return Importer.preview(upload, fileName, caps.apply(ImportSettings.of(
                org.spamouflage.sandbox.ingest.Preset.GENERIC)), PREVIEW_ROWS);
    }

    /**
     * Imports an upload and, when at least one row was accepted, stores it under {@code name} (blank:
     * the file name without its extensions), owned by {@code owner}'s token.
     *
     * @param owner     who imports: the import is kept under {@link ImportAccess#ownerToken()}
     * @param progress  told the share of the upload read so far (0 to 1), now and then
     * @param cancelled asked now and then; once true, the import stops and nothing is stored
     * @throws ImportException for file-level problems and files past a cap; nothing is stored then
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turned true
     * @throws IllegalArgumentException when {@code owner} has no token (an import must belong to someone)
     */
    public Outcome importAndStore(byte[] upload, String fileName, String name, ImportSettings settings,
                                  ImportAccess owner, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ImportException {
        if (owner.ownerToken().isEmpty()) {
            throw new IllegalArgumentException("an import needs an owner token");
        }
        checkSize(upload, fileName);
        ImportSettings capped = caps.apply(settings);
        ImportResult r;
        try {
            r = Importer.importStream(new Progress(new ByteArrayInputStream(upload), upload.length, progress, cancelled),
                    fileName, capped);
        } catch (ImportException e) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("The import was cancelled; nothing was stored.");
            }
            throw e;
        }
        if (r.truncated() && r.accepted() + (long) r.rejected() >= capped.limits().maxRows()) {
            throw caps.tooManyRows(fileName);
        }
        if (r.accepted() == 0) {
            return new Outcome(r, Optional.empty());
        }
        boolean gzip = upload.length >= 2 && (upload[0] & 0xff) == 0x1f && (upload[1] & 0xff) == 0x8b;
        byte[] data = gzip ? upload : gzip(upload);
        String ownerHash = OwnerTokens.hash(owner.ownerToken());
        ImportedDataset d = new ImportedDataset(0, cleanName(name, fileName), fileName, settings.preset().key(),
                ImportSettingsJson.write(capped), r.accepted(), r.rejected(), r.dataset().accounts().size(),
                r.dataset().posts().size(), r.truth().isPresent(), r.truncated(), upload.length, data.length, !gzip,
                // milliseconds: what the database keeps, so the returned record equals the stored one
                Pipeline.ENGINE_VERSION, Instant.now().truncatedTo(ChronoUnit.MILLIS), ownerHash, null);
        ImportedDataset saved = repository.save(d, data);
        pipeline.cache().put(cacheKey(saved.id()), sized(new Opened(saved, r.dataset(), r.truth(), List.of())));
        return new Outcome(r, Optional.of(saved), repository.countByOwner(ownerHash) == 1);
    }

    /** The imports {@code access} may see, newest first: an instructor's are all. */
    public List<ImportedDataset> list(ImportAccess access) {
        return access.instructor() ? repository.findAll() : repository.findByOwners(access.hashes());
    }

    /** An import, when it exists and {@code access} may see it. */
    public Optional<ImportedDataset> find(long id, ImportAccess access) {
        return repository.findById(id).filter(access::allows);
    }

    /**
     * Re-imports a stored dataset (or takes it from the cache).
     *
     * @throws NoSuchElementException for an unknown id, or one {@code access} may not see
     * @throws ImportException when the stored file no longer imports (an importer change)
     */
    public Opened open(long id, ImportAccess access) throws ImportException {
        require(id, access);
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
        ImportedDataset info = repository.findById(id).orElseThrow(() -> notFound(id));
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

    /**
     * The upload exactly as it was given (decompressed again when it was compressed for storing).
     *
     * @throws NoSuchElementException for an unknown id, or one {@code access} may not see
     */
    public InputStream original(long id, ImportAccess access) throws IOException {
        return original(id, require(id, access));
    }

    private InputStream original(long id, ImportedDataset info) throws IOException {
        byte[] data = repository.data(id).orElseThrow(() -> notFound(id));
        InputStream in = new ByteArrayInputStream(data);
        return info.gzipAdded() ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * The detector settings chosen for an import, or the defaults when none were; settings that no
     * longer validate (a later engine changed a range) give the defaults too.
     */
    public static DetectorSettings detectorSettings(ImportedDataset d) {
        if (d.detectorSettingsJson() == null) {
            return DetectorSettings.defaults();
        }
        try {
            return SettingsValidator.parse(d.detectorSettingsJson(), "import " + d.id());
        } catch (InvalidSettingsException e) {
            return DetectorSettings.defaults();
        }
    }

    /**
     * Keeps detector settings with an import ("Run again" on Explore); the defaults are kept as null.
     *
     * @throws InvalidSettingsException naming every problem (nothing is stored then)
     * @throws NoSuchElementException   for an unknown id, or one {@code access} may not see
     */
    public ImportedDataset saveDetectorSettings(long id, DetectorSettings settings, ImportAccess access) {
        ImportedDataset d = require(id, access);
        SettingsValidator.require(settings, "import " + id + " settings");
        String json = settings.equals(DetectorSettings.defaults()) ? null : settings.toJson();
        repository.saveDetectorSettings(id, json);
        return d.withDetectorSettingsJson(json);
    }

    /** Detection (cached) on a stored dataset, measured against its labels when it has any. */
    public Pipeline.Run run(long id, DetectorSettings settings, ImportAccess access) throws ImportException {
        Opened o = open(id, access);
        return pipeline.runImported(datasetKey(id), o.dataset(), o.truth().orElse(null), settings);
    }

    /**
     * Deletes an import with its cached dataset and everything built on it.
     *
     * @return false when there is no such import, or {@code access} may not see it
     */
    public boolean delete(long id, ImportAccess access) {
        if (find(id, access).isEmpty()) {
            return false;
        }
        pipeline.cache().invalidate(cacheKey(id)); // with its detections and the pages built on them
        return repository.delete(id);
    }

    private ImportedDataset require(long id, ImportAccess access) {
        return find(id, access).orElseThrow(() -> notFound(id));
    }

    /** The one answer for an import that does not exist and for one the asker may not see. */
    public static NoSuchElementException notFound(long id) {
        return new NoSuchElementException("There is no import " + id + " here (it may have been deleted, or it was "
                + "made in another browser); see the Import page.");
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

    private void checkSize(byte[] upload, String fileName) throws ImportException {
        if (upload.length > caps.maxUploadBytes()) {
            throw caps.tooLarge(fileName, upload.length);
        }
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

    /** Counts bytes read, reports the share now and then (every 1%) and stops the read once cancelled. */
    private static final class Progress extends FilterInputStream {
        private final long total;
        private final DoubleConsumer listener;
        private final BooleanSupplier cancelled;
        private long read;
        private long reported;

        Progress(InputStream in, long total, DoubleConsumer listener, BooleanSupplier cancelled) {
            super(in);
            this.total = Math.max(1, total);
            this.listener = listener;
            this.cancelled = cancelled;
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

        private void advance(long n) throws java.io.InterruptedIOException {
            if (cancelled.getAsBoolean()) {
                throw new java.io.InterruptedIOException("cancelled");
            }
            read += n;
            if (read - reported >= total / 100 || read == total) {
                reported = read;
                listener.accept((double) read / total);
            }
        }
    }
}
