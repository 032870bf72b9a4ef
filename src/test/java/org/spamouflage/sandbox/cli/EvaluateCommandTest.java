package org.spamouflage.sandbox.cli;

import static org.spamouflage.sandbox.cli.CliResult.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.MetricsJson;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.report.Brigade;

/** {@code evaluate}: a detection folder and labels in; the metrics table, metrics.json and the methods note out. */
class EvaluateCommandTest {
    @TempDir
    Path dir;
    Path data;
    Path det;


    @BeforeEach
    void detect() throws IOException {
        data = dir.resolve("data");
        DatasetFolder.write(Brigade.dataset(true), Brigade.truth(), data);
        det = dir.resolve("det");
        assertThat(run("detect", "--data", data.toString(), "--out", det.toString()).code()).isZero();
    }

    @Test
    void matchesAnEvaluationOfTheSameDetectionInsideTheEngine() throws IOException {
        CliResult r = run("evaluate", "--detection", det.toString(), "--truth", data.resolve("truth.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        EvaluationReport fromFile = MetricsJson.readReport(Files.readString(det.resolve("metrics.json")), "metrics.json");
        // Oracle: Pipeline.evaluate on the engine's unrounded scores. accounts.csv rounds to 6 decimals, which could
        // only tie scores closer than 1e-6; none are here, so the numbers agree to rounding error.
        EvaluationReport direct = Pipeline.evaluate(Detector.detect(Brigade.dataset(true), DetectorSettings.defaults()),
                Brigade.truth()).report();
        assertThat(fromFile.combined().auc()).isCloseTo(direct.combined().auc(), within(1e-12));
        assertThat(fromFile.combined().averagePrecision()).isCloseTo(direct.combined().averagePrecision(), within(1e-12));
        assertThat(fromFile.signals()).hasSameSizeAs(direct.signals());
        for (int i = 0; i < direct.signals().size(); i++) {
            SeparationReport a = fromFile.signals().get(i);
            SeparationReport b = direct.signals().get(i);
            assertThat(a.signal()).isEqualTo(b.signal());
            if (b.defined()) {
                assertThat(a.auc()).as(a.signal()).isCloseTo(b.auc(), within(1e-12));
            }
        }
        assertThat(fromFile.bestF1()).usingRecursiveComparison().ignoringFields("threshold").isEqualTo(direct.bestF1());
        assertThat(fromFile.clusters().adjustedRandIndex()).isEqualTo(1.0); // the brigade is the one cell
        assertThat(fromFile.population().campaign()).isEqualTo(5);
    }

    @Test
    void onAGeneratedClassroomScenarioTheAucsMatchTheEngineEvaluation() throws Exception {
        Path gen = dir.resolve("gen");
        assertThat(run("generate", "--scenario", "classroom-small", "--seed", "1", "--out", gen.toString()).code())
                .isZero();
        Path out = dir.resolve("gen-det");
        assertThat(run("detect", "--data", gen.toString(), "--out", out.toString()).code()).isZero();
        CliResult r = run("evaluate", "--detection", out.toString(), "--truth", gen.resolve("truth.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        EvaluationReport fromFile = MetricsJson.readReport(Files.readString(out.resolve("metrics.json")), "metrics.json");
        DatasetFolder.Contents c = DatasetFolder.read(gen);
        EvaluationReport direct = Pipeline.evaluate(Detector.detect(c.dataset(), DetectorSettings.defaults()),
                c.truth()).report();
        assertThat(fromFile.population()).isEqualTo(direct.population());
        // Oracle 1, exact: AUC by brute-force Mann-Whitney pair counting over the engine's scores rounded as
        // accounts.csv writes them (6 decimals): P(campaign > other) + 0.5 P(tie).
        Detection d = Detector.detect(c.dataset(), DetectorSettings.defaults());
        boolean[] campaign = new boolean[d.size()];
        for (int a = 0; a < d.size(); a++) {
            campaign[a] = c.truth().isCampaign(d.accountIds().get(a));
        }
        assertThat(fromFile.combined().auc()).isCloseTo(pairAuc(d.combined(), campaign), within(1e-12));
        for (int i = 0; i < direct.signals().size(); i++) {
            String id = direct.signals().get(i).signal();
            if (direct.signals().get(i).defined()) {
                assertThat(fromFile.signals().get(i).auc()).as(id)
                        .isCloseTo(pairAuc(d.signalScores(id), campaign), within(1e-12));
                // Oracle 2, the engine's own evaluation of unrounded scores: rounding can only merge scores closer
                // than 1e-6 into ties, each such campaign/other pair moving the AUC by at most 0.5 / (P*N).
                assertThat(fromFile.signals().get(i).auc()).as(id)
                        .isCloseTo(direct.signals().get(i).auc(), within(mergedPairsBound(d.signalScores(id), campaign)));
            }
        }
        assertThat(fromFile.clusters()).isEqualTo(direct.clusters());
        assertThat(r.out()).contains("Evaluated " + direct.population().evaluated() + " accounts: "
                + direct.population().campaign() + " campaign");
    }

    /** The most rounding to 6 decimals can move an AUC: 0.5 / (P*N) per campaign/other pair it turns into a tie. */
    static double mergedPairsBound(double[] scores, boolean[] campaign) {
        long merged = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (!campaign[i] || campaign[j] || Double.isNaN(scores[i]) || Double.isNaN(scores[j])) {
                    continue;
                }
                pairs++;
                if (scores[i] != scores[j] && Math.round(scores[i] * 1e6) == Math.round(scores[j] * 1e6)) {
                    merged++;
                }
            }
        }
        return 1e-12 + (pairs == 0 ? 0 : 0.5 * merged / pairs);
    }

    /**
     * AUC by counting every campaign/other pair, on scores rounded to 6 decimals as accounts.csv holds them; an
     * account the signal does not apply to (NaN, written n/a) is in no pair.
     */
    static double pairAuc(double[] scores, boolean[] campaign) {
        double sum = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!campaign[i] || Double.isNaN(scores[i])) {
                continue;
            }
            for (int j = 0; j < scores.length; j++) {
                if (campaign[j] || Double.isNaN(scores[j])) {
                    continue;
                }
                long x = Math.round(scores[i] * 1e6);
                long y = Math.round(scores[j] * 1e6);
                sum += x > y ? 1 : x == y ? 0.5 : 0;
                pairs++;
            }
        }
        return sum / pairs;
    }

    @Test
    void printsTheTableAndWritesTheMethodsNoteWithErrorRates() throws IOException {
        CliResult r = run("evaluate", "--detection", det.toString(), "--truth", data.toString(), "--threshold", "0.3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Evaluated 45 accounts: 5 campaign, 40 other")
                .containsPattern("co-comment +1\\.000 +1\\.000 +1\\.000")
                .contains("at threshold").contains("0.300").contains("at best F1").contains("precision@10")
                .contains("ARI 1.000").contains("Wrote metrics.json, methods.md, methods.html");
        String md = Files.readString(det.resolve("methods.md"));
        assertThat(md).contains("## Error rates against the labels").contains("Source: scenario brigade")
                .contains("| co-comment | 1.000 |");
        assertThat(Files.readString(det.resolve("methods.html"))).contains("<h2>Error rates against the labels</h2>");
    }

    @Test
    void worksOnABareAccountsCsvWithALabelFileOfOnlyCampaignAccounts() throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.copy(det.resolve("accounts.csv"), other.resolve("scores.csv"));
        Path truth = dir.resolve("answers.csv");
        Files.writeString(truth, "account_id,label\nbrig0,bot\nbrig1,bot\nbrig2,bot\nbrig3,bot\nbrig4,bot\n");
        CliResult strict = run("evaluate", "--detection", other.resolve("scores.csv").toString(), "--truth",
                truth.toString());
        assertThat(strict.code()).isEqualTo(2);
        assertThat(strict.err()).contains("40 scored account(s) are not in the ground truth");
        CliResult r = run("evaluate", "--detection", other.resolve("scores.csv").toString(), "--truth", truth.toString(),
                "--unknown", "negative", "--out", dir.resolve("eval").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("no settings.json").contains("no detection.json");
        assertThat(r.out()).contains("5 campaign, 40 other");
        assertThat(Files.readString(dir.resolve("eval/methods.md"))).contains("Data").contains("Not recorded");
    }

    @Nested
    class InvalidInput {
        @Test
        void aBadScoreNamesTheFileLineAndColumn() throws IOException {
            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "account_id,score\nbrig0,0.9\nbrig1,high\nbrig1,0.2\n");
            CliResult r = run("evaluate", "--detection", bad.toString(), "--truth", data.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("bad.csv: line 3, column score: \"high\" is not a number")
                    .contains("bad.csv: line 4, column account_id: \"brig1\" already appears on line 3")
                    .doesNotContain("at org.");
        }

        @Test
        void aBadLabelOrMissingColumnIsExitTwo() throws IOException {
            Path truth = dir.resolve("t.csv");
            Files.writeString(truth, "account_id,class\nbrig0,maybe\n");
            CliResult r = run("evaluate", "--detection", det.toString(), "--truth", truth.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("t.csv: line 2, column class: \"maybe\" is not a class");
            Files.writeString(truth, "id,kind\n");
            assertThat(run("evaluate", "--detection", det.toString(), "--truth", truth.toString()).err())
                    .contains("needs the columns account_id and class");
        }

        @Test
        void badOptionsAreExitTwo() {
            CliResult r = run("evaluate", "--detection", det.toString(), "--truth", data.toString(), "--unknown", "maybe",
                    "--background", "ignore");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--unknown maybe").contains("--background ignore");
            CliResult t = run("evaluate", "--detection", det.toString(), "--truth", data.toString(), "--threshold", "NaN");
            assertThat(t.code()).isEqualTo(2);
            CliResult m = run("evaluate", "--detection", dir.resolve("none").toString(), "--truth", data.toString());
            assertThat(m.code()).isEqualTo(2);
            assertThat(m.err()).contains("no such file");
        }
    }

    @Test
    void helpExplainsWhyItWorksFromTheScoresAlone() {
        CliResult r = run("evaluate", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("never re-runs").contains("someone else").contains("--truth").contains("Exit codes");
    }
}
