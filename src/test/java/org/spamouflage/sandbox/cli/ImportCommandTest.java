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

    /** Issue 12: a stray quote on data row 10 of 6,000 used to print "9 rows accepted, 1 rejected". */
    @Test
    void aStrayQuoteCostsOneRowAndTheSummaryCountsEveryRow() throws Exception {
        StringBuilder csv = new StringBuilder("object_id,account_id,content_id,timestamp_share\n");
        for (int i = 0; i < 6000; i++) {
            csv.append("o").append(i % 97).append(i == 9 ? ",\"a" : ",a").append(i % 500).append(",c").append(i)
                    .append(',').append(1623881000 + i).append('\n');
        }
        Path in = tmp.resolve("stray.csv");
        Files.writeString(in, csv);
        Path dir = tmp.resolve("out");
        int code = run("import", "--preset", "coortweet", "--in", in.toString(), "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("6,000 rows in the file: 5,999 accepted, 1 rejected: 5,999 posts by ");
        assertThat(err.toString().lines()).containsExactly("row 11, column \"account_id\": unbalanced quote: the quote "
                + "opened on line 11 is not closed within 100,000 bytes (the field limit); only line 11 was rejected "
                + "and reading resumed on line 12");
        assertThat(DatasetFolder.readDataset(dir).posts()).hasSize(5999);
    }

    @Test
    void anImportStoppedAtTheErrorLimitCountsTheRestAndExitsTwo() throws Exception {
        StringBuilder csv = new StringBuilder("object_id,account_id,content_id,timestamp_share\n");
        for (int i = 0; i < 50; i++) {
            csv.append("o1,a").append(i).append(",c").append(i).append(i < 5 ? ",1623881000\n" : ",soon\n");
        }
        Path in = tmp.resolve("bad.csv");
        Files.writeString(in, csv);
        int code = run("import", "--preset", "coortweet", "--in", in.toString(), "--out", tmp.resolve("o").toString(),
                "--max-errors", "3", "--show-errors", "0");
        assertThat(code).isEqualTo(Cli.INVALID_INPUT);
        assertThat(out.toString()).startsWith("50 rows in the file: 5 accepted, 3 rejected, 42 unchecked: 5 posts by 5 "
                + "accounts; stopped early: more than 3 rows were rejected (the error limit): the import stopped at row "
                + "10; the first 3 are listed");
    }

    @Test
    void missingInputFileExitsTwo() {
        int code = run("import", "--preset", "coortweet", "--in", tmp.resolve("nope.csv").toString(), "--out",
                tmp.resolve("o").toString());
        assertThat(code).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("no such file");
    }
}
