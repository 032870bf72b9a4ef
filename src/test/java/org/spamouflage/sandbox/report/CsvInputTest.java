package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {

    @TempDir
    Path dir;

    @Test
    void aQuoteNeverClosedStopsAtTheRowLimitInsteadOfBufferingTheFile() throws Exception {
        Path truth = dir.resolve("truth.csv");
        StringBuilder b = new StringBuilder("account_id,class\na1,campaign\n\"a2,organic\n");
        for (int i = 0; i < 100_000; i++) {
            b.append("a").append(i).append(",organic\n"); // ~1.5 M characters inside the open quote
        }
        Files.writeString(truth, b);
        assertThatThrownBy(() -> TruthFile.read(truth)).isInstanceOfSatisfying(ExportReadException.class,
                e -> assertThat(e.problems()).containsExactly("truth.csv: cannot be read as CSV: the row starting on "
                        + "line 3 is longer than 1,048,576 characters (a quote that is never closed?)"));
    }

    @Test
    void quotedLineBreaksAndDoubledQuotesStillRead() throws Exception {
        Path truth = dir.resolve("truth.csv");
        Files.writeString(truth, "account_id,class\n\"a\"\"1\",campaign\n\"b\n2\",organic\n");
        assertThat(TruthFile.read(truth).accounts().keySet()).containsExactly("a\"1", "b\n2");
    }
}
