package org.spamouflage.sandbox.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.network.Layer;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/**
 * The scaling work (issue 15: crowds outside the pair test, the near-duplicate prefilter, parallel layers,
 * splits and exports) changes no result the engine gave before it: every AUC below was measured on main at
 * e9e32d0 (before the work) with {@code generate --seed 1}, {@code detect --data} and {@code evaluate}, and on
 * the real windows with {@code bench realdata}; they must hold to three decimals. No crowd (more than
 * {@code crowdAccounts} accounts on one object within the window) occurs in these data, which is why the crowd
 * rule cannot change them.
 */
class ScaleUnchangedTest {

    private static final String SIGNALS = "combined co-comment co-share co-hashtag duplicate-text cross-language"
            + " camouflage in-cluster-engagement night-posting hour-of-week creation-burst account-age"
            + " handle-pattern followers volume regularity dormancy-switch";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "classroom-small | 0.997 0.780 0.973 0.527 0.870 0.675 0.872 0.890 0.893 0.880 0.748 0.837 0.929 0.791 0.373"
                + " 0.596 0.690",
        "crude-flood | 0.999 0.587 0.404 0.526 0.992 0.499 0.447 0.503 0.360 0.225 1.000 0.989 0.659 0.932 0.767"
                + " n/a 0.369",
        "canada-2023 | 1.000 0.935 0.996 0.881 0.977 0.997 0.935 0.986 0.930 0.948 0.876 0.896 0.924 0.866 0.450"
                + " 0.510 0.524",
    })
    void scenarioAucsAreThoseOfMainBeforeTheScalingWork(String name, String aucs) throws Exception {
        Scenario s;
        try (InputStream in = ScaleUnchangedTest.class.getResourceAsStream("/scenarios/" + name + ".json")) {
            s = ScenarioJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json");
        }
        Pipeline.Run run = new Pipeline().run(s, 1, DetectorSettings.defaults());
        assertSameAucs(run.evaluation().report(), aucs);
        assertNoCrowds(run.detection());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "righttroll_islamkills_2016-03-22 | 0.968 n/a 0.615 0.970 0.930 n/a n/a n/a n/a n/a n/a n/a 0.495 0.669"
                + " 0.686 0.493 n/a",
        "hashtaggamer_isisamovie_2016-04-27 | 0.957 n/a 0.565 0.869 0.977 n/a n/a n/a n/a n/a n/a n/a 0.505 0.485"
                + " 0.415 0.355 n/a",
        "lefttroll_blackskinisnotacrime_2016-07-07 | 0.925 n/a 0.767 0.952 0.760 n/a n/a n/a n/a n/a n/a n/a 0.475"
                + " 0.483 0.604 0.435 n/a",
    })
    void realWindowAucsAreThoseOfMainBeforeTheScalingWork(String window, String aucs) throws Exception {
        RealDataBench.Result r = RealDataBench.run(NaiveCopyBaselineTest.window(window), DetectorSettings.defaults());
        Map<String, SeparationReport> bySignal = new LinkedHashMap<>();
        bySignal.put("combined", r.combined());
        r.signals().forEach(x -> bySignal.put(x.signal(), x));
        assertSame(bySignal, aucs);
    }

    private static void assertSameAucs(EvaluationReport report, String aucs) {
        Map<String, SeparationReport> bySignal = new LinkedHashMap<>();
        bySignal.put("combined", report.combined());
        report.signals().forEach(x -> bySignal.put(x.signal(), x));
        assertSame(bySignal, aucs);
    }

    private static void assertSame(Map<String, SeparationReport> bySignal, String aucs) {
        String[] ids = SIGNALS.split(" ");
        String[] expected = aucs.trim().split(" ");
        assertThat(expected).hasSameSizeAs(ids);
        for (int i = 0; i < ids.length; i++) {
            SeparationReport r = bySignal.get(ids[i]);
            assertThat(r).as(ids[i]).isNotNull();
            if (expected[i].equals("n/a")) {
                assertThat(r.defined()).as(ids[i] + " undefined").isFalse();
            } else {
                assertThat(r.defined()).as(ids[i] + " defined").isTrue();
                assertThat(r.auc()).as(ids[i]).isCloseTo(Double.parseDouble(expected[i]), within(0.0005));
            }
        }
    }

    private static void assertNoCrowds(Detection d) {
        for (Layer layer : d.network().layers().values()) {
            assertThat(layer.crowds().rows()).as(layer.id() + " actions in crowds").isZero();
            assertThat(layer.crowds().largest()).as(layer.id() + " largest crowd")
                    .isLessThanOrEqualTo(DetectorSettings.defaults().crowdAccounts());
        }
    }
}
