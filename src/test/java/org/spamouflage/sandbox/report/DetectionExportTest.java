package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.pipeline.Evaluation;
import org.spamouflage.sandbox.pipeline.Pipeline;

/** The whole export of a real detection of the hand-made {@link Brigade} dataset. */
class DetectionExportTest {
    static Dataset dataset;
    static Detection detection;

    @TempDir
    Path dir;

    @BeforeAll
    static void detect() {
        dataset = Brigade.dataset(true);
        detection = Detector.detect(dataset, DetectorSettings.defaults());
    }

    @Test
    void writesEveryFileButMetricsWithoutLabels() throws IOException {
        List<ExportFile> files = DetectionExport.write(dataset, detection, null, dir);
        assertThat(files).doesNotContain(ExportFile.METRICS_JSON).hasSize(ExportFile.values().length - 1);
        for (ExportFile f : files) {
            assertThat(dir.resolve(f.fileName())).isNotEmptyFile();
        }
        assertThat(dir.resolve("metrics.json")).doesNotExist();
    }

    @Test
    void edgesAreTheTenBrigadePairsWithEightPostsEach() throws IOException {
        DetectionExport.write(dataset, detection, null, dir);
        List<String> lines = Files.readAllLines(dir.resolve("edges.csv"));
        List<String> expected = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                expected.add("brig" + a + ",brig" + b + ",8,co-comment,");
            }
        }
        assertThat(lines.get(0)).isEqualTo("account_a,account_b,weight,layers,min_q_value");
        // the q-value is the engine's; the rest follows from the hand-made data
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.lastIndexOf(',') + 1)))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void accountsCsvHasEveryScoredAccountWithTheEnginesRoundedScoresAndOneColumnPerSignal() throws Exception {
        DetectionExport.write(dataset, detection, null, dir);
        List<String> lines = Files.readAllLines(dir.resolve("accounts.csv"));
        List<String> header = new ArrayList<>(List.of("account_id", "score", "cluster", "handle"));
        detection.signals().forEach(s -> header.add(s.id()));
        header.add("synthetic");
        assertThat(lines.get(0)).isEqualTo(String.join(",", header));
        assertThat(lines).hasSize(detection.size() + 1); // 45 scored; the public figure is not scored
        assertThat(detection.size()).isEqualTo(45);
        AccountScores back = AccountScores.read(dir.resolve("accounts.csv"));
        double[] combined = detection.combined();
        int[] clusters = detection.clusters();
        assertThat(back.ids()).isEqualTo(detection.accountIds());
        for (int a = 0; a < detection.size(); a++) {
            assertThat(back.combined()[a]).isCloseTo(combined[a], org.assertj.core.data.Offset.offset(5e-7));
            assertThat(back.clusters()[a]).isEqualTo(clusters[a]);
        }
        assertThat(back.signalIds()).containsExactlyElementsOf(detection.signals().stream().map(SignalInfo::id).toList());
        // the five brigade accounts rank first (rows sorted by score, highest first)
        assertThat(lines.subList(1, 6)).allSatisfy(l -> assertThat(l).startsWith("brig"));
        assertThat(lines.subList(1, 6)).allSatisfy(l -> assertThat(l.split(",")[2]).isEqualTo("0"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("org07,").contains(",\"O'Brien, \"\"Bob\"\"\","));
    }

    @Test
    void clustersJsonHoldsTheBrigadeAsClusterZero() throws IOException {
        DetectionExport.write(dataset, detection, null, dir);
        JsonNode root = JsonFiles.MAPPER.readTree(dir.resolve("clusters.json").toFile());
        assertThat(root.get("synthetic").asBoolean()).isTrue();
        assertThat(root.get("clusters")).hasSize(1);
        JsonNode c = root.get("clusters").get(0);
        assertThat(c.get("id").asInt()).isZero();
        assertThat(c.get("members").toString()).isEqualTo("[\"brig0\",\"brig1\",\"brig2\",\"brig3\",\"brig4\"]");
        assertThat(c.get("posts").asInt()).isEqualTo(40);
        assertThat(c.get("layers").get("co-comment").asInt()).isEqualTo(10);
    }

    @Test
    void detectionJsonAndSettingsJsonDescribeTheRun() throws IOException {
        DetectionExport.write(dataset, detection, null, dir);
        DetectionSummary s = JsonFiles.MAPPER.readValue(dir.resolve("detection.json").toFile(), DetectionSummary.class);
        assertThat(s.engineVersion()).isEqualTo(Pipeline.ENGINE_VERSION);
        assertThat(s.data().scenarioName()).isEqualTo("brigade");
        assertThat(s.data().posts()).isEqualTo(8 + 40 + 80);
        assertThat(s.scoredAccounts()).isEqualTo(45);
        assertThat(s.edges()).isEqualTo(10);
        assertThat(s.networkNodes()).isEqualTo(5);
        assertThat(s.clusters()).isEqualTo(1);
        assertThat(s.clusteredAccounts()).isEqualTo(5);
        assertThat(s.signals()).isEqualTo(detection.signals());
        assertThat(DetectorSettings.fromJson(Files.readString(dir.resolve("settings.json"))))
                .isEqualTo(DetectorSettings.defaults());
    }

    @Test
    void withLabelsTheMetricsAndTheErrorRatesAreWritten() throws IOException {
        Evaluation eval = Pipeline.evaluate(detection, Brigade.truth());
        DetectionExport.write(dataset, detection, eval, dir);
        assertThat(dir.resolve("metrics.json")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("metrics.json")))
                .isEqualTo(org.spamouflage.sandbox.metrics.MetricsJson.write(eval.report()));
        assertThat(Files.readString(dir.resolve("methods.md"))).contains("## Error rates against the labels");
    }

    @Test
    void twoRunsAreByteIdenticalAndEachFileStreamsAlone() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        DetectionExport.write(dataset, detection, null, a);
        DetectionExport.write(Brigade.dataset(true), Detector.detect(Brigade.dataset(true), DetectorSettings.defaults()),
                null, b);
        for (ExportFile f : DetectionExport.of(dataset, detection, null).files()) {
            byte[] bytes = Files.readAllBytes(a.resolve(f.fileName()));
            assertThat(Files.readAllBytes(b.resolve(f.fileName()))).as(f.fileName()).isEqualTo(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DetectionExport.write(f, dataset, detection, null, out);
            assertThat(out.toByteArray()).as(f.fileName() + " streamed").isEqualTo(bytes);
        }
    }

    @Test
    void noFileCarriesTheRawHandleMarkupExceptTheCsvThatKeepsDataAsIs() throws IOException {
        DetectionExport.write(dataset, detection, null, dir);
        for (String f : List.of("network.graphml", "network.gexf", "methods.html", "clusters.json")) {
            assertThat(Files.readString(dir.resolve(f))).as(f).doesNotContain("<img");
        }
        assertThat(Files.readString(dir.resolve("network.gexf"))).contains("label=\"&lt;img src=x onerror=alert(1)&gt; &amp; co\"");
        assertThat(Files.readString(dir.resolve("accounts.csv"))).contains(",<img src=x onerror=alert(1)> & co,");
    }
}
