package org.spamouflage.sandbox.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
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
 * {@code bench generate}: times {@code Generator.generate} after warm-up runs and reports the peak
 * heap seen while the measured runs were going. The peak is the largest heap occupancy observed
 * just before a garbage collection (from GC notifications) or after a run, whichever is larger:
 * heap use peaks right before a collection, so this is what the run really needed at most, plus
 * whatever garbage the collector had not yet reclaimed.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Time the generator on a scenario and report mean/min time and peak heap.")
public final class BenchGenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE|NAME",
            description = "A scenario .json file, or the name of a shipped scenario such as canada-2023"
                    + " (default: the built-in defaults).")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "K", defaultValue = "3",
            description = "Unmeasured runs first, so the JIT compiler has warmed up (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        if (warmup < 0 || warmup > 1000) {
            throw new InvalidInputException("--warmup " + warmup + ": must be between 0 and 1000");
        }
        if (runs < 1 || runs > 1000) {
            throw new InvalidInputException("--runs " + runs + ": must be between 1 and 1000");
        }
        Scenario s = load();
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "scenario %s, seed %d; %d cores, max heap %d MB, Java %s%n", s.name(), seed,
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"));

        Generated g = null;
        for (int i = 0; i < warmup; i++) {
            g = null;
            g = Generator.generate(s, seed);
        }
        // No System.gc() here: after a full collection G1 gives memory back to the system, and the
        // measured runs would then pay for growing the heap again, which a real run does not.
        PeakTracker peak = new PeakTracker();
        peak.start();
        double[] seconds = new double[runs];
        double[] cpuSeconds = new double[runs];
        int posts = 0;
        int accounts = 0;
        int engagements = 0;
        try {
            for (int i = 0; i < runs; i++) {
                g = null;
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                g = Generator.generate(s, seed);
                seconds[i] = (System.nanoTime() - t0) / 1e9;
                cpuSeconds[i] = (processCpuNanos() - c0) / 1e9;
                peak.observe(heapUsed());
                posts = g.dataset().posts().size();
                accounts = g.dataset().accounts().size();
                engagements = g.dataset().engagements().size();
                out.printf(Locale.ROOT, "run %d: %.3f s (process CPU %.3f s)%n", i + 1, seconds[i], cpuSeconds[i]);
                out.flush();
            }
        } finally {
            peak.stopAfterPendingNotifications();
        }
        // What the last dataset occupies: heap after a full GC with it, minus heap after a full GC without.
        System.gc();
        long withDataset = heapUsed();
        g = null;
        System.gc();
        long retained = withDataset - heapUsed();
        double mean = 0;
        double min = Double.MAX_VALUE;
        double cpu = 0;
        for (int i = 0; i < runs; i++) {
            mean += seconds[i] / runs;
            min = Math.min(min, seconds[i]);
            cpu += cpuSeconds[i] / runs;
        }
        out.printf(Locale.ROOT, "%d accounts, %d posts, %d engagements%n", accounts, posts, engagements);
        out.printf(Locale.ROOT, "time: mean %.3f s, min %.3f s over %d runs (after %d warm-up runs); "
                + "process CPU mean %.3f s per run (all threads, GC included)%n", mean, min, runs, warmup, cpu);
        double[] load = {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
        if (load[0] >= 0) {
            out.printf(Locale.ROOT, "system load average (1 min): %.2f%n", load[0]);
        }
        out.printf(Locale.ROOT, "peak heap: %d MB (largest occupancy before a GC or after a run); "
                + "dataset retained after GC: %d MB%n", peak.max() >> 20, Math.max(0, retained) >> 20);
        out.flush();
        return Cli.OK;
    }

    private Scenario load() {
        if (scenario == null) {
            return ScenarioJson.defaults();
        }
        try {
            return ScenarioSource.resolve(scenario);
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("cannot read --scenario " + scenario + ": " + IoMessages.describe(e));
        }
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Largest heap occupancy seen before any GC (all heap pools summed) or passed to observe(). */
    static final class PeakTracker implements NotificationListener {
        private final AtomicLong max = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final List<String> heapPools = new ArrayList<>();

        void start() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                    emitters.add(emitter);
                }
            }
        }

        void stopAfterPendingNotifications() {
            try {
                // GC notifications arrive on another thread, shortly after the collection.
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop();
        }

        void stop() {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
        }

        void observe(long used) {
            max.accumulateAndGet(used, Math::max);
        }

        long max() {
            return max.get();
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long before = 0;
            for (var e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    MemoryUsage u = e.getValue();
                    before += u.getUsed();
                }
            }
            observe(before);
        }
    }
}
