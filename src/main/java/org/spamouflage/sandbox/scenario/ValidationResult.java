package org.spamouflage.sandbox.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a scenario file: the scenario when the file is valid, otherwise the
 * problems found, in document order. Exactly one of the two is present.
 *
 * @param scenario the parsed scenario, present only when {@code problems} is empty
 * @param problems the problems, in the order of the fields they name in the file (whole-file
 *                 problems such as size caps last): at most {@link ScenarioValidator#MAX_PROBLEMS},
 *                 then, when there were more, one last line ({@code $}) saying how many are not listed
 * @param count    how many problems were found, listed or not
 */
public record ValidationResult(Optional<Scenario> scenario, List<ScenarioProblem> problems, int count) {

    public ValidationResult {
        problems = List.copyOf(problems);
        if (scenario.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result holds either a scenario or problems");
        }
    }

    /** A result whose problems are all listed. */
    public ValidationResult(Optional<Scenario> scenario, List<ScenarioProblem> problems) {
        this(scenario, problems, problems.size());
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
