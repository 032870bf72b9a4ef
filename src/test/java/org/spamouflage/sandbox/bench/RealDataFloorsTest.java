package org.spamouflage.sandbox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spamouflage.sandbox.detection.DetectorSettings;

/**
 * Floors on real, labelled campaigns with the default settings, so that a later change cannot silently
 * lose what the engine reaches today (measured by {@code bench realdata}, BENCHMARKS.md "Real campaigns";
 * floors are those figures less a small margin). Not targets: the engine is also measured on real data
 * that are not in the project, and fitting these windows would show there.
 */
class RealDataFloorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // window, combined AUC floor, precision@50 floor (measured 0.968 / 1.00, 0.957 / 0.98, 0.925 / 1.00)
        "righttroll_islamkills_2016-03-22, 0.96, 0.98",
        "hashtaggamer_isisamovie_2016-04-27, 0.95, 0.96",
        "lefttroll_blackskinisnotacrime_2016-07-07, 0.91, 0.98",
    })
    void defaultsKeepTheirSeparationAndBeatTheCopyBaseline(String name, double aucFloor, double at50Floor)
            throws Exception {
        RealDataBench.Result r = RealDataBench.run(NaiveCopyBaselineTest.window(name), DetectorSettings.defaults());
        assertThat(r.combined().auc()).as("combined AUC").isGreaterThanOrEqualTo(aucFloor);
        assertThat(r.precisionAt50()).as("precision@50").isGreaterThanOrEqualTo(at50Floor);
        assertThat(r.bestF1().f1()).as("best F1 against the baseline's").isGreaterThan(r.baseline().f1());
        // the local-time signals cannot apply: nobody said where the audience lives
        assertThat(r.signals()).filteredOn(s -> s.signal().equals("night-posting")).allSatisfy(s ->
                assertThat(s.defined()).isFalse());
    }

    @Test
    void coortweetsOwnNetworkRanksAboveTheRestOfItsSample() throws Exception {
        Path sample = Paths.get(RealDataFloorsTest.class
                .getResource("/golden/coortweet-russian/russian_coord_tweets.csv.gz").toURI());
        RealDataBench.CoortweetResult c = RealDataBench.coortweet(sample, DetectorSettings.defaults());
        assertThat(c.members()).isEqualTo(2110);
        assertThat(c.membershipAuc()).isGreaterThanOrEqualTo(0.74); // measured 0.751
        // Diagnostics, against CooRTweet's and the QUT toolkit's own files: their networks' total weights are the
        // numbers of cross-account pairs within 10 s (1,098) and 60 s (6,281), so the bands hold exactly these.
        assertThat(Math.round(c.pairsPerSecond()[0] * 11)).isEqualTo(1_098);
        assertThat(Math.round(c.pairsPerSecond()[1] * 50)).isEqualTo(6_281 - 1_098);
        assertThat(c.recurringPairs()).isEqualTo(32);
        assertThat(c.recurringExpected()).isBetween(13.0, 15.0); // 13.9; the closed form Σλ²/2 gives 14.4
    }
}
