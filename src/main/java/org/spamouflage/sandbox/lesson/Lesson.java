package org.spamouflage.sandbox.lesson;

import java.time.Instant;
import org.spamouflage.sandbox.playground.PlaygroundState;

/**
 * A saved lesson and the state of its exercise.
 *
 * @param id            database id (0 before saving)
 * @param title         shown to students
 * @param instructions  shown to students (plain text; line breaks kept)
 * @param scenarioName  the scenario's name when the lesson was saved
 * @param scenarioJson  the scenario itself, as saved: next term's copy generates the same data
 * @param state         the Playground state: seed, moved controls (they change the data and the
 *                      detector), locked and hidden controls (a hidden signal is not shown to
 *                      students), result panels, and whether the truth is hidden
 * @param costs         cost per false positive and per false negative
 * @param joinCode      the code students join with ({@link JoinCodes})
 * @param status        open, closed or revealed
 * @param archived      archived lessons are kept but refuse students
 * @param owner         the instructor who created it
 * @param copiedFrom    the lesson this one was copied from, or null
 * @param createdAt     when it was created (bookkeeping only)
 * @param updatedAt     when it last changed (bookkeeping only)
 */
public record Lesson(long id, String title, String instructions, String scenarioName, String scenarioJson,
                     PlaygroundState state, Costs costs, String joinCode, ExerciseStatus status, boolean archived,
                     String owner, Long copiedFrom, Instant createdAt, Instant updatedAt) {

    /** True when students may submit. */
    public boolean acceptsSubmissions() {
        return status == ExerciseStatus.OPEN && !archived;
    }

    /**
     * True when students may see the truth: after the reveal, or from the start in a lesson that
     * does not hide it (a guided lesson rather than an exercise).
     */
    public boolean truthShownToStudents() {
        return status == ExerciseStatus.REVEALED || !state.hideTruth();
    }

    public Lesson withStatus(ExerciseStatus s, Instant at) {
        return new Lesson(id, title, instructions, scenarioName, scenarioJson, state, costs, joinCode, s, archived, owner,
                copiedFrom, createdAt, at);
    }

    public Lesson withJoinCode(String code, Instant at) {
        return new Lesson(id, title, instructions, scenarioName, scenarioJson, state, costs, code, status, archived, owner,
                copiedFrom, createdAt, at);
    }

    public Lesson withArchived(boolean a, Instant at) {
        return new Lesson(id, title, instructions, scenarioName, scenarioJson, state, costs, joinCode, status, a, owner,
                copiedFrom, createdAt, at);
    }

    public Lesson withId(long newId) {
        return new Lesson(newId, title, instructions, scenarioName, scenarioJson, state, costs, joinCode, status, archived,
                owner, copiedFrom, createdAt, updatedAt);
    }

    /** The editable part. */
    public LessonDraft draft() {
        return new LessonDraft(title, instructions, scenarioName, state, costs);
    }
}
