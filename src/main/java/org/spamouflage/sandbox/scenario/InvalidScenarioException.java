package org.spamouflage.sandbox.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a scenario has problems; carries every problem found, not just the first. */
public final class InvalidScenarioException extends Exception {
    private final transient List<ScenarioProblem> problems;

    public InvalidScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
