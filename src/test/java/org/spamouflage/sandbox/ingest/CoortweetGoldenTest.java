package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
        assertThat(r.summary()).isEqualTo("35,125 rows accepted, 0 rejected: 35,125 posts by 9,509 accounts");
    }
}
