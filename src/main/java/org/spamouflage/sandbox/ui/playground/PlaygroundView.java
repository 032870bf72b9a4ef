package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.app.ScenarioLibrary;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.CurrentState;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Urls;
import org.spamouflage.sandbox.ui.model.ControlValues;
import org.spamouflage.sandbox.ui.model.PlaygroundCharts;
import org.spamouflage.sandbox.ui.model.PlaygroundResult;

/**
 * The Playground: every knob on one screen, results within a second, the whole state in the URL.
 * Runs happen on the service's executor (see {@link BackgroundRunner}); the threshold slider only
 * re-reads the finished run, on the UI thread, because that costs microseconds.
 */
@AnonymousAllowed
@Route(value = "", layout = MainLayout.class)
@PageTitle("Playground · Spamouflage Sandbox")
public class PlaygroundView extends Div implements BeforeEnterObserver {
    private final SandboxService service;
    private final Select<ScenarioLibrary.Entry> scenario = new Select<>();
    private final TextField seed = new TextField("Seed");
    private final Button newSeed = new Button("New seed");
    private final Checkbox hideTruth = new Checkbox("Hide the truth");
    private final ProgressBar busy = new ProgressBar();
    private final ProblemsBox problems = new ProblemsBox();
    private final ProblemsBox linkProblems = new ProblemsBox();
    private final ControlsPanel controls = new ControlsPanel();
    private final ResultsPanel results = new ResultsPanel();
    private PlaygroundState state;
    private ControlValues values;
    private PlaygroundResult result;
    private BackgroundRunner runner;
    private BackgroundRunner sweepRunner;
    private volatile boolean sweepCancelled;

    public PlaygroundView(SandboxService service) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        linkProblems.setId("link-problems");
        add(configureToolbar(), linkProblems, problems, configureBody());
        controls.addControlChangedListener(e -> update(values.set(state, e.control(), e.value()), false));
        results.threshold().addThresholdChangedListener(e -> changeThreshold(e.threshold()));
        results.sweep().addSweepRequestedListener(e -> runSweep(e.seeds()));
    }

    private HorizontalLayout configureToolbar() {
        scenario.setId("scenario");
        scenario.setLabel("Scenario");
        scenario.setItemLabelGenerator(ScenarioLibrary.Entry::label);
        scenario.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                update(state.withScenario(e.getValue().name()), true);
            }
        });
        seed.setId("seed");
        seed.setAllowedCharPattern("[0-9-]");
        seed.setWidth("9em");
        seed.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                update(state.withSeed(Long.parseLong(e.getValue().strip())), false);
            } catch (NumberFormatException ex) {
                seed.setInvalid(true);
                seed.setErrorMessage("a whole number");
            }
        });
        newSeed.setId("new-seed");
        newSeed.setTooltipText("The next seed (seed + 1): the same scenario, another random draw.");
        newSeed.addClickListener(e -> update(state.withSeed(state.seed() + 1), false));
        hideTruth.setId("hide-truth");
        hideTruth.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update(state.withHideTruth(e.getValue()), true);
            }
        });
        Button lesson = new Button("Lesson link", e -> new LessonLinkDialog(state, Urls.base()).open());
        lesson.setId("lesson-link");
        Button save = new Button("Save run", e -> saveRun());
        save.setId("save-run");
        Button explore = new Button("Explore this run", e -> UI.getCurrent().navigate("explore",
                QueryParameters.fromString(state.toQuery())));
        explore.setId("explore-run");
        List.of(lesson, save, explore).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        busy.setId("busy");
        busy.setIndeterminate(true);
        busy.setWidth("120px");
        busy.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(scenario, seed, newSeed, hideTruth, lesson, save, explore, busy);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private Div configureBody() {
        Div aside = new Div(controls);
        aside.getStyle().set("flex", "0 0 300px").set("max-width", "100%");
        Div main = new Div(results);
        main.getStyle().set("flex", "1 1 560px").set("min-width", "0");
        Div body = new Div(aside, main);
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        return body;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> params = new TreeMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        if (params.isEmpty() && CurrentState.query().isPresent()) {
            params.putAll(QueryParameters.fromString(CurrentState.query().get()).getParameters().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, x -> x.getValue().get(0))));
        }
        PlaygroundState.Parsed parsed = service.readState(params);
        ensureRunners(event.getUI());
        update(parsed.state(), true);
        linkProblems.clear();
        linkProblems.warn("Parts of the link were ignored:", parsed.problems());
    }

    private void ensureRunners(UI ui) {
        if (runner == null) {
            runner = new BackgroundRunner(ui, service.executor(), b -> busy.setVisible(b));
            sweepRunner = new BackgroundRunner(ui, service.executor(), b -> { });
        }
    }

    /** Applies a new state: URL, controls when needed, and a new run off the UI thread. */
    private void update(PlaygroundState next, boolean rebuild) {
        state = next;
        if (rebuild) {
            rebuildControls();
        }
        syncToolbar();
        CurrentState.set(state);
        UI.getCurrent().getPage().getHistory().replaceState(null, "?" + state.toQuery());
        cancelSweep("The settings changed; run the sweep again for these settings.");
        PlaygroundState computing = state;
        runner.submit(() -> service.compute(computing), this::show, this::showError);
    }

    private void rebuildControls() {
        try {
            values = ControlValues.of(service.scenarios().load(state.scenario()),
                    org.spamouflage.sandbox.detection.DetectorSettings.defaults());
        } catch (InvalidScenarioException e) {
            linkProblems.warn("Scenario " + state.scenario() + " cannot be used; showing " + service.scenarios().defaultName()
                    + " instead:", e.problems().stream().map(Object::toString).toList());
            state = state.withScenario(service.scenarios().defaultName());
            rebuildControls();
            return;
        }
        controls.build(state, values);
        results.configure(state);
        List<ScenarioLibrary.Entry> entries = service.scenarios().entries();
        scenario.setItems(entries);
        entries.stream().filter(x -> x.name().equals(state.scenario())).findFirst().ifPresent(scenario::setValue);
    }

    private void syncToolbar() {
        scenario.setEnabled(!state.isLocked("scenario"));
        scenario.setVisible(!state.isHidden("scenario"));
        seed.setValue(Long.toString(state.seed()));
        seed.setInvalid(false);
        seed.setEnabled(!state.isLocked("seed"));
        newSeed.setEnabled(!state.isLocked("seed"));
        seed.setVisible(!state.isHidden("seed"));
        newSeed.setVisible(!state.isHidden("seed"));
        hideTruth.setValue(state.hideTruth());
        hideTruth.setEnabled(!state.isLocked("truth"));
        hideTruth.setVisible(!state.isHidden("truth"));
    }

    private void show(PlaygroundResult r) {
        if (Double.compare(r.state().threshold(), state.threshold()) != 0) {
            r = r.withThreshold(state, PlaygroundCharts.threshold(r.run(), state));
        }
        result = r;
        problems.clear();
        results.show(r);
    }

    private void showError(Exception e) {
        if (e instanceof InvalidScenarioException ise) {
            problems.error("These settings do not make a valid scenario; move a control back:",
                    ise.problems().stream().map(Object::toString).toList());
        } else {
            org.slf4j.LoggerFactory.getLogger(PlaygroundView.class).error("Playground run failed", e);
            problems.error("The run failed: " + e.getMessage(), List.of());
        }
    }

    private void changeThreshold(double t) {
        state = state.withThreshold(t);
        CurrentState.set(state);
        UI.getCurrent().getPage().getHistory().replaceState(null, "?" + state.toQuery());
        if (result != null) {
            result = result.withThreshold(state, PlaygroundCharts.threshold(result.run(), state));
            results.showThreshold(result);
        }
    }

    private void runSweep(int n) {
        PlaygroundState s = state;
        sweepCancelled = false;
        results.sweep().started(n);
        UI ui = UI.getCurrent();
        sweepRunner.submit(() -> service.sweep(s, n, done -> ui.access(() -> results.sweep().progress(done)),
                () -> sweepCancelled), results.sweep()::finished, e -> results.sweep().reset(
                        e instanceof InvalidScenarioException ? "These settings do not make a valid scenario."
                                : "The sweep stopped: " + e.getMessage()));
    }

    private void cancelSweep(String message) {
        if (sweepRunner != null) {
            sweepCancelled = true;
            sweepRunner.cancel();
            results.sweep().reset(message);
        }
    }

    private void saveRun() {
        if (result == null) {
            Notification.show("Wait for the run to finish, then save it.");
            return;
        }
        var saved = service.saveRun(result);
        Notification.show("Saved as run " + saved.id() + " (see Runs).", 4000, Notification.Position.BOTTOM_START);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ensureRunners(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (runner != null) {
            runner.cancel();
            cancelSweep("");
        }
    }

    /** For tests: the state the page shows. */
    PlaygroundState state() {
        return state;
    }

    PlaygroundResult result() {
        return result;
    }
}
