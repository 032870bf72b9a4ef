package org.spamouflage.sandbox.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SettingsValidator;
import org.spamouflage.sandbox.metrics.SeedSweep;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.metrics.SweepResult;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.playground.PlaygroundState;
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

    private final RunSource runs;
    private final ScenarioSource scenarios;
    private final long maxPosts;

    /** A computer without a size limit (command line, benchmark). */
    public PlaygroundComputer(RunSource runs, ScenarioSource scenarios) {
        this(runs, scenarios, Long.MAX_VALUE);
    }

    /** @param maxPosts scenarios estimated to make more posts than this are refused with a problem */
    public PlaygroundComputer(RunSource runs, ScenarioSource scenarios, long maxPosts) {
        this.runs = runs;
        this.scenarios = scenarios;
        this.maxPosts = maxPosts;
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

    /** The whole result for a state. */
    public PlaygroundResult compute(PlaygroundState state) throws InvalidScenarioException {
        Prepared p = prepare(state);
        Pipeline.Run run = runs.run(p.applied(), state.seed(), p.settings());
        return PlaygroundCharts.build(state, run);
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
