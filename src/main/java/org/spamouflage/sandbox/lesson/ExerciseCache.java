package org.spamouflage.sandbox.lesson;

import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.pipeline.RetainedSize;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;

/**
 * Lessons' exercises in the app's one {@link ResultCache}. When thirty students open an exercise at
 * once, the first one generates and detects; the others wait for that same result instead of
 * computing it again. An exercise stands on its cached detection (and that on its dataset), so it
 * counts only its own truth and scores.
 */
final class ExerciseCache {
    /** Kind of cache entry. */
    static final String KIND = "exercise";

    private final ExerciseRuns runs;
    private final ResultCache cache;

    ExerciseCache(ExerciseRuns runs, ResultCache cache) {
        this.runs = runs;
        this.cache = cache;
    }

    /** The key holds everything the data depends on, so an edited lesson never gets stale data. */
    static ResultCache.Key key(Lesson lesson) {
        return new ResultCache.Key(KIND, lesson.id() + "|" + lesson.state().toQuery() + "|"
                + Integer.toHexString(lesson.scenarioJson().hashCode()) + lesson.scenarioJson().length() + "@"
                + Pipeline.ENGINE_VERSION);
    }

    Exercise get(Lesson lesson) throws InvalidScenarioException {
        return cache.get(key(lesson), () -> {
            Exercise e = Exercise.of(lesson, runs);
            var data = e.data();
            ResultCache.Key detection = Pipeline.detectionKey(Pipeline.key(Exercise.scenario(lesson), lesson.state().seed()),
                    data.detection().settings());
            long own = 100L * data.detection().size() + 4096;
            return new ResultCache.Sized<>(e, own, detection, RetainedSize.dataset(data.dataset(), null)
                    + RetainedSize.detection(data.detection()));
        });
    }

    void forget(long lessonId) {
        String prefix = lessonId + "|";
        cache.invalidateIf(k -> KIND.equals(k.kind()) && k.id().startsWith(prefix));
    }
}
