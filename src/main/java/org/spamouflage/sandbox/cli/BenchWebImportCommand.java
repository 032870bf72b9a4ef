package org.spamouflage.sandbox.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.ImportCaps;
import org.spamouflage.sandbox.app.ImportLibrary;
import org.spamouflage.sandbox.app.OwnerTokens;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportPreview;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.store.ImportRepository;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.explore.AccountTable;
import org.spamouflage.sandbox.explore.ExploreData;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bench web-import}: the Import page's path on one file, phase by phase, with the web caps
 * and the same calls the page makes: receive (the upload copied into a temporary file) and preview
 * its first rows; import and store it (an H2 file database in a temporary folder, migrated by
 * Flyway); run the engine and build what Explore shows; the ranked account table's first screen
 * (rank order, then sorted by combined score, highest first). Per phase: wall time, this thread's
 * CPU time, and the peak heap (sum of the heap pools' peaks: an upper bound).
 */
@Command(name = "web-import", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Time the Import page's path on a file: upload and preview, import and store, the engine, "
                + "the ranked account table. Same calls and caps as the web app; no browser."})
final class BenchWebImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    ImportOptions options;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(options.in())) {
            throw new InvalidInputException("--in: no such file: " + options.in());
        }
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "# bench web-import: %s (%,d bytes), preset %s; %d cores, max heap %d MB, Java %s%n",
                options.in().getFileName(), Files.size(options.in()), options.toSettings().preset().key(),
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"));
        out.println("| phase | wall s | thread CPU s | peak heap MB | what |");
        out.println("|---|---:|---:|---:|---|");
        Path dir = Files.createTempDirectory("sandbox-bench-web-import-");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:h2:file:" + dir.resolve("sandbox") + ";WRITE_DELAY=0");
        hc.setUsername("sa");
        hc.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(hc)) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            ImportLibrary library = new ImportLibrary(new ImportRepository(new JdbcTemplate(ds)), new Pipeline(),
                    ImportCaps.DEFAULT);
            run(out, library, dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
        return Cli.OK;
    }

    private void run(PrintWriter out, ImportLibrary library, Path dir) throws Exception {
        String name = options.in().getFileName().toString();
        ImportAccess owner = ImportAccess.owner(OwnerTokens.next());
        Path upload = dir.resolve("upload.bin");

        Phase p = start();
        Files.copy(options.in(), upload, StandardCopyOption.REPLACE_EXISTING);
        ImportPreview preview;
        try (InputStream head = Files.newInputStream(upload)) {
            preview = library.preview(head, Files.size(upload), name);
        }
        p.row(out, "upload + preview", preview.columns().size() + " columns, " + preview.rows().size()
                + " rows shown, suggested preset " + preview.suggestedPreset().key());

        p = start();
        byte[] bytes = Files.readAllBytes(upload);
        ImportLibrary.Outcome o;
        try {
            o = library.importAndStore(bytes, name, "", options.toSettings(), owner, share -> { }, () -> false);
        } catch (ImportException e) {
            p.row(out, "import + store", "refused: " + String.join("; ", e.problems()));
            return;
        }
        ImportedDataset d = o.stored().orElseThrow(() -> new InvalidInputException("no row of the file was accepted"));
        p.row(out, "import + store", String.format(Locale.ROOT, "%,d rows accepted, %,d rejected: %,d posts by %,d "
                + "accounts; %,d bytes stored", o.result().accepted(), o.result().rejected(), d.posts(), d.accounts(),
                d.storedBytes()));
        bytes = null;

        p = start();
        ExploreData data = ExploreData.of(library.run(d.id(), DetectorSettings.defaults(), owner));
        p.row(out, "engine + Explore index", String.format(Locale.ROOT, "%,d accounts scored, %d clusters",
                data.table().size(), data.table().clusters().size()));

        p = start();
        AccountTable t = data.table();
        int[] ranked = t.view(null, null, null, null, false);
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < Math.min(50, ranked.length); i++) {
            AccountTable.Row r = t.row(ranked[i]);
            first.append(r.handle()).append(t.shownScore(r.index(), t.signals().get(0).id()));
        }
        int[] byScore = t.view(null, null, null, AccountTable.SCORE, true);
        p.row(out, "ranked table", String.format(Locale.ROOT, "first 50 of %,d rows, then sorted by combined score "
                + "(%d characters shown)", byScore.length, first.length()));
    }

    private Phase start() {
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new Phase(System.nanoTime(), threads.getCurrentThreadCpuTime());
    }

    private final class Phase {
        private final long wall0;
        private final long cpu0;

        Phase(long wall0, long cpu0) {
            this.wall0 = wall0;
            this.cpu0 = cpu0;
        }

        void row(PrintWriter out, String phase, String what) {
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d | %s |%n", phase, wall, cpu, peak >> 20, what);
            out.flush();
        }
    }
}
