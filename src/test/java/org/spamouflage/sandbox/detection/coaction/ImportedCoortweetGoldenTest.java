package org.spamouflage.sandbox.detection.coaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.ingest.Preset;

/**
 * The same golden files as {@link CooRTweetGoldenTest}, reached the way a journalist would: the
 * sample imported with the {@code coortweet} preset into a {@link Dataset}, its co-share actions
 * taken from the dataset, and the network computed in CooRTweet-compatible mode (issue 5).
 */
class ImportedCoortweetGoldenTest {

    private static final String DIR = "/golden/coortweet-russian/";
    private static Dataset dataset;

    @BeforeAll
    static void importSample() throws Exception {
        try (InputStream in = ImportedCoortweetGoldenTest.class.getResourceAsStream(DIR + "russian_coord_tweets.csv.gz")) {
            dataset = Importer.importStream(in, "russian_coord_tweets.csv.gz", ImportSettings.of(Preset.COORTWEET)).dataset();
        }
    }

    @ParameterizedTest(name = "window {0} s: {1}")
    @CsvSource({"10, edges_window10s.csv", "60, edges_window60s.csv"})
    void importedSampleReproducesTheReferenceEdges(long window, String file) throws IOException {
        ActionTable table = DatasetActions.of(dataset, CoActionLayer.CO_SHARE);
        CoActionNetwork net = new CooRTweetMode(window, 1, CoActionLimits.DEFAULT).detect(table);
        List<String> rows = new ArrayList<>();
        for (int e = 0; e < net.edgeCount(); e++) {
            CoActionEdge edge = net.edge(e);
            rows.add(edge.accountA() + "," + edge.accountB() + "," + edge.weight());
        }
        assertThat(rows).containsExactlyElementsOf(oracle(file));
    }

    private static List<String> oracle(String file) throws IOException {
        try (InputStream in = ImportedCoortweetGoldenTest.class.getResourceAsStream(DIR + file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = r.lines().toList();
            return lines.subList(1, lines.size());
        }
    }
}
