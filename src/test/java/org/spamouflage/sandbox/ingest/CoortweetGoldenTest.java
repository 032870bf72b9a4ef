package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Post;

/**
 * The shared CooRTweet sample (src/test/resources/golden/coortweet-russian, MIT, © 2022 Nicola
 * Righetti & Paul Balluff; see its README) through the coortweet preset. Expected counts are the
 * README's (35,125 retweets, 9,509 accounts, 7,285 objects), confirmed with Python's csv module;
 * the 40 repeated content_ids and the time range were counted the same way.
 */
class CoortweetGoldenTest {

    @Test
    void importsEveryShareOfTheSample() throws ImportException {
        ImportResult r = Importer.importFile(Fixtures.path("golden/coortweet-russian/russian_coord_tweets.csv.gz"),
                ImportSettings.of(Preset.COORTWEET));
        assertThat(r.errors()).isEmpty();
        assertThat(r.accepted()).isEqualTo(35_125);
        assertThat(r.dataset().posts()).hasSize(35_125);
        assertThat(r.dataset().accounts()).hasSize(9_509);
        Set<String> objects = r.dataset().posts().stream().map(Post::sharedObject).collect(Collectors.toSet());
        assertThat(objects).hasSize(7_285);
        assertThat(r.dataset().posts().stream().map(Post::id).distinct().count()).isEqualTo(35_125);
        assertThat(r.notes()).containsExactly("read as CSV (comma-separated), gzip-compressed",
                "40 rows repeat an earlier content_id (one post sharing several objects); kept with ids content_id#2, #3…");
        // min/max timestamp_share in the file: 1610870193 (2021-01-17) and 1630318860 (2021-08-30)
        assertThat(r.dataset().info().start()).isEqualTo(1_610_870_193L);
        assertThat(r.dataset().info().end()).isEqualTo(1_630_318_861L);
        assertThat(r.summary()).isEqualTo("35,125 rows in the file: 35,125 accepted, 0 rejected: 35,125 posts by 9,509 accounts");
    }

    /**
     * Second method: the same table converted to JSON Lines goes through a different reader
     * (Jackson instead of the byte-level CSV reader) and must give the identical dataset.
     */
    @Test
    void csvAndJsonLinesReadersAgree() throws Exception {
        Path golden = Fixtures.path("golden/coortweet-russian/russian_coord_tweets.csv.gz");
        ImportResult csv = Importer.importFile(golden, ImportSettings.of(Preset.COORTWEET));
        StringBuilder jsonl = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(golden)), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().replace("\"", "").split(",");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.replace("\"", "").split(",");
                ObjectNode o = json.createObjectNode();
                for (int i = 0; i < header.length; i++) {
                    o.put(header[i], cells[i]);
                }
                jsonl.append(o).append('\n');
            }
        }
        ImportResult viaJson = Importer.importStream(new ByteArrayInputStream(jsonl.toString()
                .getBytes(StandardCharsets.UTF_8)), "russian_coord_tweets.jsonl", ImportSettings.of(Preset.COORTWEET));
        assertThat(viaJson.dataset().posts()).isEqualTo(csv.dataset().posts());
        assertThat(viaJson.dataset().accounts()).isEqualTo(csv.dataset().accounts());
    }
}
