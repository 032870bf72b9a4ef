package org.spamouflage.sandbox.app;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.InvalidSettingsException;
import org.spamouflage.sandbox.detection.SettingsValidator;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.MetricsJson;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.metrics.SweepResult;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.pipeline.RetainedSize;
import org.spamouflage.sandbox.playground.Control;
import org.spamouflage.sandbox.playground.Controls;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.report.DetectionExport;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.store.RunRepository;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.store.SavedRun;
import org.spamouflage.sandbox.store.ScenarioRepository;
import org.spamouflage.sandbox.playground.ControlValues;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.report.Fmt;
import org.spamouflage.sandbox.playground.PlaygroundComputer;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.spamouflage.sandbox.pipeline.RunSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The one service every page talks to: scenarios, Playground results, seed sweeps, Explore data,
 * saved runs, imported datasets and exports. Its methods may take seconds on big scenarios; views call them on
 * {@link #executor()}, never on the UI thread.
 */
@Service
public class SandboxService {
    /** Seed a fresh Playground starts from. */
    public static final long FIRST_SEED = 1;

    private final ScenarioLibrary library;
    private final ScenarioRepository savedScenarios;
    private final RunRepository runs;
    private final RunSource runSource;
    private final ExecutorService executor;
    private final PlaygroundComputer computer;
    private final ImportLibrary imports;
    private final ResultCache cache;

    public SandboxService(ScenarioLibrary library, ScenarioRepository savedScenarios, RunRepository runs,
                          RunSource runSource, @Qualifier("sandboxExecutor") ExecutorService executor,
                          ImportLibrary imports, ResultCache cache) {
        this.library = library;
        this.imports = imports;
        this.savedScenarios = savedScenarios;
        this.runs = runs;
        this.runSource = runSource;
        this.executor = executor;
        this.cache = cache;
        this.computer = new PlaygroundComputer(runSource, library::load, PlaygroundComputer.WEB_MAX_POSTS, cache);
    }

    /** The one cache of results shared by all visitors. */
    public ResultCache cache() {
        return cache;
    }

    public ScenarioLibrary scenarios() {
        return library;
    }

    /** Imported datasets: preview, import and keep, list, open, delete. */
    public ImportLibrary imports() {
        return imports;
    }

    /** Where views run heavy work. */
    public ExecutorService executor() {
        return executor;
    }

    public PlaygroundState initialState() {
        return PlaygroundState.initial(library.defaultName(), FIRST_SEED);
    }

    /** A state from URL parameters (missing scenario and seed take the defaults). */
    public PlaygroundState.Parsed readState(Map<String, String> parameters) {
        return PlaygroundState.fromParameters(parameters, library.defaultName(), FIRST_SEED);
    }

    public PlaygroundComputer.Prepared prepare(PlaygroundState state) throws InvalidScenarioException {
        return computer.prepare(state);
    }

    /** The result for a state, shared with every visitor asking for the same one (computed once). */
    public PlaygroundResult compute(PlaygroundState state) throws InvalidScenarioException {
        return computer.compute(state);
    }

    /** Like {@link #compute(PlaygroundState)}, with its texts in the language of {@code texts} (shared per language). */
    public PlaygroundResult compute(PlaygroundState state, Texts texts)
            throws InvalidScenarioException {
        return computer.compute(state, texts);
    }

    /**
     * The result for a state when the shared cache holds it, without computing (a threshold move);
     * empty when it was evicted or the state is invalid: then compute it off the UI thread.
     */
    public java.util.Optional<PlaygroundResult> cachedResult(PlaygroundState state) {
        return cachedResult(state, Texts.english());
    }

    /** Like {@link #cachedResult(PlaygroundState)} for the result in the language of {@code texts}. */
    public java.util.Optional<PlaygroundResult> cachedResult(PlaygroundState state, Texts texts) {
        try {
            return java.util.Optional.ofNullable(computer.cached(state, texts));
        } catch (InvalidScenarioException e) {
            return java.util.Optional.empty();
        }
    }

    public SweepResult sweep(PlaygroundState state, int seeds, IntConsumer progress, BooleanSupplier cancelled)
            throws InvalidScenarioException {
        return computer.sweep(state, seeds, progress, cancelled);
    }

    /** The run a state describes, indexed for reading (shared, computed once). */
    public ExploreData explore(PlaygroundState state) throws InvalidScenarioException {
        return computer.explore(state);
    }

    /**
     * What an Explore page keeps: a handle to {@link #explore(PlaygroundState)}'s data, computed now
     * (call off the UI thread); evicted later, it is computed again on {@link #executor()}.
     */
    public ResultCache.Handle<ExploreData> exploreHandle(PlaygroundState state) throws InvalidScenarioException {
        PlaygroundComputer.Prepared p = computer.prepare(state);
        ExploreData now = computer.explore(state);
        return new ResultCache.Handle<>(cache, computer.exploreKey(p, state), () -> computer.explore(state), executor, now);
    }

    /**
     * A stored import with the engine's detection under the settings chosen for it (the defaults until
     * someone runs it again with others), indexed for reading; measured against its labels when it has any.
     *
     * @throws java.util.NoSuchElementException for an unknown id, or one {@code access} may not see
     * @throws ImportException when the stored file no longer imports
     */
    public ExploreData exploreImport(long id, ImportAccess access) throws ImportException {
        ImportedDataset info = imports.find(id, access).orElseThrow(() -> ImportLibrary.notFound(id));
        return exploreImport(id, ImportLibrary.detectorSettings(info), access);
    }

    /** Like {@link #exploreImport(long, ImportAccess)}, under the given detector settings. */
    public ExploreData exploreImport(long id, DetectorSettings settings, ImportAccess access) throws ImportException {
        imports.find(id, access).orElseThrow(() -> ImportLibrary.notFound(id));
        return cache.get(importExploreKey(id, settings), () -> {
            Pipeline.Run run = imports.run(id, settings, access);
            ExploreData d = ExploreData.of(run);
            long own = (run.labelled() ? RetainedSize.evaluation(run.detection().size()) : 0) + d.indexBytes();
            return new ResultCache.Sized<>(d, own, Pipeline.detectionKey(ImportLibrary.datasetKey(id), settings),
                    RetainedSize.dataset(run.generated().dataset(), run.generated().truth())
                            + RetainedSize.detection(run.detection()));
        });
    }

    /** Like {@link #exploreHandle}, for a stored import under the given settings. */
    public ResultCache.Handle<ExploreData> exploreImportHandle(long id, DetectorSettings settings, ImportAccess access)
            throws ImportException {
        ExploreData now = exploreImport(id, settings, access);
        return new ResultCache.Handle<>(cache, importExploreKey(id, settings), () -> exploreImport(id, settings, access),
                executor, now);
    }

    /** Explore data are keyed by the whole settings: switches and weights change the combined score. */
    private static ResultCache.Key importExploreKey(long id, DetectorSettings settings) {
        return new ResultCache.Key(PlaygroundComputer.EXPLORE, Pipeline.detectionKey(ImportLibrary.datasetKey(id),
                settings).id() + "|" + settings.toJson());
    }

    /**
     * Writes one export file of what Explore shows (its dataset, detection and, when it has labels,
     * evaluation) to {@code out}; same run, same bytes as the command line's {@code detect}.
     */
    public void writeExport(ExploreData data, ExportFile file, OutputStream out) throws IOException {
        Pipeline.Run run = data.run();
        DetectionExport.write(file, run.generated().dataset(), run.detection(), run.evaluation(), out);
    }

    // ------------------------------------------------------------------------------------ runs

    /** Keeps a run: scenario as generated, seed, settings, engine version, summary metrics and the Playground state. */
    public SavedRun saveRun(PlaygroundResult result) {
        Pipeline.Run run = result.run();
        return runs.save(new SavedRun(0, result.state().scenario(), ScenarioJson.write(run.scenario()), run.seed(),
                run.detection().settings().toJson(), Pipeline.ENGINE_VERSION,
                MetricsJson.write(run.evaluation().report()), Instant.now(), result.state().toQuery()));
    }

    /** Keeps the run a state shows (computed again if the shared cache no longer holds it). */
    public SavedRun saveRun(PlaygroundState state) throws InvalidScenarioException {
        return saveRun(compute(state));
    }

    public List<SavedRun> runs() {
        return runs.findAll();
    }

    public boolean deleteRun(long id) {
        return runs.delete(id);
    }

    /** "AUC 0.912 · best F1 0.870" from a saved summary, or a note when it cannot be read. */
    public static String headline(SavedRun run) {
        try {
            EvaluationReport r = MetricsJson.readReport(run.summaryJson(), "run " + run.id());
            return "AUC " + Fmt.num(r.combined().auc(), 3) + " · best F1 " + Fmt.num(r.bestF1().f1(), 3);
        } catch (RuntimeException e) {
            return "summary unreadable";
        }
    }

    /**
     * Re-runs a saved run from its stored scenario, seed and settings (datasets are regenerated,
     * not stored), compares the metrics with the saved summary and returns the Playground state
     * that shows it. When the named scenario no longer gives the stored one, the stored scenario is
     * saved as {@code run-<id>} and the state points there.
     *
     * @throws NoSuchElementException for an unknown id
     * @throws InvalidScenarioException when the stored scenario no longer validates
     */
    public Reopened reopen(long id) throws InvalidScenarioException {
        SavedRun saved = runs.findById(id).orElseThrow(() -> new NoSuchElementException("no saved run " + id));
        List<String> warnings = new ArrayList<>();
        if (!Pipeline.ENGINE_VERSION.equals(saved.engineVersion())) {
            warnings.add("Saved with engine " + saved.engineVersion() + "; this is engine " + Pipeline.ENGINE_VERSION + ".");
        }
        Scenario scenario = ScenarioJson.parse(saved.scenarioJson(), "run " + id + " scenario");
        DetectorSettings settings;
        try {
            settings = SettingsValidator.parse(saved.settingsJson(), "saved run " + id);
        } catch (InvalidSettingsException e) {
            throw new InvalidScenarioException(e.problems().stream()
                    .map(p -> new ScenarioProblem(p.source(), p.path(), p.value(), p.message())).toList());
        }
        Pipeline.Run run = runSource.run(scenario, saved.seed(), settings);
        String now = MetricsJson.write(run.evaluation().report());
        boolean matches = now.equals(saved.summaryJson());
        if (!matches) {
            warnings.addAll(differences(saved, now));
        }
        PlaygroundState state = stateFromQuery(saved, scenario, settings);
        if (state == null) {
            String name = "run-" + id;
            savedScenarios.save(name, saved.scenarioJson());
            state = stateFor(name, saved.seed(), scenario, settings, saved.playgroundQuery());
            warnings.add("The scenario " + saved.scenarioName() + " no longer gives the one this run used; "
                    + "the stored scenario was restored as saved scenario " + name + ".");
            if (!computer.prepare(state).settings().equals(settings)) {
                warnings.add("Some detector settings of this run have no Playground control; the Playground uses "
                        + "the defaults for those.");
            }
        }
        return new Reopened(saved, state, matches, warnings);
    }

    private PlaygroundState stateFromQuery(SavedRun saved, Scenario scenario, DetectorSettings settings) {
        if (saved.playgroundQuery() == null) {
            return null;
        }
        PlaygroundState state = PlaygroundState.fromQuery(saved.playgroundQuery(), library.defaultName(), saved.seed())
                .state();
        try {
            PlaygroundComputer.Prepared p = computer.prepare(state);
            boolean same = ScenarioJson.hash(p.applied()).equals(ScenarioJson.hash(scenario)) && p.settings().equals(settings)
                    && state.seed() == saved.seed();
            return same ? state : null;
        } catch (InvalidScenarioException e) {
            return null;
        }
    }

    /** A state on a restored scenario that carries over the detector controls and the query's lesson settings. */
    private static PlaygroundState stateFor(String name, long seed, Scenario scenario, DetectorSettings settings,
                                            String query) {
        PlaygroundState state = query == null ? PlaygroundState.initial(name, seed)
                : PlaygroundState.fromQuery(query, name, seed).state().withScenario(name).withSeed(seed);
        ControlValues defaults = ControlValues.of(scenario, DetectorSettings.defaults());
        ControlValues actual = ControlValues.of(scenario, settings);
        for (Control c : Controls.all()) {
            if (c.target() == Control.Target.SCENARIO) {
                continue;
            }
            String v = actual.defaultValue(c.id());
            if (v != null && !v.equals(defaults.defaultValue(c.id()))) {
                state = state.withValue(c.id(), v);
            }
        }
        return state;
    }

    private static List<String> differences(SavedRun saved, String nowJson) {
        List<String> out = new ArrayList<>();
        try {
            EvaluationReport before = MetricsJson.readReport(saved.summaryJson(), "saved run " + saved.id());
            EvaluationReport now = MetricsJson.readReport(nowJson, "re-run");
            compare(out, "combined AUC", before.combined().auc(), now.combined().auc());
            compare(out, "average precision", before.combined().averagePrecision(), now.combined().averagePrecision());
            compare(out, "best F1", before.bestF1().f1(), now.bestF1().f1());
            for (SeparationReport s : now.signals()) {
                before.signals().stream().filter(b -> b.signal().equals(s.signal())).findFirst()
                        .ifPresentOrElse(b -> compare(out, s.signal() + " AUC", b.auc(), s.auc()),
                                () -> out.add("Signal " + s.signal() + " is new since this run was saved."));
            }
        } catch (RuntimeException e) {
            out.add("The saved summary could not be read: " + e.getMessage());
        }
        if (out.isEmpty()) {
            out.add("The re-run's metrics file differs from the saved one in details beyond the headline numbers.");
        }
        out.add(0, "The metrics differ from the saved run:");
        return out;
    }

    private static void compare(List<String> out, String what, double before, double now) {
        if (Double.compare(before, now) != 0) {
            out.add(what + ": saved " + Fmt.num(before, 4) + ", now " + Fmt.num(now, 4));
        }
    }
}
