package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchClassroomCommandTest {

    @Test
    void storesEverySubmissionAndRefusesEveryImmediateSecondOne() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "bench", "classroom", "--students", "4", "--rounds", "2");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("stored 8 of 8 submissions; 8 refused by the rate limit (expected 8); 0 unexpected")
                .contains("| submission accepted (score + store) | 8 |");
    }

    @Test
    void nearestRankPercentile() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        assertThat(BenchClassroomCommand.pct(v, 0.95)).isEqualTo(19); // rank ceil(0.95·20) = 19
        assertThat(BenchClassroomCommand.pct(v, 0.5)).isEqualTo(10);
        assertThat(BenchClassroomCommand.pct(new double[] {7}, 0.95)).isEqualTo(7);
    }

    @Test
    void refusesSillySizes() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", "classroom", "--students", "0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--students must be 1–500");
    }
}
