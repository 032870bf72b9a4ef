package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.spamouflage.sandbox.app.ComputeQueue;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.ImportLibrary;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.InvalidSettingsException;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.ImportOwner;
import org.spamouflage.sandbox.ui.base.RunStatus;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.explore.ExploreData;

/**
 * Explore on a stored import: checks that the visitor may see it (its owner or an instructor; anyone
 * else is told there is no such import, as for an id never used), runs the engine in the compute
 * queue's heavy lane with the settings kept with the import, shows progress with Cancel, and
 * "Run again" keeps new settings with the import and runs with them.
 */
class ImportExplorer {
    /** What the page lends this helper: where it writes, and how a run is shown. */
    record Page(Paragraph heading, Div note, RunStatus status, ExportLinks exports, Checkbox showTruth, Div results,
                BiConsumer<ResultCache.Handle<ExploreData>, String> show) {
    }

    private record Loaded(ResultCache.Handle<ExploreData> data, ImportedDataset info, DetectorSettings settings,
                          List<String> warnings) {
    }

    private final SandboxService service;
    private final AuthenticationContext auth;
    private final Page page;
    private final ImportSettingsPanel settings = new ImportSettingsPanel(this::runAgain);
    private BackgroundRunner runner;
    private ImportedDataset current;

    ImportExplorer(SandboxService service, AuthenticationContext auth, Page page) {
        this.service = service;
        this.auth = auth;
        this.page = page;
        settings.setVisible(false);
    }

    ImportSettingsPanel settingsPanel() {
        return settings;
    }

    /** Opens import {@code idText} (from the URL). */
    void enter(UI ui, String idText) {
        if (runner == null) {
            runner = new BackgroundRunner(ui, service.executor(), busy -> { }, ComputeQueue.Lane.HEAVY);
        }
        page.results().setVisible(false);
        Optional<ImportedDataset> info;
        try {
            info = service.imports().find(Long.parseLong(idText.strip()), access());
        } catch (NumberFormatException e) {
            page.heading().setText("\"" + idText + "\" is not an import number; open an import from the Import page.");
            return;
        }
        if (info.isEmpty()) {
            notFound(Long.parseLong(idText.strip()));
            return;
        }
        current = info.get();
        DetectorSettings s = ImportLibrary.detectorSettings(current);
        settings.show(s);
        settings.setVisible(true);
        run(current, s);
    }

    /** Leaves the import (another run is shown, or the page closes): its run is cancelled. */
    void leave() {
        if (runner != null) {
            runner.cancel();
        }
        page.status().stop();
        settings.setVisible(false);
        current = null;
    }

    private ImportAccess access() {
        return ImportOwner.access(auth);
    }

    private void notFound(long id) {
        settings.setVisible(false);
        page.heading().setText(ImportLibrary.notFound(id).getMessage());
    }

    private void run(ImportedDataset info, DetectorSettings s) {
        ImportAccess access = access();
        page.heading().setText("Reading import " + info.id() + ": " + info.name() + "…");
        settings.setRunning(true);
        runner.submit(cancelled -> new Loaded(service.exploreImportHandle(info.id(), s, access), info, s,
                service.imports().open(info.id(), access).warnings()), this::show, this::failed);
        page.status().start(String.format(java.util.Locale.ROOT, "Running the engine on %,d posts by %,d accounts",
                info.posts(), info.accounts()), false, runner, this::cancelled);
    }

    private void runAgain(DetectorSettings s) {
        if (current == null) {
            return;
        }
        try {
            current = service.imports().saveDetectorSettings(current.id(), s, access());
        } catch (NoSuchElementException e) {
            notFound(current.id());
            return;
        } catch (InvalidSettingsException e) {
            return; // the panel validated them already with the same validator
        }
        run(current, s);
    }

    private void cancelled() {
        runner.cancel();
        settings.setRunning(false);
        page.heading().setText("Stopped. If the engine had already started, it finishes this run in the background "
                + "(it cannot be interrupted midway yet) and keeps the result, so opening the import again shows it at "
                + "once.");
    }

    private void show(Loaded l) {
        page.status().stop();
        settings.setRunning(false);
        ImportedDataset info = l.info();
        ExploreData d = l.data().get();
        page.heading().setText("Reading import " + info.id() + ": " + info.name() + ".");
        page.note().removeAll();
        page.note().add(Sections.note("Your data, not synthetic: " + info.fileName() + " (preset " + info.preset() + "), "
                + info.posts() + " posts by " + info.accounts() + " accounts. " + describe(l.settings()) + " "
                + (d.labelled() ? "Labels come from the file's label column."
                : "The file had no label column, so there is no truth to show.")));
        for (String w : l.warnings()) {
            Paragraph p = Sections.note(w);
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            page.note().add(p);
        }
        page.showTruth().setVisible(d.labelled());
        page.exports().showImport(info.id(), info.name(), d.labelled());
        page.results().setVisible(true);
        page.show().accept(l.data(), "set one above, under Settings for this import");
    }

    private static String describe(DetectorSettings s) {
        if (s.equals(DetectorSettings.defaults())) {
            return "Detection used the engine's default settings.";
        }
        return "Detection used the settings below (audience time zone " + s.referenceTimeZone() + ").";
    }

    private void failed(Exception e) {
        page.status().stop();
        settings.setRunning(false);
        if (e instanceof NoSuchElementException) {
            settings.setVisible(false);
            page.heading().setText(e.getMessage());
        } else {
            page.heading().setText("This import cannot be read: " + e.getMessage());
        }
    }
}
