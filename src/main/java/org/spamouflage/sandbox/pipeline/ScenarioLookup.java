package org.spamouflage.sandbox.pipeline;

import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;

/** Finds a scenario by the name a Playground state or lesson link uses. */
@FunctionalInterface
public interface ScenarioLookup {

    /**
     * @throws InvalidScenarioException when the scenario is unknown or its file is invalid; the
     *                                  problems say which
     */
    Scenario load(String name) throws InvalidScenarioException;
}
