package org.spamouflage.sandbox.cli;

/** One expected message shared by the command-line and the web tests: both must say the same. */
public final class SettingsMessages {
    /** What the one settings validator says of a co-share window of −5 seconds. */
    public static final String CO_SHARE_MINUS_FIVE =
            "must be a whole number from 0 to 2,592,000 seconds (30 days); default 60";

    private SettingsMessages() {
    }
}
