package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a scenario file and reports every problem at once (file, JSON path, value, what is
 * allowed). Placeholder: full rules come with the validation work.
 */
public final class ScenarioValidator {
    private ScenarioValidator() {
    }

    static Scenario parseAndValidate(String json, String fileName) throws InvalidScenarioException {
        List<ScenarioProblem> problems = new ArrayList<>();
        JsonNode user;
        try {
            user = ScenarioJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(new ScenarioProblem(fileName, "$", "",
                    "not valid JSON at line " + (loc == null ? "?" : loc.getLineNr()) + ", column "
                            + (loc == null ? "?" : loc.getColumnNr()) + ": " + e.getOriginalMessage()));
            throw new InvalidScenarioException(problems);
        }
        if (user == null || !user.isObject()) {
            problems.add(new ScenarioProblem(fileName, "$", "", "a scenario file must be a JSON object"));
            throw new InvalidScenarioException(problems);
        }
        ObjectNode merged = ScenarioJson.mergeOntoDefaults((ObjectNode) user);
        try {
            return ScenarioJson.bind(merged);
        } catch (IllegalArgumentException e) {
            problems.add(new ScenarioProblem(fileName, "$", "", e.getMessage()));
            throw new InvalidScenarioException(problems);
        }
    }
}
