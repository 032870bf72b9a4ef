package org.spamouflage.sandbox.lesson;

import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.playground.PlaygroundState;

/**
 * What a student may see of an exercise: the data and the engine's signals, never the labels. It
 * holds no {@link org.spamouflage.sandbox.dataset.GroundTruth} and no
 * {@link org.spamouflage.sandbox.pipeline.Pipeline.Run} (which carries one), so a page built from
 * it cannot show the truth by mistake; an architecture test keeps the student page models on this
 * type.
 *
 * @param dataset   the accounts, posts and targets (generated accounts have shuffled ids that say
 *                  nothing about their class)
 * @param detection scores, clusters and evidence (detection never sees the truth)
 * @param state     the lesson's Playground state (panels, hidden signals)
 */
public record ExerciseData(Dataset dataset, Detection detection, PlaygroundState state) {

    /** True when students may see this signal (not hidden by the lesson). */
    public boolean showsSignal(String signalId) {
        return !state.isHidden("sig." + signalId);
    }
}
