package org.spamouflage.sandbox.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.report.DetectionExport;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.ui.model.PlaygroundComputer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Explore's download links serve exactly what {@link DetectionExport#write} writes for the same
 * detection, computed here on a separate path (a fresh pipeline, or the importer and the detector
 * called directly), under a file name that starts with the data's name.
 */
class ExportDownloadTest extends KaribuSpringTest {

    @Autowired
    SandboxService service;

    private static Anchor link(ExportFile f) {
        return _get(Anchor.class, spec -> spec.withId(ExportLinks.linkId(f)));
    }

    @Test
    void aGeneratedRunsAccountScoresAreTheBytesDetectionExportWrites() throws Exception {
        navigate("explore?seed=5");
        PlaygroundState state = service.readState(java.util.Map.of("seed", "5")).state();
        PlaygroundComputer.Prepared p = service.prepare(state);
        Pipeline.Run oracle = new Pipeline().run(p.applied(), 5, p.settings());
        for (ExportFile f : new ExportFile[] {ExportFile.ACCOUNTS_CSV, ExportFile.METHODS_HTML, ExportFile.METRICS_JSON}) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            DetectionExport.write(f, oracle.generated().dataset(), oracle.detection(), oracle.evaluation(), expected);
            assertThat(DownloadKt._download(link(f))).as(f.fileName()).isEqualTo(expected.toByteArray());
        }
        String base = state.scenario() + "-seed-5";
        assertThat(link(ExportFile.ACCOUNTS_CSV).getElement().getAttribute("download")).isEqualTo(base + "-accounts.csv");
        // generated data keeps saying so in its exports
        String accounts = new String(DownloadKt._download(link(ExportFile.ACCOUNTS_CSV)), StandardCharsets.UTF_8);
        assertThat(accounts.lines().findFirst().orElseThrow()).endsWith(",synthetic");
        assertThat(accounts.lines().skip(1).findFirst().orElseThrow()).endsWith(",true");
    }

    @Test
    void anImportsExportsAreTheBytesOfTheImporterAndDetectorCalledDirectly() throws Exception {
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream("/ingest/coortweet/shares.csv")) {
            csv = in.readAllBytes();
        }
        long id = service.imports().importAndStore(csv, "shares.csv", "Shares June", ImportSettings.of(Preset.COORTWEET),
                x -> { }).stored().orElseThrow().id();
        navigate("explore?import=" + id);

        ImportResult r = Importer.importStream(new java.io.ByteArrayInputStream(csv), "shares.csv",
                ImportSettings.of(Preset.COORTWEET));
        Detection d = Detector.detect(r.dataset(), DetectorSettings.defaults());
        for (ExportFile f : new ExportFile[] {ExportFile.ACCOUNTS_CSV, ExportFile.EDGES_CSV, ExportFile.NETWORK_GRAPHML,
            ExportFile.NETWORK_GEXF, ExportFile.CLUSTERS_JSON, ExportFile.METHODS_MD, ExportFile.METHODS_HTML}) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            DetectionExport.write(f, r.dataset(), d, null, expected);
            assertThat(DownloadKt._download(link(f))).as(f.fileName()).isEqualTo(expected.toByteArray());
        }
        assertThat(link(ExportFile.NETWORK_GEXF).getElement().getAttribute("download"))
                .isEqualTo("Shares-June-network.gexf");
        assertThat(_find(Anchor.class, spec -> spec.withId(ExportLinks.linkId(ExportFile.METRICS_JSON)))).isEmpty();
        // imported data is not called synthetic: no synthetic column
        assertThat(new String(DownloadKt._download(link(ExportFile.ACCOUNTS_CSV)), StandardCharsets.UTF_8).lines()
                .findFirst().orElseThrow()).doesNotContain("synthetic");
    }
}
