package org.spamouflage.sandbox.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.pipeline.RetainedSize;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.playground.PlaygroundComputer;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.spamouflage.sandbox.pipeline.RunSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench retained}: how much heap a Playground result really keeps, next to the estimate the
 * shared result cache counts it as ({@link RetainedSize}). For each scenario it computes {@code
 * --results} results on distinct seeds and keeps them; heap used after full collections, minus
 * before, divided by the count, is the measured size per result (dataset, detection, evaluation and
 * charts together).
 */
@Command(name = "retained", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Measure the heap a Playground result keeps and compare it with the result cache's estimate."})
final class BenchRetainedCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenarios", split = ",", defaultValue = "classroom-small,organic-only,crude-flood,"
            + "sophisticated-network,hijacked-legacy,canada-2023", description = "Shipped scenarios (default: ${DEFAULT-VALUE}).")
    private List<String> scenarios;

    @Option(names = "--results", defaultValue = "4", description = "Results kept per scenario (default: ${DEFAULT-VALUE}).")
    private int results;

    @Override
    public Integer call() {
        if (results < 1 || results > 50) {
            throw new InvalidInputException("--results must be 1–50; got " + results);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# bench retained: %d results per scenario; max heap %d MB; Java %s%n", results,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        out.println("| scenario | posts | accounts | measured MB per result | estimated MB (dataset + detection + own) | estimate / measured |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (String name : scenarios) {
            Scenario scenario;
            try {
                scenario = BenchPlaygroundCommand.load(name);
            } catch (InvalidScenarioException e) {
                throw new InvalidInputException(String.join("\n", e.problems().stream().map(ScenarioProblem::toString).toList()));
            }
            measure(out, name, scenario);
        }
        out.flush();
        return Cli.OK;
    }

    private void measure(PrintWriter out, String name, Scenario scenario) {
        // Warm up class loading and static tables so they are not counted as the first result's.
        compute(scenario, 1);
        List<PlaygroundResult> kept = new ArrayList<>();
        long before = usedAfterGc();
        double estimate = 0;
        for (int i = 0; i < results; i++) {
            PlaygroundResult r = compute(scenario, 100 + i);
            kept.add(r);
            Pipeline.Run run = r.run();
            estimate += RetainedSize.dataset(run.generated().dataset(), run.generated().truth())
                    + RetainedSize.detection(run.detection()) + PlaygroundComputer.ownBytes(r);
        }
        long after = usedAfterGc();
        PlaygroundResult last = kept.get(kept.size() - 1);
        double measured = (after - before) / (double) results / (1 << 20);
        double estimated = estimate / results / (1 << 20);
        out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.2f |%n", name, last.run().generated().dataset().posts().size(),
                last.run().generated().dataset().accounts().size(), measured, estimated, estimated / measured);
        out.flush();
        kept.clear();
    }

    private static PlaygroundResult compute(Scenario scenario, long seed) {
        try {
            PlaygroundComputer c = new PlaygroundComputer(RunSource.of(new Pipeline(new org.spamouflage.sandbox.pipeline
                    .ResultCache(0))), n -> scenario);
            return c.compute(PlaygroundState.initial("bench", seed));
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(String.join("\n", e.problems().stream().map(ScenarioProblem::toString).toList()));
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
