package org.spamouflage.sandbox.lesson;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where lessons, students and submissions are kept (the database in the app; a map in tests).
 * Implementations are thread-safe.
 */
public interface LessonStore {

    /** Saves a new lesson and returns it with its id. */
    Lesson insert(Lesson lesson);

    /** Replaces a stored lesson (same id). */
    void update(Lesson lesson);

    Optional<Lesson> lesson(long id);

    Optional<Lesson> lessonByCode(String joinCode);

    /** Every lesson, newest first. */
    List<Lesson> lessons();

    boolean codeInUse(String joinCode);

    /** Adds a student; empty when the lesson already has someone of this name (case-insensitive). */
    Optional<Participant> addParticipant(long lessonId, String name, Instant joinedAt);

    Optional<Participant> participant(long id);

    /** Everyone who joined a lesson, in joining order. */
    List<Participant> participants(long lessonId);

    /** Stores a submission and returns it with its id. */
    Submission addSubmission(Submission submission);

    /** A lesson's submissions, oldest first. */
    List<Submission> submissions(long lessonId);

    /** One student's submissions, oldest first. */
    List<Submission> submissionsOf(long participantId);

    int submissionCount(long lessonId);
}
