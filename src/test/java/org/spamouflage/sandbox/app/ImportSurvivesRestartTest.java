package org.spamouflage.sandbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.Application;
import org.spamouflage.sandbox.ingest.Field;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.explore.ExploreData;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An import stored by one app instance is listed, opened and explored by a second instance on the
 * same database file (a restart) with the same dataset and byte-identical exports; deleting it
 * there removes it, and a third instance no longer has it.
 */
class ImportSurvivesRestartTest {
    private static final ImportAccess OWNER = ImportLibraryTest.OWNER;

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start() {
        return TestApp.start(dir);
    }

    private static byte[] export(SandboxService s, ExploreData d, ExportFile f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.writeExport(d, f, out);
        return out.toByteArray();
    }

    @Test
    void anImportIsStillThereAfterARestartWithTheSameResultsAndCanBeDeleted() throws Exception {
        byte[] csv = ImportLibraryTest.fixture("generic/handmade.csv");
        ImportSettings settings = ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, "user")
                .withColumn(Field.TIME, "when").withColumn(Field.TEXT, "body").withColumn(Field.REPLY_TO, "parent")
                .withLabelColumn("truth");
        ImportedDataset stored;
        ExploreData before;
        byte[] accountsBefore;
        byte[] methodsBefore;
        try (ConfigurableApplicationContext first = start()) {
            SandboxService service = first.getBean(SandboxService.class);
            stored = service.imports().importAndStore(csv, "handmade.csv", "Hand-made sample", settings, OWNER, p -> { }, () -> false)
                    .stored().orElseThrow();
            before = service.exploreImport(stored.id(), OWNER);
            accountsBefore = export(service, before, ExportFile.ACCOUNTS_CSV);
            methodsBefore = export(service, before, ExportFile.METHODS_MD);
        }

        try (ConfigurableApplicationContext second = start()) {
            SandboxService service = second.getBean(SandboxService.class);
            assertThat(service.imports().list(OWNER)).containsExactly(stored);
            ImportLibrary.Opened opened = service.imports().open(stored.id(), OWNER);
            assertThat(opened.warnings()).isEmpty();
            assertThat(opened.dataset().posts()).containsExactlyElementsOf(before.run().generated().dataset().posts());
            assertThat(opened.truth()).isPresent();
            ExploreData after = service.exploreImport(stored.id(), OWNER);
            assertThat(after.labelled()).isTrue();
            assertThat(export(service, after, ExportFile.ACCOUNTS_CSV)).isEqualTo(accountsBefore);
            assertThat(export(service, after, ExportFile.METHODS_MD)).isEqualTo(methodsBefore);
            try (InputStream in = service.imports().original(stored.id(), OWNER)) {
                assertThat(in.readAllBytes()).isEqualTo(csv);
            }
            assertThat(service.imports().delete(stored.id(), OWNER)).isTrue();
        }

        try (ConfigurableApplicationContext third = start()) {
            SandboxService service = third.getBean(SandboxService.class);
            assertThat(service.imports().list(OWNER)).isEmpty();
            assertThatThrownBy(() -> service.exploreImport(stored.id(), OWNER)).isInstanceOf(NoSuchElementException.class);
        }
    }
}
