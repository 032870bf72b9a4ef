package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench web-load}: many Playground visitors at once against a real server. It starts the
 * web app from this jar in a child JVM (its own heap limit, a fresh database, a GC log), then
 * drives {@code --visitors} visitors, {@code --concurrency} at a time, each in its own HTTP session
 * on its own seed, through Vaadin's own protocol ({@link UidlVisitor}); meanwhile it asks for
 * {@code /} every second and samples the server's resident memory. Afterwards a few of the first
 * visitors come back (their results long evicted from the shared cache) and must get them again;
 * then the server is sent SIGTERM and must exit by itself.
 *
 * <p>Exit 0 when every visitor got results, the server never ran out of memory, {@code /} always
 * answered within {@code --max-root-ms} and the server stopped on SIGTERM; 1 otherwise.
 */
@Command(name = "web-load", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Drive many Playground visitors at once against a web server started from this jar.",
            "Each visitor has its own session and seed; results arrive through Vaadin's HTTP protocol as in a "
                    + "browser (polled instead of pushed). Prints result times, / response times, RSS, heap after GC."})
final class BenchWebLoadCommand implements Callable<Integer> {
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\) ([0-9.]+)ms");
    private static final Pattern CACHE_LINE = Pattern.compile("Result cache at shutdown: .*");

    @Spec
    private CommandSpec spec;

    @Option(names = "--visitors", defaultValue = "200", description = "Visitors in all (default: ${DEFAULT-VALUE}).")
    private int visitors;

    @Option(names = "--concurrency", defaultValue = "40", description = "Visitors at a time (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--scenario", defaultValue = "canada-2023", description = "Shipped scenario (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--first-seed", defaultValue = "1000", description = "Seed of the first visitor; each next one +1 "
            + "(default: ${DEFAULT-VALUE}).")
    private long firstSeed;

    @Option(names = "--heap", defaultValue = "2g", description = "The server's -Xmx (default: ${DEFAULT-VALUE}).")
    private String heap;

    @Option(names = "--server-arg", description = "More arguments for the server (e.g. --sandbox.cache.max-size=500MB).")
    private List<String> serverArgs = new ArrayList<>();

    @Option(names = "--revisit", defaultValue = "10", description = "First visitors who come back at the end "
            + "(default: ${DEFAULT-VALUE}).")
    private int revisit;

    @Option(names = "--max-root-ms", defaultValue = "2000", description = "Slowest acceptable answer to GET / "
            + "(default: ${DEFAULT-VALUE}).")
    private long maxRootMs;

    @Option(names = "--timeout-s", defaultValue = "900", description = "Longest a visitor waits for results "
            + "(default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--jar", paramLabel = "FILE", description = "The application jar (default: the jar running this command).")
    private Path jar;

    @Override
    public Integer call() throws Exception {
        if (visitors < 1 || visitors > 10_000 || concurrency < 1 || concurrency > 500 || revisit < 0 || revisit > visitors) {
            throw new InvalidInputException("--visitors must be 1–10000, --concurrency 1–500 and --revisit 0–visitors; got "
                    + visitors + ", " + concurrency + " and " + revisit);
        }
        Path app = jar != null ? jar : runningJar();
        Path dir = Files.createTempDirectory("sandbox-web-load-");
        PrintWriter out = spec.commandLine().getOut();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + dir.resolve("gc.log"), "-jar", app.toString(), "--server.port=" + port,
                "--sandbox.db.path=" + dir.resolve("sandbox")));
        cmd.addAll(serverArgs);
        out.printf(Locale.ROOT, "# bench web-load: %d visitors on %s seeds %d–%d, %d at a time; server -Xmx%s; %d cores; "
                        + "Java %s; folder %s%n", visitors, scenario, firstSeed, firstSeed + visitors - 1, concurrency, heap,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), dir);
        out.flush();
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile())
                .start();
        try {
            return run(out, server, "http://localhost:" + port, dir);
        } finally {
            if (server.isAlive()) {
                server.destroyForcibly();
            }
        }
    }

    private int run(PrintWriter out, Process server, String base, Path dir) throws Exception {
        HttpClient probeClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        long started = System.nanoTime();
        while (rootMs(probeClient, base) < 0) {
            if (!server.isAlive() || System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
                throw new IllegalStateException("the server did not start; see " + dir.resolve("server.log"));
            }
            Thread.sleep(250);
        }
        out.printf(Locale.ROOT, "server up in %.1f s, RSS %d MB%n", (System.nanoTime() - started) / 1e9, rssMb(server.pid()));
        out.flush();

        // Watchers: GET / every second, RSS every second.
        AtomicBoolean phaseAfter = new AtomicBoolean();
        List<Double> rootDuring = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Double> rootAfter = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong rssPeak = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!stop.get()) {
                double ms = rootMs(probeClient, base);
                (phaseAfter.get() ? rootAfter : rootDuring).add(ms < 0 ? Double.POSITIVE_INFINITY : ms);
                rssPeak.accumulateAndGet(rssMb(server.pid()), Math::max);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "web-load-watcher");
        watcher.setDaemon(true);
        watcher.start();

        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<UidlVisitor> people = new ArrayList<>();
        List<Future<UidlVisitor.Visit>> visits = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < visitors; i++) {
            UidlVisitor v = new UidlVisitor(base, Duration.ofSeconds(timeoutSeconds), Duration.ofMillis(500));
            people.add(v);
            String query = "scenario=" + scenario + "&seed=" + (firstSeed + i);
            visits.add(pool.submit(() -> v.open(query)));
        }
        List<UidlVisitor.Visit> done = collect(visits);
        double wallS = (System.nanoTime() - t0) / 1e9;
        long rssAfterLoad = rssMb(server.pid());

        List<Future<UidlVisitor.Visit>> again = new ArrayList<>();
        for (int i = 0; i < revisit; i++) {
            UidlVisitor v = people.get(i);
            String query = "scenario=" + scenario + "&seed=" + (firstSeed + i);
            again.add(pool.submit(() -> v.open(query)));
        }
        List<UidlVisitor.Visit> revisits = collect(again);
        pool.shutdown();

        phaseAfter.set(true);
        Thread.sleep(10_000); // "/" after the load: ten more probes
        stop.set(true);
        watcher.join(5000);
        long rssEnd = rssMb(server.pid());

        long sigterm = System.nanoTime();
        server.destroy(); // SIGTERM
        boolean exited = server.waitFor(60, TimeUnit.SECONDS);
        double stopS = (System.nanoTime() - sigterm) / 1e9;

        String log = Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8);
        int ooms = count(log, "OutOfMemoryError");
        int errors = count(log, " ERROR ");
        Matcher cache = CACHE_LINE.matcher(log);
        double[] gc = gcFigures(dir.resolve("gc.log"));

        int ok = (int) done.stream().filter(UidlVisitor.Visit::ok).count();
        int okAgain = (int) revisits.stream().filter(UidlVisitor.Visit::ok).count();
        double[] resultMs = done.stream().filter(UidlVisitor.Visit::ok).mapToDouble(UidlVisitor.Visit::resultMs).sorted().toArray();
        double[] againMs = revisits.stream().filter(UidlVisitor.Visit::ok).mapToDouble(UidlVisitor.Visit::resultMs).sorted()
                .toArray();
        double[] during = rootDuring.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] after = rootAfter.stream().mapToDouble(Double::doubleValue).sorted().toArray();

        out.println("| figure | value |");
        out.println("|---|---|");
        row(out, "visitors with results", ok + " of " + visitors);
        row(out, "wall time of the load", String.format(Locale.ROOT, "%.0f s", wallS));
        row(out, "time to results (navigate → counts shown): p50 / p95 / max", times(resultMs));
        row(out, "first visitors coming back: with results", okAgain + " of " + revisit + " (" + times(againMs) + ")");
        row(out, "GET / during the load: probes, p50 / p95 / max", during.length + ", " + times(during));
        row(out, "GET / after the load: probes, p50 / p95 / max", after.length + ", " + times(after));
        row(out, "server RSS: peak / after the load / at the end", rssPeak.get() + " MB / " + rssAfterLoad + " MB / " + rssEnd + " MB");
        row(out, "heap after GC: max / last (of -Xmx" + heap + ")", String.format(Locale.ROOT, "%.0f MB / %.0f MB", gc[0], gc[1]));
        row(out, "GC pauses: count / longest", String.format(Locale.ROOT, "%.0f / %.0f ms", gc[2], gc[3]));
        row(out, "OutOfMemoryError in the server log", Integer.toString(ooms));
        row(out, "ERROR lines in the server log", Integer.toString(errors));
        row(out, "stopped on SIGTERM", exited ? String.format(Locale.ROOT, "yes, in %.1f s", stopS) : "no (killed after 60 s)");
        if (cache.find()) {
            row(out, "cache", cache.group().replace("Result cache at shutdown: ", ""));
        }
        for (UidlVisitor.Visit v : done) {
            if (!v.ok()) {
                out.println("failed visitor: " + v.detail());
                break;
            }
        }
        boolean pass = ok == visitors && okAgain == revisit && ooms == 0 && exited
                && max(during) <= maxRootMs && max(after) <= maxRootMs;
        out.println(pass ? "PASS: every visitor got results, no OutOfMemoryError, / within " + maxRootMs
                + " ms during and after, stopped on SIGTERM" : "FAIL: see the table");
        out.flush();
        return pass ? Cli.OK : 1;
    }

    private static List<UidlVisitor.Visit> collect(List<Future<UidlVisitor.Visit>> futures) throws InterruptedException {
        List<UidlVisitor.Visit> out = new ArrayList<>();
        for (Future<UidlVisitor.Visit> f : futures) {
            try {
                out.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                out.add(new UidlVisitor.Visit(false, String.valueOf(e.getCause()), 0, 0, 0));
            }
        }
        return out;
    }

    /** Milliseconds for GET / (any complete answer), or -1 when there was none within 30 s. */
    private static double rootMs(HttpClient client, String base) {
        long t = System.nanoTime();
        try {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? (System.nanoTime() - t) / 1e6 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Resident set size of a process in MB (Linux), or 0 when unknown. */
    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** From a -Xlog:gc log: max heap after GC, last heap after GC, pause count, longest pause (MB, MB, n, ms). */
    static double[] gcFigures(Path log) throws IOException {
        double maxAfter = 0;
        double lastAfter = 0;
        double count = 0;
        double longest = 0;
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find() && line.contains("Pause")) {
                    lastAfter = Double.parseDouble(m.group(2));
                    maxAfter = Math.max(maxAfter, lastAfter);
                    longest = Math.max(longest, Double.parseDouble(m.group(4)));
                    count++;
                }
            }
        }
        return new double[] {maxAfter, lastAfter, count, longest};
    }

    private static Path runningJar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
            return Path.of(cp).toAbsolutePath();
        }
        throw new InvalidInputException("--jar: give the application jar (this command is not running from one; "
                + "build it with mvn -DskipTests package)");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static double max(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    private static String times(double[] sorted) {
        if (sorted.length == 0) {
            return "none";
        }
        double p50 = sorted[(sorted.length - 1) / 2];
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", p50, p95, sorted[sorted.length - 1])
                .replace("Infinity", "no answer");
    }

    private static void row(PrintWriter out, String what, String value) {
        out.println("| " + what + " | " + value + " |");
        out.flush();
    }
}
