package org.spamouflage.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spamouflage.sandbox.app.ComputeQueue;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.security.Roles;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.explore.ExportFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The download addresses of an import's files: {@code /import-files/ID/accounts.csv} (every export of
 * the detection under the import's chosen settings: accounts, edges, clusters, GraphML, GEXF, the
 * methods note, settings.json, detection.json, metrics.json with labels) and {@code
 * /import-files/ID/original} (the upload as it was given). Only the import's owner (its token in the
 * browser's cookie) or a signed-in instructor gets a file; anyone else gets 404 "not found", the same
 * as for an import that never existed, so the address tells nothing about what exists.
 */
@RestController
public class ImportFilesController {
    /** The path every download address starts with. */
    public static final String PATH = "/import-files";
    /** The last part of the original upload's address. */
    public static final String ORIGINAL = "original";
    private static final Logger LOG = LoggerFactory.getLogger(ImportFilesController.class);

    private final SandboxService service;

    public ImportFilesController(SandboxService service) {
        this.service = service;
    }

    /** The address of one export file of an import. */
    public static String address(long id, ExportFile file) {
        return PATH + "/" + id + "/" + file.fileName();
    }

    /** The address of an import's original upload. */
    public static String originalAddress(long id) {
        return PATH + "/" + id + "/" + ORIGINAL;
    }

    @GetMapping(PATH + "/{id}/{file}")
    public void download(@PathVariable("id") String idText, @PathVariable("file") String fileName,
                         HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImportAccess access = ImportAccess.of(OwnerCookieFilter.tokens(request), request.isUserInRole(Roles.INSTRUCTOR));
        Optional<ImportedDataset> info = parse(idText).flatMap(id -> service.imports().find(id, access));
        if (info.isEmpty()) {
            notFound(response);
            return;
        }
        ImportedDataset d = info.get();
        try {
            if (ORIGINAL.equals(fileName)) {
                send(response, d.fileName(), "application/octet-stream");
                try (InputStream in = service.imports().original(d.id(), access); OutputStream out = response.getOutputStream()) {
                    in.transferTo(out);
                }
                return;
            }
            Optional<ExportFile> file = exportFile(fileName, d.labelled());
            if (file.isEmpty()) {
                notFound(response);
                return;
            }
            // the engine runs (when its result is not cached) in the compute queue's heavy lane, like a page's run
            ExploreData data = compute(d.id(), access, request);
            send(response, ExportFiles.fileName(d.name(), file.get()), file.get().mediaType());
            try (OutputStream out = response.getOutputStream()) {
                service.writeExport(data, file.get(), out);
            }
        } catch (RejectedExecutionException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
        } catch (NoSuchElementException e) {
            notFound(response); // deleted meanwhile
        } catch (ImportException e) {
            LOG.warn("import {} cannot be read again: {}", d.id(), e.getMessage());
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_CONFLICT, "This import cannot be read any more: "
                        + e.getMessage());
            }
        }
    }

    private ExploreData compute(long id, ImportAccess access, HttpServletRequest request) throws ImportException,
            IOException {
        FutureTask<ExploreData> task = new FutureTask<>(() -> service.exploreImport(id, access));
        String user = "download:" + request.getSession(true).getId().hashCode();
        service.executor().execute(new ComputeQueue.Task(user, ComputeQueue.Lane.HEAVY, "download", task));
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw ie;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    private static Optional<ExportFile> exportFile(String name, boolean labelled) {
        for (ExportFile f : ExportFile.values()) {
            if (f.fileName().equals(name) && (labelled || f != ExportFile.METRICS_JSON)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpServletResponse response, String fileName, String mediaType) {
        response.setContentType(mediaType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().write("Not found: there is no such import file here (it may have been deleted, or it "
                + "belongs to another browser).\n");
    }
}
