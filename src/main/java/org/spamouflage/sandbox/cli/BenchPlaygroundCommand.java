package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.chart.ChartSpec;
import org.spamouflage.sandbox.playground.PlaygroundCharts;
import org.spamouflage.sandbox.playground.PlaygroundComputer;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.spamouflage.sandbox.pipeline.RunSource;
import org.spamouflage.sandbox.playground.SignalPanel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench playground}: how long the Playground takes from a control change to updated
 * results. Each step is what the page does off its UI thread: apply the new state to the scenario
 * and settings, run the pipeline (with its caches, as in the app), build every chart spec and write
 * it as the JSON the browser receives. Browser drawing is not included.
 */
@Command(name = "playground", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Time the Playground's control-change-to-results path on shipped scenarios.",
            "Kinds of change: a scenario control (new data: generate + detect + evaluate + charts), a detector "
                    + "setting (detect again on cached data), a signal weight (re-combine only), the threshold "
                    + "(confusion matrix and curves only)."})
final class BenchPlaygroundCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenarios", split = ",", defaultValue = "classroom-small,canada-2023",
            description = "Shipped scenario names (default: ${DEFAULT-VALUE}).")
    private List<String> scenarios;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed repetitions per kind of change (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed repetitions first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Override
    public Integer call() {
        if (repeat < 1 || repeat > 100 || warmup < 0 || warmup > 100) {
            throw new InvalidInputException("--repeat must be 1–100 and --warmup 0–100; got " + repeat + " and " + warmup);
        }
        List<Scenario> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : scenarios) {
            try {
                loaded.add(load(name));
            } catch (InvalidScenarioException e) {
                e.problems().stream().map(ScenarioProblem::toString).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "# bench playground: %d timed runs after %d warm-up runs; %d cores, max heap %d MB, Java %s%n",
                repeat, warmup, rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"));
        out.println("| scenario | accounts scored | posts | change | median ms | max ms |");
        out.println("|---|---:|---:|---|---:|---:|");
        for (int k = 0; k < scenarios.size(); k++) {
            bench(out, scenarios.get(k), loaded.get(k));
        }
        out.flush();
        return Cli.OK;
    }

    private void bench(PrintWriter out, String name, Scenario scenario) {
        Pipeline pipeline = new Pipeline();
        PlaygroundComputer computer = new PlaygroundComputer(RunSource.of(pipeline), n -> scenario);
        PlaygroundState base = PlaygroundState.initial(name, 1);
        long t0 = System.nanoTime();
        PlaygroundResult first = compute(computer, base);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        int accounts = first.run().detection().size();
        int posts = first.run().generated().dataset().posts().size();
        row(out, name, accounts, posts, "first open (generate + detect + charts)", new double[] {firstMs});
        int bots = scenario.campaign().accounts();
        // Every repetition uses a value not seen before, so no cache can answer it.
        row(out, name, accounts, posts, "scenario control: campaign accounts",
                time(i -> base.withValue("bots", Integer.toString(Math.max(1, bots - 1 - i))), computer));
        row(out, name, accounts, posts, "detector setting: similarity threshold",
                time(i -> base.withValue("sim", PlaygroundState.formatNumber(0.5 + 0.004 * i)), computer));
        SignalInfo firstSignal = first.run().detection().signals().get(0);
        row(out, name, accounts, posts, "signal weight: " + firstSignal.id(),
                time(i -> base.withValue("wt." + firstSignal.id(), PlaygroundState.formatNumber(1.25 + 0.01 * i)), computer));
        double[] thresholdMs = new double[repeat];
        for (int i = -warmup; i < repeat; i++) {
            PlaygroundState s = base.withThreshold(0.2 + 0.01 * (i + warmup));
            long t = System.nanoTime();
            int bytes = json(PlaygroundCharts.threshold(first.run(), s));
            if (i >= 0) {
                thresholdMs[i] = (System.nanoTime() - t) / 1e6;
            }
            if (bytes == 0) {
                throw new IllegalStateException("empty threshold charts");
            }
        }
        row(out, name, accounts, posts, "threshold slider", thresholdMs);
    }

    private double[] time(IntFunction<PlaygroundState> state, PlaygroundComputer computer) {
        double[] ms = new double[repeat];
        for (int i = -warmup; i < repeat; i++) {
            PlaygroundState s = state.apply(i + warmup);
            long t = System.nanoTime();
            compute(computer, s);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return ms;
    }

    /** What the page does: compute, then write every chart as the JSON the browser receives. */
    private static PlaygroundResult compute(PlaygroundComputer computer, PlaygroundState state) {
        try {
            PlaygroundResult r = computer.compute(state);
            int bytes = r.timeline().toJson().length() + r.networkByCluster().toJson().length() + json(r.threshold());
            if (r.networkByTruth() != null) {
                bytes += r.networkByTruth().toJson().length();
            }
            for (SignalPanel s : r.signals()) {
                bytes += s.histogram().toJson().length();
            }
            if (bytes == 0) {
                throw new IllegalStateException("no chart JSON");
            }
            return r;
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(String.join("\n", e.problems().stream().map(ScenarioProblem::toString).toList()));
        }
    }

    private static int json(org.spamouflage.sandbox.playground.ThresholdView v) {
        int n = v.scores().toJson().length();
        for (ChartSpec c : new ChartSpec[] {v.roc(), v.pr()}) {
            if (c != null) {
                n += c.toJson().length();
            }
        }
        return n;
    }

    private static void row(PrintWriter out, String name, int accounts, int posts, String change, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        out.printf(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %.1f |%n", name, accounts, posts, change, median,
                sorted[sorted.length - 1]);
        out.flush();
    }

    /** A shipped scenario by name (or a file path), found as the other commands find it. */
    static Scenario load(String name) throws InvalidScenarioException {
        try {
            return ScenarioSource.resolve(name);
        } catch (IOException e) {
            throw new InvalidScenarioException(List.of(new ScenarioProblem(name, "$", "", "could not be read: " + e.getMessage())));
        }
    }
}
