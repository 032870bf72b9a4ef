package org.spamouflage.sandbox.detection.text;

/** Which pieces of text are compared. */
public enum ShingleType {
    /** Character k-grams over the normalised text (the default: see {@link NearDuplicateSettings}). */
    CHARACTER,
    /** Word n-grams over the normalised tokens (textreuse / CooRTweet 1.x style). */
    WORD;

    /** A shingler of this type with the given size. */
    public Shingler shingler(int size) {
        return this == CHARACTER ? new CharShingler(size) : new WordShingler(size);
    }
}
