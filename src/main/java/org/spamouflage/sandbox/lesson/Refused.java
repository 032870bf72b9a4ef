package org.spamouflage.sandbox.lesson;

/**
 * A request the classroom rules refuse (wrong join code, closed exercise, too many submissions…).
 * The message is written for the person who asked and is shown as it is.
 */
public final class Refused extends RuntimeException {
    /** Why, for tests and logs. */
    public enum Reason { WRONG_CODE, LESSON_CLOSED, NAME, RATE_LIMITED, INVALID, NOT_FOUND }

    private final Reason reason;

    public Refused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
