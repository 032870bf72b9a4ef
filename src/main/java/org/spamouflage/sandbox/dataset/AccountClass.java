package org.spamouflage.sandbox.dataset;

/** What an account really is. Ground truth only. */
public enum AccountClass {
    /** A real person (in generated data: an invented one), including public figures. */
    ORGANIC,
    /** Part of the coordinated campaign. */
    CAMPAIGN,
    /** An automated account unrelated to the campaign (news feeds, spam, scheduled posters). */
    BACKGROUND;

    /** The lower-case name used in {@code truth.csv}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AccountClass fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
