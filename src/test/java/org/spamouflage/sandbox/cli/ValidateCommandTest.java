package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String write(String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f.toString();
    }

    @Test
    void validFilePrintsValidAndExitsZero() throws Exception {
        String f = write("ok.json", "{\"format\": 1, \"name\": \"ok\"}");
        assertThat(run("validate", "--scenario", f)).isEqualTo(Cli.OK);
        assertThat(out.toString()).isEqualTo(f + ": valid" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void invalidFilePrintsEveryProblemOnStderrAndExitsTwo() throws Exception {
        String f = write("bad.json", "{\"format\": 1, \"organic\": {\"acounts\": 5, \"replyShare\": 2}}");
        assertThat(run("validate", "--scenario", f)).isEqualTo(Cli.INVALID_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                f + ": $.organic.acounts = 5: unknown field `acounts`; allowed: accounts, provinces, languages,"
                        + " bilingualFrenchShare, postsPerAccount, activitySigma, circadian, replyShare,"
                        + " replyHalfLifeMinutes, sloganShare, newsSpikes, superfans, followers, minAccountAgeYears,"
                        + " maxAccountAgeYears, likesPerPost, sharesPerPost; did you mean `accounts`?",
                f + ": $.organic.replyShare = 2: is out of range; allowed: a number from 0 to 1 (share)");
    }

    @Test
    void listsAtMostAHundredProblemsThenHowManyMore() throws Exception {
        String f = write("many.json", "{\"format\": 1, \"campaign\": {\"dormancy\": {\"legacyLanguages\": ["
                + "\"pt\", ".repeat(499) + "\"pt\"]}}}");
        assertThat(run("validate", "--scenario", f)).isEqualTo(Cli.INVALID_INPUT);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(101);
        assertThat(lines.get(0)).startsWith(f + ": $.campaign.dormancy.legacyLanguages = [\"pt\",");
        assertThat(lines.get(100)).isEqualTo(f + ": $: and 400 more problems, not listed (only the first 100 are); fix "
                + "these and check again");
    }

    @Test
    void missingFileExitsTwoWithoutAStackTrace() {
        String f = dir.resolve("nope.json").toString();
        assertThat(run("validate", "--scenario", f)).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo(f + ": $: does not exist; allowed: the path of a scenario file (JSON)"
                + System.lineSeparator());
    }

    @Test
    void missingOptionIsAUsageErrorWithExitTwo() {
        assertThat(run("validate")).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("Missing required option: '--scenario=FILE'");
    }

    @Test
    void helpDescribesTheOptionAndExitCodes() {
        assertThat(run("validate", "--help")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("--scenario=FILE", "Exit codes:", "FILE: valid");
        assertThat(Cli.isCommand(new String[] {"validate"})).isTrue();
    }
}
