package org.spamouflage.sandbox.ui.runs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spamouflage.sandbox.app.Reopened;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.store.SavedRun;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.base.ViewerTime;

/**
 * Saved runs. Only the recipe is kept (scenario, seed, settings, engine version, summary metrics):
 * re-opening regenerates the data, re-runs detection, says whether the metrics still match, and
 * shows the run in the Playground.
 */
@AnonymousAllowed
@Route(value = "runs", layout = MainLayout.class)
public class RunsView extends Div {
    private final SandboxService service;
    private final Grid<SavedRun> grid = new Grid<>();
    private final ProgressBar busy = new ProgressBar();
    private BackgroundRunner runner;

    public RunsView(SandboxService service) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        add(new H2(getTranslation("runs.heading")), Sections.note(getTranslation("runs.intro")),
                busy, configureGrid());
        busy.setIndeterminate(true);
        busy.setVisible(false);
        busy.setWidth("200px");
        refresh();
    }

    private Grid<SavedRun> configureGrid() {
        grid.setId("runs");
        grid.addColumn(SavedRun::id).setHeader("#").setWidth("5rem").setFlexGrow(0);
        // In the viewer's time zone, which the browser reports a moment after the page is built.
        var saved = grid.addColumn(r -> Languages.texts().dateTime(r.createdAt(), ViewerTime.zone()))
                .setHeader(getTranslation("runs.col.saved", ViewerTime.label(ViewerTime.zone()))).setWidth("15rem").setFlexGrow(0);
        ViewerTime.whenKnown(() -> {
            saved.setHeader(getTranslation("runs.col.saved", ViewerTime.label(ViewerTime.zone())));
            grid.getDataProvider().refreshAll();
        });
        grid.addColumn(SavedRun::scenarioName).setHeader(getTranslation("runs.col.scenario"));
        grid.addColumn(SavedRun::seed).setHeader(getTranslation("runs.col.seed")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(r -> headline(r)).setHeader(getTranslation("runs.col.metrics")).setFlexGrow(2);
        grid.addColumn(SavedRun::engineVersion).setHeader(getTranslation("runs.col.engine")).setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setWidth("14rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** AUC and best F1 from the saved summary, in the page's language. */
    private String headline(SavedRun run) {
        try {
            var r = org.spamouflage.sandbox.metrics.MetricsJson.readReport(run.summaryJson(), "run " + run.id());
            var t = Languages.texts();
            return getTranslation("runs.headline", t.num(r.combined().auc(), 3), t.num(r.bestF1().f1(), 3));
        } catch (RuntimeException e) {
            return getTranslation("runs.unreadable");
        }
    }

    private HorizontalLayout actions(SavedRun run) {
        Button open = new Button(getTranslation("runs.reopen"), e -> reopen(run));
        open.setId("reopen-" + run.id());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("runs.delete"), e -> confirmDelete(run));
        delete.setId("delete-" + run.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(open, delete);
    }

    private void refresh() {
        grid.setItems(service.runs());
    }

    /** Re-runs off the UI thread, then goes to the Playground with a note saying whether the metrics match. */
    void reopen(SavedRun run) {
        runner().submit(() -> service.reopen(run.id()), r -> opened(run, r), e -> Notification.show(getTranslation("runs.reopenFailed", run.id(),
                e.getMessage()), 10000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    private BackgroundRunner runner() {
        if (runner == null) {
            runner = new BackgroundRunner(UI.getCurrent(), service.executor(), busy::setVisible);
        }
        return runner;
    }

    private void opened(SavedRun run, Reopened r) {
        Notification n = Notification.show(r.matches() && r.warnings().isEmpty()
                ? getTranslation("runs.matches", run.id())
                : String.join(" ", r.warnings()), r.matches() ? 5000 : 15000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(r.matches() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        UI.getCurrent().navigate("", QueryParameters.fromString(r.state().toQuery()));
    }

    private void confirmDelete(SavedRun run) {
        ConfirmDialog d = new ConfirmDialog(getTranslation("runs.confirmDelete", run.id()), getTranslation("runs.confirmDelete.text"),
                getTranslation("runs.delete"), e -> {
                    service.deleteRun(run.id());
                    refresh();
                }, getTranslation("common.cancel"), e -> { });
        d.setId("confirm-delete");
        d.setConfirmButtonTheme("error primary");
        d.open();
    }
}
