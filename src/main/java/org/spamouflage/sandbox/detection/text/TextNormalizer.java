package org.spamouflage.sandbox.detection.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns a post's raw text into the canonical token string that shingles are taken from.
 *
 * <p>Rules, in order (each one exists because the campaign's near copies differ exactly there):
 * <ol>
 *   <li>Lower case with {@link Locale#ROOT} (never the machine's locale: Turkish {@code I} would differ).</li>
 *   <li>Accents removed: NFD decomposition, then combining marks (Unicode category Mn/Me) dropped, so
 *       {@code Montréal} = {@code Montreal}; {@code œ→oe}, {@code æ→ae}, {@code ß→ss}; typographic
 *       apostrophes ({@code ’ ‘ ʼ ´}) become {@code '}.</li>
 *   <li>A leading list marker (1–3 digits then {@code .} or {@code )}, e.g. {@code "3. "}) is dropped:
 *       operators paste numbered lists and the number is left over [Meta Q2 2023 report].</li>
 *   <li>A leading re-share marker ({@code RT @handle:}, {@code MT @handle}) is removed with its handle: every
 *       re-share of one post then has the original's text, whoever re-shared it.</li>
 *   <li>URLs ({@code http://}, {@code https://}, {@code www.}) and {@code @mentions} are removed: the
 *       campaign varies the link and the tagged journalists per copy, so they would split families.
 *       They are not lost: {@link AnchorExtractor} keeps them as anchors for the co-share layers and the
 *       English–French pairing.</li>
 *   <li>{@code #hashtags} lose the {@code #} but keep their word: hashtags are often part of the sentence
 *       ("the #PM lied"), and {@link AnchorExtractor} keeps them as anchors too.</li>
 *   <li>French elisions at the start of a word are removed ({@code l' d' qu' j' n' s' c' m' t' jusqu'
 *       lorsqu' puisqu'}, with {@code '} or {@code ’}): {@code l'enquête} → {@code enquete}, so machine
 *       translation choosing "l'" or "la" does not matter. Other apostrophes between letters are removed
 *       and the word joined ({@code don't} → {@code dont}, the way people type it anyway).</li>
 *   <li>Every run of digits (with {@code , .} between digits) becomes the token {@value #NUMBER}, and
 *       numbers separated only by spaces collapse to one ({@code 15 000}, {@code 15,000} and {@code 19}
 *       all become {@code 0}), so a changed figure or French digit grouping costs nothing.</li>
 *   <li>Everything that is not a letter or a digit (punctuation, emoji, symbols) separates tokens and is
 *       dropped; emoji are kept as anchors by {@link AnchorExtractor}.</li>
 *   <li>Han, Hiragana, Katakana and Hangul characters are one token each (these scripts do not put
 *       spaces between words); tokens are joined by single spaces.</li>
 * </ol>
 * Cost: O(length of the text); ASCII texts skip the Unicode normaliser.
 */
public final class TextNormalizer {

    /** The token every number becomes. */
    public static final String NUMBER = "0";

    /** Longest first, so {@code qu'} is not taken for {@code jusqu'}. */
    private static final String[] ELISIONS = {"jusqu", "lorsqu", "puisqu", "qu", "l", "d", "j", "n", "s", "c", "m", "t"};

    private TextNormalizer() {
    }

    /** The normalised token string (tokens separated by one space), or {@code ""} when nothing is left. */
    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = fold(raw);
        Builder b = new Builder(s.length());
        int n = s.length();
        int i = skipReshareMarker(s, skipListMarker(s));
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < n) {
                int c = s.codePointAt(end);
                if (isSpace(c)) {
                    break;
                }
                end += Character.charCount(c);
            }
            chunk(s, i, end, b);
            i = end;
        }
        return b.out.toString();
    }

    /**
     * After a leading "RT" or "MT" (any case, optionally with a colon) that announces a re-share of
     * {@code @handle}, the index where the copied text starts; otherwise {@code from}. The handle itself
     * is a mention and is dropped like any other.
     */
    static int skipReshareMarker(String s, int from) {
        int i = from;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (i + 2 > n || !((s.charAt(i) == 'r' || s.charAt(i) == 'm') && s.charAt(i + 1) == 't')) {
            return from;
        }
        int j = i + 2;
        if (j < n && s.charAt(j) == ':') {
            j++;
        }
        while (j < n && isSpace(s.charAt(j))) {
            j++;
        }
        return j < n && (s.charAt(j) == '@' || s.charAt(j) == '＠') ? j : from;
    }

    /** Number of tokens in a string returned by {@link #normalize}. */
    public static int tokenCount(String normalized) {
        if (normalized.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** Folded forms of U+00C0–U+017F (Latin-1 and Latin Extended-A), built once with the same rules. */
    private static final String[] LATIN = new String[0x180 - 0xC0];

    static {
        for (int c = 0xC0; c < 0x180; c++) {
            LATIN[c - 0xC0] = foldSlow(String.valueOf((char) c).toLowerCase(Locale.ROOT));
        }
    }

    /** Lower case, accents and ligatures folded, apostrophes unified. */
    static String fold(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n && lower.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return lower;
        }
        // Fast path without the Unicode normaliser when every non-ASCII letter is a Latin-1/Extended-A
        // letter (French, most European text) and the rest are symbols, emoji or marks: same result.
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(lower, 0, i);
        for (; i < n; i++) {
            char c = lower.charAt(i);
            if (c < 0x80) {
                sb.append(c);
            } else if (c >= 0xC0 && c < 0x180) {
                sb.append(LATIN[c - 0xC0]);
            } else if (Character.isLetter(c)) {
                return foldSlow(lower);
            } else {
                appendFolded(c, sb);
            }
        }
        return sb.toString();
    }

    /** NFD, marks dropped, ligatures and apostrophes folded (input already lower case). */
    private static String foldSlow(String lower) {
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            appendFolded(nfd.charAt(i), sb);
        }
        return sb.toString();
    }

    private static void appendFolded(char c, StringBuilder sb) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return;
        }
        switch (c) {
            case 'œ' -> sb.append("oe");
            case 'æ' -> sb.append("ae");
            case 'ß' -> sb.append("ss");
            case 'ø' -> sb.append('o');
            case 'ł' -> sb.append('l');
            case 'đ' -> sb.append('d');
            case '\u2019', '\u2018', '\u02bc', '\u00b4', '\u2032' -> sb.append('\'');
            default -> sb.append(c);
        }
    }

    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    // ASCII fast paths: most text is ASCII and the Character tables are comparatively slow.
    private static boolean isLetter(int cp) {
        return cp < 128 ? (char) ((cp | 0x20) - 'a') < 26 : Character.isLetter(cp);
    }

    private static boolean isDigit(int cp) {
        return cp < 128 ? (char) (cp - '0') < 10 : Character.isDigit(cp);
    }

    private static boolean isLetterOrDigit(int cp) {
        return isLetter(cp) || isDigit(cp);
    }

    /** Index after a leading list marker such as {@code "3. "} or {@code "12) "}, else 0. */
    static int skipListMarker(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 3 || i >= n || (s.charAt(i) != '.' && s.charAt(i) != ')')) {
            return 0;
        }
        i++;
        if (i < n && !isSpace(s.charAt(i))) {
            return 0;
        }
        return i;
    }

    private static void chunk(String s, int from, int end, Builder b) {
        // Leading punctuation such as "(" or a quote must not hide a URL, mention or hashtag.
        int start = from;
        while (start < end) {
            char c = s.charAt(start);
            if (isLetterOrDigit(c) || c == '@' || c == '#' || Character.isSurrogate(c)) {
                break;
            }
            start++;
        }
        if (start > from) {
            b.separator();
        }
        if (start >= end) {
            return;
        }
        if (s.startsWith("http://", start) || s.startsWith("https://", start) || s.startsWith("www.", start)) {
            b.separator();
            return;
        }
        char first = s.charAt(start);
        if (first == '@') {
            b.separator();
            return;
        }
        if (first == '#') {
            start++;
        }
        start = skipElision(s, start, end);
        scanWords(s, start, end, b);
    }

    private static int skipElision(String s, int start, int end) {
        // Cheap pre-check: an elision has an apostrophe at position 1–6 of the word.
        int limit = Math.min(end, start + 7);
        int apostrophe = -1;
        for (int i = start + 1; i < limit; i++) {
            if (s.charAt(i) == '\'') {
                apostrophe = i;
                break;
            }
        }
        if (apostrophe < 0) {
            return start;
        }
        for (String e : ELISIONS) {
            int apo = start + e.length();
            if (apo + 1 < end && s.charAt(apo) == '\'' && s.startsWith(e, start)
                    && isLetter(s.charAt(apo + 1))) {
                return apo + 1;
            }
        }
        return start;
    }

    private static void scanWords(String s, int from, int end, Builder b) {
        int i = from;
        while (i < end) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (isDigit(cp)) {
                // A number: digits, possibly with single ',' or '.' between digit groups.
                int j = i + len;
                while (j < end) {
                    int c = s.codePointAt(j);
                    if (isDigit(c)) {
                        j += Character.charCount(c);
                    } else if ((c == ',' || c == '.') && j + 1 < end && isDigit(s.codePointAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                b.number();
                i = j;
            } else if (isLetter(cp)) {
                if (isIdeographic(cp)) {
                    b.startWord();
                    b.out.appendCodePoint(cp);
                    b.inWord = false;
                } else {
                    if (!b.inWord) {
                        b.startWord();
                    }
                    b.out.appendCodePoint(cp);
                }
                i += len;
            } else if (cp == '\'' && b.inWord && i + 1 < end && isLetter(s.codePointAt(i + 1))
                    && !isIdeographic(s.codePointAt(i + 1))) {
                i += len; // apostrophe inside a word: join ("don't" -> "dont")
            } else {
                b.separator();
                i += len;
            }
        }
        b.inWord = false;
    }

    static boolean isIdeographic(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Accumulates tokens; remembers whether the last token was a number so runs of numbers collapse. */
    private static final class Builder {
        final StringBuilder out;
        boolean inWord;
        boolean lastWasNumber;

        Builder(int capacity) {
            out = new StringBuilder(capacity);
        }

        void startWord() {
            if (out.length() > 0) {
                out.append(' ');
            }
            inWord = true;
            lastWasNumber = false;
        }

        /** Punctuation, emoji or symbols: end the word; a number after this does not collapse. */
        void separator() {
            inWord = false;
            lastWasNumber = false;
        }

        /** Numbers separated only by spaces ("15 000") collapse into one token. */
        void number() {
            inWord = false;
            if (lastWasNumber) {
                return;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(NUMBER);
            lastWasNumber = true;
        }
    }
}
