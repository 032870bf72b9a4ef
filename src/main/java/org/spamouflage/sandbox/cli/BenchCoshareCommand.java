package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.detection.coaction.CoActionLimits;
import org.spamouflage.sandbox.detection.coaction.CoActionNetwork;
import org.spamouflage.sandbox.bench.CommonsCsvCoortweetReader;
import org.spamouflage.sandbox.detection.coaction.CooRTweetMode;
import org.spamouflage.sandbox.formats.CoortweetCsvReader;
import org.spamouflage.sandbox.detection.coaction.CoortweetData;
import org.spamouflage.sandbox.formats.EdgeCsvWriter;
import org.spamouflage.sandbox.detection.coaction.EdgeSignificance;
import org.spamouflage.sandbox.bench.CoShareWorkload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench coshare}: times the phases of {@code detect --coortweet} inside one JVM, repeatedly, on
 * CSV files or on the workload generated in memory. The first repetition is the cold figure (what a
 * single command pays), the minimum the warm one.
 */
@Command(name = "coshare", mixinStandardHelpOptions = true,
        description = {"Time the phases of the co-share detection (read CSV, count, significance, format edges) "
                + "in one JVM, --repeat times; prints the first (cold) and the best (warm) time of each phase.",
                "With FILE arguments, reads those CooRTweet CSVs; without, generates the workload in memory "
                        + "(--rows, --uniform, --hot, --seed, as gen_coshare.py) and times from the count on."})
public final class BenchCoshareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "CooRTweet CSV files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--window", defaultValue = "60", description = "Window in seconds. Default: ${DEFAULT-VALUE}.")
    long window;

    @Option(names = "--min-participation", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
    int minParticipation;

    @Option(names = "--repeat", defaultValue = "5", description = "Repetitions. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--commons", description = "Also time the Commons CSV reader (the baseline of the fast reader).")
    boolean commons;

    @Option(names = "--rows", defaultValue = "1000000", description = "Generated organic shares. Default: ${DEFAULT-VALUE}.")
    long rows;

    @Option(names = "--uniform", description = "Generated: uniform popularity.")
    boolean uniform;

    @Option(names = "--hot", defaultValue = "0", description = "Generated: hot object shares.")
    int hot;

    @Option(names = "--seed", defaultValue = "42", description = "Generated: seed.")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (repeat < 1 || window < 0 || minParticipation < 1) {
            throw new InvalidInputException("--repeat must be >= 1, --window >= 0, --min-participation >= 1");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new InvalidInputException("no such file: " + f);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (files.isEmpty()) {
            CoShareWorkload w = new CoShareWorkload(rows, uniform, hot, seed);
            long t = System.nanoTime();
            CoortweetData data = new CoortweetData(w.table(), null, w.rows());
            out.printf(Locale.ROOT, "generated %,d rows in %.0f ms (%s%s)%n", w.rows(), (System.nanoTime() - t) / 1e6,
                    uniform ? "uniform" : "zipf", hot > 0 ? ", hot " + hot : "");
            run(out, "generated", null, data);
        } else {
            for (Path f : files) {
                run(out, f.getFileName().toString(), f, null);
            }
        }
        return Cli.OK;
    }

    private void run(PrintWriter out, String label, Path file, CoortweetData generated) throws IOException {
        Map<String, long[]> times = new LinkedHashMap<>();
        CoActionNetwork net = null;
        long bytes = 0;
        for (int r = 0; r < repeat; r++) {
            CoortweetData data = generated;
            if (file != null) {
                long t = now();
                data = new CoortweetCsvReader().read(file);
                record(times, "read (fast)", r, t);
                if (commons) {
                    t = now();
                    new CommonsCsvCoortweetReader().read(file);
                    record(times, "read (commons-csv)", r, t);
                }
            }
            long t = now();
            CooRTweetMode mode = new CooRTweetMode(window, minParticipation, CoActionLimits.DEFAULT);
            net = data.selfReferencingRows() == null ? mode.detect(data.table()) : mode.detect(data);
            record(times, "count", r, t);
            t = now();
            EdgeSignificance sig = EdgeSignificance.of(net);
            record(times, "significance", r, t);
            t = now();
            CountingSink sink = new CountingSink();
            new EdgeCsvWriter().write(sig, sink);
            bytes = sink.count;
            record(times, "format edges", r, t);
        }
        out.printf(Locale.ROOT, "%s: window %d s, %,d edges, total weight %,d, %,d bytes of edges.csv%n", label, window,
                net.edgeCount(), net.totalWeight(), bytes);
        out.printf(Locale.ROOT, "  %-26s %10s %10s %10s%n", "phase (wall; [cpu]=thread)", "first ms", "best ms", "median ms");
        for (Map.Entry<String, long[]> e : times.entrySet()) {
            long[] v = e.getValue();
            long[] s = v.clone();
            Arrays.sort(s);
            out.printf(Locale.ROOT, "  %-26s %10.1f %10.1f %10.1f%n", e.getKey(), v[0] / 1e6, s[0] / 1e6,
                    s[s.length / 2] / 1e6);
        }
        out.flush();
    }

    private long cpuStart;

    private long now() {
        cpuStart = threads().getCurrentThreadCpuTime();
        return System.nanoTime();
    }

    private void record(Map<String, long[]> times, String phase, int r, long start) {
        long wall = System.nanoTime() - start;
        long cpu = threads().getCurrentThreadCpuTime() - cpuStart;
        times.computeIfAbsent(phase, k -> new long[repeat])[r] = wall;
        times.computeIfAbsent(phase + " [cpu]", k -> new long[repeat])[r] = cpu;
    }

    // Looked up on first use, not in a static initialiser: picocli instantiates every command at start-up
    // and the management classes cost every other command tens of milliseconds.
    private ThreadMXBean threads;

    private ThreadMXBean threads() {
        if (threads == null) {
            threads = ManagementFactory.getThreadMXBean();
        }
        return threads;
    }

    /** Discards bytes, counting them: formatting is timed without the disk. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
