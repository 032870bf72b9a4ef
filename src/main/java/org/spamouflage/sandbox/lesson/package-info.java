/**
 * The classroom: lessons (a scenario, a seed and Playground rules saved under a join code),
 * hidden-truth exercises, students' submissions, their scores and the class board.
 *
 * <p>Plain Java like the domain core (no Vaadin, Spring or JDBC): {@link
 * org.spamouflage.sandbox.lesson.ClassroomService} holds every rule (who may submit, when, how a
 * submission is scored, when the truth may be shown) and reaches the database only through
 * {@link org.spamouflage.sandbox.lesson.LessonStore}. The truth is kept away from students by type:
 * {@link org.spamouflage.sandbox.lesson.ExerciseData}, which student pages are built from, holds the
 * dataset and the detection only; {@link org.spamouflage.sandbox.lesson.ExerciseTruth} stays inside
 * the service until the instructor reveals it.
 */
package org.spamouflage.sandbox.lesson;
