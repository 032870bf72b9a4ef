package org.spamouflage.sandbox.security;

import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** BCrypt, the one password hash the app stores and accepts from configuration. */
public final class PasswordHashes {
    /** Shortest password {@code instructor add} accepts. */
    public static final int MIN_PASSWORD = 10;
    /** BCrypt's input limit: longer passwords would be cut silently, so they are refused. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private PasswordHashes() {
    }

    public static PasswordEncoder encoder() {
        return new BCryptPasswordEncoder();
    }

    /** The hash without a {@code {bcrypt}} prefix, or null when it is not a BCrypt hash. */
    public static String bcryptOrNull(String hash) {
        if (hash == null) {
            return null;
        }
        String h = hash.strip();
        if (h.startsWith("{bcrypt}")) {
            h = h.substring("{bcrypt}".length());
        }
        return BCRYPT.matcher(h).matches() ? h : null;
    }

    /** Why a password cannot be used, or null when it can. */
    public static String passwordProblem(char[] password) {
        if (password.length < MIN_PASSWORD) {
            return "the password has " + password.length + " characters; use at least " + MIN_PASSWORD;
        }
        if (new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return "the password is longer than " + MAX_PASSWORD_BYTES + " bytes, which BCrypt cannot use in full";
        }
        return null;
    }
}
