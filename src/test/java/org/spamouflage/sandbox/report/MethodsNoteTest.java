package org.spamouflage.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.pipeline.Pipeline;

class MethodsNoteTest {
    static Detection detection;
    static DetectionSummary summary;
    static DetectorSettings settings;
    static EvaluationReport report;

    @BeforeAll
    static void detect() {
        Dataset d = Brigade.dataset(true);
        // non-default values, so the note is seen to report the settings actually used
        settings = DetectorSettings.defaults().withSignal("night-posting", false, 0.75);
        detection = Detector.detect(d, settings);
        summary = DetectionExport.of(d, detection, null).summary();
        report = Pipeline.evaluate(detection, Brigade.truth()).report();
    }

    static String md(EvaluationReport r) {
        return MethodsNote.markdown(summary, settings, detection.signals(), r);
    }

    static String html(EvaluationReport r) {
        return MethodsNote.html(summary, settings, detection.signals(), r);
    }

    @Nested
    class Content {
        @Test
        void listsEverySettingWithItsValueAndMeaning() throws Exception {
            String md = md(null);
            var tree = JsonFiles.MAPPER.readTree(settings.toJson());
            for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = tree.fields(); it.hasNext(); ) {
                var e = it.next();
                if (e.getKey().equals("signals")) {
                    continue;
                }
                String value = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
                assertThat(md).contains("| " + e.getKey() + " | " + Doc.md(value) + " | ");
                assertThat(MethodsNote.SETTING_MEANINGS).as("a meaning for " + e.getKey()).containsKey(e.getKey());
            }
        }

        @Test
        void statesTheCrowdRuleWithItsThreshold() {
            String md = md(null);
            assertThat(md).contains("| crowdAccounts | 200 | ")
                    .contains("the pair test runs on the other actions only")
                    .contains("m(m-1)/2 pairs");
        }

        @Test
        void describesEverySignalWithItsDirectionSourceAndWeight() {
            String md = md(null);
            for (SignalInfo s : detection.signals()) {
                String on = settings.enabled(s.id()) ? "yes" : "no";
                assertThat(md).contains("| " + Doc.md(s.id()) + " | " + Doc.md(s.title()) + " | " + Doc.md(s.kind())
                        + " | " + Doc.md(s.direction()) + " | " + Doc.md(s.source()) + " | " + on + " | "
                        + Numbers.short3(settings.weight(s.id())) + " |");
            }
            assertThat(md).contains("| night-posting |").contains("| no | 0.750 |");
        }

        @Test
        void statesTheDataSourceCountsScenarioAndEngineVersion() {
            String md = md(null);
            assertThat(md).contains("> **SYNTHETIC DATA")
                    .contains("Source: scenario brigade")
                    .contains("Scenario: brigade (SHA-256 of the scenario file: ab12cd), seed 7")
                    .contains("Counts: 46 accounts, 128 posts and comments, 0 likes and bare re-shares, 1 public figures")
                    .contains("Scored: 45 accounts")
                    .contains("engine version " + Pipeline.ENGINE_VERSION)
                    .contains("Result: 10 significant edges between 5 accounts; 1 clusters holding 5 accounts.");
        }

        @Test
        void alwaysStatesTheCaveats() {
            for (String note : new String[] {md(null), md(report)}) {
                assertThat(note).contains("Scores are not probabilities")
                        .contains("Coordination is not proof of inauthenticity")
                        .contains("Synthetic data are labelled so")
                        .contains("account-label permutation null model")
                        .contains("The null model\\'s known weakness".replace("\\'", "'"))
                        .contains("co-act more than independent accounts would");
            }
        }

        @Test
        void importedDataAreNotCalledSynthetic() {
            Dataset d = Brigade.dataset(false);
            Detection det = Detector.detect(d, DetectorSettings.defaults());
            DetectionSummary s = DetectionExport.of(d, det, null).summary();
            String md = MethodsNote.markdown(s, det.settings(), det.signals(), null);
            assertThat(md).doesNotContain("SYNTHETIC").contains("Kind: imported").contains("imported as supplied")
                    .doesNotContain("Scenario:");
        }
    }

    @Nested
    class ErrorRates {
        @Test
        void appearOnlyWhenLabelsExist() {
            assertThat(md(null)).doesNotContain("Error rates against the labels").doesNotContain("| combined |")
                    .contains("No labels were used, so no error rates are given");
            assertThat(md(report)).contains("## Error rates against the labels")
                    .doesNotContain("No labels were used");
        }

        @Test
        void reportTheEvaluationsNumbers() {
            String md = md(report);
            // the brigade is perfectly separated by co-commenting (hand expectation): AUC 1
            assertThat(md).contains("| co-comment | 1.000 |");
            assertThat(md).contains("| combined | " + Numbers.short3(report.combined().auc()) + " | "
                    + Numbers.short3(report.combined().averagePrecision()) + " | "
                    + Numbers.short3(report.combined().ksStatistic()) + " |");
            var best = report.bestF1();
            assertThat(md).contains("| at the best\\-F1 threshold".replace("\\-", "-") + " | "
                    + Numbers.short3(best.threshold()) + " | " + best.flagged() + " | " + best.truePositives() + " | ");
            assertThat(md).contains("Evaluated: 45 accounts, of which 5 campaign (positive) and 40 other.");
            assertThat(md).contains("Adjusted Rand index (1 = clusters are exactly the cells, 0 = chance): 1.000");
            assertThat(md).contains("Precision among the top 10 accounts: ");
        }
    }

    @Nested
    class Html {
        @Test
        void escapesEveryDataDerivedText() {
            DataSummary evil = new DataSummary(false, "import of <img src=x onerror=alert(1)>.csv & more", "", "", 0,
                    0, 0, 1, 1, 0, 0);
            DetectionSummary s = new DetectionSummary(1, "0.1.0", evil, 1, 0, 0, 0, 0, detection.signals());
            DetectorSettings tz = new DetectorSettings(1, "<script>alert(2)</script>", 600, 60, 60, 3600, 0.01, 0.8, 3,
                    3, 2, 200, settings.signals());
            String html = MethodsNote.html(s, tz, detection.signals(), null);
            assertThat(html).doesNotContain("<img").doesNotContain("<script")
                    .contains("import of &lt;img src=x onerror=alert(1)&gt;.csv &amp; more")
                    .contains("&lt;script&gt;alert(2)&lt;/script&gt;");
            String md = MethodsNote.markdown(s, tz, detection.signals(), null);
            assertThat(md).doesNotContain("<img").doesNotContain("<script");
        }

        @Test
        void isStandaloneWithAnInlineStyleAndNoExternalResources() {
            String html = html(report);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("default-src 'none'")
                    .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("http://")
                    .doesNotContain("https://").endsWith("</html>\n");
        }

        @Test
        void saysTheSameAsTheMarkdown() {
            // every heading of the Markdown is a heading of the HTML
            md(report).lines().filter(l -> l.startsWith("## ")).forEach(l ->
                    assertThat(html(report)).contains("<h2>" + Doc.esc(l.substring(3).replace("\\", "")) + "</h2>"));
            assertThat(html(report)).isEqualTo(html(report));
        }
    }

    @Test
    void markdownEscapingKeepsTextLiteral() {
        assertThat(Doc.md("a|b *c* <b>&")).isEqualTo("a\\|b \\*c\\* &lt;b&gt;&amp;");
        assertThat(Doc.esc("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
