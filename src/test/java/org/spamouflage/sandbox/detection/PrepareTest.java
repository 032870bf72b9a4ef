package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.simulation.Generator;

/**
 * {@link Detector} lets the signals that read the network do their dataset-only part ({@link Signal#prepare})
 * before the network is finished. Scoring a signal on a fresh context, where nothing was prepared, is the oracle:
 * the scores and raw values must be the same, and what was prepared must not stay with the context.
 */
class PrepareTest {

    @Test
    void networkSignalsScoreTheSameWhetherOrNotTheirDatasetPartWasPrepared() throws InvalidScenarioException {
        Dataset ds = Generator.generate(ScenarioJson.read(Path.of("scenarios/classroom-small.json")), 1).dataset();
        Detection detected = Detector.detect(ds, DetectorSettings.defaults());
        // the two signals with a prepared part must have something to score here
        assertThat(detected.applies("camouflage")).isTrue();
        assertThat(detected.applies("in-cluster-engagement")).isTrue();
        DetectionContext fresh = new DetectionContext(ds, DetectorSettings.defaults());
        int compared = 0;
        for (Signal s : Signals.all()) {
            if (s.readsNetwork()) {
                SignalResult alone = s.score(fresh);
                assertThat(alone.scores()).as(s.info().id()).containsExactly(detected.signalScores(s.info().id()));
                assertThat(alone.raw()).as(s.info().id()).containsExactly(detected.signalRaw(s.info().id()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPreparedResultIsHandedOverOnceAndThenComputedAgain() throws InvalidScenarioException {
        Dataset ds = Generator.generate(ScenarioJson.read(Path.of("scenarios/classroom-small.json")), 1).dataset();
        DetectionContext ctx = new DetectionContext(ds, DetectorSettings.defaults());
        ctx.shared(StringBuilder.class, c -> new StringBuilder("prepared"));
        assertThat(ctx.takeShared(StringBuilder.class, c -> new StringBuilder("computed"))).hasToString("prepared");
        assertThat(ctx.takeShared(StringBuilder.class, c -> new StringBuilder("computed"))).hasToString("computed");
    }
}
