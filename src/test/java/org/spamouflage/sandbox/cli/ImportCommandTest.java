package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetFolder;

class ImportCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Paths.get(ImportCommandTest.class.getResource(name).toURI());
    }

    @Test
    void importsTheCoortweetSampleIntoADatasetFolderThatReadsBack() throws Exception {
        Path dir = tmp.resolve("ru");
        int code = run("import", "--preset", "coortweet", "--in",
                resource("/golden/coortweet-russian/russian_coord_tweets.csv.gz").toString(), "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        Dataset d = DatasetFolder.readDataset(dir);
        assertThat(d.posts()).hasSize(35_125);
        assertThat(d.accounts()).hasSize(9_509);
        assertThat(d.info().synthetic()).isFalse();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"synthetic\": false");
    }

    @Test
    void theAudienceZoneGivenOnImportIsDeclaredInTheManifest() throws Exception {
        Path dir = tmp.resolve("zone");
        int code = run("import", "--preset", "coortweet", "--in",
                resource("/golden/coortweet-russian/russian_coord_tweets.csv.gz").toString(), "--audience-zone",
                "Europe/Moscow", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(DatasetFolder.readDataset(dir).info().audienceTimeZone()).isEqualTo("Europe/Moscow");
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"audience_time_zone\": \"Europe/Moscow\"");
    }

    @Test
    void anUnknownAudienceZoneExitsTwoNamingTheOption() throws Exception {
        int code = run("import", "--preset", "coortweet", "--in",
                resource("/golden/coortweet-russian/russian_coord_tweets.csv.gz").toString(), "--audience-zone",
                "Mars/Olympus", "--out", tmp.resolve("bad").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--audience-zone: unknown zone \"Mars/Olympus\"");
        assertThat(tmp.resolve("bad")).doesNotExist();
    }

    @Test
    void withoutAZoneTheManifestDeclaresNone() throws Exception {
        Path dir = tmp.resolve("nozone");
        assertThat(run("import", "--preset", "coortweet", "--in",
                resource("/golden/coortweet-russian/russian_coord_tweets.csv.gz").toString(), "--out", dir.toString()))
                .isZero();
        assertThat(DatasetFolder.readDataset(dir).info().hasAudienceTimeZone()).isFalse();
    }

    @Test
    void fileWithoutRequiredColumnsExitsTwoAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "object,account,content,ts\no1,a1,c1,1\n");
        Path dir = tmp.resolve("out");
        int code = run("import", "--preset", "coortweet", "--in", bad.toString(), "--out", dir.toString());
        assertThat(code).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("missing required column \"object_id\"");
        assertThat(Files.exists(dir.resolve("manifest.json"))).isFalse();
    }

    @Test
    void missingInputFileExitsTwo() {
        int code = run("import", "--preset", "coortweet", "--in", tmp.resolve("nope.csv").toString(), "--out",
                tmp.resolve("o").toString());
        assertThat(code).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("no such file");
    }
}
