package org.spamouflage.sandbox.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench import}: imports a file with a preset and prints, per run, wall time, process CPU
 * time (all threads: JIT and GC included), the importing thread's own CPU time and the collectors'
 * time (on a shared machine CPU times are steadier than wall time) and peak heap. Peak heap
 * is the sum of each heap pool's peak since the run began, an upper bound of the true peak;
 * "retained" is the heap still used by the result after a full GC. With {@code --compare-parsers}
 * it also times splitting the file alone with the built-in reader and with commons-csv.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Time an import: wall and CPU time, peak heap.")
public final class BenchImportCommand implements Callable<Integer> {

    @Mixin
    ImportOptions options;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Runs; the best is reported too (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--compare-parsers",
            description = "Also time splitting alone: the built-in reader and commons-csv (CSV files only).")
    boolean compareParsers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportSettings settings = options.toSettings();
        if (repeat < 1) {
            throw new InvalidInputException("--repeat: must be 1 or more, got " + repeat);
        }
        if (!Files.isRegularFile(options.in())) {
            throw new InvalidInputException("--in: no such file: " + options.in());
        }
        PrintWriter out = spec.commandLine().getOut();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long maxHeap = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "bench import: %s, preset %s, %d run(s); JVM max heap %s, %d processors%n",
                options.in().getFileName(), settings.preset().key(), repeat, mb(maxHeap),
                Runtime.getRuntime().availableProcessors());
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        long worstPeak = 0;
        for (int run = 1; run <= repeat; run++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu0 = os.getProcessCpuTime();
            long main0 = threads.getCurrentThreadCpuTime();
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            ImportResult r;
            try {
                r = Importer.importFile(options.in(), settings);
            } catch (ImportException e) {
                throw new InvalidInputException(e.getMessage());
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            double mainCpu = (threads.getCurrentThreadCpuTime() - main0) / 1e9;
            double gc = (gcMillis() - gc0) / 1e3;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long retained = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            if (run == 1) {
                ImportReport.print(r, out, spec.commandLine().getErr(), 10);
            }
            out.printf(Locale.ROOT, "run %d: %.2f s wall, %.2f s CPU (main thread %.2f s, GC pauses %.2f s), "
                    + "peak heap %s, retained after GC %s%n", run, wall, cpu, mainCpu, gc, mb(peak), mb(retained));
            bestWall = Math.min(bestWall, wall);
            bestCpu = Math.min(bestCpu, cpu);
            worstPeak = Math.max(worstPeak, peak);
        }
        out.printf(Locale.ROOT, "best: %.2f s wall, %.2f s CPU; highest peak heap %s%n", bestWall, bestCpu, mb(worstPeak));
        if (compareParsers) {
            double builtIn = Double.MAX_VALUE;
            double commons = Double.MAX_VALUE;
            long rowsA = 0;
            long rowsB = 0;
            for (int run = 1; run <= repeat; run++) {
                long t0 = System.nanoTime();
                try {
                    rowsA = Importer.splitOnly(options.in(), settings);
                } catch (ImportException e) {
                    throw new InvalidInputException(e.getMessage());
                }
                builtIn = Math.min(builtIn, (System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                rowsB = commonsCsv(options.in());
                commons = Math.min(commons, (System.nanoTime() - t0) / 1e9);
            }
            out.printf(Locale.ROOT, "split only (best of %d): built-in reader %.2f s (%d rows); commons-csv %.2f s "
                    + "(%d rows)%n", repeat, builtIn, rowsA, commons, rowsB);
        }
        return Cli.OK;
    }

    /** Splits the file with commons-csv (header row, RFC 4180) and builds every field's string. */
    private static long commonsCsv(java.nio.file.Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            boolean gz = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
            long rows = 0;
            long chars = 0;
            try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16))) {
                for (CSVRecord rec : p) {
                    rows++;
                    for (int i = 0; i < rec.size(); i++) {
                        chars += rec.get(i).length();
                    }
                }
            }
            return chars < 0 ? -rows : rows;
        }
    }

    /** Total time the collectors report (pauses, and concurrent cycles for G1's old generation). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}
