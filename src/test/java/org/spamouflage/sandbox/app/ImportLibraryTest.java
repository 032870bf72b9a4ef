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
import org.junit.jupiter.api.Nested;
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
    /** The owner every import of these tests is kept under. */
    static final ImportAccess OWNER = ImportAccess.owner("ABCDEFGHJKMNPQRSTUVWXYZ2");
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
                OWNER, progress::add, () -> false);
        ImportedDataset d = o.stored().orElseThrow();
        assertThat(d.name()).isEqualTo("shares");
        assertThat(d.accounts()).isEqualTo(3);
        assertThat(d.gzipAdded()).isTrue();
        assertThat(d.uploadBytes()).isEqualTo(csv.length);
        byte[] stored = jdbc.queryForObject("select data from imported_dataset where id = ?", byte[].class, d.id());
        assertThat(stored.length).isEqualTo(d.storedBytes());
        assertThat(stored[0] & 0xff).isEqualTo(0x1f);
        assertThat(stored[1] & 0xff).isEqualTo(0x8b);
        try (InputStream in = library.original(d.id(), OWNER)) {
            assertThat(in.readAllBytes()).isEqualTo(csv);
        }
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void aGzipUploadIsKeptAsItIs() throws Exception {
        byte[] gz = fixture("coortweet/shares.csv.gz");
        ImportedDataset d = library.importAndStore(gz, "shares.csv.gz", "gz", ImportSettings.of(Preset.COORTWEET), OWNER, p -> { }, () -> false)
                .stored().orElseThrow();
        assertThat(d.gzipAdded()).isFalse();
        assertThat(d.storedBytes()).isEqualTo(gz.length);
        try (InputStream in = library.original(d.id(), OWNER)) {
            assertThat(in.readAllBytes()).isEqualTo(gz);
        }
    }

    @Test
    void openingReImportsTheSameDatasetWithItsLabels() throws Exception {
        byte[] csv = fixture("generic/handmade.csv");
        ImportSettings s = ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, "user")
                .withColumn(Field.TIME, "when").withColumn(Field.TEXT, "body").withLabelColumn("truth");
        long id = library.importAndStore(csv, "handmade.csv", "hand", s, OWNER, p -> { }, () -> false).stored().orElseThrow().id();
        ImportResult oracle = direct(csv, "handmade.csv", s);

        ImportLibrary fresh = new ImportLibrary(new ImportRepository(jdbc), new Pipeline()); // empty cache
        ImportLibrary.Opened o = fresh.open(id, OWNER);
        assertThat(o.warnings()).isEmpty();
        assertThat(o.dataset().posts()).containsExactlyElementsOf(oracle.dataset().posts());
        assertThat(o.dataset().accounts()).containsExactlyElementsOf(oracle.dataset().accounts());
        assertThat(o.truth().orElseThrow().accounts()).isEqualTo(oracle.truth().orElseThrow().accounts());
        assertThat(o.info().labelled()).isTrue();
        assertThat(ImportSettingsJson.read(o.info().settingsJson())).isEqualTo(ImportCaps.DEFAULT.apply(s));

        Pipeline.Run run = fresh.run(id, DetectorSettings.defaults(), OWNER);
        assertThat(run.labelled()).isTrue();
        assertThat(run.evaluation().labels().size()).isEqualTo(2);
    }

    @Test
    void aStoredImportThatNowReadsDifferentlyIsFlagged() throws Exception {
        byte[] csv = fixture("coortweet/shares.csv");
        long id = library.importAndStore(csv, "shares.csv", "s", ImportSettings.of(Preset.COORTWEET), OWNER, p -> { }, () -> false)
                .stored().orElseThrow().id();
        // as if the importer had changed: the stored settings now keep only 2 rows
        jdbc.update("update imported_dataset set settings_json = ? where id = ?", ImportSettingsJson.write(
                ImportSettings.of(Preset.COORTWEET).withLimits(ImportLimits.DEFAULT.withMaxRows(2))), id);
        ImportLibrary.Opened o = new ImportLibrary(new ImportRepository(jdbc), new Pipeline()).open(id, OWNER);
        assertThat(o.warnings()).singleElement().asString()
                .startsWith("This import now gives 2 rows accepted, 0 rejected, 2 posts by 2 accounts; when it was made "
                        + "(engine " + Pipeline.ENGINE_VERSION + ") it gave 6, 0, 6 and 3");
    }

    @Test
    void nothingIsStoredWhenNoRowCouldBeImported() throws Exception {
        String csv = "object_id,account_id,content_id,timestamp_share\no1,a1,c1,abc\n";
        ImportLibrary.Outcome o = library.importAndStore(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "bad.csv",
                "bad", ImportSettings.of(Preset.COORTWEET), OWNER, p -> { }, () -> false);
        assertThat(o.stored()).isEmpty();
        assertThat(o.result().rejected()).isEqualTo(1);
        assertThat(library.list(OWNER)).isEmpty();
    }

    @Test
    void deletedImportsAreGoneFromTheListAndCannotBeOpened() throws Exception {
        long id = library.importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "s",
                ImportSettings.of(Preset.COORTWEET), OWNER, p -> { }, () -> false).stored().orElseThrow().id();
        library.open(id, OWNER);
        assertThat(library.delete(id, OWNER)).isTrue();
        assertThat(library.list(OWNER)).isEmpty();
        assertThatThrownBy(() -> library.open(id, OWNER)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("There is no import " + id + " here (it may have been deleted, or it was made in another "
                        + "browser); see the Import page.");
        assertThat(library.delete(id, OWNER)).isFalse();
    }

    @Test
    void refusesUploadsAboveTheCapSayingWhatToDo() {
        byte[] big = new byte[(int) ImportCaps.DEFAULT.maxUploadBytes() + 1];
        assertThatThrownBy(() -> library.preview(big, "huge.csv")).isInstanceOf(ImportException.class)
                .hasMessage("huge.csv: the file is larger than 50 MB (50 MB), the most the web page imports; nothing was "
                        + "stored. Compress it with gzip (text often shrinks 5-10 times) or use the command line, which "
                        + "has no such cap: " + ImportCaps.COMMAND_LINE);
        assertThatThrownBy(() -> library.importAndStore(big, "huge.csv", "", ImportSettings.of(Preset.COORTWEET), OWNER,
                p -> { }, () -> false)).isInstanceOf(ImportException.class);
        assertThat(library.list(OWNER)).isEmpty();
    }

    @Nested
    class Caps {
        private ImportLibrary capped(long rows, long text) {
            return new ImportLibrary(new ImportRepository(jdbc), new Pipeline(), new ImportCaps(1 << 20, rows, text));
        }

        @Test
        void aFileWithMoreRowsThanTheCapIsRefusedAndNothingIsStored() throws Exception {
            byte[] csv = fixture("coortweet/shares.csv"); // 6 rows
            assertThatThrownBy(() -> capped(5, 1 << 20).importAndStore(csv, "shares.csv", "", ImportSettings.of(
                    Preset.COORTWEET), OWNER, p -> { }, () -> false)).isInstanceOf(ImportException.class)
                    .hasMessage("shares.csv: the file has more than 5 rows, the most the web page imports; nothing was "
                            + "stored (results on the first 5 rows alone could mislead). Split the file by date, or use "
                            + "the command line, which reads up to 20,000,000 rows: " + ImportCaps.COMMAND_LINE);
            assertThat(library.list(ImportAccess.of(List.of(), true))).isEmpty();
            assertThat(capped(6, 1 << 20).importAndStore(csv, "shares.csv", "", ImportSettings.of(Preset.COORTWEET),
                    OWNER, p -> { }, () -> false).stored()).as("exactly the cap is fine").isPresent();
        }

        @Test
        void aFileWithMoreTextThanTheCapIsRefusedNamingTheCapAndTheCommandLine() throws Exception {
            byte[] gz = fixture("coortweet/shares.csv.gz");
            assertThatThrownBy(() -> capped(100, 100).importAndStore(gz, "shares.csv.gz", "", ImportSettings.of(
                    Preset.COORTWEET), OWNER, p -> { }, () -> false)).isInstanceOf(ImportException.class)
                    .hasMessage("shares.csv.gz: the file holds more than 100 bytes of text after gzip decompression, the "
                            + "cap of this import (it keeps files that expand without end from filling the server); "
                            + "nothing was imported. The command line's import (import --in FILE --out DIR) has no such cap");
        }

        @Test
        void theCapsAreKeptWithTheImportSoOpeningItAgainReadsTheSame() throws Exception {
            long id = capped(100, 4096).importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "", ImportSettings.of(
                    Preset.COORTWEET), OWNER, p -> { }, () -> false).stored().orElseThrow().id();
            ImportSettings kept = ImportSettingsJson.read(library.find(id, OWNER).orElseThrow().settingsJson());
            assertThat(kept.limits().maxRows()).isEqualTo(100);
            assertThat(kept.limits().maxTextBytes()).isEqualTo(4096);
        }

        @Test
        void aCancelledImportStoresNothing() throws Exception {
            assertThatThrownBy(() -> library.importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "",
                    ImportSettings.of(Preset.COORTWEET), OWNER, p -> { }, () -> true))
                    .isInstanceOf(java.util.concurrent.CancellationException.class)
                    .hasMessage("The import was cancelled; nothing was stored.");
            assertThat(library.list(OWNER)).isEmpty();
        }
    }

    @Nested
    class Owners {
        private final ImportAccess other = ImportAccess.owner("ZYXWVUTSRQPNMKJHGFEDCBA9");
        private final ImportAccess instructor = ImportAccess.of(List.of(), true);

        private long imported() throws Exception {
            return library.importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "s",
                    ImportSettings.of(Preset.COORTWEET), OWNER, p -> { }, () -> false).stored().orElseThrow().id();
        }

        @Test
        void anImportIsKeptWithTheHashOfItsOwnersTokenNotTheToken() throws Exception {
            long id = imported();
            String hash = jdbc.queryForObject("select owner_hash from imported_dataset where id = ?", String.class, id);
            assertThat(hash).isEqualTo(OwnerTokens.hash(OWNER.ownerToken())).hasSize(64)
                    .doesNotContain(OWNER.ownerToken());
        }

        @Test
        void anotherOwnerFindsNothingOpensNothingAndDeletesNothing() throws Exception {
            long id = imported();
            assertThat(library.list(other)).isEmpty();
            assertThat(library.find(id, other)).isEmpty();
            assertThatThrownBy(() -> library.open(id, other)).isInstanceOf(NoSuchElementException.class)
                    .hasMessage(ImportLibrary.notFound(id).getMessage());
            assertThatThrownBy(() -> library.original(id, other)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> library.run(id, DetectorSettings.defaults(), other))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> library.saveDetectorSettings(id, DetectorSettings.defaults(), other))
                    .isInstanceOf(NoSuchElementException.class);
            assertThat(library.delete(id, other)).isFalse();
            assertThat(library.find(id, OWNER)).isPresent();
            assertThat(library.list(ImportAccess.NOBODY)).isEmpty();
        }

        @Test
        void anInstructorSeesEveryImportAndABrowserWithSeveralTokensSeesAllOfTheirs() throws Exception {
            long mine = imported();
            long theirs = library.importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "t",
                    ImportSettings.of(Preset.COORTWEET), other, p -> { }, () -> false).stored().orElseThrow().id();
            assertThat(library.list(instructor)).extracting(ImportedDataset::id).containsExactly(theirs, mine);
            assertThat(library.list(ImportAccess.of(List.of(OWNER.ownerToken(), other.ownerToken()), false)))
                    .extracting(ImportedDataset::id).containsExactly(theirs, mine);
            assertThat(library.list(OWNER)).extracting(ImportedDataset::id).containsExactly(mine);
            assertThat(library.open(theirs, instructor).dataset().posts()).hasSize(6);
        }

        @Test
        void theFirstImportOfAnOwnerSaysSoAndTheSecondDoesNot() throws Exception {
            byte[] csv = fixture("coortweet/shares.csv");
            assertThat(library.importAndStore(csv, "a.csv", "", ImportSettings.of(Preset.COORTWEET), OWNER, p -> { },
                    () -> false).ownersFirst()).isTrue();
            assertThat(library.importAndStore(csv, "b.csv", "", ImportSettings.of(Preset.COORTWEET), OWNER, p -> { },
                    () -> false).ownersFirst()).isFalse();
        }

        @Test
        void importsMadeBeforeOwnersExistedAreSeenOnlyByInstructors() throws Exception {
            long id = imported();
            jdbc.update("update imported_dataset set owner_hash = null where id = ?", id);
            assertThat(library.find(id, OWNER)).isEmpty();
            assertThat(library.find(id, instructor)).isPresent();
        }

        @Test
        void anImportNeedsAnOwner() {
            assertThatThrownBy(() -> library.importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "",
                    ImportSettings.of(Preset.COORTWEET), ImportAccess.NOBODY, p -> { }, () -> false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Settings {
        @Test
        void chosenSettingsAreKeptAndReadBackAndTheDefaultsAreKeptAsNothing() throws Exception {
            long id = library.importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "s",
                    ImportSettings.of(Preset.COORTWEET), OWNER, p -> { }, () -> false).stored().orElseThrow().id();
            assertThat(ImportLibrary.detectorSettings(library.find(id, OWNER).orElseThrow()))
                    .isEqualTo(DetectorSettings.defaults());
            DetectorSettings mine = DetectorSettings.fromJson("{\"referenceTimeZone\":\"America/Toronto\","
                    + "\"coShareWindowSeconds\":300,\"minParticipation\":1}").withSignal("volume", false, 1);
            library.saveDetectorSettings(id, mine, OWNER);
            assertThat(ImportLibrary.detectorSettings(library.find(id, OWNER).orElseThrow())).isEqualTo(mine);
            library.saveDetectorSettings(id, DetectorSettings.defaults(), OWNER);
            assertThat(jdbc.queryForObject("select detector_settings_json from imported_dataset where id = ?",
                    String.class, id)).isNull();
        }

        @Test
        void settingsOutsideTheirRangesAreRefusedByTheOneValidator() throws Exception {
            long id = library.importAndStore(fixture("coortweet/shares.csv"), "shares.csv", "s",
                    ImportSettings.of(Preset.COORTWEET), OWNER, p -> { }, () -> false).stored().orElseThrow().id();
            DetectorSettings bad = DetectorSettings.fromJson("{\"significanceLevel\":1.5}");
            assertThatThrownBy(() -> library.saveDetectorSettings(id, bad, OWNER))
                    .isInstanceOf(org.spamouflage.sandbox.detection.InvalidSettingsException.class)
                    .hasMessage("import " + id + " settings: $.significanceLevel = 1.5: must be above 0 and at most 1; "
                            + "default 0.01");
        }
    }

    @Test
    void namesDefaultToTheFileNameWithoutExtensionsAndAreCapped() {
        assertThat(ImportLibrary.defaultName("shares.csv.gz")).isEqualTo("shares");
        assertThat(ImportLibrary.defaultName("C:\\data\\x.tsv")).isEqualTo("x");
        assertThat(ImportLibrary.defaultName(".csv")).isEqualTo(".csv");
        assertThat(ImportLibrary.cleanName("n".repeat(300), "f.csv")).hasSize(ImportLibrary.MAX_NAME);
    }

}
