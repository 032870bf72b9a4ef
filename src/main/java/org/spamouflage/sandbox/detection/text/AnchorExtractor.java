package org.spamouflage.sandbox.detection.text;

import java.util.ArrayList;
import java.util.Locale;
import java.util.List;

/**
 * Pulls the language-independent {@link Anchors} out of a raw post text: proper names, handles,
 * hashtags, links, numbers and emoji, the parts that a machine translation leaves alone.
 *
 * <p>Names are found by capitalisation, so the extractor needs the raw text, not the normalised one.
 * A capitalised word right after the start of the text or after {@code . ! ? : …} (or an opening quote
 * or bracket following them) is "sentence-initial": it may just be an ordinary word ("Watch",
 * "Regardez"), so it is reported apart and the caller decides. Runs of 3-digit groups separated by spaces
 * ({@code 500 000}, French thousands) are joined into one number. Cost: O(length of the text).
 */
public final class AnchorExtractor {

    private static final String[] ELISIONS = {"jusqu", "lorsqu", "puisqu", "qu", "l", "d", "j", "n", "s", "c", "m", "t"};

    private AnchorExtractor() {
    }

    public static Anchors extract(String raw) {
        Sets sets = new Sets();
        if (raw == null || raw.isEmpty()) {
            return sets.toAnchors();
        }
        int n = raw.length();
        int i = TextNormalizer.skipListMarker(raw);
        boolean sentenceStart = true;
        String lastNumber = null; // number that ended the previous chunk, for joining "500 000"
        while (i < n) {
            int cp = raw.codePointAt(i);
            if (TextNormalizer.isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < n && !TextNormalizer.isSpace(raw.codePointAt(end))) {
                end += Character.charCount(raw.codePointAt(end));
            }
            ChunkResult r = chunk(raw, i, end, sentenceStart, lastNumber, sets);
            sentenceStart = r.sentenceStartAfter;
            lastNumber = r.trailingNumber;
            i = end;
        }
        return sets.toAnchors();
    }

    private record ChunkResult(boolean sentenceStartAfter, String trailingNumber) {
    }

    private static ChunkResult chunk(String raw, int start, int end, boolean sentenceStart, String lastNumber,
                                     Sets sets) {
        collectEmoji(raw, start, end, sets.emoji);
        boolean endsSentence = endsSentence(raw, start, end);
        int s = start;
        while (s < end) {
            int cp = raw.codePointAt(s);
            if (Character.isLetterOrDigit(cp) || cp == '@' || cp == '#') {
                break;
            }
            s += Character.charCount(cp);
        }
        if (s >= end) {
            // Punctuation or emoji only ("?" in French spacing, "«", "🔥"): keeps or starts a sentence.
            return new ChunkResult(sentenceStart || endsSentence, null);
        }
        if (raw.regionMatches(true, s, "http://", 0, 7) || raw.regionMatches(true, s, "https://", 0, 8)
                || raw.regionMatches(true, s, "www.", 0, 4)) {
            sets.urls.add(url(raw, s, end));
            return new ChunkResult(endsSentence, null);
        }
        char first = raw.charAt(s);
        if (first == '@' || first == '#') {
            int j = s + 1;
            while (j < end && (Character.isLetterOrDigit(raw.codePointAt(j)) || raw.charAt(j) == '_')) {
                j += Character.charCount(raw.codePointAt(j));
            }
            if (j > s + 1) {
                String body = raw.substring(s + 1, j);
                if (first == '@') {
                    sets.mentions.add("@" + body.toLowerCase(Locale.ROOT));
                } else {
                    sets.hashtags.add("#" + TextNormalizer.fold(body));
                }
            }
            return new ChunkResult(endsSentence, null);
        }
        return words(raw, s, end, sentenceStart, endsSentence, lastNumber, sets);
    }

    private static ChunkResult words(String raw, int s, int end, boolean sentenceStart, boolean endsSentence,
                                     String lastNumber, Sets sets) {
        boolean atStart = sentenceStart;
        String trailingNumber = null;
        boolean onlyNumber = true;
        int i = s;
        while (i < end) {
            int cp = raw.codePointAt(i);
            if (Character.isDigit(cp)) {
                int j = i;
                StringBuilder digits = new StringBuilder();
                while (j < end) {
                    int c = raw.codePointAt(j);
                    if (Character.isDigit(c)) {
                        digits.appendCodePoint(c);
                        j += Character.charCount(c);
                    } else if ((c == ',' || c == '.') && j + 1 < end && Character.isDigit(raw.codePointAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                String number = digits.toString();
                boolean wholeChunk = i == s && onlyNumber && j >= end - trailingPunctuation(raw, j, end);
                if (wholeChunk && lastNumber != null && number.length() == 3 && j - i == 3) {
                    // "500 000": the previous chunk's number continues in this 3-digit group.
                    sets.numbers.remove(lastNumber);
                    number = lastNumber + number;
                }
                sets.numbers.add(number);
                trailingNumber = wholeChunk && j == end ? number : null;
                i = j;
                atStart = false;
            } else if (Character.isLetter(cp)) {
                onlyNumber = false;
                int j = i;
                while (j < end) {
                    int c = raw.codePointAt(j);
                    if (Character.isLetter(c)) {
                        j += Character.charCount(c);
                    } else if ((c == '-' || c == '\'' || c == '\u2019') && j + 1 < end
                            && Character.isLetter(raw.codePointAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                if (mayBeName(raw, i, j)) {
                    name(raw.substring(i, j), atStart, sets);
                }
                atStart = false;
                i = j;
            } else {
                if (cp != '$' && cp != '%' && cp != '€') {
                    onlyNumber = false;
                }
                i += Character.charCount(cp);
            }
        }
        return new ChunkResult(endsSentence, trailingNumber);
    }

    /** Cheap filter: the word starts with a capital, or with an elision followed by a capital. */
    private static boolean mayBeName(String raw, int from, int to) {
        if (Character.isUpperCase(raw.codePointAt(from))) {
            return true;
        }
        for (int i = from + 1; i < Math.min(to - 1, from + 7); i++) {
            char c = raw.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return Character.isUpperCase(raw.codePointAt(i + 1));
            }
        }
        return false;
    }

    /** Records a word as a name candidate if it is capitalised (after elision and possessive removal). */
    private static void name(String word, boolean sentenceInitial, Sets sets) {
        String w = word;
        String lower = w.toLowerCase(Locale.ROOT);
        for (String e : ELISIONS) {
            if (lower.length() > e.length() + 1 && lower.startsWith(e)
                    && (w.charAt(e.length()) == '\'' || w.charAt(e.length()) == '\u2019')) {
                w = w.substring(e.length() + 1);
                break;
            }
        }
        int len = w.length();
        if (len > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
            w = w.substring(0, len - 2);
        }
        if (w.codePointCount(0, w.length()) < 2 || !Character.isUpperCase(w.codePointAt(0))) {
            return;
        }
        String key = TextNormalizer.fold(w).replace('\'', '-');
        (sentenceInitial ? sets.sentenceInitial : sets.names).add(key);
    }

    private static int trailingPunctuation(String raw, int from, int end) {
        int count = 0;
        for (int j = end - 1; j >= from; j--) {
            char c = raw.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                break;
            }
            count++;
        }
        return count;
    }

    private static boolean endsSentence(String raw, int start, int end) {
        for (int j = end - 1; j >= start; j--) {
            char c = raw.charAt(j);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            // closing quotes, brackets, emoji: look further left
        }
        return false;
    }

    private static String url(String raw, int s, int end) {
        int e = end;
        while (e > s && ".,;:!?)]}\u00bb\"'\u201d\u2019\u2026".indexOf(raw.charAt(e - 1)) >= 0) {
            e--;
        }
        String u = raw.substring(s, e);
        String lower = u.toLowerCase(Locale.ROOT);
        int from = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : 0;
        if (lower.startsWith("www.", from)) {
            from += 4;
        }
        int slash = u.indexOf('/', from);
        String host = (slash < 0 ? u.substring(from) : u.substring(from, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : u.substring(slash);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + path;
    }

    private static void collectEmoji(String raw, int start, int end, List<String> out) {
        int i = start;
        while (i < end) {
            char ch = raw.charAt(i);
            if (ch < 0x100) {
                i++;
                continue;
            }
            int cp = raw.codePointAt(i);
            int len = Character.charCount(cp);
            if (isRegionalIndicator(cp) && i + len < end && isRegionalIndicator(raw.codePointAt(i + len))) {
                int second = raw.codePointAt(i + len);
                out.add(new StringBuilder().appendCodePoint(cp).appendCodePoint(second).toString());
                i += len + Character.charCount(second);
                continue;
            }
            if (cp > 0xff && Character.getType(cp) == Character.OTHER_SYMBOL && !isRegionalIndicator(cp)) {
                out.add(new String(Character.toChars(cp)));
            }
            i += len;
        }
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Collected anchors; sorted and deduplicated once at the end (cheaper than sorted sets per post). */
    private static final class Sets {
        final List<String> names = new ArrayList<>();
        final List<String> sentenceInitial = new ArrayList<>();
        final List<String> mentions = new ArrayList<>();
        final List<String> hashtags = new ArrayList<>();
        final List<String> urls = new ArrayList<>();
        final List<String> numbers = new ArrayList<>();
        final List<String> emoji = new ArrayList<>();

        Anchors toAnchors() {
            return new Anchors(sorted(names), sorted(sentenceInitial), sorted(mentions), sorted(hashtags), sorted(urls),
                    sorted(numbers), sorted(emoji));
        }

        private static List<String> sorted(List<String> values) {
            if (values.size() < 2) {
                return values;
            }
            values.sort(null);
            List<String> out = new ArrayList<>(values.size());
            for (String v : values) {
                if (out.isEmpty() || !out.get(out.size() - 1).equals(v)) {
                    out.add(v);
                }
            }
            return out;
        }
    }
}
