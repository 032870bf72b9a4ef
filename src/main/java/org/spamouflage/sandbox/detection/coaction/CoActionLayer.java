package org.spamouflage.sandbox.detection.coaction;

/** The kinds of co-action, each a different notion of "the same object". */
public enum CoActionLayer {
    /** Comments on the same post ({@code Post.replyTo}). */
    CO_COMMENT,
    /**
     * Shares of the same object: the same {@code Post.sharedObject}, a {@code SHARE} engagement on the
     * same post, or the same link in {@code Post.links}.
     */
    CO_SHARE,
    /** Use of the same hashtag (case-insensitive). */
    CO_HASHTAG
}
