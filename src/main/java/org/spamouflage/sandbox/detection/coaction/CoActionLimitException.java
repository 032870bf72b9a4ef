package org.spamouflage.sandbox.detection.coaction;

/** A co-action count stopped at one of the {@link CoActionLimits}; the message says which and what to do. */
public final class CoActionLimitException extends RuntimeException {
    public CoActionLimitException(String message) {
        super(message);
    }
}
