package org.spamouflage.sandbox.detection.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hashtags, mentions and links written in a post's text, found the way X/Twitter's own text rules
 * find them (twitter-text, simplified):
 * <ul>
 *   <li>a <b>link</b> starts with {@code http://}, {@code https://} or {@code www.} and runs to the next
 *       white space; trailing punctuation ({@code . , ; : ! ? ) ] } ' "}) and a cut-off ending
 *       ({@code …}, as in truncated re-shares) are not part of it, and a link cut off before its host
 *       ({@code https://t.…}) is dropped;</li>
 *   <li>a <b>hashtag</b> is {@code #} (or the full-width {@code ＃}) at the start or after a character that
 *       is neither a letter, a digit, {@code _} nor {@code &amp;}, followed by letters, digits, marks and
 *       {@code _}, with at least one letter ({@code #1} is not a hashtag); it is read in lower case
 *       ({@link Locale#ROOT}) because platforms treat {@code #IslamKills} and {@code #islamkills} as one;</li>
 *   <li>a <b>mention</b> is {@code @} (or {@code ＠}) at the start or after a character that is not a
 *       letter, digit or {@code _} (so e-mail addresses are not mentions), followed by 1–15 of
 *       {@code A–Z a–z 0–9 _}, not followed by another {@code @}; read in lower case (handles are
 *       case-insensitive).</li>
 * </ul>
 * Nothing inside a link counts as a hashtag or mention. Each item is listed once, in order of first
 * appearance. Cost: O(length).
 */
public final class TextEntities {

    private final List<String> links;
    private final List<String> hashtags;
    private final List<String> mentions;

    private TextEntities(List<String> links, List<String> hashtags, List<String> mentions) {
        this.links = links;
        this.hashtags = hashtags;
        this.mentions = mentions;
    }

    /** Links as written (not canonical), in order, each once. */
    public List<String> links() {
        return links;
    }

    /** Hashtags in lower case without {@code #}, in order, each once. */
    public List<String> hashtags() {
        return hashtags;
    }

    /** Mentioned handles in lower case without {@code @}, in order, each once. */
    public List<String> mentions() {
        return mentions;
    }

    private static final TextEntities NONE = new TextEntities(List.of(), List.of(), List.of());

    /** The entities of one text. */
    public static TextEntities of(String text) {
        if (text == null || text.isEmpty() || !mayHoldEntities(text)) {
            return NONE;
        }
        Set<String> links = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        Set<String> mentions = new LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && startsLink(text, i) && boundaryBefore(text, i)) {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                String link = trimLink(text.substring(i, end));
                if (link != null) {
                    links.add(link);
                }
                i = end;
                continue;
            }
            if ((c == '#' || c == '＃') && hashBoundary(text, i)) {
                int end = i + 1;
                boolean letter = false;
                while (end < n) {
                    int cp = text.codePointAt(end);
                    if (Character.isLetter(cp)) {
                        letter = true;
                    } else if (!(Character.isDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK
                            || Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
                        break;
                    }
                    end += Character.charCount(cp);
                }
                if (letter) {
                    tags.add(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
                }
                i = Math.max(end, i + 1);
                continue;
            }
            if ((c == '@' || c == '＠') && mentionBoundary(text, i)) {
                int end = i + 1;
                while (end < n && end - i - 1 < 15 && isHandleChar(text.charAt(end))) {
                    end++;
                }
                boolean valid = end > i + 1 && (end >= n || (!isHandleChar(text.charAt(end)) && text.charAt(end) != '@'
                        && text.charAt(end) != '＠'));
                if (valid) {
                    mentions.add(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
        return new TextEntities(List.copyOf(links), List.copyOf(tags), List.copyOf(mentions));
    }

    private static boolean mayHoldEntities(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' || c == '@' || c == '＃' || c == '＠' || c == ':' || c == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLink(String s, int i) {
        return s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8)
                || s.regionMatches(true, i, "www.", 0, 4);
    }

    private static boolean boundaryBefore(String s, int i) {
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        return !Character.isLetterOrDigit(p) && p != '_' && p != '/' && p != '.';
    }

    private static boolean hashBoundary(String s, int i) {
        if (i == 0) {
            return true;
        }
        int p = s.codePointBefore(i);
        return !(Character.isLetterOrDigit(p) || p == '_' || p == '&' || p == '#' || p == '＃');
    }

    private static boolean mentionBoundary(String s, int i) {
        if (i == 0) {
            return true;
        }
        int p = s.codePointBefore(i);
        return !(Character.isLetterOrDigit(p) || p == '_' || p == '@' || p == '＠' || p == '!' || p == '$' || p == '%'
                || p == '&' || p == '*' || p == '#');
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** The link without trailing punctuation, or null when it was cut off before a usable host. */
    static String trimLink(String raw) {
        String s = raw;
        if (s.endsWith("…") || s.endsWith("...")) {
            return null; // truncated: the visible part is not the link
        }
        int end = s.length();
        while (end > 0 && ".,;:!?)]}'\"’”»".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        s = s.substring(0, end);
        return Links.canonical(s) == null ? null : s;
    }

    /** Convenience for tests and evidence: the lists joined. */
    @Override
    public String toString() {
        return "links " + links + ", hashtags " + hashtags + ", mentions " + mentions;
    }
}
