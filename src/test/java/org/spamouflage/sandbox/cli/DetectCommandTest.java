package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import static org.spamouflage.sandbox.cli.CliResult.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectCommandTest {

    @TempDir
    Path dir;


    private Path csv(String content) throws IOException {
        Path f = dir.resolve("in.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private Path russianSample() throws IOException {
        Path f = dir.resolve("russian_coord_tweets.csv.gz");
        try (InputStream in = getClass().getResourceAsStream("/golden/coortweet-russian/russian_coord_tweets.csv.gz")) {
            Files.copy(in, f);
        }
        return f;
    }

    @Test
    void writesTheGoldenEdgesAndASummaryForTheRussianSample() throws IOException {
        Path out = dir.resolve("out");
        CliResult r = run("detect", "--coortweet", russianSample().toString(), "--window", "10",
                "--min-participation", "1", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1092 edges (total weight 1098)");
        List<String> edges = Files.readAllLines(out.resolve("edges.csv"));
        List<String> golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/coortweet-russian/edges_window10s.csv")) {
            golden = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"));
        }
        assertThat(edges.get(0)).startsWith("account_a,account_b,weight,");
        assertThat(edges.subList(1, edges.size()).stream()
                .map(l -> l.substring(0, l.indexOf(',', l.indexOf(',', l.indexOf(',') + 1) + 1))).toList())
                .isEqualTo(golden.subList(1, golden.size()));
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"edges\": 1092", "\"totalWeight\": 1098", "\"rows\": 35125",
                "\"windowSeconds\": 10", "\"minParticipation\": 1");
    }

    @Test
    void sameInputGivesByteIdenticalFiles() throws IOException {
        Path in = russianSample();
        run("detect", "--coortweet", in.toString(), "--window", "60", "--out", dir.resolve("a").toString());
        run("detect", "--coortweet", in.toString(), "--window", "60", "--out", dir.resolve("b").toString());
        assertThat(Files.readAllBytes(dir.resolve("a/edges.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("b/edges.csv")));
        assertThat(Files.readAllBytes(dir.resolve("a/summary.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b/summary.json")));
    }

    @Test
    void significantOnlyKeepsTheCoordinatedPairs() throws IOException {
        StringBuilder sb = new StringBuilder("object_id,account_id,content_id,timestamp_share\n");
        int c = 0;
        for (int o = 0; o < 20; o++) {
            for (int b = 0; b < 4; b++) {
                sb.append("bot_obj").append(o).append(",bot").append(b).append(",c").append(c++).append(',')
                        .append(o * 100_000 + b).append('\n');
            }
            for (int k = 0; k < 30; k++) {
                sb.append("bot_obj").append(o).append(",user").append(o * 30 + k).append(",c").append(c++).append(',')
                        .append(o * 100_000 + 5_000 + k * 40).append('\n');
            }
        }
        Path out = dir.resolve("sig");
        CliResult r = run("detect", "--coortweet", csv(sb.toString()).toString(), "--window", "60", "--min-participation",
                "1", "--significant-only", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> edges = Files.readAllLines(out.resolve("edges.csv"));
        assertThat(edges).hasSize(1 + 6);
        assertThat(edges.subList(1, 7)).allMatch(l -> l.matches("bot\\d,bot\\d,20,20,.*"));
    }

    @Nested
    class BadInput {
        @Test
        void missingColumnsExitTwoAndNameThem() throws IOException {
            CliResult r = run("detect", "--coortweet", csv("object_id,user,content_id,timestamp_share\nX,A,c,1\n").toString(),
                    "--window", "10", "--out", dir.resolve("o").toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("missing column account_id").doesNotContain("Exception");
        }

        @Test
        void badTimestampsExitTwoWithEveryLineNumber() throws IOException {
            CliResult r = run("detect", "--coortweet",
                    csv("object_id,account_id,content_id,timestamp_share\nX,A,c,1\nX,B,c,x\nX,C,c,\n").toString(),
                    "--window", "10", "--out", dir.resolve("o").toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("2 problems", "line 3: timestamp_share 'x'", "line 4: timestamp_share ''");
        }

        @Test
        void missingWindowIsAnInputError() throws IOException {
            CliResult r = run("detect", "--coortweet", csv("object_id,account_id,content_id,timestamp_share\n").toString(),
                    "--out", dir.resolve("o").toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--window is required");
        }

        @Test
        void aMissingFileIsAnInputError() {
            CliResult r = run("detect", "--coortweet", dir.resolve("nope.csv").toString(), "--window", "5", "--out",
                    dir.resolve("o").toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("no such file");
        }

        @Test
        void coortweetAndDataAreMutuallyExclusive() {
            CliResult r = run("detect", "--coortweet", "a.csv", "--data", "d", "--window", "5", "--out", "o");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("mutually exclusive");
        }
    }

    @Test
    void dataThatIsNotADatasetFolderIsInvalidInput() {
        // (detect --data itself is tested in DetectDataCommandTest)
        CliResult r = run("detect", "--data", dir.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("manifest.json").doesNotContain("Exception");
    }

    @Test
    void helpDescribesTheColumnsAndExitsZero() {
        CliResult r = run("detect", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--coortweet", "--window", "--min-participation", "edges.csv", "summary", "--data");
    }
}
