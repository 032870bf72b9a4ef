package org.spamouflage.sandbox.ui.model;

import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;

/** Finds a scenario by the name a Playground state or lesson link uses. */
@FunctionalInterface
public interface ScenarioSource {

    /**
     * @throws InvalidScenarioException when the scenario is unknown or its file is invalid; the
     *                                  problems say which
     */
    Scenario load(String name) throws InvalidScenarioException;
}
