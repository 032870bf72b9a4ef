package org.spamouflage.sandbox.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;

/**
 * The last few lessons' exercises. When thirty students open an exercise at once, the first one
 * generates and detects; the others wait for that same result instead of computing it again.
 */
final class ExerciseCache {
    private static final int SIZE = 4;

    private final ExerciseRuns runs;
    private final Map<String, CompletableFuture<Exercise>> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Exercise>> eldest) {
            return size() > SIZE;
        }
    };

    ExerciseCache(ExerciseRuns runs) {
        this.runs = runs;
    }

    Exercise get(Lesson lesson) throws InvalidScenarioException {
        // The key holds everything the data depends on, so an edited lesson never gets stale data.
        String key = lesson.id() + "|" + lesson.state().toQuery() + "|" + lesson.scenarioJson();
        CompletableFuture<Exercise> f;
        boolean mine = false;
        synchronized (cache) {
            f = cache.get(key);
            if (f == null) {
                f = new CompletableFuture<>();
                cache.put(key, f);
                mine = true;
            }
        }
        if (mine) {
            try {
                f.complete(Exercise.of(lesson, runs));
            } catch (InvalidScenarioException | RuntimeException e) {
                f.completeExceptionally(e);
                synchronized (cache) {
                    cache.remove(key);
                }
            }
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the exercise was prepared", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidScenarioException ise) {
                throw ise;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    void forget(long lessonId) {
        synchronized (cache) {
            cache.keySet().removeIf(k -> k.startsWith(lessonId + "|"));
        }
    }
}
