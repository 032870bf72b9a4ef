package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.detection.DetectorSettings;

/** A signal that does not apply is written n/a, never 0, and read back as not applicable. */
class NotApplicableCellsTest {

    @Test
    void writesNotApplicableAndReadsItBackAsNaN(@TempDir Path dir) throws Exception {
        ExportModel m = new ExportModel(TableFilesTest.data(false), DetectorSettings.defaults(), TableFilesTest.SIGNALS,
                List.of(new ExportModel.AccountRow("a1", "alice", 0.5, -1, new double[] {0.5, Double.NaN}),
                        new ExportModel.AccountRow("b2", "bob", 0.25, -1, new double[] {0.25, 0.0})),
                List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.writeAccounts(m, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("""
                account_id,score,cluster,handle,co-comment,night
                a1,0.500000,,alice,0.500000,n/a
                b2,0.250000,,bob,0.250000,0.000000
                """);
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, csv);
        AccountScores read = AccountScores.read(file);
        assertThat(read.signalIds()).containsExactly("co-comment", "night");
        assertThat(read.signalScores().get(1)[0]).isNaN();
        assertThat(read.signalScores().get(1)[1]).isZero();
        assertThat(read.notes()).isEmpty();
    }
}
