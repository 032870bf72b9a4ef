package org.spamouflage.sandbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.ingest.Field;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportLimits;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.ImportSettingsJson;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.store.ImportRepository;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import store on a fresh in-memory database (migrated by Flyway, no Spring context): what is
 * kept, what opening gives back, and the caps. The oracle for every dataset is a direct
 * {@link Importer} call on the same bytes.
 */
class ImportLibraryTest {
    private JdbcTemplate jdbc;
    private ImportLibrary library;

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportLibraryTest.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    @BeforeEach
    void database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:imports-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
        library = new ImportLibrary(new ImportRepository(jdbc), new Pipeline());
    }

    private static ImportResult direct(byte[] bytes, String name, ImportSettings s) throws ImportException {
        return Importer.importStream(new java.io.ByteArrayInputStream(bytes), name, s);
    }

    @Test
    void keepsTheUploadCompressedAndGivesItBackByteForByte() throws Exception {
        byte[] csv = fixture("coortweet/shares.csv");
        List<Double> progress = new ArrayList<>();
        ImportLibrary.Outcome o = library.importAndStore(csv, "shares.csv", "  ", ImportSettings.of(Preset.COORTWEET),
                progress::add);
        ImportedDataset d = o.stored().orElseThrow();
        assertThat(d.name()).isEqualTo("shares");
        assertThat(d.accounts()).isEqualTo(3);
        assertThat(d.gzipAdded()).isTrue();
        assertThat(d.uploadBytes()).isEqualTo(csv.length);
        byte[] stored = jdbc.queryForObject("select data from imported_dataset where id = ?", byte[].class, d.id());
        assertThat(stored.length).isEqualTo(d.storedBytes());
        assertThat(stored[0] & 0xff).isEqualTo(0x1f);
        assertThat(stored[1] & 0xff).isEqualTo(0x8b);
        try (InputStream in = library.original(d.id())) {
            assertThat(in.readAllBytes()).isEqualTo(csv);
        }
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void aGzipUploadIsKeptAsItIs() throws Exception {
        byte[] gz = fixture("coortweet/shares.csv.gz");
        ImportedDataset d = library.importAndStore(gz, "shares.csv.gz", "gz", ImportSettings.of(Preset.COORTWEET), p -> { })
                .stored().orElseThrow();
        assertThat(d.gzipAdded()).isFalse();
        assertThat(d.storedBytes()).isEqualTo(gz.length);
        try (InputStream in = library.original(d.id())) {
            assertThat(in.readAllBytes()).isEqualTo(gz);
        }
    }

    @Test
    void openingReImportsTheSameDatasetWithItsLabels() throws Exception {
        byte[] csv = fixture("generic/handmade.csv");
        ImportSettings s = ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, "user")
                .withColumn(Field.TIME, "when").withColumn(Field.TEXT, "body").withLabelColumn("truth");
        long id = library.importAndStore(csv, "handmade.csv", "hand", s, p -> { }).stored().orElseThrow().id();
        ImportResult oracle = direct(csv, "handmade.csv", s);

        ImportLibrary fresh = new ImportLibrary(new ImportRepository(jdbc), new Pipeline()); // empty cache
        ImportLibrary.Opened o = fresh.open(id);
        assertThat(o.warnings()).isEmpty();
        assertThat(o.dataset().posts()).containsExactlyElementsOf(oracle.dataset().posts());
        assertThat(o.dataset().accounts()).containsExactlyElementsOf(oracle.dataset().accounts());
        assertThat(o.truth().orElseThrow().accounts()).isEqualTo(oracle.truth().orElseThrow().accounts());
        assertThat(o.info().labelled()).isTrue();
        assertThat(ImportSettingsJson.read(o.info().settingsJson())).isEqualTo(s);

        Pipeline.Run run = fresh.run(id, DetectorSettings.defaults());
        assertThat(run.labelled()).isTrue();
        assertThat(run.evaluation().labels().size()).isEqualTo(2);
    }

    @Test
    void aStoredImportThatNowReadsDifferentlyIsFlagged() throws Exception {
        byte[] csv = fixture("coortweet/shares.csv");
        long id = library.importAndStore(csv, "shares.csv", "s", ImportSettings.of(Preset.COORTWEET), p -> { })
                .stored().orElseThrow().id();
        // as if the importer had changed: the stored settings now keep only 2 rows
        jdbc.update("update imported_dataset set settings_json = ? where id = ?", ImportSettingsJson.write(
                ImportSettings.of(Preset.COORTWEET).withLimits(ImportLimits.DEFAULT.withMaxRows(2))), id);
        ImportLibrary.Opened o = new ImportLibrary(new ImportRepository(jdbc), new Pipeline()).open(id);
        assertThat(o.warnings()).singleElement().asString()
                .startsWith("This import now gives 2 rows accepted, 0 rejected, 2 posts by 2 accounts; when it was made "
                        + "(engine " + Pipeline.ENGINE_VERSION + ") it gave 6, 0, 6 and 3");
    }

    @Test
    void nothingIsStoredWhenNoRowCouldBeImported() throws Exception {
        String csv = "object_id,account_id,content_id,timestamp_share\no1,a1,c1,abc\n";
        ImportLibrary.Outcome o = library.importAndStore(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "bad.csv",
                "bad", ImportSettings.of(Preset.COORTWEET), p -> { });
        assertThat(o.stored()).isEmpty();
        assertThat(o.result().rejected()).isEqualTo(1);
        assertThat(library.list()).isEmpty();
    }

    @Test
    void deletedImportsAreGoneFromTheListAndCannotBeOpened() throws Exception {
        long id = library.importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "s",
                ImportSettings.of(Preset.COORTWEET), p -> { }).stored().orElseThrow().id();
        library.open(id);
        assertThat(library.delete(id)).isTrue();
        assertThat(library.list()).isEmpty();
        assertThatThrownBy(() -> library.open(id)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no imported dataset " + id);
        assertThat(library.delete(id)).isFalse();
    }

    @Test
    void refusesUploadsAboveTheCapSayingWhatToDo() {
        byte[] big = new byte[(int) ImportLibrary.MAX_UPLOAD_BYTES + 1];
        assertThatThrownBy(() -> library.preview(big, "huge.csv")).isInstanceOf(ImportException.class)
                .hasMessage("huge.csv: the file is larger than 50 MB (50.0 MB), the most the web page imports. Compress it "
                        + "with gzip (text often shrinks 5-10 times) or use the command line (import --in FILE --out DIR), "
                        + "which has no size limit");
        assertThatThrownBy(() -> library.importAndStore(big, "huge.csv", "", ImportSettings.of(Preset.COORTWEET), p -> { }))
                .isInstanceOf(ImportException.class);
        assertThat(library.list()).isEmpty();
    }

    @Test
    void namesDefaultToTheFileNameWithoutExtensionsAndAreCapped() {
        assertThat(ImportLibrary.defaultName("shares.csv.gz")).isEqualTo("shares");
        assertThat(ImportLibrary.defaultName("C:\\data\\x.tsv")).isEqualTo("x");
        assertThat(ImportLibrary.defaultName(".csv")).isEqualTo(".csv");
        assertThat(ImportLibrary.cleanName("n".repeat(300), "f.csv")).hasSize(ImportLibrary.MAX_NAME);
    }

}
