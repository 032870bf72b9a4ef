package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The cap on text read ({@link ImportLimits#maxTextBytes()}): a file under it imports whole, a file
 * over it fails with a message naming the cap, whether plain or gzip, and the check counts bytes
 * after decompression (a small gzip file that expands past the cap is refused).
 */
class TextCapTest {
    /** Header (37 bytes with its line break) and rows of 21 bytes each: "o1,a1,c000001,1000\n" plus padding. */
    private static byte[] shares(int rows) {
        StringBuilder b = new StringBuilder("object_id,account_id,content_id,timestamp_share\n");
        for (int i = 0; i < rows; i++) {
            b.append("o1,a").append(i % 7).append(",c").append(String.format("%06d", i)).append(",1623881091\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static ImportSettings capped(long bytes) {
        return ImportSettings.of(Preset.COORTWEET).withLimits(ImportLimits.DEFAULT.withMaxTextBytes(bytes));
    }

    @Test
    void aFileUpToTheCapImportsWhole() throws Exception {
        byte[] csv = shares(1000);
        ImportResult r = Importer.importStream(new ByteArrayInputStream(csv), "s.csv", capped(csv.length));
        assertThat(r.accepted()).isEqualTo(1000);
        assertThat(r.truncated()).isFalse();
    }

    @Test
    void aPlainFileOverTheCapIsRefusedNamingTheCap() {
        byte[] csv = shares(1000);
        assertThatThrownBy(() -> Importer.importStream(new ByteArrayInputStream(csv), "s.csv", capped(csv.length - 1)))
                .isInstanceOf(ImportException.class)
                .hasMessage("s.csv: the file holds more than " + String.format("%,d", csv.length - 1) + " bytes of text, "
                        + "the cap of this import (it keeps files that expand without end from filling the server); "
                        + "nothing was imported. The command line's import (import --in FILE --out DIR) has no such cap");
    }

    @Test
    void aGzipFileIsMeasuredAfterDecompression() throws Exception {
        byte[] csv = shares(200_000);
        byte[] gz = gzip(csv);
        assertThat(gz.length).as("compressed size").isLessThan(1 << 20);
        assertThatThrownBy(() -> Importer.importStream(new ByteArrayInputStream(gz), "s.csv.gz", capped(1 << 20)))
                .isInstanceOf(ImportException.class)
                .hasMessage("s.csv.gz: the file holds more than 1 MB of text after gzip decompression, the cap of "
                        + "this import (it keeps files that expand without end from filling the server); nothing was "
                        + "imported. The command line's import (import --in FILE --out DIR) has no such cap");
    }

    @Test
    void thePreviewReadsOnlyItsSampleSoItIsNotRefused() throws Exception {
        byte[] gz = gzip(shares(200_000));
        ImportPreview p = Importer.preview(new ByteArrayInputStream(gz), "s.csv.gz", capped(1 << 20), 10);
        assertThat(p.rows()).hasSize(10);
    }

    @Test
    void sizesAreWrittenInBinaryUnits() {
        assertThat(ImportLimits.size(512L << 20)).isEqualTo("512 MB");
        assertThat(ImportLimits.size(3L << 29)).isEqualTo("1.5 GB");
        assertThat(ImportLimits.size(2000)).isEqualTo("2,000 bytes");
    }
}
