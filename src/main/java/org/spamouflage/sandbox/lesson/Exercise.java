package org.spamouflage.sandbox.lesson;

import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/**
 * A lesson made concrete: the data students see and, apart from it, the truth.
 *
 * @param data  what students may see
 * @param truth the labels (service only)
 */
public record Exercise(ExerciseData data, ExerciseTruth truth) {

    /**
     * Generates and detects the lesson's data: its stored scenario with the state's controls
     * applied, its seed, and the detector settings with the state's controls applied.
     */
    public static Exercise of(Lesson lesson, ExerciseRuns runs) throws InvalidScenarioException {
        PlaygroundState state = lesson.state();
        Scenario applied = scenario(lesson);
        DetectorSettings settings = state.applyTo(DetectorSettings.defaults());
        Pipeline.Run run = runs.run(applied, state.seed(), settings);
        ExerciseData data = new ExerciseData(run.generated().dataset(), run.detection(), state);
        return new Exercise(data, ExerciseTruth.of(run.generated().truth(), run.detection().accountIds()));
    }

    /** The scenario a lesson generates: its stored scenario with the state's controls applied. */
    public static Scenario scenario(Lesson lesson) throws InvalidScenarioException {
        Scenario base = ScenarioJson.parse(lesson.scenarioJson(), lesson.scenarioName() + ".json (lesson " + lesson.id() + ")");
        return lesson.state().applyTo(base);
    }
}
