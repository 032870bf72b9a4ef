package org.spamouflage.sandbox.lesson;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;

/**
 * Join codes: {@value #LENGTH} characters from an alphabet without look-alikes (no 0/O, 1/I/L), so
 * a code read off a projector is typed right. 31<sup>8</sup> ≈ 8.5·10<sup>11</sup> codes: at the
 * rate limit of the join page nobody guesses one. Codes are secrets, not output data, so they come
 * from a {@link SecureRandom} (a test may pass a seeded {@link Random}).
 */
public final class JoinCodes {
    /** Upper-case letters and digits that cannot be mistaken for one another. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;

    private final Random random;

    public JoinCodes(Random random) {
        this.random = random;
    }

    /** Codes from a {@link SecureRandom}. */
    public static JoinCodes secure() {
        return new JoinCodes(new SecureRandom());
    }

    public synchronized String next() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** What a student typed, as a code: upper case, without spaces or dashes (codes are shown as ABCD-EFGH). */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** True when {@code code} (normalised) could be a code at all. */
    public static boolean wellFormed(String code) {
        if (code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "ABCD-EFGH": easier to read aloud. */
    public static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }
}
