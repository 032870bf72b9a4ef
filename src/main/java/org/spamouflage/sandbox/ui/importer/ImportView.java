package org.spamouflage.sandbox.ui.importer;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spamouflage.sandbox.app.ImportLibrary;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportPreview;
import org.spamouflage.sandbox.ingest.RowError;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.base.UploadTexts;
import org.spamouflage.sandbox.ui.explore.ExploreView;

/**
 * Import your own data: upload a CSV, TSV or JSON Lines file (gzip allowed, at most
 * {@link ImportLibrary#MAX_UPLOAD_BYTES} bytes), check the first rows, pick a preset or map the
 * columns, import (off the UI thread, with progress), read every rejected row, then run the engine
 * and land in Explore. Imports are stored in the app's database and listed below, to open or delete.
 */
@AnonymousAllowed
@Route(value = "import", layout = MainLayout.class)
public class ImportView extends Div {
    private final SandboxService service;
    private final Paragraph file = new Paragraph();
    private final Div step2 = new Div();
    private final Grid<List<String>> preview = new Grid<>();
    private final Div previewNotes = new Div();
    private final MappingForm form = new MappingForm();
    private final TextField name = new TextField(getTranslation("import.name"));
    private final Button importButton = new Button(getTranslation("import.button"));
    private final ProgressBar progress = new ProgressBar();
    private final ImportResultPanel result = new ImportResultPanel(this::runEngine);
    private final StoredImports stored = new StoredImports(this::runEngine, this::delete);
    private byte[] upload;
    private String fileName;
    private BackgroundRunner runner;

    public ImportView(SandboxService service) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        add(new H2(getTranslation("import.heading")), Sections.note(getTranslation("import.intro",
                        ImportLibrary.MAX_UPLOAD_BYTES / (1024 * 1024))),
                configureUpload(), configureStep2(), result,
                Sections.section("panel-imports", getTranslation("import.stored"), stored));
        refreshStored();
    }

    private Upload configureUpload() {
        // The upload arrives on a request thread: read it (capped) there, hand it over with access().
        UI ui = UI.getCurrent();
        Upload up = new Upload((UploadHandler) event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) ImportLibrary.MAX_UPLOAD_BYTES + 1);
            }
            String n = event.getFileName();
            Previewed p = preview(n, bytes, Math.max(event.getFileSize(), bytes.length));
            ui.access(() -> uploaded(n, p));
        });
        up.setId("import-upload");
        up.setMaxFiles(1);
        up.setMaxFileSize((int) ImportLibrary.MAX_UPLOAD_BYTES);
        UploadTexts.apply(up);
        up.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.drop",
                ImportLibrary.MAX_UPLOAD_BYTES / (1024 * 1024))));
        up.addFileRejectedListener(e -> Notification.show(getTranslation("scenarios.fileRejected", e.getErrorMessage()), 8000,
                Notification.Position.MIDDLE));
        return up;
    }

    private Div configureStep2() {
        file.setId("import-file");
        file.getStyle().set("font-weight", "600");
        preview.setId("preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        preview.setHeight("260px");
        previewNotes.setId("preview-notes");
        name.setId("import-name");
        name.setWidth("24em");
        name.setMaxLength(ImportLibrary.MAX_NAME);
        importButton.setId("import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> startImport());
        progress.setId("import-progress");
        progress.setWidth("240px");
        progress.setVisible(false);
        step2.add(file, Sections.section("panel-preview", getTranslation("import.preview"), previewNotes, preview),
                Sections.section("panel-mapping", getTranslation("import.mapping"), form), name, importButton, progress);
        step2.setVisible(false);
        return step2;
    }

    /** An upload read and previewed (or refused), off the UI thread. */
    private record Previewed(byte[] bytes, ImportPreview preview, ImportException problem) {
    }

    private Previewed preview(String uploadedName, byte[] bytes, long size) {
        try {
            if (bytes.length > ImportLibrary.MAX_UPLOAD_BYTES) {
                throw ImportLibrary.tooLarge(uploadedName, size);
            }
            return new Previewed(bytes, service.imports().preview(bytes, uploadedName), null);
        } catch (ImportException e) {
            return new Previewed(null, null, e);
        }
    }

    private void uploaded(String uploadedName, Previewed p) {
        result.clear();
        upload = p.bytes();
        fileName = uploadedName;
        if (p.problem() != null) {
            step2.setVisible(false);
            result.showProblems(uploadedName + " cannot be imported:", p.problem().problems());
            return;
        }
        file.setText("File: " + uploadedName + " (" + String.format(Locale.ROOT, "%,d", p.bytes().length) + " bytes)");
        showPreview(p.preview());
        form.setFile(p.preview());
        name.setValue(ImportLibrary.defaultName(uploadedName));
        step2.setVisible(true);
    }

    private void showPreview(ImportPreview p) {
        preview.removeAllColumns();
        for (int i = 0; i < p.columns().size(); i++) {
            int col = i;
            preview.addColumn(r -> col < r.size() ? r.get(col) : "").setHeader(p.columns().get(i)).setAutoWidth(true)
                    .setResizable(true).setTooltipGenerator(r -> col < r.size() ? r.get(col) : "");
        }
        preview.setItems(p.rows());
        previewNotes.removeAll();
        previewNotes.add(Sections.note(String.join("; ", p.notes()) + ". Suggested layout: " + p.suggestedPreset().key()
                + "."));
        for (RowError e : p.errors()) {
            Paragraph line = Sections.note(e.message());
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            previewNotes.add(line);
        }
    }

    private void startImport() {
        List<String> problems = form.problems();
        if (upload == null || !problems.isEmpty()) {
            result.showProblems("Not imported yet:", upload == null ? List.of("Upload a file first.") : problems);
            return;
        }
        byte[] bytes = upload;
        String n = fileName;
        String datasetName = name.getValue();
        var settings = form.settings();
        UI ui = UI.getCurrent();
        progress.setValue(0);
        importButton.setEnabled(false);
        runner().submit(() -> service.imports().importAndStore(bytes, n, datasetName, settings,
                share -> ui.access(() -> progress.setValue(Math.min(1, share)))), this::imported, this::failed);
    }

    private void imported(ImportLibrary.Outcome o) {
        importButton.setEnabled(true);
        result.show(o);
        refreshStored();
    }

    private void failed(Exception e) {
        importButton.setEnabled(true);
        if (e instanceof ImportException ie) {
            result.showProblems(ie.file() + " cannot be imported:", ie.problems());
        } else {
            result.showProblems("The import failed:", List.of(String.valueOf(e.getMessage())));
        }
    }

    private BackgroundRunner runner() {
        if (runner == null) {
            runner = new BackgroundRunner(UI.getCurrent(), service.executor(), busy -> progress.setVisible(busy));
        }
        return runner;
    }

    private void runEngine(long id) {
        UI.getCurrent().navigate(ExploreView.class, QueryParameters.simple(Map.of(ExploreView.IMPORT, Long.toString(id))));
    }

    private void delete(long id) {
        service.imports().delete(id);
        refreshStored();
        Notification.show(getTranslation("import.deleted", id));
    }

    private void refreshStored() {
        stored.show(service.imports().list());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (runner != null) {
            runner.cancel();
        }
    }
}
