package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.scenario.ScenarioValidator;
import org.spamouflage.sandbox.scenario.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench validate}: times checking one scenario file, as {@code validate} and the Scenarios
 * page do, in one JVM: per run the wall time, the thread's CPU time and the bytes it allocated, and
 * how many problems were found (and listed). For the linear-time goal of issue 12.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Time checking a scenario file: wall and CPU time, bytes allocated, problems found.")
final class BenchValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "The scenario .json file.")
    Path scenario;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed runs (1-100; default ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws IOException {
        if (repeat < 1 || repeat > 100) {
            throw new InvalidInputException("--repeat " + repeat + ": allowed 1 to 100");
        }
        String json;
        try {
            json = Files.readString(scenario, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("--scenario " + scenario + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = mx instanceof com.sun.management.ThreadMXBean m ? m : null;
        out.printf(Locale.ROOT, "bench validate: %s, %,d characters, %d run(s)%n", scenario, json.length(), repeat);
        for (int i = 1; i <= repeat; i++) {
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            long bytes = alloc == null ? 0 : alloc.getCurrentThreadAllocatedBytes();
            ValidationResult r = ScenarioValidator.validate(json, scenario.getFileName().toString());
            double w = (System.nanoTime() - wall) / 1e9;
            double c = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
            long b = alloc == null ? -1 : alloc.getCurrentThreadAllocatedBytes() - bytes;
            out.printf(Locale.ROOT, "run %d: %.3f s wall, %.3f s CPU, %s allocated; %,d problems (%d listed)%n", i, w, c,
                    b < 0 ? "?" : String.format(Locale.ROOT, "%,d MB", b >> 20), r.count(), r.problems().size());
        }
        return Cli.OK;
    }
}
