package org.spamouflage.sandbox.simulation;

import java.util.List;
import java.util.function.DoubleConsumer;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/**
 * The seeded generator: a pure function of (scenario, seed). Same inputs give identical output on
 * every machine: no clock, no unseeded randomness, no iteration over hash order.
 */
public final class Generator {
    private Generator() {
    }

    public static Generated generate(Scenario scenario, long seed) {
        return generate(scenario, seed, p -> { });
    }

    /**
     * @param progress receives the fraction done in [0,1], for progress lines on large scenarios
     */
    public static Generated generate(Scenario scenario, long seed, DoubleConsumer progress) {
        // Placeholder until the generator lands: an empty dataset.
        DatasetInfo info = new DatasetInfo(true, "scenario " + scenario.name(), scenario.name(),
                ScenarioJson.hash(scenario), seed, 0, 0);
        progress.accept(1.0);
        return new Generated(new Dataset(info, List.of(), List.of(), List.of(), List.of()),
                new GroundTruth(List.of(), List.of()));
    }
}
