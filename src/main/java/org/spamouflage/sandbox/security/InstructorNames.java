package org.spamouflage.sandbox.security;

import java.util.regex.Pattern;

/** What an instructor's sign-in name may be. */
public final class InstructorNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,79}");

    private InstructorNames() {
    }

    /** Why {@code name} cannot be used, or null. */
    public static String problem(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return "\"" + name + "\" is not a valid name: 1–80 letters, digits, '.', '_', '@' or '-', starting with a "
                    + "letter or digit";
        }
        return null;
    }
}
