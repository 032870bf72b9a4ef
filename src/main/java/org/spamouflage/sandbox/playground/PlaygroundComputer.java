package org.spamouflage.sandbox.playground;

import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.pipeline.RunSource;
import org.spamouflage.sandbox.pipeline.ScenarioLookup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SettingsValidator;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.metrics.SeedSweep;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.metrics.SweepResult;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.pipeline.RetainedSize;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioLimits;
import org.spamouflage.sandbox.scenario.ScenarioProblem;

/**
 * From a Playground state to what the page shows: find the scenario, apply the controls, run,
 * build the charts. The one path both the web page (off its UI thread) and the benchmark take.
 */
public final class PlaygroundComputer {
    /** Name of the combined score in sweep results. */
    public static final String COMBINED = "combined";

    /**
     * Largest scenario (estimated posts) a web page runs: a shared classroom server must not be
     * tied up for minutes, or run out of memory, because someone opened the million-post benchmark
     * scenario. The command line has no such limit.
     */
    public static final long WEB_MAX_POSTS = 250_000;

    /** Kind of cache entry: a Playground result. */
    public static final String RESULT = "playground";
    /** Kind of cache entry: what Explore reads. */
    public static final String EXPLORE = "explore";
    /** Chart specs of one result (network, timeline, histograms): measured about 1–2 MB, rounded up. */
    static final long CHART_BYTES = 3L << 20;

    private final RunSource runs;
    private final ScenarioLookup scenarios;
    private final long maxPosts;
    private final ResultCache cache;

    /** A computer without a size limit or result cache (command line, benchmark). */
    public PlaygroundComputer(RunSource runs, ScenarioLookup scenarios) {
        this(runs, scenarios, Long.MAX_VALUE, null);
    }

    /**
     * @param maxPosts scenarios estimated to make more posts than this are refused with a problem
     * @param cache    where results are shared between visitors, or null to compute every time
     */
    public PlaygroundComputer(RunSource runs, ScenarioLookup scenarios, long maxPosts, ResultCache cache) {
        this.runs = runs;
        this.scenarios = scenarios;
        this.maxPosts = maxPosts;
        this.cache = cache;
    }

    /**
     * A state made concrete.
     *
     * @param base     the named scenario as stored
     * @param applied  the scenario with the state's controls applied (what is generated)
     * @param settings detector settings with the state's controls applied
     * @param controls every control's default and current value
     */
    public record Prepared(Scenario base, Scenario applied, DetectorSettings settings, ControlValues controls) {
    }

    /**
     * Finds the scenario and applies the controls; throws with every problem when they do not make
     * a valid scenario, or one larger than this computer runs.
     */
    public Prepared prepare(PlaygroundState state) throws InvalidScenarioException {
        Scenario base = scenarios.load(state.scenario());
        DetectorSettings defaults = DetectorSettings.defaults();
        Scenario applied = state.applyTo(base);
        double posts = ScenarioLimits.estimate(applied).posts();
        if (posts > maxPosts) {
            throw new InvalidScenarioException(List.of(new ScenarioProblem(state.scenario(), "$",
                    String.format(Locale.ROOT, "about %,.0f posts", posts), "too large for the web pages, which run "
                    + "scenarios of at most " + String.format(Locale.ROOT, "%,d", maxPosts)
                    + " posts; use the command line (generate, detect) for this one")));
        }
        DetectorSettings settings = state.applyTo(defaults);
        List<ScenarioProblem> settingsProblems = SettingsValidator.check(settings, PlaygroundState.LINK_SOURCE).stream()
                .map(p -> new ScenarioProblem(p.source(), p.path(), p.value(), p.message())).toList();
        if (!settingsProblems.isEmpty()) {
            throw new InvalidScenarioException(settingsProblems);
        }
        return new Prepared(base, applied, settings, ControlValues.of(base, defaults));
    }

    /**
     * The whole result for a state. With a cache, results are shared by everything that determines
     * them (scenario as applied, seed, detector settings, engine version, truth shown or hidden);
     * the returned result is re-stated for {@code state} (its threshold, locks and panels).
     */
    public PlaygroundResult compute(PlaygroundState state) throws InvalidScenarioException {
        return compute(state, Texts.english());
    }

    /** Like {@link #compute(PlaygroundState)}, with every text in the language of {@code t} (shared per language). */
    public PlaygroundResult compute(PlaygroundState state, Texts t) throws InvalidScenarioException {
        Prepared p = prepare(state);
        if (cache == null) {
            return PlaygroundCharts.build(state, runs.run(p.applied(), state.seed(), p.settings()), t);
        }
        PlaygroundResult r = cache.get(resultKey(p, state, t), () -> {
            PlaygroundResult built = PlaygroundCharts.build(state, runs.run(p.applied(), state.seed(), p.settings()), t);
            return dependent(built, built.run(), ownBytes(built));
        });
        return restate(r, state);
    }

    /** Estimated heap a result keeps beyond its dataset and detection: its evaluation and its chart specs. */
    public static long ownBytes(PlaygroundResult r) {
        return RetainedSize.evaluation(r.run().detection().size()) + CHART_BYTES;
    }

    /** The result for a state if the cache holds it (a threshold move then costs microseconds), else null. */
    public PlaygroundResult cached(PlaygroundState state) throws InvalidScenarioException {
        return cached(state, Texts.english());
    }

    /** Like {@link #cached(PlaygroundState)} for the results in the language of {@code t}. */
    public PlaygroundResult cached(PlaygroundState state, Texts t) throws InvalidScenarioException {
        if (cache == null) {
            return null;
        }
        PlaygroundResult r = cache.getIfPresent(resultKey(prepare(state), state, t));
        return r == null ? null : restate(r, state);
    }

    /** What Explore reads for a state, shared like {@link #compute} results. */
    public ExploreData explore(PlaygroundState state) throws InvalidScenarioException {
        Prepared p = prepare(state);
        if (cache == null) {
            return ExploreData.of(runs.run(p.applied(), state.seed(), p.settings()));
        }
        return cache.get(exploreKey(p, state), () -> {
            ExploreData d = ExploreData.of(runs.run(p.applied(), state.seed(), p.settings()));
            return dependent(d, d.run(), RetainedSize.evaluation(d.run().detection().size()) + d.indexBytes());
        });
    }

    /** The cache key of what Explore reads for a state. */
    public ResultCache.Key exploreKey(Prepared p, PlaygroundState state) {
        return new ResultCache.Key(EXPLORE, Pipeline.detectionKey(Pipeline.key(p.applied(), state.seed()), p.settings()).id()
                + "|" + p.settings().toJson());
    }

    private ResultCache.Key resultKey(Prepared p, PlaygroundState state, Texts t) {
        return new ResultCache.Key(RESULT, Pipeline.detectionKey(Pipeline.key(p.applied(), state.seed()), p.settings()).id()
                + "|" + p.settings().toJson() + "|truth " + (state.hideTruth() ? "hidden" : "shown")
                + "|" + t.language().code());
    }

    /** A value built on a run: it stands on the run's cached detection (which stands on its dataset). */
    static <T> ResultCache.Sized<T> dependent(T value, Pipeline.Run run, long ownBytes) {
        Pipeline.Run r = run;
        String datasetKey = Pipeline.key(r.scenario(), r.seed());
        long underneath = RetainedSize.dataset(r.generated().dataset(), r.generated().truth())
                + RetainedSize.detection(r.detection());
        return new ResultCache.Sized<>(value, ownBytes, Pipeline.detectionKey(datasetKey, r.detection().settings()),
                underneath);
    }

    private static PlaygroundResult restate(PlaygroundResult r, PlaygroundState state) {
        return r.state().equals(state) ? r
                : r.withThreshold(state, PlaygroundCharts.threshold(r.run(), state, Texts.of(r.language())));
    }

    /**
     * Runs the state's scenario and settings on {@code count} seeds from the state's seed on and
     * collects the AUC of the combined score and of every signal.
     *
     * @param progress  receives the number of seeds done after each one
     * @param cancelled checked before each seed; when true the sweep stops with a {@link CancellationException}
     */
    public SweepResult sweep(PlaygroundState state, int count, IntConsumer progress, BooleanSupplier cancelled)
            throws InvalidScenarioException {
        Prepared p = prepare(state);
        int[] done = {0};
        return SeedSweep.run(state.seed(), count, seed -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("seed sweep cancelled");
            }
            Pipeline.Run run = runs.run(p.applied(), seed, p.settings());
            Map<String, Double> m = new LinkedHashMap<>();
            m.put(COMBINED, run.evaluation().report().combined().auc());
            for (SeparationReport s : run.evaluation().report().signals()) {
                m.put(s.signal(), s.auc());
            }
            progress.accept(++done[0]);
            return m;
        });
    }
}
