package org.spamouflage.sandbox.ingest;

import org.spamouflage.sandbox.explore.ExportFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.report.ExportFile;

/** The import form's first guess of a column mapping, and the names export downloads are saved under. */
class ImportHelpersTest {

    @Nested
    class Guess {
        @Test
        void mapsPlainNamesIgnoringCaseSpacesAndSeparators() {
            Map<Field, String> g = ColumnGuess.guess(List.of("Post ID", "User-Id", "TimeStamp", "message", "lang", "label"));
            assertThat(g).containsExactly(Map.entry(Field.ID, "Post ID"), Map.entry(Field.ACCOUNT, "User-Id"),
                    Map.entry(Field.TIME, "TimeStamp"), Map.entry(Field.TEXT, "message"), Map.entry(Field.LANG, "lang"),
                    Map.entry(Field.LABEL, "label"));
        }

        @Test
        void leavesUnclearColumnsUnmappedAndUsesAColumnOnce() {
            assertThat(ColumnGuess.guess(List.of("who", "when", "said"))).isEmpty();
            // "id" is the post id; it is not offered again for the account
            assertThat(ColumnGuess.guess(List.of("id", "user"))).containsExactly(Map.entry(Field.ID, "id"),
                    Map.entry(Field.ACCOUNT, "user"));
        }
    }

    @Nested
    class Names {
        @Test
        void slugKeepsLettersDigitsDotsAndUnderscoresAndJoinsTheRestWithOneDash() {
            assertThat(ExportFiles.slug("classroom-small-seed-5")).isEqualTo("classroom-small-seed-5");
            assertThat(ExportFiles.slug("  Élections 2024 / <b>shares</b>  ")).isEqualTo("Élections-2024-b-shares-b");
            assertThat(ExportFiles.slug("../../etc/passwd")).isEqualTo("etc-passwd");
            assertThat(ExportFiles.slug("")).isEqualTo("export");
            assertThat(ExportFiles.slug("x".repeat(200))).hasSize(60);
        }

        @Test
        void fileNamesPutTheDataNameBeforeTheExportFile() {
            assertThat(ExportFiles.fileName("my shares", ExportFile.NETWORK_GEXF)).isEqualTo("my-shares-network.gexf");
        }

        @Test
        void metricsAreOfferedOnlyWithLabels() {
            assertThat(ExportFiles.offered(false)).containsExactly(ExportFile.ACCOUNTS_CSV, ExportFile.EDGES_CSV,
                    ExportFile.NETWORK_GRAPHML, ExportFile.NETWORK_GEXF, ExportFile.CLUSTERS_JSON, ExportFile.METHODS_MD,
                    ExportFile.METHODS_HTML, ExportFile.SETTINGS_JSON);
            assertThat(ExportFiles.offered(true)).endsWith(ExportFile.METRICS_JSON);
        }
    }
}
