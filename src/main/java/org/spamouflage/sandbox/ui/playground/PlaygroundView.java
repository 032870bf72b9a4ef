package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.CurrentState;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.StateParams;
import org.spamouflage.sandbox.ui.base.Urls;
import org.spamouflage.sandbox.playground.ControlValues;
import org.spamouflage.sandbox.playground.PlaygroundCharts;
import org.spamouflage.sandbox.playground.PlaygroundResult;

/**
 * The Playground: every knob on one screen, results within a second, the whole state in the URL.
 * Runs happen on the service's executor (see {@link BackgroundRunner}); the threshold slider only
 * re-reads the finished run, on the UI thread, because that costs microseconds.
 *
 * <p>The page keeps no result: results live in the service's shared cache (tens of MB each on
 * big scenarios, shared by every visitor on the same settings), and the page keeps the state they
 * were made for. When a slider move finds its result evicted, the run is made again off the UI
 * thread.
 */
@AnonymousAllowed
@Route(value = "", layout = MainLayout.class)
public class PlaygroundView extends Div implements BeforeEnterObserver, PlaygroundToolbar.Actions, HasDynamicTitle {
    private final SandboxService service;
    private final PlaygroundToolbar toolbar = new PlaygroundToolbar(this);
    private final ProblemsBox problems = new ProblemsBox();
    private final ProblemsBox linkProblems = new ProblemsBox();
    private final ControlsPanel controls = new ControlsPanel();
    private final ResultsPanel results = new ResultsPanel();
    private PlaygroundState state;
    private ControlValues values;
    /** The state of the result on screen, or null while there is none (an error, or the first run). */
    private PlaygroundState shown;
    private BackgroundRunner runner;
    private BackgroundRunner sweepRunner;
    private volatile boolean sweepCancelled;

    public PlaygroundView(SandboxService service) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        linkProblems.setId("link-problems");
        add(toolbar, linkProblems, problems, configureBody());
        controls.addControlChangedListener(e -> update(values.set(state, e.control(), e.value()), false));
        results.threshold().addThresholdChangedListener(e -> changeThreshold(e.threshold()));
        results.sweep().addSweepRequestedListener(e -> runSweep(e.seeds()));
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
    public String getPageTitle() {
        return getTranslation("title.suffix", getTranslation("title.playground"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PlaygroundState.Parsed parsed = service.readState(StateParams.read(event));
        // A lesson link that names a language opens the page in it (the header switch can change it after).
        java.util.Optional<Language> asked = Language.of(parsed.state().language());
        if (asked.isPresent() && Languages.choose(asked.get(), false)) {
            Languages.reload(event.getUI(), asked.get());
            return;
        }
        ensureRunners(event.getUI());
        linkProblems.clear();
        update(parsed.state(), true);
        linkProblems.warn(getTranslation("playground.linkIgnored"), parsed.problems());
    }

    private void ensureRunners(UI ui) {
        if (runner == null) {
            runner = new BackgroundRunner(ui, service.executor(), toolbar::busy);
            sweepRunner = new BackgroundRunner(ui, service.executor(), b -> { });
        }
    }

    // ------------------------------------------------------------------ toolbar actions

    @Override
    public void scenario(String name) {
        update(state.withScenario(name), true);
    }

    @Override
    public void seed(long seed) {
        update(state.withSeed(seed), false);
    }

    @Override
    public void hideTruth(boolean hide) {
        update(state.withHideTruth(hide), true);
    }

    @Override
    public void lessonLink() {
        new LessonLinkDialog(state, Urls.base()).open();
    }

    @Override
    public void explore() {
        UI.getCurrent().navigate("explore", QueryParameters.fromString(state.toQuery()));
    }

    @Override
    public void saveRun() {
        if (shown == null) {
            Notification.show(getTranslation("playground.save.wait"));
            return;
        }
        PlaygroundState saving = state;
        UI ui = UI.getCurrent();
        Texts t = Languages.texts();
        // Off the UI thread: the result may have been evicted from the shared cache and need a re-run.
        service.executor().execute(() -> {
            String message;
            try {
                message = t.get("playground.save.done", service.saveRun(saving).id());
            } catch (InvalidScenarioException | RuntimeException e) {
                LoggerFactory.getLogger(PlaygroundView.class).error("Saving a run failed", e);
                message = t.get("playground.save.failed", e.getMessage());
            }
            String text = message;
            ui.access(() -> Notification.show(text, 4000, Notification.Position.BOTTOM_START));
        });
    }

    // ------------------------------------------------------------------ state and results

    /** Applies a new state: URL, controls when needed, and a new run off the UI thread. */
    private void update(PlaygroundState next, boolean rebuild) {
        state = next;
        if (rebuild) {
            rebuildControls();
        }
        toolbar.show(state);
        rememberState();
        cancelSweep(getTranslation("sweep.stale"));
        PlaygroundState computing = state;
        Texts t = Languages.texts();
        runner.submit(() -> service.compute(computing, t), this::show, this::showError);
    }

    private void rememberState() {
        CurrentState.set(state);
        UI.getCurrent().getPage().getHistory().replaceState(null, "?" + state.toQuery());
    }

    private void rebuildControls() {
        try {
            values = ControlValues.of(service.scenarios().load(state.scenario()), DetectorSettings.defaults());
        } catch (InvalidScenarioException e) {
            linkProblems.warn(getTranslation("playground.scenarioUnusable", state.scenario(), service.scenarios().defaultName()),
                    e.problems().stream().map(Object::toString).toList());
            state = state.withScenario(service.scenarios().defaultName());
            rebuildControls();
            return;
        }
        controls.build(state, values);
        results.configure(state);
        toolbar.scenarios(service.scenarios().entries(), state.scenario());
    }

    private void show(PlaygroundResult r) {
        if (Double.compare(r.state().threshold(), state.threshold()) != 0) {
            r = r.withThreshold(state, PlaygroundCharts.threshold(r.run(), state, Texts.of(r.language())));
        }
        shown = r.state();
        problems.clear();
        results.show(r);
    }

    private void showError(Exception e) {
        shown = null;
        if (e instanceof InvalidScenarioException ise) {
            problems.error(getTranslation("playground.invalid"),
                    ise.problems().stream().map(Object::toString).toList());
        } else {
            LoggerFactory.getLogger(PlaygroundView.class).error("Playground run failed", e);
            problems.error(getTranslation("playground.failed", e.getMessage()), List.of());
        }
    }

    private void changeThreshold(double threshold) {
        state = state.withThreshold(threshold);
        rememberState();
        if (shown == null) {
            return;
        }
        Texts t = Languages.texts();
        var cached = service.cachedResult(state, t);
        if (cached.isPresent()) {
            shown = state;
            results.showThreshold(cached.get());
        } else {
            PlaygroundState computing = state;
            runner.submit(() -> service.compute(computing, t), this::show, this::showError);
        }
    }

    private void runSweep(int n) {
        PlaygroundState s = state;
        sweepCancelled = false;
        results.sweep().started(n);
        UI ui = UI.getCurrent();
        sweepRunner.submit(() -> service.sweep(s, n, done -> ui.access(() -> results.sweep().progress(done)),
                () -> sweepCancelled), results.sweep()::finished, e -> results.sweep().reset(
                        e instanceof InvalidScenarioException ? getTranslation("sweep.invalid")
                                : getTranslation("sweep.stopped", e.getMessage())));
    }

    private void cancelSweep(String message) {
        if (sweepRunner != null) {
            sweepCancelled = true;
            sweepRunner.cancel();
            results.sweep().reset(message);
        }
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
        return shown == null ? null : service.cachedResult(state, Languages.texts()).orElse(null);
    }
}
