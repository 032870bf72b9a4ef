package org.spamouflage.sandbox.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.report.DetectionExport;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench scale}: the whole engine (every signal, the network, clusters and every export file) on one
 * scenario scaled to several sizes, in one JVM: per size the wall and process CPU time of detection plus export,
 * and the peak heap while they ran (the generated dataset, which {@code detect --data} also holds, included).
 * Scaling multiplies the honest accounts, the background bots and the campaign's accounts and operators by the
 * factor (at least one operator per cell); politicians, cells and templates stay. Optionally draws the curve as a PNG (plain Java2D,
 * {@link ScaleCurvePng}). Whole-process figures ({@code detect --data} under {@code /usr/bin/time}) are
 * measured separately; BENCHMARKS.md, "Scale", has both.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "The whole engine (signals, network, clusters, exports) on a scenario scaled to several sizes:"
                + " time, CPU and peak heap per size, optionally as a PNG curve.")
public final class BenchScaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE|NAME", defaultValue = "canada-2023",
            description = "Scenario to scale (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--factors", paramLabel = "F,F,...", split = ",", defaultValue = "0.1,0.3,1",
            description = "Scale factors, smallest first (default: ${DEFAULT-VALUE}).")
    List<Double> factors;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--png", paramLabel = "FILE", description = "Also draw the curve into this PNG file.")
    Path png;

    /** One size's figures. */
    record Row(double factor, int accounts, int posts, int engagements, double wallSeconds, double cpuSeconds,
               long peakHeapBytes, int clusters) {
    }

    @Override
    public Integer call() throws IOException {
        for (double f : factors) {
            if (!(f > 0 && f <= 20)) {
                throw new InvalidInputException("--factors " + f + ": each factor must be above 0 and at most 20");
            }
        }
        ObjectNode base = load();
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "scenario %s scaled by %s, seed %d; %d cores, max heap %d MB, Java %s%n", scenario,
                factors, seed, rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"));
        out.println("| factor | accounts | posts | engagements | detect + export wall | process CPU | peak heap | clusters |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (double f : factors) {
            Row r = measure(scaled(base, f), f);
            rows.add(r);
            out.printf(Locale.ROOT, "| %.2f | %,d | %,d | %,d | %.1f s | %.1f s | %.2f GB | %d |%n", r.factor(),
                    r.accounts(), r.posts(), r.engagements(), r.wallSeconds(), r.cpuSeconds(),
                    r.peakHeapBytes() / 1e9, r.clusters());
            out.flush();
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= 0) {
            out.printf(Locale.ROOT, "system load average (1 min) at the end: %.2f%n", load);
        }
        if (png != null) {
            ScaleCurvePng.write(rows, scenario, png);
            out.println("Wrote " + png);
        }
        out.flush();
        return Cli.OK;
    }

    private Row measure(Scenario s, double factor) throws IOException {
        Generated g = Generator.generate(s, seed);
        Path dir = Files.createTempDirectory("bench-scale");
        System.gc();
        BenchGenerateCommand.PeakTracker peak = new BenchGenerateCommand.PeakTracker();
        peak.start();
        long c0 = BenchGenerateCommand.processCpuNanos();
        long t0 = System.nanoTime();
        Detection d;
        try {
            d = Detector.detect(g.dataset(), DetectorSettings.defaults());
            DetectionExport.of(g.dataset(), d, null).writeAll(dir);
        } finally {
            peak.observe(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            peak.stopAfterPendingNotifications();
            deleteAll(dir);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (BenchGenerateCommand.processCpuNanos() - c0) / 1e9;
        return new Row(factor, g.dataset().accounts().size(), g.dataset().posts().size(),
                g.dataset().engagements().size(), wall, cpu, peak.max(), d.network().clusterCount());
    }

    /** The scenario with its population sizes multiplied by {@code f} (at least one of each that was there). */
    static Scenario scaled(ObjectNode base, double f) {
        ObjectNode s = base.deepCopy();
        multiply(s, "organic", "accounts", f);
        multiply(s, "backgroundBots", "count", f);
        multiply(s, "campaign", "accounts", f);
        multiply(s, "campaign", "operators", f);
        // every cell needs an operator: a small campaign keeps its cells and gets one operator per cell
        if (s.get("campaign") instanceof ObjectNode c && c.path("cells").isNumber() && c.path("operators").isNumber()) {
            c.put("operators", Math.max(c.get("operators").asLong(), c.get("cells").asLong()));
        }
        s.put("name", base.path("name").asText("scenario") + "-x" + f);
        try {
            return ScenarioJson.parse(s.toString(), "scaled scenario");
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException("--factors " + f + ": the scaled scenario is not valid: " + e.getMessage());
        }
    }

    private static void multiply(ObjectNode s, String section, String field, double f) {
        if (s.get(section) instanceof ObjectNode o && o.has(field) && o.get(field).isNumber()) {
            long v = o.get(field).asLong();
            o.put(field, Math.max(v > 0 ? 1 : 0, Math.round(v * f)));
        }
    }

    private ObjectNode load() {
        try {
            Scenario s = ScenarioSource.resolve(scenario);
            // from the resolved scenario, so every field is explicit before scaling
            return (ObjectNode) new ObjectMapper().readTree(ScenarioJson.write(s));
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("cannot read --scenario " + scenario + ": " + IoMessages.describe(e));
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
