package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.spamouflage.sandbox.cli.CliResult.run;

import org.junit.jupiter.api.Test;

class BenchCommandTest {


    @Test
    void benchGenerateReportsTimesCountsAndPeakHeap() {
        CliResult r = run("bench", "generate", "--scenario", "scenarios/classroom-small.json", "--seed", "3",
                "--warmup", "0", "--runs", "2");
        assertThat(r.code()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("scenario classroom-small, seed 3").contains("run 1:").contains("run 2:")
                .containsPattern("time: mean [0-9.]+ s, min [0-9.]+ s over 2 runs")
                .containsPattern("peak heap: [0-9]+ MB").containsPattern("[0-9]+ posts");
    }

    @Test
    void benchValidateReportsTimeAllocationAndProblems() {
        CliResult r = run("bench", "validate", "--scenario", "scenarios/classroom-small.json", "--repeat", "2");
        assertThat(r.code()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("bench validate: scenarios/classroom-small.json")
                .containsPattern("run 2: [0-9.]+ s wall, [0-9.]+ s CPU, [0-9,?]+ (MB )?allocated; 0 problems \\(0 listed\\)");
    }

    @Test
    void aMissingScenarioFileIsInvalidInputNamingTheFile() {
        CliResult r = run("bench", "generate", "--scenario", "no/such/file.json", "--runs", "1");
        assertThat(r.code()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(r.err()).contains("no/such/file.json").doesNotContain("Exception");
    }

    @Test
    void aShippedScenarioCanBeNamed() {
        CliResult r = run("bench", "generate", "--scenario", "classroom-small", "--warmup", "0", "--runs", "1");
        assertThat(r.code()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("scenario classroom-small");
    }

    @Test
    void rejectsZeroRuns() {
        CliResult r = run("bench", "generate", "--runs", "0");
        assertThat(r.code()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(r.err()).contains("--runs 0");
    }

    @Test
    void benchWithoutWhatToMeasureShowsUsage() {
        CliResult r = run("bench");
        assertThat(r.code()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(r.err()).contains("choose what to measure: coshare, coshare-data, import, io, text, detection, pairing, generate, playground");
    }

    @Test
    void everyBenchCommandHasHelp() {
        assertThat(run("bench", "--help").out()).contains("generate");
        assertThat(run("bench", "generate", "--help").out()).contains("--scenario").contains("--warmup").contains("--runs");
    }
}
