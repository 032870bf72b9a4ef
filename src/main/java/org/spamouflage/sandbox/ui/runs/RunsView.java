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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.spamouflage.sandbox.app.Reopened;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.store.SavedRun;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * Saved runs. Only the recipe is kept (scenario, seed, settings, engine version, summary metrics):
 * re-opening regenerates the data, re-runs detection, says whether the metrics still match, and
 * shows the run in the Playground.
 */
@AnonymousAllowed
@Route(value = "runs", layout = MainLayout.class)
@PageTitle("Runs · Spamouflage Sandbox")
public class RunsView extends Div {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final SandboxService service;
    private final Grid<SavedRun> grid = new Grid<>();
    private final ProgressBar busy = new ProgressBar();
    private BackgroundRunner runner;

    public RunsView(SandboxService service) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        add(new H2("Saved runs"), Sections.note("Save a run from the Playground. Datasets are not stored: re-opening "
                + "regenerates them from the scenario and the seed and checks the metrics against the saved ones."),
                busy, configureGrid());
        busy.setIndeterminate(true);
        busy.setVisible(false);
        busy.setWidth("200px");
        refresh();
    }

    private Grid<SavedRun> configureGrid() {
        grid.setId("runs");
        grid.addColumn(SavedRun::id).setHeader("#").setWidth("5em").setFlexGrow(0);
        grid.addColumn(r -> WHEN.format(r.createdAt())).setHeader("Saved").setWidth("13.5em").setFlexGrow(0);
        grid.addColumn(SavedRun::scenarioName).setHeader("Scenario");
        grid.addColumn(SavedRun::seed).setHeader("Seed").setWidth("6em").setFlexGrow(0);
        grid.addColumn(SandboxService::headline).setHeader("Metrics").setFlexGrow(2);
        grid.addColumn(SavedRun::engineVersion).setHeader("Engine").setWidth("6em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setWidth("14em").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout actions(SavedRun run) {
        Button open = new Button("Re-open", e -> reopen(run));
        open.setId("reopen-" + run.id());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button("Delete", e -> confirmDelete(run));
        delete.setId("delete-" + run.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(open, delete);
    }

    private void refresh() {
        grid.setItems(service.runs());
    }

    /** Re-runs off the UI thread, then goes to the Playground with a note saying whether the metrics match. */
    void reopen(SavedRun run) {
        runner().submit(() -> service.reopen(run.id()), r -> opened(run, r), e -> Notification.show("Run " + run.id()
                + " cannot be re-opened: " + e.getMessage(), 10000, Notification.Position.BOTTOM_START)
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
                ? "Run " + run.id() + " re-run: the metrics match the saved ones."
                : String.join(" ", r.warnings()), r.matches() ? 5000 : 15000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(r.matches() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        UI.getCurrent().navigate("", QueryParameters.fromString(r.state().toQuery()));
    }

    private void confirmDelete(SavedRun run) {
        ConfirmDialog d = new ConfirmDialog("Delete run " + run.id() + "?", "It is removed from the list for good.",
                "Delete", e -> {
                    service.deleteRun(run.id());
                    refresh();
                }, "Cancel", e -> { });
        d.setId("confirm-delete");
        d.setConfirmButtonTheme("error primary");
        d.open();
    }
}
