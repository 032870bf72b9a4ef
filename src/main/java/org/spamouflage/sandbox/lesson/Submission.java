package org.spamouflage.sandbox.lesson;

import java.time.Instant;
import java.util.List;

/**
 * One submission as stored: who, when, which accounts, and its score (computed by the server when it
 * arrived; the cost is recomputed from the lesson's current costs when shown).
 *
 * @param id              database id
 * @param lessonId        the lesson
 * @param participantId   the student
 * @param participantName the student's display name
 * @param submittedAt     when the server accepted it
 * @param flagged         the flagged account ids, sorted
 * @param score           its score
 */
public record Submission(long id, long lessonId, long participantId, String participantName, Instant submittedAt,
                         List<String> flagged, Score score) {
    public Submission {
        flagged = List.copyOf(flagged);
    }
}
