package org.spamouflage.sandbox.lesson;

/** Where an exercise stands. */
public enum ExerciseStatus {
    /** Students may submit; the truth is hidden (unless the lesson shows it). */
    OPEN,
    /** No more submissions; the truth is still hidden. */
    CLOSED,
    /** No more submissions; students see the truth and their mistakes account by account. */
    REVEALED
}
