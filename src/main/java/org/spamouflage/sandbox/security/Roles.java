package org.spamouflage.sandbox.security;

/** The one role: instructors. Students and other visitors are anonymous. */
public final class Roles {
    /** For {@code @RolesAllowed}; Spring Security stores it as {@code ROLE_INSTRUCTOR}. */
    public static final String INSTRUCTOR = "INSTRUCTOR";

    private Roles() {
    }
}
