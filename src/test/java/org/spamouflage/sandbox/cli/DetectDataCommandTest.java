package org.spamouflage.sandbox.cli;

import static org.spamouflage.sandbox.cli.CliResult.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.report.Brigade;
import org.spamouflage.sandbox.report.ExportFile;

/** {@code detect --data DIR}: a dataset folder in, every export out. */
class DetectDataCommandTest {
    @TempDir
    Path dir;


    private Path brigadeFolder() throws IOException {
        Path data = dir.resolve("data");
        DatasetFolder.write(Brigade.dataset(true), Brigade.truth(), data);
        return data;
    }

    @Test
    void writesEveryExportOfAHandMadeDatasetFolder() throws IOException {
        Path out = dir.resolve("out");
        CliResult r = run("detect", "--data", brigadeFolder().toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Synthetic data: 46 accounts, 128 posts; 45 accounts scored")
                .contains("Network: 10 significant edges between 5 accounts; 1 clusters holding 5 accounts");
        for (ExportFile f : ExportFile.values()) {
            if (f != ExportFile.METRICS_JSON) {
                assertThat(out.resolve(f.fileName())).as(f.fileName()).isNotEmptyFile();
            }
        }
        assertThat(out.resolve("metrics.json")).doesNotExist();
        // labels were in the folder but are never read: the note has no error rates
        assertThat(Files.readString(out.resolve("methods.md"))).contains("No labels were used");
    }

    @Test
    void aRunWithinTheHeapPrintsNoWarning() throws IOException {
        CliResult r = run("detect", "--data", brigadeFolder().toString(), "--out", dir.resolve("out").toString());
        assertThat(r.err()).doesNotContain("warning");
    }

    @Test
    void tooManyPostsForTheHeapAreWarnedAboutWithTheHeapThatWouldDo() {
        long gib = 1L << 30;
        // 9,943,568 posts at 1,430 bytes: 13.24 GiB; times 1.2 for the collector: 15.9, so 16 GB (what worked)
        assertThat(DatasetDetection.heapWarning(9_943_568, 6 * gib)).hasValue("warning: 9,943,568 posts need about"
                + " 13.2 GB of heap at detection's peak (about 1.4 KB a post), and Java allows 6.0 GB here, so this run"
                + " will probably run out of memory; run it with more, e.g. java -Xmx16g -jar spamouflage-sandbox-0.1.0.jar"
                + " detect …");
        assertThat(DatasetDetection.heapWarning(9_943_568, 16 * gib)).as("the heap it ran in").isEmpty();
        assertThat(DatasetDetection.heapWarning(1_112_834, 4 * gib)).as("bench-1m at -Xmx4g").isEmpty();
        // 1,112,834 posts need 1.48 GiB: with a 1 GB heap the suggestion is the 2 GB floor
        assertThat(DatasetDetection.heapWarning(1_112_834, gib)).get().asString().contains("java -Xmx2g -jar");
        assertThat(DatasetDetection.heapWarning(0, 1)).isEmpty();
    }

    @Test
    void twoRunsGiveByteIdenticalFiles() throws IOException {
        Path data = brigadeFolder();
        run("detect", "--data", data.toString(), "--out", dir.resolve("a").toString());
        run("detect", "--data", data.toString(), "--out", dir.resolve("b").toString());
        for (ExportFile f : List.of(ExportFile.values())) {
            Path a = dir.resolve("a").resolve(f.fileName());
            if (Files.exists(a)) {
                assertThat(Files.readAllBytes(dir.resolve("b").resolve(f.fileName()))).as(f.fileName())
                        .isEqualTo(Files.readAllBytes(a));
            }
        }
    }

    @Test
    void aGeneratedFolderWorksEndToEnd() throws IOException {
        Path data = dir.resolve("gen");
        CliResult g = run("generate", "--scenario", "src/test/resources/scenarios/test-tiny.json", "--seed", "1", "--out",
                data.toString());
        assertThat(g.code()).as(g.err()).isZero();
        Path out = dir.resolve("det");
        CliResult r = run("detect", "--data", data.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("accounts.csv")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("methods.md"))).contains("SYNTHETIC DATA").contains("test-tiny")
                .contains("| hour-of-week | Hour-of-week profile |");
        // one column per signal, in catalogue order: hour-of-week right after night-posting
        assertThat(Files.readAllLines(out.resolve("accounts.csv")).get(0)).contains(",night-posting,hour-of-week,");
        CliResult again = run("detect", "--data", data.toString(), "--out", dir.resolve("det2").toString());
        assertThat(again.code()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("det2/network.gexf")))
                .isEqualTo(Files.readAllBytes(out.resolve("network.gexf")));
    }

    @Test
    void theEdgeCapStopsAnOversizedLayerWithItsOptionAndDoesNotChangeAResultWithinIt() throws IOException {
        Path data = brigadeFolder();
        CliResult capped = run("detect", "--data", data.toString(), "--max-edges", "3", "--out",
                dir.resolve("capped").toString());
        assertThat(capped.code()).isEqualTo(2);
        assertThat(capped.err()).contains("--data " + data + ": more than 3 distinct account pairs co-act within a")
                .contains("(the edge cap is --max-edges, now 3)").doesNotContain("Exception");
        CliResult bad = run("detect", "--data", data.toString(), "--max-edges", "0", "--out",
                dir.resolve("bad").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--max-edges 0: must be in [1, 2147483631]");
        run("detect", "--data", data.toString(), "--out", dir.resolve("default").toString());
        CliResult raised = run("detect", "--data", data.toString(), "--max-edges", "1000000000", "--out",
                dir.resolve("raised").toString());
        assertThat(raised.code()).as(raised.err()).isZero();
        for (String f : List.of("accounts.csv", "edges.csv", "clusters.json", "settings.json", "methods.md")) {
            assertThat(Files.readAllBytes(dir.resolve("raised").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("default").resolve(f)));
        }
    }

    @Test
    void aSettingsFileChangesTheRunAndIsWrittenBack() throws IOException {
        Path settings = dir.resolve("s.json");
        Files.writeString(settings, "{\"minClusterSize\": 6, \"signals\": {\"night-posting\": {\"enabled\": false,"
                + " \"weight\": 2.0}}}");
        Path out = dir.resolve("out");
        CliResult r = run("detect", "--data", brigadeFolder().toString(), "--settings", settings.toString(), "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the brigade has 5 accounts: with clusters of at least 6 there are none
        assertThat(r.out()).contains("0 clusters holding 0 accounts");
        assertThat(Files.readString(out.resolve("settings.json"))).contains("\"minClusterSize\" : 6");
        assertThat(Files.readString(out.resolve("methods.md"))).contains("| minClusterSize | 6 |");
    }

    @Nested
    class InvalidInput {
        @Test
        void badJsonInTheSettingsFileIsExitTwoWithTheReason() throws IOException {
            Path settings = dir.resolve("s.json");
            Files.writeString(settings, "{\"minClusterSize\": ");
            CliResult r = run("detect", "--data", brigadeFolder().toString(), "--settings", settings.toString(), "--out",
                    dir.resolve("o").toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).startsWith("--settings " + settings + ":\n  " + settings + ": $: not valid JSON:")
                    .contains("(line 1, column 20)").doesNotContain("at org.");
            assertThat(dir.resolve("o")).doesNotExist();
        }

        @Test
        void unknownSignalsAndImpossibleValuesAreListedTogether() throws IOException {
            Path settings = dir.resolve("s.json");
            Files.writeString(settings, "{\"referenceTimeZone\": \"Mars/Olympus\", \"significanceLevel\": 0,"
                    + " \"coShareWindowSeconds\": -5}");
            CliResult r = run("detect", "--data", brigadeFolder().toString(), "--settings", settings.toString(), "--out",
                    dir.resolve("o").toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("$.referenceTimeZone = Mars/Olympus: not a time zone; allowed: auto")
                    .contains("$.significanceLevel = 0.0: must be above 0 and at most 1; default 0.01")
                    .contains("$.coShareWindowSeconds = -5: " + SettingsMessages.CO_SHARE_MINUS_FIVE);
            Files.writeString(settings, "{\"signals\": {\"telepathy\": {\"enabled\": true, \"weight\": 1}}}");
            CliResult u = run("detect", "--data", dir.resolve("data").toString(), "--settings", settings.toString(),
                    "--out", dir.resolve("o").toString());
            assertThat(u.code()).isEqualTo(2);
            assertThat(u.err()).contains("unknown signal 'telepathy'");
        }

        @Test
        void aMissingSettingsFileOrDatasetFolderIsExitTwo() throws IOException {
            CliResult s = run("detect", "--data", brigadeFolder().toString(), "--settings", "nope.json", "--out",
                    dir.resolve("o").toString());
            assertThat(s.code()).isEqualTo(2);
            assertThat(s.err()).contains("--settings nope.json: no such file");
            CliResult d = run("detect", "--data", dir.resolve("missing").toString(), "--out", dir.resolve("o").toString());
            assertThat(d.code()).isEqualTo(2);
            assertThat(d.err()).doesNotContain("Exception");
        }

        @Test
        void aNonEmptyOutFolderNeedsForce() throws IOException {
            Path out = dir.resolve("out");
            Files.createDirectories(out);
            Files.writeString(out.resolve("keep.txt"), "mine");
            CliResult r = run("detect", "--data", brigadeFolder().toString(), "--out", out.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("not empty");
            CliResult f = run("detect", "--data", dir.resolve("data").toString(), "--out", out.toString(), "--force");
            assertThat(f.code()).as(f.err()).isZero();
            assertThat(out.resolve("keep.txt")).hasContent("mine");
        }
    }

    @Test
    void helpExplainsTheFilesAndTheExitCodes() {
        CliResult r = run("detect", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--data").contains("accounts.csv").contains("network.gexf").contains("--settings")
                .contains("not probabilities").contains("Exit codes");
    }
}
