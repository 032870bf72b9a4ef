package org.spamouflage.sandbox.ui.importer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.spamouflage.sandbox.app.ComputeQueue;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.ImportCaps;
import org.spamouflage.sandbox.app.ImportLibrary;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.ImportOwner;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.RunStatus;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.base.UploadTexts;
import org.spamouflage.sandbox.ui.explore.ExploreView;

/**
 * Import your own data: upload a CSV, TSV or JSON Lines file (gzip allowed; the caps of
 * {@link ImportCaps} are stated on the page), check the first rows, pick a preset or map the
 * columns, import (in the compute queue's heavy lane, with progress and Cancel), read every
 * rejected row, then run the engine and land in Explore. Imports belong to the browser that made
 * them (or are seen by a signed-in instructor): only they are listed here; after a browser's first
 * import the page shows, once, the address that brings them back.
 */
@AnonymousAllowed
@Route(value = "import", layout = MainLayout.class)
public class ImportView extends Div {
    private final SandboxService service;
    private final AuthenticationContext auth;
    private final ImportCaps caps;
    private final UploadStep step = new UploadStep();
    private static final long MIB = 1024L * 1024;
    private final Button importButton = new Button(getTranslation("import.button"));
    private final RunStatus status;
    private final OwnerLinkBox ownerLink = new OwnerLinkBox();
    private final ImportResultPanel result = new ImportResultPanel(this::runEngine);
    private final StoredImports stored = new StoredImports(this::runEngine, this::delete);
    private BackgroundRunner runner;
    private String base = "";

    public ImportView(SandboxService service, AuthenticationContext auth) {
        this.service = service;
        this.auth = auth;
        this.caps = service.imports().caps();
        this.status = new RunStatus("import-status", () -> service.executor() instanceof ComputeQueue q ? q.heavyJobs() : 0);
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        add(new H2(getTranslation("import.heading")), configureIntro(), configureUpload(), configureStep(), status, ownerLink, result,
                Sections.section("panel-imports", getTranslation("import.yours"), stored));
        refreshStored();
    }

    private Paragraph configureIntro() {
        Paragraph p = Sections.note(getTranslation("import.capsIntro", caps.maxUploadBytes() / MIB, caps.maxRows(),
                caps.maxTextBytes() / MIB));
        p.setId("import-caps");
        return p;
    }

    private Upload configureUpload() {
        // The upload arrives on a request thread: it is read (capped) into a temporary file there and
        // previewed from it, then handed over with access().
        UI ui = UI.getCurrent();
        Upload up = new Upload((UploadHandler) event -> {
            UploadStep.Received r = UploadStep.receive(event.getFileName(), event.getInputStream(), event.getFileSize(),
                    service.imports());
            ui.access(() -> uploaded(r));
        });
        up.setId("import-upload");
        up.setMaxFiles(1);
        up.setMaxFileSize((int) caps.maxUploadBytes());
        UploadTexts.apply(up);
        up.setDropLabel(new Span(getTranslation("import.drop", caps.maxUploadBytes() / MIB)));
        up.addFileRejectedListener(e -> result.showProblems(e.getFileName() + " was not uploaded:",
                e.getErrorMessage() != null && e.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("big")
                        ? caps.tooLarge(e.getFileName(), -1).problems() : List.of(String.valueOf(e.getErrorMessage()))));
        up.addFailedListener(e -> result.showProblems(e.getFileName() + " was not uploaded:", List.of(
                "the upload stopped: " + (e.getReason() == null ? "unknown reason" : e.getReason().getMessage()))));
        return up;
    }

    private Div configureStep() {
        importButton.setId("import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> startImport());
        step.add(importButton);
        return step;
    }

    private void uploaded(UploadStep.Received r) {
        result.clear();
        ownerLink.setVisible(false);
        if (r.problem() != null) {
            step.clear();
            result.showProblems(r.problem().file() + " cannot be imported:", r.problem().problems());
            return;
        }
        step.show(r);
    }

    private ImportAccess access() {
        return ImportOwner.access(auth);
    }

    private void startImport() {
        List<String> problems = step.problems();
        if (!problems.isEmpty()) {
            result.showProblems("Not imported yet:", problems);
            return;
        }
        UploadStep.Request req = step.request();
        ImportAccess owner = access();
        UI ui = UI.getCurrent();
        importButton.setEnabled(false);
        result.clear();
        runner().submit(cancelled -> service.imports().importAndStore(req.bytes(), req.fileName(), req.name(),
                req.settings(), owner, share -> ui.access(() -> status.progress(share)), cancelled),
                o -> imported(o, owner), this::failed);
        status.start("Reading " + req.fileName(), true, runner, this::cancelImport);
    }

    private void cancelImport() {
        runner.cancel();
        importButton.setEnabled(true);
        result.showProblems("Import cancelled:", List.of("Nothing was stored."));
    }

    private void imported(ImportLibrary.Outcome o, ImportAccess owner) {
        status.stop();
        importButton.setEnabled(true);
        result.show(o);
        if (o.ownersFirst()) {
            ownerLink.show(base, owner.ownerToken());
        }
        refreshStored();
    }

    private void failed(Exception e) {
        status.stop();
        importButton.setEnabled(true);
        if (e instanceof ImportException ie) {
            result.showProblems(ie.file() + " cannot be imported:", ie.problems());
        } else if (e instanceof CancellationException) {
            result.showProblems("Import cancelled:", List.of("Nothing was stored."));
        } else {
            result.showProblems("The import failed:", List.of(String.valueOf(e.getMessage())));
        }
    }

    private BackgroundRunner runner() {
        if (runner == null) {
            runner = new BackgroundRunner(UI.getCurrent(), service.executor(), busy -> { }, ComputeQueue.Lane.HEAVY);
        }
        return runner;
    }

    private void runEngine(long id) {
        UI.getCurrent().navigate(ExploreView.class, QueryParameters.simple(Map.of(ExploreView.IMPORT, Long.toString(id))));
    }

    private void delete(long id) {
        boolean gone = service.imports().delete(id, access());
        refreshStored();
        Notification.show(gone ? "Import " + id + " deleted." : "There is no import " + id + " here.");
    }

    private void refreshStored() {
        ImportAccess a = access();
        stored.show(service.imports().list(a), a);
    }

    @Override
    protected void onAttach(AttachEvent e) {
        e.getUI().getPage().fetchCurrentURL(u -> base = u.getProtocol() + "://" + u.getAuthority());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (runner != null) {
            runner.cancel();
        }
        step.clear();
    }
}
