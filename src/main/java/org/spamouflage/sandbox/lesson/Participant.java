package org.spamouflage.sandbox.lesson;

import java.time.Instant;

/**
 * A student in one lesson: no account, just the display name they typed when joining.
 *
 * @param id       database id
 * @param lessonId the lesson joined
 * @param name     the name as given (shown on the class board as text)
 * @param joinedAt when they joined
 */
public record Participant(long id, long lessonId, String name, Instant joinedAt) {
}
