package org.spamouflage.sandbox.pipeline;

import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.scenario.Scenario;

/**
 * Where the pages get a run from. Normally {@link Pipeline#run} (generate, detect, evaluate, with
 * its caches); a test can put a decorated source in its place to plant data the generator never
 * writes (such as hostile text).
 */
@FunctionalInterface
public interface RunSource {

    Pipeline.Run run(Scenario scenario, long seed, DetectorSettings settings);

    static RunSource of(Pipeline pipeline) {
        return pipeline::run;
    }
}
