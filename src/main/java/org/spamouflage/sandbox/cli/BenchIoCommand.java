package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-io}: times writing and reading a dataset folder for a synthetic in-memory dataset
 * of a given size (texts with commas, quotes, line breaks and emoji; replies, links, labels), so
 * the export figures in {@code BENCHMARKS.md} can be re-measured without the generator.
 */
@Command(name = "bench-io", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Benchmark: write and read back a dataset folder of N synthetic posts; prints times and heap.")
final class BenchIoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--posts", defaultValue = "1000000", paramLabel = "N",
            description = "Posts in the synthetic dataset (default ${DEFAULT-VALUE}); accounts = N/10, likes = N.")
    private int posts;

    @Option(names = "--repeat", defaultValue = "3", paramLabel = "R",
            description = "How many times to write and read (default ${DEFAULT-VALUE}); the first run includes warm-up.")
    private int repeat;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write into (default: a new temporary folder, deleted afterwards).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (posts < 1 || posts > DatasetFolder.MAX_POSTS || repeat < 1) {
            throw new InvalidInputException("--posts must be 1.." + DatasetFolder.MAX_POSTS + " and --repeat ≥ 1");
        }
        boolean temporary = out == null;
        Path dir = temporary ? Files.createTempDirectory("bench-io") : out;
        try {
            long t0 = System.nanoTime();
            Dataset dataset = synthetic(posts);
            GroundTruth truth = truthFor(dataset);
            o.printf(Locale.ROOT, "built %d accounts, %d posts, %d engagements in %.2f s%n", dataset.accounts().size(),
                    dataset.posts().size(), dataset.engagements().size(), (System.nanoTime() - t0) / 1e9);
            for (int i = 1; i <= repeat; i++) {
                System.gc();
                resetPeaks();
                long w0 = System.nanoTime();
                long c0 = cpuNanos();
                long g0 = gcMillis();
                DatasetFolder.write(dataset, truth, dir);
                double write = (System.nanoTime() - w0) / 1e9;
                double cpu = (cpuNanos() - c0) / 1e9;
                double gc = (gcMillis() - g0) / 1e3;
                long writePeak = heapPeak();
                o.printf(Locale.ROOT, "run %d: write %.2f s wall, %.2f s CPU, %.2f s in GC (%d MB on disk, peak heap %d"
                        + " MB incl. the dataset)%n", i, write, cpu, gc, folderBytes(dir) >> 20, writePeak >> 20);
            }
            dataset = null;
            truth = null;
            for (int i = 1; i <= repeat; i++) {
                System.gc();
                resetPeaks();
                long r0 = System.nanoTime();
                long c0 = cpuNanos();
                long g0 = gcMillis();
                DatasetFolder.Contents back = DatasetFolder.read(dir);
                double read = (System.nanoTime() - r0) / 1e9;
                double cpu = (cpuNanos() - c0) / 1e9;
                double gc = (gcMillis() - g0) / 1e3;
                long readPeak = heapPeak();
                System.gc();
                long retained = usedHeap();
                o.printf(Locale.ROOT, "run %d: read %.2f s wall, %.2f s CPU, %.2f s in GC (%d posts; peak heap %d MB,"
                        + " %d MB retained after GC)%n", i, read, cpu, gc, back.dataset().posts().size(), readPeak >> 20,
                        retained >> 20);
            }
            o.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            if (temporary) {
                deleteFolder(dir);
            }
        }
        return Cli.OK;
    }

    /** A dataset shaped like generated data: replies to a few politicians, links, emoji, CSV-hostile text. */
    static Dataset synthetic(int n) {
        SplittableRandom rnd = new SplittableRandom(42);
        int nAccounts = Math.max(10, n / 10);
        long start = 1_691_366_400L; // 2023-08-07T00:00:00Z
        List<Account> accounts = new ArrayList<>(nAccounts);
        for (int i = 0; i < nAccounts; i++) {
            accounts.add(new Account("u" + i, "User" + (10_000_000 + rnd.nextInt(90_000_000)), "User " + i,
                    start - rnd.nextLong(400_000_000L), rnd.nextInt(500), rnd.nextInt(300),
                    i % 20 == 0 ? "Montréal, QC — fan de hockey" : "", "default", true));
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            targets.add(new Target("u" + i, "Politician " + i, "Maple Party", "mp", "ON"));
        }
        String[] phrases = {"The housing plan is a disgrace,", "Le premier ministre a menti \"encore\"", "what about",
            "the scandal", "😀", "👍🏽", "Québec", "line\nbreak", "ça suffit !", "#cdnpoli", "sources say", "mdr",
            "<b>not bold</b>"};
        List<Post> posts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int words = 6 + rnd.nextInt(18);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(phrases[rnd.nextInt(phrases.length)]);
            }
            String replyTo = i > 100 && rnd.nextDouble() < 0.6 ? "p" + rnd.nextInt(100) : null;
            List<String> links = rnd.nextDouble() < 0.2 ? List.of("https://video.example/v/" + rnd.nextInt(5000))
                    : List.of();
            posts.add(new Post("p" + i, "u" + rnd.nextInt(nAccounts), start + (long) i * 3, rnd.nextDouble() < 0.3
                    ? "fr" : "en", text.toString(), replyTo, null, links,
                    rnd.nextDouble() < 0.3 ? List.of("cdnpoli") : List.of(),
                    rnd.nextDouble() < 0.4 ? List.of("Politician" + rnd.nextInt(10)) : List.of(), "x", "Web App"));
        }
        List<Engagement> likes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            likes.add(new Engagement("u" + rnd.nextInt(nAccounts), "p" + rnd.nextInt(n), Engagement.Type.LIKE,
                    start + i * 3L + 60));
        }
        DatasetInfo info = new DatasetInfo(true, "bench-io synthetic", "bench-io", "", 42, start, start + 86_400L * 40);
        return new Dataset(info, accounts, posts, likes, targets);
    }

    static GroundTruth truthFor(Dataset d) {
        List<GroundTruth.AccountTruth> accounts = new ArrayList<>(d.accounts().size());
        for (int i = 0; i < d.accounts().size(); i++) {
            boolean campaign = i % 4 == 0;
            accounts.add(new GroundTruth.AccountTruth(d.accounts().get(i).id(),
                    campaign ? AccountClass.CAMPAIGN : AccountClass.ORGANIC, campaign ? i % 8 : -1,
                    campaign ? i % 24 : -1, campaign ? "new" : ""));
        }
        List<GroundTruth.PostTruth> posts = new ArrayList<>(d.posts().size());
        for (Post p : d.posts()) {
            posts.add(new GroundTruth.PostTruth(p.id(), false, "organic", -1));
        }
        return new GroundTruth(accounts, posts);
    }

    /** CPU time of the whole process (all threads, GC included): less sensitive to a busy machine than wall time. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Time the collectors report (pauses of stop-the-world phases, summed over collectors). */
    private static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long folderBytes(Path dir) throws IOException {
        long sum = 0;
        for (String f : DatasetFolder.FILES) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) {
                sum += Files.size(p);
            }
        }
        return sum;
    }

    private static void deleteFolder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
