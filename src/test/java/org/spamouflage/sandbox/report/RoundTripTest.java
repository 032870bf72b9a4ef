package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;

/**
 * Round trip (issue 5): a dataset exported to one CSV ({@link DatasetCsv}) and imported back with
 * the generic preset gives identical detection results: every account's combined and signal
 * scores (compared as doubles, not rounded), its cluster, every edge, every cluster summary, and
 * the labels.
 */
class RoundTripTest {

    record Trip(Dataset original, Dataset imported, GroundTruth importedTruth, byte[] csv) {
    }

    static Trip trip(Dataset d, GroundTruth truth) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetCsv.write(d, truth, out);
        ImportResult r = Importer.importStream(new ByteArrayInputStream(out.toByteArray()), "dataset.csv",
                DatasetCsv.importSettingsWithLabels());
        assertThat(r.errors()).as("import errors").isEmpty();
        assertThat(r.truncated()).isFalse();
        // the CSV holds rows, not where the audience lives: the user gives the zone on import, as with any import
        Dataset imported = r.dataset().withInfo(r.dataset().info().withAudienceTimeZone(d.info().audienceTimeZone()));
        return new Trip(d, imported, r.truth().orElseThrow(), out.toByteArray());
    }

    static void assertSameDetection(Dataset a, Dataset b) {
        Detection da = Detector.detect(a, DetectorSettings.defaults());
        Detection db = Detector.detect(b, DetectorSettings.defaults());
        ExportModel ma = ExportModel.of(a, da);
        ExportModel mb = ExportModel.of(b, db);
        assertThat(mb.signals()).isEqualTo(ma.signals());
        assertThat(mb.accounts()).hasSameSizeAs(ma.accounts());
        for (int i = 0; i < ma.accounts().size(); i++) {
            ExportModel.AccountRow x = ma.accounts().get(i);
            ExportModel.AccountRow y = mb.accounts().get(i);
            assertThat(y.id()).isEqualTo(x.id());
            assertThat(y.handle()).as(x.id()).isEqualTo(x.handle());
            assertThat(Double.valueOf(y.score())).as("combined score of " + x.id()).isEqualTo(Double.valueOf(x.score()));
            assertThat(y.cluster()).as("cluster of " + x.id()).isEqualTo(x.cluster());
            for (int k = 0; k < ma.signals().size(); k++) {
                // boxed, so that "not applicable" (NaN) equals NaN
                assertThat(Double.valueOf(y.signals()[k])).as(ma.signals().get(k).id() + " of " + x.id())
                        .isEqualTo(Double.valueOf(x.signals()[k]));
            }
        }
        assertThat(mb.edges()).isEqualTo(ma.edges());
        assertThat(mb.clusters()).isEqualTo(ma.clusters());
    }

    /** The brigade plus likes inside the brigade, a bare re-share, and texts that stress CSV quoting. */
    static Dataset richBrigade() {
        Dataset b = Brigade.dataset(true);
        List<Post> posts = new ArrayList<>(b.posts());
        long t0 = Brigade.t("2023-08-12T15:00:00Z");
        posts.add(new Post("x1", "org01", t0, "fr", "Ligne 1\r\nLigne 2, \"citée\" #Québec", null, "vid9",
                List.of("https://ex.ample/a?b=1,2", "https://ex.ample/c"), List.of("Québec", "cdnpoli"),
                List.of("pm", "ann_1"), "x", ""));
        posts.add(new Post("x2", "org02", t0 + 30, "", " leading space and trailing ", null, "vid9", List.of(),
                List.of("cdnpoli"), List.of(), "x", "Android"));
        posts.add(new Post("x3", "org03", t0 + 45, "en", "=1+1 @formula", "t03", null, List.of(), List.of(), List.of(),
                "x", ""));
        posts.sort(java.util.Comparator.comparingLong(Post::time).thenComparing(Post::id));
        List<Engagement> likes = new ArrayList<>();
        for (Post p : b.posts()) {
            if (p.accountId().startsWith("brig")) {
                String liker = "brig" + ((p.accountId().charAt(4) - '0' + 1) % 5);
                likes.add(new Engagement(liker, p.id(), Engagement.Type.LIKE, p.time() + 120));
                likes.add(new Engagement("org05", p.id(), Engagement.Type.LIKE, p.time() + 300));
            }
        }
        likes.add(new Engagement("org09", "vid9", Engagement.Type.SHARE, t0 + 10));
        return new Dataset(b.info(), b.accounts(), posts, likes, b.targets());
    }

    @Test
    void aHandMadeDatasetComesBackWithIdenticalDetection() throws Exception {
        Trip t = trip(richBrigade(), Brigade.truth());
        assertThat(t.imported().posts()).hasSize(t.original().posts().size());
        assertThat(t.imported().engagements()).hasSize(t.original().engagements().size());
        assertThat(t.imported().targets()).extracting(x -> x.accountId()).containsExactly("pm");
        assertThat(t.imported().posts()).isEqualTo(t.original().posts().stream()
                .map(p -> new Post(p.id(), p.accountId(), p.time(), p.lang(), p.text(), p.replyTo(), p.sharedObject(),
                        p.links(), p.hashtags(), p.mentions(), "", p.source())).toList());
        assertSameDetection(t.original(), t.imported());
        // the formula-like text was written spreadsheet-safe and read back as it was
        assertThat(new String(t.csv(), java.nio.charset.StandardCharsets.UTF_8)).contains(",'=1+1 @formula,");
        // the in-cluster engagement signal really had likes to count
        Detection d = Detector.detect(t.imported(), DetectorSettings.defaults());
        assertThat(d.signalScores("in-cluster-engagement")[d.indexOf("brig0")]).isGreaterThan(0);
    }

    @Test
    void theLabelsComeBackToo() throws Exception {
        Trip t = trip(richBrigade(), Brigade.truth());
        for (GroundTruth.AccountTruth a : Brigade.truth().accounts().values()) {
            assertThat(t.importedTruth().account(a.accountId()).orElseThrow().cls()).isEqualTo(a.cls());
        }
    }

    @Test
    void aGeneratedDatasetComesBackWithIdenticalDetection() throws Exception {
        Generated g = Generator.generate(ScenarioJson.read(Path.of("src/test/resources/scenarios/test-tiny.json")), 1);
        assertThat(g.dataset().posts()).as("a generated dataset worth testing").hasSizeGreaterThan(500);
        Trip t = trip(g.dataset(), g.truth());
        assertThat(t.imported().posts()).hasSize(g.dataset().posts().size());
        assertThat(t.imported().engagements()).hasSize(g.dataset().engagements().size());
        assertThat(t.imported().targets()).hasSize(g.dataset().targets().size());
        assertSameDetection(g.dataset(), t.imported());
    }
}
