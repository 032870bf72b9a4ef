package org.spamouflage.sandbox.app;

import java.util.concurrent.ExecutorService;
import org.spamouflage.sandbox.lesson.ClassroomService;
import org.spamouflage.sandbox.lesson.ExerciseData;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.lesson.LessonDraft;
import org.spamouflage.sandbox.lesson.Refused;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.pipeline.RetainedSize;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.lesson.ExercisePage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The one service the classroom pages talk to: the classroom rules ({@link ClassroomService}), the
 * scenario library a lesson is made from, and the students' page model, built once per exercise
 * and shared by every student of it.
 */
@Service
public class LessonService {
    /** Kind of cache entry: a student's page model, shared by every student of a lesson. */
    static final String PAGE = "exercise-page";

    private final ClassroomService classroom;
    private final ScenarioLibrary scenarios;
    private final ExecutorService executor;
    private final ResultCache cache;

    public LessonService(ClassroomService classroom, ScenarioLibrary scenarios,
                         @Qualifier("sandboxExecutor") ExecutorService executor, ResultCache cache) {
        this.cache = cache;
        this.classroom = classroom;
        this.scenarios = scenarios;
        this.executor = executor;
    }

    public ClassroomService classroom() {
        return classroom;
    }

    public ScenarioLibrary scenarios() {
        return scenarios;
    }

    /** Where pages run heavy work (preparing an exercise generates and detects). */
    public ExecutorService executor() {
        return executor;
    }

    /** Saves a new lesson with the named scenario as it is now. */
    public Lesson create(LessonDraft draft, String owner) {
        String json = scenarioJson(draft.scenarioName());
        checkApplies(draft, json);
        return classroom.create(draft, json, owner);
    }

    /**
     * Saves changes. The stored scenario is kept unless the lesson now names another scenario: a
     * lesson does not change because a saved scenario of the same name was edited later.
     */
    public Lesson update(long id, LessonDraft draft) {
        Lesson old = classroom.lesson(id);
        String json = old.scenarioName().equals(draft.scenarioName()) ? old.scenarioJson() : scenarioJson(draft.scenarioName());
        checkApplies(draft, json);
        return classroom.update(id, draft, json);
    }

    /** The moved controls must make a valid scenario, or students would meet an error instead of data. */
    private static void checkApplies(LessonDraft draft, String json) {
        if (draft.state() == null) {
            return;
        }
        try {
            draft.state().applyTo(ScenarioJson.parse(json, draft.scenarioName() + ".json"));
        } catch (InvalidScenarioException e) {
            throw new Refused(Refused.Reason.INVALID, "These settings do not make a valid scenario:\n"
                    + String.join("\n", e.problems().stream().map(Object::toString).toList()));
        }
    }

    private String scenarioJson(String name) {
        return scenarios.json(name).orElseThrow(() -> new Refused(Refused.Reason.INVALID,
                "scenario: no scenario named \"" + name + "\""));
    }

    /**
     * The student's page model (no truth in it), kept in the shared cache and shared by the lesson's
     * students: a class holds one page model per lesson in use, however many students it has.
     */
    public ExercisePage page(long participantId) throws InvalidScenarioException {
        ResultCache.Key exercise = classroom.exerciseKey(participantId);
        return cache.get(new ResultCache.Key(PAGE, exercise.id()), () -> {
            ExerciseData data = classroom.exerciseData(participantId);
            ExercisePage page = ExercisePage.of(data);
            long own = 200L * data.detection().size() + 4096; // one row and one index entry per account
            return new ResultCache.Sized<>(page, own, exercise, RetainedSize.dataset(data.dataset(), null)
                    + RetainedSize.detection(data.detection()));
        });
    }
}
