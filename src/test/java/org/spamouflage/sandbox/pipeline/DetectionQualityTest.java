package org.spamouflage.sandbox.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/**
 * The quality floor on the shipped scenarios with default settings (seed 1; the 5-seed
 * table with intervals is in BENCHMARKS.md, from {@code bench detection}).
 */
class DetectionQualityTest {

    private static EvaluationReport run(String name) throws Exception {
        Scenario s;
        try (InputStream in = DetectionQualityTest.class.getResourceAsStream("/scenarios/" + name + ".json")) {
            s = ScenarioJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json");
        }
        return new Pipeline().run(s, 1, DetectorSettings.defaults()).evaluation().report();
    }

    @Test
    void canada2023IsSeparatedWithCombinedAucAtLeast095() throws Exception {
        EvaluationReport r = run("canada-2023");
        assertThat(r.combined().auc()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.bestF1().f1()).isGreaterThan(0.9);
    }

    @Test
    void crudeFloodIsSeparatedWithCombinedAucAtLeast095() throws Exception {
        assertThat(run("crude-flood").combined().auc()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void sophisticatedNetworkIsHarderThanCanada2023() throws Exception {
        EvaluationReport soph = run("sophisticated-network");
        EvaluationReport canada = run("canada-2023");
        assertThat(soph.bestF1().f1()).isLessThan(canada.bestF1().f1() - 0.2);
    }

    @Test
    void organicOnlyFlagsNobodyAtTheMiddleThreshold() throws Exception {
        EvaluationReport r = run("organic-only");
        assertThat(r.combined().positives()).isZero();
        assertThat(r.atThreshold().falsePositives()).isZero();
    }
}
