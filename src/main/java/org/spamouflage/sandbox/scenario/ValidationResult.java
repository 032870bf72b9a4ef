package org.spamouflage.sandbox.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a scenario file: the scenario when the file is valid, otherwise every
 * problem found, in document order. Exactly one of the two is present.
 *
 * @param scenario the parsed scenario, present only when {@code problems} is empty
 * @param problems every problem, in the order of the fields they name in the file (whole-file
 *                 problems such as size caps last)
 */
public record ValidationResult(Optional<Scenario> scenario, List<ScenarioProblem> problems) {

    public ValidationResult {
        problems = List.copyOf(problems);
        if (scenario.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result holds either a scenario or problems");
        }
    }

    public boolean valid() {
        return scenario.isPresent();
    }

    /** The scenario, or the exception listing every problem. */
    public Scenario orThrow() throws InvalidScenarioException {
        if (scenario.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return scenario.get();
    }
}
