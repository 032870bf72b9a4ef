package org.spamouflage.sandbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportPreview;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.store.ImportRepository;
import org.spamouflage.sandbox.playground.PlaygroundComputer;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.spamouflage.sandbox.pipeline.RunSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gzip bomb of issue 11: about 252 KB of gzip that expands to 5,000,000 rows in CooRTweet's
 * columns. With the web caps ({@link ImportCaps#DEFAULT}) the Import page's preview and import refuse
 * it with a message naming the row cap and the command line, store nothing, and use well under 10 s
 * of the importing thread's CPU; meanwhile Playground visitors keep getting results, because heavy
 * jobs (imports) never take every compute thread. Two bombs from two browsers at once run one after
 * the other on the heavy thread; the visitor is served in between.
 */
class GzipBombTest {
    static final int BOMB_ROWS = 5_000_000;
    private static final String HEADER = "object_id,account_id,content_id,timestamp_share\n";
    /**
     * 21 bytes, the same row again and again: 105 MB of text that deflates to about 255 KB (each
     * 258-byte match back 21 bytes costs deflate about 5 bits).
     */
    private static final String ROW = "o1,a01,c1,1623881091\n";

    private ImportLibrary library;
    private ComputeQueue queue;

    /** The bomb, built in memory at test time (never committed). */
    static byte[] bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(300_000);
        byte[] row = ROW.getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[row.length * 10_000];
        for (int i = 0; i < 10_000; i++) {
            System.arraycopy(row, 0, block, i * row.length, row.length);
        }
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            gz.write(HEADER.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < BOMB_ROWS / 10_000; i++) {
                gz.write(block);
            }
        }
        return bytes.toByteArray();
    }

    @BeforeEach
    void setUp() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:bomb-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        library = new ImportLibrary(new ImportRepository(new JdbcTemplate(ds)), new Pipeline(), ImportCaps.DEFAULT);
        queue = new ComputeQueue(2, 1, 64, 8); // the smallest server: 2 cores
    }

    @AfterEach
    void tearDown() {
        queue.shutdownNow();
    }

    /** What one bomb upload did: the refusal (or null), the importing thread's CPU, when it ended. */
    private record Outcome(ImportException refusal, ImportPreview preview, double cpuSeconds, long endNanos) {
    }

    /** The Import page's work for one upload: preview, then import, on a heavy job of {@code user}. */
    private CompletableFuture<Outcome> upload(byte[] bomb, String user, CompletableFuture<Void> started) {
        CompletableFuture<Outcome> out = new CompletableFuture<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        queue.execute(new ComputeQueue.Task(user, ComputeQueue.Lane.HEAVY, "import", () -> {
            started.complete(null);
            long cpu0 = threads.getCurrentThreadCpuTime();
            ImportPreview preview = null;
            ImportException refusal = null;
            try {
                preview = library.preview(bomb, "bomb.csv.gz");
                library.importAndStore(bomb, "bomb.csv.gz", "", ImportSettings.of(Preset.COORTWEET),
                        ImportAccess.owner(user), share -> { }, () -> false);
            } catch (ImportException e) {
                refusal = e;
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
                return;
            }
            out.complete(new Outcome(refusal, preview, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, System.nanoTime()));
        }));
        return out;
    }

    private static Scenario classroomSmall() throws Exception {
        try (InputStream in = GzipBombTest.class.getResourceAsStream("/scenarios/classroom-small.json")) {
            return ScenarioJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classroom-small.json");
        }
    }

    @Test
    void theBombIsAsSmallAsTheIssueSaysAndExpandsToFiveMillionRows() throws Exception {
        byte[] bomb = bomb();
        assertThat(bomb.length).as("gzip bytes").isBetween(240_000, 265_000);
        long rows = 0;
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bomb))) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    rows += buf[i] == '\n' ? 1 : 0;
                }
            }
        }
        assertThat(rows - 1).as("data rows").isEqualTo(BOMB_ROWS);
    }

    @Test
    void twoBombsAreRefusedQuicklyWhileAPlaygroundVisitorKeepsGettingResults() throws Exception {
        byte[] bomb = bomb();
        Scenario scenario = classroomSmall();
        PlaygroundComputer playground = new PlaygroundComputer(RunSource.of(new Pipeline()), n -> scenario);
        CompletableFuture<Void> firstStarted = new CompletableFuture<>();
        CompletableFuture<Outcome> first = upload(bomb, "ABCDEFGHJKMNPQRSTUVWXYZ2", firstStarted);
        CompletableFuture<Outcome> second = upload(bomb, "ZYXWVUTSRQPNMKJHGFEDCBA3", new CompletableFuture<>());
        firstStarted.get(30, TimeUnit.SECONDS);

        // The visitor asks for three runs, one after the other, as slider moves do.
        List<Long> startedAt = new CopyOnWriteArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            CompletableFuture<PlaygroundResult> r = new CompletableFuture<>();
            PlaygroundState state = PlaygroundState.initial("classroom-small", seed);
            queue.execute(new ComputeQueue.Task("visitor", ComputeQueue.Lane.LIGHT, "playground", () -> {
                startedAt.add(System.nanoTime());
                try {
                    r.complete(playground.compute(state));
                } catch (Exception e) {
                    r.completeExceptionally(e);
                }
            }));
            assertThat(r.get(120, TimeUnit.SECONDS).run().seed()).isEqualTo(seed);
        }
        Outcome a = first.get(120, TimeUnit.SECONDS);
        Outcome b = second.get(120, TimeUnit.SECONDS);

        for (Outcome o : List.of(a, b)) {
            assertThat(o.preview().columns()).containsExactly("object_id", "account_id", "content_id", "timestamp_share");
            assertThat(o.refusal()).as("the bomb is refused").isNotNull();
            assertThat(o.refusal().file()).isEqualTo("bomb.csv.gz");
            assertThat(String.join(" ", o.refusal().problems())).contains("more than 1,000,000 rows")
                    .contains("nothing was stored").contains(ImportCaps.COMMAND_LINE);
            assertThat(o.cpuSeconds()).as("CPU seconds of the importing thread").isLessThan(10.0);
        }
        assertThat(library.list(ImportAccess.INSTRUCTOR)).as("stored imports").isEmpty();
        // The visitor's first run started while the first bomb was still being read: it did not wait
        // behind the bombs (with a plain pool of two threads, the two bombs would hold both).
        assertThat(startedAt.get(0)).as("the visitor's first run started before the first bomb was refused")
                .isLessThan(a.endNanos());
        System.out.printf(java.util.Locale.ROOT, "gzip bomb (%,d bytes): refused after %.2f s and %.2f s of the "
                + "importing thread's CPU%n", bomb.length, a.cpuSeconds(), b.cpuSeconds());
    }
}
