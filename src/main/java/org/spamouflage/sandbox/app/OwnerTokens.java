package org.spamouflage.sandbox.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spamouflage.sandbox.lesson.JoinCodes;

/**
 * Owner tokens of imports: {@value #LENGTH} characters of the join-code alphabet (no look-alikes),
 * 31<sup>{@value #LENGTH}</sup> ≈ 2<sup>119</sup> values from a {@link SecureRandom}, so nobody guesses
 * one. A browser keeps its tokens in a cookie ({@link #COOKIE}); an import is stored with the SHA-256
 * of its maker's token, never the token itself, so a copy of the database opens no import.
 */
public final class OwnerTokens {
    public static final int LENGTH = 24;
    /** The cookie holding a browser's tokens, newest first, separated by dots. */
    public static final String COOKIE = "sandbox-owner";
    /** The parameter of a "keep this link" address: {@code /import?owner=TOKEN}. */
    public static final String PARAMETER = "owner";
    /** Tokens a browser keeps at most (its own and those of links it opened). */
    public static final int MAX_PER_BROWSER = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerTokens() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder(LENGTH);
        synchronized (RANDOM) {
            for (int i = 0; i < LENGTH; i++) {
                b.append(JoinCodes.ALPHABET.charAt(RANDOM.nextInt(JoinCodes.ALPHABET.length())));
            }
        }
        return b.toString();
    }

    /** True when {@code token} could be a token at all (length and alphabet). */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (JoinCodes.ALPHABET.indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** SHA-256 of the token, in hex: what the database keeps. */
    public static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The well-formed tokens of a cookie value, in order, without repeats, at most {@value #MAX_PER_BROWSER}. */
    public static List<String> parse(String cookieValue) {
        Set<String> out = new LinkedHashSet<>();
        if (cookieValue != null) {
            for (String t : cookieValue.split("\\.")) {
                if (wellFormed(t) && out.size() < MAX_PER_BROWSER) {
                    out.add(t);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A browser's tokens after it is given {@code given} (from a "keep this link" address): its own
     * token stays first (a new one when it has none), then {@code given}, then the others, at most
     * {@value #MAX_PER_BROWSER}. The first token is the one new imports are kept under, so a browser
     * never files its imports under a token someone else knows: opening a link an attacker sent
     * shows the attacker's imports, it does not hand them the victim's.
     */
    public static List<String> adopt(List<String> tokens, String given) {
        List<String> out = new ArrayList<>();
        out.add(tokens.isEmpty() ? next() : tokens.get(0));
        out.add(given);
        out.addAll(tokens);
        return parse(format(out));
    }

    /** The cookie value for {@code tokens} (the first {@value #MAX_PER_BROWSER}). */
    public static String format(List<String> tokens) {
        return String.join(".", tokens.stream().filter(OwnerTokens::wellFormed).distinct().limit(MAX_PER_BROWSER).toList());
    }
}
