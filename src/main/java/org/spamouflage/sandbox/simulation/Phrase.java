package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sentence or phrase parsed once into pieces (literal runs, words that have alternatives, slots
 * such as {@code {POL}}, inline choices such as {@code [a|b|]}) so that rendering a post is a
 * single pass over a small array into a {@link StringBuilder}: no regular expressions or string
 * replacement in the hot path.
 *
 * <p>Word runs with an entry in the {@link Lexicon} keep their alternatives (synonyms, casual
 * spellings, words from the other official language), so a paraphrase or an honest user's own
 * wording can swap them at render time.
 *
 * <p>Inline choices {@code [first|second|third]} pick one alternative uniformly at render time; an
 * empty alternative makes the part optional, and choices nest. They let one line of a text bank
 * stand for hundreds of wordings, the way people put the same thought in their own words. Without
 * a random source the first alternative is rendered.
 */
final class Phrase {
    private static final byte LITERAL = 0;
    private static final byte SLOT = 1;
    private static final byte WORD = 2;
    private static final byte CHOICE = 3;
    private static final Phrase[] NO_CHOICES = new Phrase[0];

    private final byte[] kinds;
    private final String[] texts;
    private final int[] slots;
    /** Per piece: synonyms (WORD), or null. */
    private final String[][] alternatives;
    /** Per piece: casual spellings (WORD), or null. */
    private final String[][] casual;
    /** Per piece: the other language's word (WORD), or null. */
    private final String[][] mixed;
    /** Per piece: the alternatives of an inline choice (CHOICE), or null. */
    private final Phrase[][] choices;
    private final String source;

    private Phrase(Parts p, String source) {
        int n = p.kinds.size();
        this.kinds = new byte[n];
        this.slots = new int[n];
        for (int j = 0; j < n; j++) {
            kinds[j] = p.kinds.get(j);
            slots[j] = p.slots.get(j);
        }
        this.texts = p.texts.toArray(new String[0]);
        this.alternatives = p.alts.toArray(new String[0][]);
        this.casual = p.casual.toArray(new String[0][]);
        this.mixed = p.mixed.toArray(new String[0][]);
        this.choices = p.choices.toArray(new Phrase[0][]);
        this.source = source;
    }

    /** Fills slot values while rendering. */
    @FunctionalInterface
    interface Filler {
        void fill(int slot, StringBuilder out);
    }

    /** Parses {@code text}; slot names are looked up in {@link Slot}; synonyms may be null. */
    static Phrase parse(String text, Map<String, String[]> synonyms) {
        return parseWith(text, Lexicon.of(synonyms));
    }

    /** Parses {@code text} with the word alternatives of {@code lexicon} (which may be null). */
    static Phrase parseWith(String text, Lexicon lexicon) {
        Parts parts = new Parts();
        parseInto(text, 0, text.length(), lexicon == null ? Lexicon.EMPTY : lexicon, parts, text);
        return new Phrase(parts, text);
    }

    private static void parseInto(String text, int from, int to, Lexicon lex, Parts out, String whole) {
        StringBuilder literal = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0 || close >= to) {
                    throw new IllegalArgumentException("unclosed slot in phrase: " + whole);
                }
                flushLiteral(literal, lex, out);
                out.add(SLOT, null, Slot.id(text.substring(i + 1, close)), null, null, null, null);
                i = close + 1;
            } else if (c == '[') {
                flushLiteral(literal, lex, out);
                int depth = 0;
                int start = i + 1;
                List<Phrase> alts = new ArrayList<>();
                int j = i;
                for (; j < to; j++) {
                    char d = text.charAt(j);
                    if (d == '[') {
                        depth++;
                    } else if (d == ']') {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    } else if (d == '|' && depth == 1) {
                        alts.add(sub(text, start, j, lex, whole));
                        start = j + 1;
                    }
                }
                if (j >= to) {
                    throw new IllegalArgumentException("unclosed [ in phrase: " + whole);
                }
                alts.add(sub(text, start, j, lex, whole));
                out.add(CHOICE, null, -1, null, null, null, alts.toArray(NO_CHOICES));
                i = j + 1;
            } else {
                // '|' and ']' outside a choice are ordinary characters ("teacher | Calgary" in a bio).
                literal.append(c);
                i++;
            }
        }
        flushLiteral(literal, lex, out);
    }

    private static Phrase sub(String text, int from, int to, Lexicon lex, String whole) {
        Parts parts = new Parts();
        parseInto(text, from, to, lex, parts, whole);
        return new Phrase(parts, text.substring(from, to));
    }

    /** Splits a literal into runs; word runs with alternatives become their own piece. */
    private static void flushLiteral(StringBuilder literal, Lexicon lex, Parts out) {
        if (literal.length() == 0) {
            return;
        }
        String s = literal.toString();
        literal.setLength(0);
        if (lex.isEmpty()) {
            out.add(LITERAL, s, -1, null, null, null, null);
            return;
        }
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (Character.isLetter(s.charAt(i))) {
                int j = i;
                while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
                    j++;
                }
                String word = s.substring(i, j);
                String key = word.toLowerCase(Locale.ROOT);
                String[] syn = lex.synonyms().get(key);
                // Not inside a contraction or elision ("you're", "l'école"): "u're" is nobody's spelling.
                boolean elided = (i > 0 && isApostrophe(s.charAt(i - 1)))
                        || (j < s.length() && isApostrophe(s.charAt(j)));
                String[] cas = elided ? null : lex.casual().get(key);
                String[] mix = elided ? null : lex.mixed().get(key);
                if (syn != null || cas != null || mix != null) {
                    if (plain.length() > 0) {
                        out.add(LITERAL, plain.toString(), -1, null, null, null, null);
                        plain.setLength(0);
                    }
                    boolean upper = Character.isUpperCase(word.charAt(0));
                    out.add(WORD, word, -1, cased(syn, upper), cased(cas, upper), cased(mix, upper), null);
                } else {
                    plain.append(word);
                }
                i = j;
            } else {
                plain.append(s.charAt(i));
                i++;
            }
        }
        if (plain.length() > 0) {
            out.add(LITERAL, plain.toString(), -1, null, null, null, null);
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static String[] cased(String[] options, boolean upper) {
        if (options == null) {
            return null;
        }
        String[] out = new String[options.length];
        for (int k = 0; k < options.length; k++) {
            out[k] = upper ? capitalise(options[k]) : options[k];
        }
        return out;
    }

    static String capitalise(String s) {
        if (s.isEmpty() || Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Renders without word swaps; inline choices take their first alternative. */
    void render(StringBuilder out, Filler filler) {
        render(out, filler, null, 0, 0, 0);
    }

    /**
     * Renders, swapping each word that has synonyms with probability {@code swapProbability}.
     *
     * @return how many words were swapped
     */
    int render(StringBuilder out, Filler filler, Rng rng, double swapProbability) {
        return render(out, filler, rng, swapProbability, 0, 0);
    }

    /**
     * Renders with a writer's habits: each word with a word from the other language is swapped
     * with probability {@code mixProbability}, else each word with a casual spelling takes it with
     * probability {@code casualProbability}, else each word with synonyms is swapped with
     * probability {@code swapProbability}. Inline choices are drawn uniformly.
     *
     * @return how many words were swapped for synonyms
     */
    int render(StringBuilder out, Filler filler, Rng rng, double swapProbability, double casualProbability,
               double mixProbability) {
        int swapped = 0;
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case SLOT -> filler.fill(slots[i], out);
                case WORD -> {
                    if (rng == null) {
                        out.append(texts[i]);
                    } else if (mixed[i] != null && mixProbability > 0 && rng.chance(mixProbability)) {
                        out.append(mixed[i][rng.nextInt(mixed[i].length)]);
                    } else if (casual[i] != null && casualProbability > 0 && rng.chance(casualProbability)) {
                        out.append(casual[i][rng.nextInt(casual[i].length)]);
                    } else if (alternatives[i] != null && swapProbability > 0 && rng.chance(swapProbability)) {
                        out.append(alternatives[i][rng.nextInt(alternatives[i].length)]);
                        swapped++;
                    } else {
                        out.append(texts[i]);
                    }
                }
                case CHOICE -> {
                    Phrase[] alts = choices[i];
                    Phrase pick = rng == null ? alts[0] : alts[rng.nextInt(alts.length)];
                    swapped += pick.render(out, filler, rng, swapProbability, casualProbability, mixProbability);
                }
                default -> out.append(texts[i]);
            }
        }
        return swapped;
    }

    /**
     * The same phrase with every top-level inline choice decided once by {@code rng} (slots, word
     * alternatives and choices nested inside the chosen alternatives kept): an automated account's
     * own fixed format, filled anew for each post. {@code [[sunny|cloudy]]} is therefore a choice
     * that stays open for every post, while {@code [Forecast|Outlook]} is fixed per account.
     */
    Phrase resolve(Rng rng) {
        Parts parts = new Parts();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == CHOICE) {
                choices[i][rng.nextInt(choices[i].length)].copyInto(parts);
            } else {
                parts.add(kinds[i], texts[i], slots[i], alternatives[i], casual[i], mixed[i], null);
            }
        }
        return new Phrase(parts, source);
    }

    private void copyInto(Parts out) {
        for (int i = 0; i < kinds.length; i++) {
            out.add(kinds[i], texts[i], slots[i], alternatives[i], casual[i], mixed[i], choices[i]);
        }
    }

    /** True when the phrase begins with a slot (a name, which must keep its capital). */
    boolean startsWithSlot() {
        return kinds.length > 0 && kinds[0] == SLOT;
    }

    /** Number of slots outside inline choices (places where the writer's own values always go). */
    int slotCount() {
        int n = 0;
        for (byte k : kinds) {
            if (k == SLOT) {
                n++;
            }
        }
        return n;
    }

    /** Number of ways the inline choices can be decided (saturating at {@code Long.MAX_VALUE}). */
    long wordings() {
        long total = 1;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == CHOICE) {
                long sum = 0;
                for (Phrase alt : choices[i]) {
                    sum = saturatingAdd(sum, alt.wordings());
                }
                total = saturatingMultiply(total, sum);
            }
        }
        return total;
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    private static long saturatingMultiply(long a, long b) {
        if (a != 0 && b > Long.MAX_VALUE / a) {
            return Long.MAX_VALUE;
        }
        return a * b;
    }

    @Override
    public String toString() {
        return source;
    }

    /** Parses each string. */
    static Phrase[] all(Map<String, String[]> synonyms, String... texts) {
        Lexicon lexicon = Lexicon.of(synonyms);
        Phrase[] p = new Phrase[texts.length];
        for (int i = 0; i < texts.length; i++) {
            p[i] = parseWith(texts[i], lexicon);
        }
        return p;
    }

    /** Pieces being collected by the parser. */
    private static final class Parts {
        final List<Byte> kinds = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<Integer> slots = new ArrayList<>();
        final List<String[]> alts = new ArrayList<>();
        final List<String[]> casual = new ArrayList<>();
        final List<String[]> mixed = new ArrayList<>();
        final List<Phrase[]> choices = new ArrayList<>();

        void add(byte kind, String text, int slot, String[] alt, String[] cas, String[] mix, Phrase[] choice) {
            // Neighbouring literals are merged: resolved phrases render in fewer steps.
            int last = kinds.size() - 1;
            if (kind == LITERAL && last >= 0 && kinds.get(last) == LITERAL) {
                texts.set(last, texts.get(last) + text);
                return;
            }
            kinds.add(kind);
            texts.add(text);
            slots.add(slot);
            alts.add(alt);
            casual.add(cas);
            mixed.add(mix);
            choices.add(choice);
        }
    }
}
