package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import static org.spamouflage.sandbox.cli.CliResult.run;

import org.junit.jupiter.api.Test;

class BenchImportCommandTest {

    static String fixture(String name) throws URISyntaxException {
        return Path.of(BenchImportCommandTest.class.getResource("/ingest/" + name).toURI()).toString();
    }


    @Test
    void timesAnImportAndComparesParsers() throws URISyntaxException {
        CliResult r = run("bench", "import", "--preset", "coortweet", "--in", fixture("coortweet/shares.csv"), "--repeat", "2",
                "--compare-parsers");
        assertThat(r.code()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("bench import: shares.csv, preset coortweet, 2 run(s)")
                .contains("6 rows in the file: 6 accepted, 0 rejected: 6 posts by 3 accounts")
                .containsPattern("run 2: [0-9.]+ s wall, [0-9.]+ s CPU \\(main thread [0-9.]+ s, GC pauses [0-9.]+ s\\), peak heap [0-9,]+ MB")
                .contains("built-in reader").contains("(6 rows); commons-csv");
    }

    @Test
    void reportsEveryBadOptionAtOnce() throws URISyntaxException {
        CliResult r = run("bench", "import", "--preset", "coortweat", "--in", fixture("coortweet/shares.csv"),
                "--time-format", "unix", "--zone", "Mars/Olympus", "--map", "acount=user");
        assertThat(r.code()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(r.err()).contains(
                "--preset: unknown preset \"coortweat\"; allowed: coortweet, qut, io-archive, generic",
                "--map acount=user: unknown field \"acount\"; allowed: id, account, handle",
                "--time-format: unknown time format \"unix\"; allowed: iso, epoch-s, epoch-ms",
                "--zone: unknown zone \"Mars/Olympus\"");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void fileLevelProblemsExitWithInvalidInput() throws URISyntaxException {
        CliResult r = run("bench", "import", "--preset", "coortweet", "--in", fixture("coortweet/missing-column.csv"));
        assertThat(r.code()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(r.err()).contains("missing-column.csv: missing required column \"timestamp_share\" (did you mean "
                + "\"timestamp\"?)");
    }
}
