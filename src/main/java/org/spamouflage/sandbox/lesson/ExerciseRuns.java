package org.spamouflage.sandbox.lesson;

import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.scenario.Scenario;

/** Where exercises get their run from: normally the app's {@link Pipeline} (with its caches). */
@FunctionalInterface
public interface ExerciseRuns {
    Pipeline.Run run(Scenario scenario, long seed, DetectorSettings settings);
}
