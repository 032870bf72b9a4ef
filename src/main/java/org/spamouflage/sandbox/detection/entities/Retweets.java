package org.spamouflage.sandbox.detection.entities;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-shares recognised from a post's text when no column says what was re-shared. The conventions,
 * from the era when clients wrote them into the text (and archives that still carry them):
 * <ul>
 *   <li>{@code RT @handle: original} (X/Twitter's native retweet text; also without the colon, or
 *       {@code RT: @handle}), and {@code MT @handle: …} ("modified tweet");</li>
 *   <li>{@code comment RT @handle: original}: the pre-2015 quote, the sharer's comment first;</li>
 *   <li>{@code "@handle: original"} in straight or curly quotes: the quote-marks retweet of early
 *       clients.</li>
 * </ul>
 * "RT" and "MT" must stand as words, in any case. The shared object is the original's author and its
 * normalised text ({@link org.spamouflage.sandbox.detection.text.TextNormalizer}), so every re-share
 * of one post by any client is one object; a re-share whose original text is empty after
 * normalisation (only links or mentions) is not recognised, because it would make unrelated posts one
 * object. A {@code via @handle} credit is not a re-share: it names a source, not a copied post.
 */
public final class Retweets {

    /** A recognised re-share. */
    public record Retweet(String handle, String original, String comment) {
    }

    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(?:RT|MT)\\s*:?\\s*[@＠]([A-Za-z0-9_]{1,15})\\b\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern EMBEDDED = Pattern.compile(
            "^(.*?\\S)\\s+(?:RT|MT)\\s*:?\\s*[@＠]([A-Za-z0-9_]{1,15})\\b\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile(
            "^\\s*[\"“]\\s*[@＠]([A-Za-z0-9_]{1,15}):\\s*(.+?)\\s*[\"”]\\s*$", Pattern.DOTALL);

    private Retweets() {
    }

    /** The re-share the text announces, or null. Cost: O(length). */
    public static Retweet recognise(String text) {
        if (text == null || text.length() < 5) {
            return null;
        }
        if (!mayBeReshare(text)) {
            return null;
        }
        Matcher m = LEADING.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), "");
        }
        m = QUOTED.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), "");
        }
        m = EMBEDDED.matcher(text);
        if (m.matches()) {
            return of(m.group(2), m.group(3), m.group(1).strip());
        }
        return null;
    }

    /**
     * A cheap test before the patterns: an {@code @} that follows "RT" or "MT" standing as a word (with an
     * optional colon and spaces between), or a text that opens with a quote mark and an {@code @}. Most
     * texts have no {@code @} at all and cost one scan.
     */
    static boolean mayBeReshare(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first + 1 < n && (text.charAt(first) == '"' || text.charAt(first) == '“')) {
            return true;
        }
        for (int i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
            if (markerBefore(text, i)) {
                return true;
            }
        }
        for (int i = text.indexOf('＠'); i >= 0; i = text.indexOf('＠', i + 1)) {
            if (markerBefore(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean markerBefore(String text, int at) {
        int j = at - 1;
        while (j >= 0 && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == ':')) {
            j--;
        }
        if (j < 1) {
            return false;
        }
        char t = text.charAt(j);
        char r = text.charAt(j - 1);
        boolean marker = (t == 't' || t == 'T') && (r == 'r' || r == 'R' || r == 'm' || r == 'M');
        return marker && (j - 2 < 0 || Character.isWhitespace(text.charAt(j - 2)));
    }

    private static Retweet of(String handle, String original, String comment) {
        String body = original.strip();
        if (org.spamouflage.sandbox.detection.text.TextNormalizer.normalize(body).isEmpty()) {
            return null;
        }
        return new Retweet(handle.toLowerCase(Locale.ROOT), body, comment);
    }

    /** The object key of a re-share: {@code rt:handle:normalised original}. */
    public static String objectKey(Retweet rt) {
        return "rt:" + rt.handle() + ":" + org.spamouflage.sandbox.detection.text.TextNormalizer.normalize(rt.original());
    }
}
