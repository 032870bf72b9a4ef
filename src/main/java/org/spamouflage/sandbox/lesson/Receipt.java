package org.spamouflage.sandbox.lesson;

import java.time.Instant;

/**
 * What a student is told about a submission before the truth is shown: that it arrived, when, and
 * how many accounts it flagged. Its score would let a student probe the labels one account at a
 * time, so it is not part of this.
 *
 * @param submittedAt when the server took it
 * @param flagged     how many accounts it flagged
 * @param number      1 for the student's first submission, 2 for the second…
 */
public record Receipt(Instant submittedAt, int flagged, int number) {
}
