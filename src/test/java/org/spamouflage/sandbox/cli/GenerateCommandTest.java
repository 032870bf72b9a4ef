package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.dataset.Manifest;

class GenerateCommandTest {

    @TempDir
    Path tmp;
    Path scenario;
    Path out;
    String stdout;
    String stderr;

    @BeforeEach
    void scenarioFile() throws IOException {
        scenario = tmp.resolve("tiny.json");
        try (var in = getClass().getClassLoader().getResourceAsStream("scenarios/test-tiny.json")) {
            Files.write(scenario, in.readAllBytes());
        }
        out = tmp.resolve("out");
    }

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.run(new PrintWriter(o), new PrintWriter(e), args);
        stdout = o.toString();
        stderr = e.toString();
        return code;
    }

    @Nested
    class Succeeds {

        @Test
        void writesTheFolderAndPrintsAOneLineSummary() throws Exception {
            assertThat(run("generate", "--scenario", scenario.toString(), "--seed", "7", "--out", out.toString()))
                    .isZero();
            for (String f : new String[] {"manifest.json", "accounts.jsonl", "posts.jsonl", "engagements.jsonl",
                "targets.jsonl", "posts.csv", "coortweet.csv", "truth.csv", "post_truth.csv", "README.txt"}) {
                assertThat(out.resolve(f)).isRegularFile();
            }
            assertThat(stdout.lines()).hasSize(1);
            assertThat(stdout).startsWith("Wrote " + out + ": ").contains(" posts", "scenario test-tiny, seed 7",
                    "all people are invented");
            assertThat(stderr).isEmpty();
            Manifest m = DatasetFolder.readManifest(out);
            assertThat(m.info().seed()).isEqualTo(7);
            assertThat(m.info().synthetic()).isTrue();
            assertThat(m.info().scenarioName()).isEqualTo("test-tiny");
            assertThat(m.info().scenarioHash()).hasSize(64);
        }

        @Test
        void resolvesAShippedScenarioByName() {
            // test-tiny.json sits in the test classpath's scenarios/ folder, as shipped scenarios do in the jar.
            assertThat(run("generate", "--scenario", "test-tiny", "--seed", "1", "--out", out.toString())).isZero();
            assertThat(stdout).contains("scenario test-tiny, seed 1");
        }

        @Test
        void acceptsAnEmptyExistingFolderAndNegativeSeeds() throws IOException {
            Files.createDirectories(out);
            assertThat(run("generate", "--scenario", scenario.toString(), "--seed", "-3", "--out", out.toString()))
                    .isZero();
            assertThat(stdout).contains("seed -3");
        }

        @Test
        void forceReplacesTheDatasetFilesAndKeepsOthers() throws IOException {
            Files.createDirectories(out);
            Files.writeString(out.resolve("notes.md"), "mine");
            Files.writeString(out.resolve("posts.csv"), "old");
            assertThat(run("generate", "--scenario", scenario.toString(), "--seed", "1", "--out", out.toString(),
                    "--force")).isZero();
            assertThat(out.resolve("notes.md")).hasContent("mine");
            assertThat(Files.readString(out.resolve("posts.csv"))).startsWith("post_id,account_id,created_at,");
        }

        @Test
        void helpDescribesEveryOption() {
            assertThat(run("generate", "--help")).isZero();
            assertThat(stdout).contains("--scenario", "--seed", "--out", "--force", "Exit codes:",
                    "byte-identical");
        }
    }

    @Nested
    class RejectsInvalidInputWithExitCode2 {

        @Test
        void listsTheProblemsOfAnInvalidScenario() throws IOException {
            Path bad = tmp.resolve("bad.json");
            Files.writeString(bad, "{\n  \"name\": \"x\",,\n}");
            assertThat(run("generate", "--scenario", bad.toString(), "--seed", "1", "--out", out.toString()))
                    .isEqualTo(2);
            // The wording belongs to scenario validation; here: the file, the path and the line are named.
            assertThat(stderr).startsWith(bad + ": $").contains("line 2");
            assertThat(stderr).doesNotContain("Exception", "\tat ");
            assertThat(out).doesNotExist();
        }

        @Test
        void printsEveryProblemOnItsOwnLine() throws IOException {
            Path bad = tmp.resolve("types.json");
            Files.writeString(bad, "{\"format\":1,\"organic\":{\"accounts\":\"many\"}}");
            assertThat(run("generate", "--scenario", bad.toString(), "--seed", "1", "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(stderr.lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(bad + ": $"));
        }

        @Test
        void namesAMissingScenarioFile() {
            assertThat(run("generate", "--scenario", tmp.resolve("nope.json").toString(), "--seed", "1", "--out",
                    out.toString())).isEqualTo(2);
            assertThat(stderr.strip()).startsWith(tmp.resolve("nope.json") + ": $").contains("does not exist");
        }

        @Test
        void namesAnUnknownShippedScenario() {
            assertThat(run("generate", "--scenario", "atlantis-2031", "--seed", "1", "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(stderr).startsWith("--scenario atlantis-2031: no such file, and no shipped scenario of that"
                    + " name (shipped: ").contains("test-tiny");
        }

        @Test
        void refusesAScenarioFileThatIsNotUtf8() throws IOException {
            Path latin1 = tmp.resolve("latin1.json");
            Files.write(latin1, "{\"name\":\"Qu\u00e9bec\"}".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(run("generate", "--scenario", latin1.toString(), "--seed", "1", "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(stderr.strip()).startsWith(latin1 + ": $").contains("is not UTF-8 text");
        }

        @Test
        void refusesAHugeScenarioFileWithoutReadingIt() throws IOException {
            Path huge = tmp.resolve("huge.json");
            Files.write(huge, new byte[org.spamouflage.sandbox.scenario.ScenarioValidator.MAX_FILE_BYTES + 1]);
            assertThat(run("generate", "--scenario", huge.toString(), "--seed", "1", "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(stderr).startsWith(huge + ": $").contains("larger than 1048576 bytes");
        }

        @Test
        void refusesANonEmptyFolderWithoutForce() throws IOException {
            Files.createDirectories(out);
            Files.writeString(out.resolve("keep.txt"), "precious");
            assertThat(run("generate", "--scenario", scenario.toString(), "--seed", "1", "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(stderr.strip()).isEqualTo("--out " + out + ": the folder is not empty; choose an empty or new"
                    + " folder, or add --force to replace the dataset files in it (other files are kept)");
            try (var files = Files.list(out)) {
                assertThat(files).containsExactly(out.resolve("keep.txt"));
            }
        }

        @Test
        void refusesAnOutPathThatIsAFile() throws IOException {
            Files.writeString(out, "x");
            assertThat(run("generate", "--scenario", scenario.toString(), "--seed", "1", "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(stderr.strip()).isEqualTo("--out " + out + ": is a file, not a folder");
        }

        @Test
        void refusesASeedThatIsNotANumber() {
            assertThat(run("generate", "--scenario", scenario.toString(), "--seed", "abc", "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(stderr).contains("'abc'", "--seed");
        }

        @Test
        void requiresTheOutFolder() {
            assertThat(run("generate", "--scenario", scenario.toString(), "--seed", "1")).isEqualTo(2);
            assertThat(stderr).contains("Missing required option: '--out=DIR'");
        }
    }

    @Nested
    class Progress {

        @Test
        void estimatesThePostsOfTheDefaultScenarioByHand() {
            // 40 days (2023-08-07..09-15): organic 6000×3 + superfans 15×12×40 + bots 30×20×40
            // + politicians 50×1×40 + campaign 2000×7.5 = 18000 + 7200 + 24000 + 2000 + 15000.
            assertThat(GenerateCommand.estimatedPosts(org.spamouflage.sandbox.scenario.ScenarioJson.defaults()))
                    .isEqualTo(66_200);
        }

        @Test
        void printsEachWholePercentOnceOnOneLineThenWhatComesNext() {
            StringWriter e = new StringWriter();
            var progress = new GenerateCommand.Progress(new PrintWriter(e), true);
            for (double f : new double[] {0.0, 0.004, 0.5, 0.501, 0.999, 1.0}) {
                progress.accept(f);
            }
            progress.finish("writing out …");
            assertThat(e.toString()).isEqualTo("\rgenerating 0%\rgenerating 50%\rgenerating 99%\rgenerating 100%\n"
                    + "writing out …\n");
        }

        @Test
        void staysSilentForSmallScenarios() {
            StringWriter e = new StringWriter();
            var progress = new GenerateCommand.Progress(new PrintWriter(e), false);
            progress.accept(0.5);
            progress.finish("writing out …");
            assertThat(e.toString()).isEmpty();
        }
    }

    @Nested
    class FailsWithExitCode1 {

        @Test
        void whenTheFolderCannotBeCreated() throws IOException {
            // A path below a regular file can never be created, even by root (tests may run as root,
            // for whom permission bits do not stop writing).
            Path blocker = tmp.resolve("blocker");
            Files.writeString(blocker, "x");
            Path unwritable = blocker.resolve("sub");
            assertThat(run("generate", "--scenario", scenario.toString(), "--seed", "1", "--out",
                    unwritable.toString())).isEqualTo(1);
            assertThat(stderr.strip()).startsWith("error: cannot write the dataset folder " + unwritable + ": ")
                    .doesNotContain("Exception");
            assertThat(stderr.lines()).hasSize(1);
        }
    }
}
