package org.spamouflage.sandbox.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.spamouflage.sandbox.lesson.ClassroomService;
import org.spamouflage.sandbox.lesson.JoinCodes;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.lesson.LessonDraft;
import org.spamouflage.sandbox.bench.MutableClock;
import org.spamouflage.sandbox.lesson.Participant;
import org.spamouflage.sandbox.lesson.Refused;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.store.JdbcLessonStore;
import org.spamouflage.sandbox.lesson.ExercisePage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench classroom}: a class submitting to one exercise at once. The classroom service runs
 * exactly as in the app (same rules, same scoring, the same JDBC store on an H2 file through a
 * Hikari pool of the app's default size), driven by one thread per simulated student. Each round
 * every student submits at the same moment (a barrier), then tries again at once and must be
 * refused by the rate limit; between rounds the service's clock moves on by the submit interval
 * (the real wait is skipped, so the rounds measure the server under a burst, not the students'
 * thinking time). Web-page rendering and the browser round trip are not included: this measures
 * the server's part of "Submit", which is what 30 students compete for.
 */
@Command(name = "classroom", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Time 30 (or --students) simulated students submitting to one exercise at once.",
            "Every submission is scored and stored in an H2 file database in a temporary folder (or --db)."})
final class BenchClassroomCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--students", defaultValue = "30", description = "Simulated students (default: ${DEFAULT-VALUE}).")
    private int students;

    @Option(names = "--rounds", defaultValue = "10", description = "Submissions per student (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--scenario", defaultValue = "classroom-small", description = "Scenario (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--seed", defaultValue = "8", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--db", paramLabel = "DIR", description = "Folder for the database (default: a new temporary folder, deleted after).")
    private Path db;

    @Override
    public Integer call() throws Exception {
        if (students < 1 || students > 500 || rounds < 1 || rounds > 100) {
            throw new InvalidInputException("--students must be 1–500 and --rounds 1–100; got " + students + " and " + rounds);
        }
        String json;
        try {
            json = ScenarioJson.write(BenchPlaygroundCommand.load(scenario));
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(String.join("\n", e.problems().stream().map(ScenarioProblem::toString).toList()));
        }
        QuietLogs.warningsOnly("org.flywaydb", "com.zaxxer.hikari");
        Path dir = db != null ? Files.createDirectories(db) : Files.createTempDirectory("sandbox-bench-classroom-");
        try (HikariDataSource ds = dataSource(dir)) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            run(spec.commandLine().getOut(), ds, json);
        } finally {
            if (db == null) {
                deleteTree(dir);
            }
        }
        return Cli.OK;
    }

    private void run(PrintWriter out, HikariDataSource ds, String json) throws Exception {
        JdbcLessonStore store = new JdbcLessonStore(new JdbcTemplate(ds),
                new TransactionTemplate(new DataSourceTransactionManager(ds)));
        MutableClock clock = new MutableClock(Instant.parse("2025-01-13T09:00:00Z"));
        Duration interval = ClassroomService.DEFAULT_SUBMIT_INTERVAL;
        Pipeline pipeline = new Pipeline();
        ClassroomService service = new ClassroomService(store, pipeline::run, JoinCodes.secure(), clock, interval);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "# bench classroom: %d students x %d rounds on %s seed %d; %d cores, max heap %d MB, "
                        + "Java %s, H2 file database, Hikari pool %d%n", students, rounds, scenario, seed,
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"), ds.getMaximumPoolSize());

        Lesson lesson = service.create(LessonDraft.exercise("bench", scenario, seed), json, "bench");
        long t0 = System.nanoTime();
        ExercisePage page = ExercisePage.of(service.exercise(lesson.id()).data());
        out.printf(Locale.ROOT, "first open of the exercise (generate + detect + page model): %.0f ms; %d accounts%n",
                (System.nanoTime() - t0) / 1e6, page.rows().size());
        List<Participant> people = new ArrayList<>();
        double[] joinMs = new double[students];
        for (int i = 0; i < students; i++) {
            long t = System.nanoTime();
            people.add(service.join(lesson.joinCode(), "student " + (i + 1)));
            joinMs[i] = (System.nanoTime() - t) / 1e6;
        }
        // Each student flags by their own threshold: answers of different sizes, as in a class.
        List<List<String>> answers = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            answers.add(page.atOrAbove(0.15 + 0.4 * i / Math.max(1, students - 1)));
        }

        double[] acceptedMs = new double[students * rounds];
        double[] refusedMs = new double[students * rounds];
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(students);
        CyclicBarrier start = new CyclicBarrier(students);
        long wall = System.nanoTime();
        try {
            for (int r = 0; r < rounds; r++) {
                List<Future<?>> done = new ArrayList<>();
                int round = r;
                for (int i = 0; i < students; i++) {
                    int s = i;
                    done.add(pool.submit(() -> {
                        start.await();
                        long t = System.nanoTime();
                        service.submit(people.get(s).id(), answers.get(s));
                        acceptedMs[round * students + s] = (System.nanoTime() - t) / 1e6;
                        t = System.nanoTime();
                        try {
                            service.submit(people.get(s).id(), answers.get(s));
                            unexpected.incrementAndGet();
                        } catch (Refused e) {
                            if (e.reason() == Refused.Reason.RATE_LIMITED) {
                                refused.incrementAndGet();
                            } else {
                                unexpected.incrementAndGet();
                            }
                        }
                        refusedMs[round * students + s] = (System.nanoTime() - t) / 1e6;
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                clock.advance(interval);
            }
        } finally {
            pool.shutdownNow();
        }
        double wallMs = (System.nanoTime() - wall) / 1e6;
        long t = System.nanoTime();
        int boardRows = service.board(lesson.id()).size();
        double boardMs = (System.nanoTime() - t) / 1e6;

        int stored = store.submissionCount(lesson.id());
        out.println("| step | n | p50 ms | p95 ms | max ms |");
        out.println("|---|---:|---:|---:|---:|");
        row(out, "join", joinMs);
        row(out, "submission accepted (score + store)", acceptedMs);
        row(out, "second submission at once (rate limit refuses)", refusedMs);
        out.printf(Locale.ROOT, "| class board (%d rows, every submission read) | 1 | %.1f | | |%n", boardRows, boardMs);
        out.printf(Locale.ROOT, "stored %d of %d submissions; %d refused by the rate limit (expected %d); %d unexpected "
                        + "outcomes; %.0f submissions per second over %.0f ms%n", stored, students * rounds, refused.get(),
                students * rounds, unexpected.get(), students * rounds * 1000.0 / wallMs, wallMs);
        out.flush();
        if (stored != students * rounds || refused.get() != students * rounds || unexpected.get() != 0) {
            throw new IllegalStateException("submissions lost or rules broken under load: stored " + stored + ", refused "
                    + refused.get() + ", unexpected " + unexpected.get());
        }
    }

    private static void row(PrintWriter out, String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", what, s.length, pct(s, 0.5), pct(s, 0.95),
                s[s.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static HikariDataSource dataSource(Path dir) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:file:" + dir.resolve("sandbox") + ";AUTO_SERVER=FALSE");
        c.setUsername("sa");
        c.setPassword("");
        c.setMaximumPoolSize(10); // Spring Boot's default, as the app runs
        c.setPoolName("bench-classroom");
        return new HikariDataSource(c);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
