package org.spamouflage.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.OwnerTokens;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.report.DetectionExport;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.security.Roles;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every download address of an import, for each kind of visitor: the owner (its token in the cookie)
 * gets exactly the bytes the importer and detector give when called directly (under the settings kept
 * with the import), an instructor gets them too, and a browser with another token, with no cookie,
 * or asking for an id that does not exist or a file that is not offered gets the same 404.
 */
class ImportFilesControllerTest extends KaribuSpringTest {
    private static final String TOKEN = "ABCDEFGHJKMNPQRSTUVWXYZ2";
    private static final String OTHER = "ZYXWVUTSRQPNMKJHGFEDCBA9";

    @Autowired
    SandboxService service;
    private ImportFilesController controller;
    private byte[] csv;
    private long id;

    @BeforeEach
    void importOne() throws Exception {
        controller = new ImportFilesController(service);
        try (InputStream in = getClass().getResourceAsStream("/ingest/coortweet/shares.csv")) {
            csv = in.readAllBytes();
        }
        id = service.imports().importAndStore(csv, "shares.csv", "Shares June", ImportSettings.of(Preset.COORTWEET),
                ImportAccess.owner(TOKEN), x -> { }, () -> false).stored().orElseThrow().id();
    }

    private MockHttpServletResponse get(String idPart, String file, String cookieTokens, boolean instructor)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/import-files/" + idPart + "/" + file);
        if (cookieTokens != null) {
            request.setCookies(new Cookie(OwnerTokens.COOKIE, cookieTokens));
        }
        if (instructor) {
            request.addUserRole(Roles.INSTRUCTOR);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.download(idPart, file, request, response);
        return response;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFile.class, names = "METRICS_JSON", mode = EnumSource.Mode.EXCLUDE)
    void theOwnerGetsEachFileAsTheEngineWritesIt(ExportFile f) throws Exception {
        ImportResult r = Importer.importStream(new java.io.ByteArrayInputStream(csv), "shares.csv",
                ImportSettings.of(Preset.COORTWEET));
        Detection d = Detector.detect(r.dataset(), DetectorSettings.defaults());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DetectionExport.write(f, r.dataset(), d, null, expected);

        MockHttpServletResponse owner = get(Long.toString(id), f.fileName(), TOKEN, false);
        assertThat(owner.getStatus()).isEqualTo(200);
        assertThat(owner.getContentAsByteArray()).as(f.fileName()).isEqualTo(expected.toByteArray());
        assertThat(owner.getHeader("Content-Disposition")).contains("Shares-June-" + f.fileName());
        assertThat(get(Long.toString(id), f.fileName(), null, true).getContentAsByteArray())
                .as("an instructor's copy").isEqualTo(expected.toByteArray());
        for (MockHttpServletResponse stranger : List.of(get(Long.toString(id), f.fileName(), OTHER, false),
                get(Long.toString(id), f.fileName(), null, false))) {
            assertThat(stranger.getStatus()).isEqualTo(404);
            assertThat(stranger.getContentAsString()).startsWith("Not found");
        }
    }

    @Test
    void theSettingsKeptWithTheImportAreTheOnesExported() throws Exception {
        DetectorSettings mine = DetectorSettings.fromJson("{\"referenceTimeZone\":\"Europe/Berlin\"}");
        service.imports().saveDetectorSettings(id, mine, ImportAccess.owner(TOKEN));
        String json = get(Long.toString(id), "settings.json", TOKEN, false).getContentAsString();
        assertThat(DetectorSettings.fromJson(json)).isEqualTo(mine);
        assertThat(get(Long.toString(id), "methods.md", TOKEN, false).getContentAsString()).contains("Europe/Berlin");
    }

    @Test
    void theOriginalUploadGoesOnlyToItsOwnerAndInstructors() throws Exception {
        assertThat(get(Long.toString(id), "original", TOKEN, false).getContentAsByteArray()).isEqualTo(csv);
        assertThat(get(Long.toString(id), "original", OTHER + "." + TOKEN, false).getContentAsByteArray())
                .as("a browser holding several tokens").isEqualTo(csv);
        assertThat(get(Long.toString(id), "original", null, true).getContentAsByteArray()).isEqualTo(csv);
        assertThat(get(Long.toString(id), "original", OTHER, false).getStatus()).isEqualTo(404);
    }

    @Test
    void unknownIdsUnofferedFilesAndMalformedTokensAreNotFound() throws Exception {
        String missing = get(Long.toString(id + 1000), "accounts.csv", TOKEN, false).getContentAsString();
        String theirs = get(Long.toString(id), "accounts.csv", OTHER, false).getContentAsString();
        assertThat(missing).isEqualTo(theirs);
        assertThat(get("x1", "accounts.csv", TOKEN, false).getStatus()).isEqualTo(404);
        assertThat(get(Long.toString(id), "metrics.json", TOKEN, false).getStatus()).as("no labels").isEqualTo(404);
        assertThat(get(Long.toString(id), "truth.csv", TOKEN, false).getStatus()).isEqualTo(404);
        assertThat(get(Long.toString(id), "accounts.csv", TOKEN.toLowerCase(java.util.Locale.ROOT), false).getStatus())
                .isEqualTo(404);
    }
}
