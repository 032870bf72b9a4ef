package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPreviewTest {

    static ImportPreview preview(String fixture, int rows) throws IOException, ImportException {
        try (InputStream in = Files.newInputStream(Fixtures.path("ingest/" + fixture))) {
            return Importer.preview(in, fixture, ImportSettings.of(Preset.GENERIC), rows);
        }
    }

    @Test
    void showsTheFirstRowsAndSuggestsThePresetWhoseColumnsArePresent() throws Exception {
        ImportPreview p = preview("coortweet/shares.csv.gz", 2);
        assertThat(p.columns()).containsExactly("object_id", "account_id", "content_id", "timestamp_share");
        assertThat(p.rows()).containsExactly(List.of("o1", "a2", "c1", "1623881091"), List.of("o1", "a1", "c2", "1623881095"));
        assertThat(p.suggestedPreset()).isEqualTo(Preset.COORTWEET);
        assertThat(p.notes()).containsExactly("read as CSV (comma-separated), gzip-compressed");
        assertThat(preview("io-archive/tweets-minimal.csv", 5).suggestedPreset()).isEqualTo(Preset.IO_ARCHIVE);
        assertThat(preview("qut/toolkit-names.csv", 5).suggestedPreset()).isEqualTo(Preset.QUT);
        assertThat(preview("generic/labels.csv", 5).suggestedPreset()).isEqualTo(Preset.GENERIC);
    }

    @Test
    void listsNestedJsonKeysDottedAndRowsThatCannotBeSplit() throws Exception {
        ImportPreview j = preview("generic/handmade.jsonl", 1);
        assertThat(j.columns()).startsWith("post", "user.id", "user.screen_name", "user.name", "when");
        assertThat(j.rows().get(0)).startsWith("p1", "u1", "maple_leaf", "Jane, Doe", "2023-08-29T14:00:00Z");
        ImportPreview b = preview("coortweet/broken-quoting.csv", 3);
        assertThat(b.errors()).extracting(RowError::message).containsExactly("row 2, column \"account_id\": broken "
                + "quoting: 'x' follows a closing quote; a quote inside a quoted field must be doubled (\"\")");
        assertThat(b.rows()).hasSize(2);
    }
}
