package org.spamouflage.sandbox.lesson;

/**
 * What a student's page says about the lesson they joined: nothing that depends on the truth.
 *
 * @param participant    the student
 * @param title          lesson title
 * @param instructions   lesson instructions
 * @param status         open, closed or revealed
 * @param acceptsSubmissions whether a submission would be taken now
 * @param truthShown     whether the truth may be shown (after the reveal, or a lesson that never hid it)
 * @param costs          what each mistake costs (students should know the rules they are scored by)
 * @param submitInterval seconds between two submissions of one student
 */
public record StudentLesson(Participant participant, String title, String instructions, ExerciseStatus status,
                            boolean acceptsSubmissions, boolean truthShown, Costs costs, long submitInterval) {
}
