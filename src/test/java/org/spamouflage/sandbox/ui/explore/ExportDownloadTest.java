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
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.report.DetectionExport;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.ui.base.ImportOwner;
import org.spamouflage.sandbox.explore.ExportFiles;
import org.spamouflage.sandbox.playground.PlaygroundComputer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Explore's download links serve exactly what {@link DetectionExport#write} writes for the same
 * detection, computed here on a separate path (a fresh pipeline), under a file name that starts with
 * the data's name. An import's links point at its own download addresses (their bytes and who may
 * fetch them: {@code ImportFilesControllerTest}).
 */
class ExportDownloadTest extends KaribuSpringTest {
    private static final ImportAccess OWNER = ImportAccess.owner("ABCDEFGHJKMNPQRSTUVWXYZ2");

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
    void anImportsLinksPointAtItsOwnDownloadAddressesUnderItsName() throws Exception {
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream("/ingest/coortweet/shares.csv")) {
            csv = in.readAllBytes();
        }
        long id = service.imports().importAndStore(csv, "shares.csv", "Shares June", ImportSettings.of(Preset.COORTWEET),
                OWNER, x -> { }, () -> false).stored().orElseThrow().id();
        ImportOwner.adopt(OWNER.ownerToken());
        navigate("explore?import=" + id);

        for (ExportFile f : ExportFiles.offered(false)) {
            assertThat(link(f).getHref()).isEqualTo("/import-files/" + id + "/" + f.fileName());
        }
        assertThat(link(ExportFile.NETWORK_GEXF).getElement().getAttribute("download"))
                .isEqualTo("Shares-June-network.gexf");
        assertThat(link(ExportFile.SETTINGS_JSON).getElement().getAttribute("download"))
                .isEqualTo("Shares-June-settings.json");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-original")).getHref())
                .isEqualTo("/import-files/" + id + "/original");
        assertThat(_find(Anchor.class, spec -> spec.withId(ExportLinks.linkId(ExportFile.METRICS_JSON)))).isEmpty();
    }
}
