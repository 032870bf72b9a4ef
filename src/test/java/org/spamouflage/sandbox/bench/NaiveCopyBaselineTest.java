package org.spamouflage.sandbox.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The baseline reproduces the figures its README states (computed there independently, in Python). */
class NaiveCopyBaselineTest {

    static Path window(String name) throws Exception {
        return Paths.get(NaiveCopyBaselineTest.class.getResource("/realdata/" + name + "/tweets.csv").toURI()).getParent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "righttroll_islamkills_2016-03-22, 103, 99, 0.961, 0.669, 0.789",
        "hashtaggamer_isisamovie_2016-04-27, 79, 65, 0.823, 0.903, 0.861",
        "lefttroll_blackskinisnotacrime_2016-07-07, 112, 92, 0.821, 0.893, 0.856",
    })
    void reproducesTheReadmesFigures(String name, int flagged, int tp, double precision, double recall, double f1)
            throws Exception {
        Path w = window(name);
        RealDataBench.Baseline b = RealDataBench.baseline(RealDataBench.importWindow(w), RealDataBench.labels(w));
        assertThat(b.flagged()).isEqualTo(flagged);
        assertThat(b.truePositives()).isEqualTo(tp);
        assertThat(b.precision()).isCloseTo(precision, within(0.0005));
        assertThat(b.recall()).isCloseTo(recall, within(0.0005));
        assertThat(b.f1()).isCloseTo(f1, within(0.0005));
    }
}
