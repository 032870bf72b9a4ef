package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.spamouflage.sandbox.cli.CliResult.run;

import org.junit.jupiter.api.Test;

class BenchTextCommandTest {


    @Test
    void measuresNearDuplicatesAndPairingOnSmallSyntheticInput() {
        CliResult r = run("bench", "text", "--texts", "3000", "--runs", "1", "--warmup", "0", "--pairing");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("near-duplicate text: 3000 synthetic posts")
                .contains("run 1: near-duplicates").contains("families holding").contains("pairing:");
    }

    @Test
    void measuresAGeneratedScenarioAndReportsFamiliesByKind() {
        CliResult r = run("bench", "text", "--scenario", "classroom-small", "--seed", "3", "--runs", "1", "--warmup", "0");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("posts of scenario classroom-small (seed 3)")
                .contains("in a family of >= 3 accounts").containsPattern("(?m)^organic +\\d+")
                .containsPattern("(?m)^verbatim +\\d+");
    }

    @Test
    void anUnknownScenarioIsInvalidInput() {
        CliResult r = run("bench", "text", "--scenario", "no-such-scenario", "--runs", "1");
        assertThat(r.code()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(r.err()).contains("no-such-scenario").doesNotContain("Exception");
    }

    @Test
    void rejectsBadValuesAllAtOnceWithExitCodeTwo() {
        CliResult r = run("bench", "text", "--texts", "0", "--runs", "0", "--campaign-share", "1.5");
        assertThat(r.code()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(r.err()).contains("--texts 0 is out of range").contains("--runs 0 is out of range")
                .contains("--campaign-share 1.5 is out of range").doesNotContain("Exception");
    }

    @Test
    void sameSeedSameSyntheticTexts() {
        BenchTextCommand.Synthetic a = BenchTextCommand.Synthetic.generate(500, 0.4, 7);
        BenchTextCommand.Synthetic b = BenchTextCommand.Synthetic.generate(500, 0.4, 7);
        assertThat(a.texts).isEqualTo(b.texts);
        assertThat(a.times).isEqualTo(b.times);
    }
}
