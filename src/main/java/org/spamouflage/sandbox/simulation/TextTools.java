package org.spamouflage.sandbox.simulation;

import java.util.List;
import java.util.Locale;

/** Small character-level edits used by every writer (typos, casing, hashtags). No regular expressions. */
final class TextTools {
    private TextTools() {
    }

    /**
     * Makes one typo in a word of at least four letters: two neighbouring letters swapped, a letter
     * dropped or a letter doubled. Mandarin text (no such words) gets a doubled character.
     *
     * @return true when the text changed
     */
    static boolean typo(StringBuilder sb, Rng rng) {
        int n = sb.length();
        if (n == 0) {
            return false;
        }
        int startAt = rng.nextInt(n);
        for (int pass = 0; pass < 2; pass++) {
            int i = pass == 0 ? startAt : 0;
            int limit = pass == 0 ? n : startAt;
            while (i < limit) {
                if (!Character.isLetter(sb.charAt(i)) || (i > 0 && Character.isLetter(sb.charAt(i - 1)))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < sb.length() && Character.isLetter(sb.charAt(j))) {
                    j++;
                }
                int len = j - i;
                if (len >= 4 && sb.charAt(i) < 0x2E80) {
                    int k = i + 1 + rng.nextInt(len - 2);
                    switch (rng.nextInt(3)) {
                        case 0 -> {
                            char a = sb.charAt(k);
                            char b = sb.charAt(k + 1);
                            if (a != b) {
                                sb.setCharAt(k, b);
                                sb.setCharAt(k + 1, a);
                                return true;
                            }
                            sb.insert(k, a);
                        }
                        case 1 -> sb.deleteCharAt(k);
                        default -> sb.insert(k, sb.charAt(k));
                    }
                    return true;
                }
                i = j;
            }
        }
        // No long Latin word (e.g. Mandarin): double one character.
        int k = rng.nextInt(sb.length());
        if (Character.isHighSurrogate(sb.charAt(k)) || Character.isLowSurrogate(sb.charAt(k))) {
            return false;
        }
        sb.insert(k, sb.charAt(k));
        return true;
    }

    /**
     * After an opener that continues the sentence ("Honestly, "), lower-cases the next word unless
     * it is "I" or looks like a name.
     */
    static void lowerAfterOpener(StringBuilder sb, int at) {
        if (at >= sb.length() - 1) {
            return;
        }
        char prev = at > 1 ? sb.charAt(at - 2) : '.';
        if (prev == '.' || prev == '!' || prev == '?' || prev == ':') {
            return;
        }
        char c = sb.charAt(at);
        char next = sb.charAt(at + 1);
        boolean pronounI = c == 'I' && (next == ' ' || next == '\'');
        if (Character.isUpperCase(c) && !pronounI && (Character.isLowerCase(next) || next == '\'')) {
            sb.setCharAt(at, Character.toLowerCase(c));
        }
    }

    /** Capitalises the first letter of the text and of every sentence after ". ", "! " or "? ". */
    static void capitaliseSentences(StringBuilder sb) {
        boolean start = true;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (start && Character.isLetter(c)) {
                sb.setCharAt(i, Character.toUpperCase(c));
                start = false;
            } else if (c == '.' || c == '!' || c == '?') {
                start = true;
            } else if (c != ' ') {
                start = false;
            }
        }
    }

    /** Removes a final full stop or exclamation mark (casual writing). */
    static void dropFinalPunctuation(StringBuilder sb) {
        int n = sb.length();
        if (n > 1 && (sb.charAt(n - 1) == '.' || sb.charAt(n - 1) == '!')) {
            sb.setLength(n - 1);
        }
    }

    /**
     * Tidies text assembled from parts with optional pieces: collapses runs of spaces, removes a
     * space before {@code . , ! ? : ;}, turns a doubled full stop (not an ellipsis) into one,
     * drops a full stop or comma right after {@code ! ?} or another comma, and trims the ends.
     * One pass, no regular expressions.
     */
    static void tidy(StringBuilder sb) {
        tidy(sb, new char[sb.length()], false);
    }

    /**
     * {@link #tidy(StringBuilder)}, optionally also capitalising sentence starts like
     * {@link #capitaliseSentences}, in one pass over a char array (StringBuilder's per-character
     * access is several times slower; this runs once per generated post).
     *
     * @param scratch a reusable buffer; a larger one is returned when the text does not fit
     * @return the buffer to reuse next time
     */
    static char[] tidy(StringBuilder sb, char[] scratch, boolean capitalise) {
        int n = sb.length();
        char[] buf = scratch.length >= n ? scratch : new char[Math.max(n, 2 * scratch.length)];
        sb.getChars(0, n, buf, 0);
        int w = 0;
        boolean start = true;
        for (int i = 0; i < n; i++) {
            char c = buf[i];
            if (c == ' ') {
                if (w == 0 || buf[w - 1] == ' ') {
                    continue;
                }
            } else if (c == '.' || c == ',' || c == '!' || c == '?' || c == ':' || c == ';') {
                if (w > 0 && buf[w - 1] == ' ') {
                    w--;
                }
                char prev = w > 0 ? buf[w - 1] : 0;
                if ((c == '.' || c == ',') && (prev == '!' || prev == '?' || prev == ',')) {
                    continue;
                }
                if (c == ',' && prev == '.' && !(w > 1 && buf[w - 2] == '.')) {
                    continue;
                }
                if (c == '.' && prev == '.') {
                    // Keep an ellipsis ("So..."), collapse a doubled stop ("Again..").
                    boolean ellipsis = w > 1 && buf[w - 2] == '.';
                    if (!ellipsis && (i + 1 >= n || buf[i + 1] != '.')) {
                        continue;
                    }
                }
            }
            if (capitalise) {
                if (start && Character.isLetter(c)) {
                    c = Character.toUpperCase(c);
                    start = false;
                } else if (c == '.' || c == '!' || c == '?') {
                    start = true;
                } else if (c != ' ') {
                    start = false;
                }
            }
            buf[w++] = c;
        }
        while (w > 0 && buf[w - 1] == ' ') {
            w--;
        }
        sb.setLength(0);
        sb.append(buf, 0, w);
        return buf;
    }

    /** Turns a final full stop into {@code mark} ("!" or "!!"): some people end everything that way. */
    static void exclaim(StringBuilder sb, String mark) {
        int n = sb.length();
        if (n > 1 && sb.charAt(n - 1) == '.' && sb.charAt(n - 2) != '.') {
            sb.setLength(n - 1);
            sb.append(mark);
        }
    }

    static void lowerCaseAll(StringBuilder sb) {
        String s = sb.toString().toLowerCase(Locale.ROOT);
        sb.setLength(0);
        sb.append(s);
    }

    /** Appends " @a @b #x #y link" and returns nothing; the lists are the post's fields. */
    static void appendExtras(StringBuilder sb, List<String> mentions, List<String> hashtags, List<String> links) {
        for (String m : mentions) {
            sb.append(" @").append(m);
        }
        for (String h : hashtags) {
            sb.append(" #").append(h);
        }
        for (String l : links) {
            sb.append(' ').append(l);
        }
    }

    /** A hashtag from a free-text topic: "wildfire evacuation" gives "WildfireEvacuation". */
    static String hashtagOf(String topic) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (int i = 0; i < topic.length(); i++) {
            char c = topic.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return sb.length() == 0 ? "news" : sb.toString();
    }

    /** ASCII letters and digits only (handles): accents dropped, other characters removed. */
    static String asciiHandle(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * One shared immutable single-element list per hashtag: hundreds of thousands of posts carry
     * the same one tag, and sharing the list saves as many small objects. The cache only ever
     * holds the generator's own tag strings and news-spike topics (at most 50 per scenario).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> SINGLE_TAGS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static List<String> oneTag(String tag) {
        if (SINGLE_TAGS.size() > 10_000) {
            return List.of(tag);
        }
        return SINGLE_TAGS.computeIfAbsent(tag, List::of);
    }

    static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    static void appendRandom(StringBuilder sb, Rng rng, int n, char[] alphabet) {
        for (int i = 0; i < n; i++) {
            sb.append(alphabet[rng.nextInt(alphabet.length)]);
        }
    }

    static void appendDigits(StringBuilder sb, Rng rng, int n) {
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + (i == 0 ? 1 + rng.nextInt(9) : rng.nextInt(10))));
        }
    }
}
