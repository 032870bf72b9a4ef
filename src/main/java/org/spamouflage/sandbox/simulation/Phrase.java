package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sentence or phrase parsed once into pieces (literal runs, words that have synonyms, slots such
 * as {@code {POL}}) so that rendering a post is a single pass over a small array into a
 * {@link StringBuilder}: no regular expressions or string replacement in the hot path.
 *
 * <p>Word runs with an entry in the language's synonym table keep their alternatives, so a
 * paraphrase (or an honest user's own wording) can swap them at render time.
 */
final class Phrase {
    private static final byte LITERAL = 0;
    private static final byte SLOT = 1;
    private static final byte WORD = 2;

    private final byte[] kinds;
    private final String[] texts;
    private final int[] slots;
    private final String[][] alternatives;
    private final String source;

    private Phrase(byte[] kinds, String[] texts, int[] slots, String[][] alternatives, String source) {
        this.kinds = kinds;
        this.texts = texts;
        this.slots = slots;
        this.alternatives = alternatives;
        this.source = source;
    }

    /** Fills slot values while rendering. */
    @FunctionalInterface
    interface Filler {
        void fill(int slot, StringBuilder out);
    }

    /** Parses {@code text}; slot names are looked up in {@link Slot}; synonyms may be null. */
    static Phrase parse(String text, Map<String, String[]> synonyms) {
        List<Byte> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<String[]> alts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed slot in phrase: " + text);
                }
                flushLiteral(literal, synonyms, kinds, texts, slots, alts);
                kinds.add(SLOT);
                texts.add(null);
                slots.add(Slot.id(text.substring(i + 1, close)));
                alts.add(null);
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        flushLiteral(literal, synonyms, kinds, texts, slots, alts);
        byte[] k = new byte[kinds.size()];
        int[] s = new int[kinds.size()];
        for (int j = 0; j < k.length; j++) {
            k[j] = kinds.get(j);
            s[j] = slots.get(j);
        }
        return new Phrase(k, texts.toArray(new String[0]), s, alts.toArray(new String[0][]), text);
    }

    /** Splits a literal into runs; word runs with synonyms become their own piece. */
    private static void flushLiteral(StringBuilder literal, Map<String, String[]> synonyms, List<Byte> kinds,
                                     List<String> texts, List<Integer> slots, List<String[]> alts) {
        if (literal.length() == 0) {
            return;
        }
        String s = literal.toString();
        literal.setLength(0);
        if (synonyms == null || synonyms.isEmpty()) {
            addPiece(LITERAL, s, -1, null, kinds, texts, slots, alts);
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
                String[] options = synonyms.get(word.toLowerCase(java.util.Locale.ROOT));
                if (options != null) {
                    if (plain.length() > 0) {
                        addPiece(LITERAL, plain.toString(), -1, null, kinds, texts, slots, alts);
                        plain.setLength(0);
                    }
                    boolean upper = Character.isUpperCase(word.charAt(0));
                    String[] cased = new String[options.length];
                    for (int k = 0; k < options.length; k++) {
                        cased[k] = upper ? capitalise(options[k]) : options[k];
                    }
                    addPiece(WORD, word, -1, cased, kinds, texts, slots, alts);
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
            addPiece(LITERAL, plain.toString(), -1, null, kinds, texts, slots, alts);
        }
    }

    private static void addPiece(byte kind, String text, int slot, String[] alt, List<Byte> kinds, List<String> texts,
                                 List<Integer> slots, List<String[]> alts) {
        kinds.add(kind);
        texts.add(text);
        slots.add(slot);
        alts.add(alt);
    }

    static String capitalise(String s) {
        if (s.isEmpty() || Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Renders without synonym swaps. */
    void render(StringBuilder out, Filler filler) {
        render(out, filler, null, 0);
    }

    /**
     * Renders, swapping each word that has synonyms with probability {@code swapProbability}.
     *
     * @return how many words were swapped
     */
    int render(StringBuilder out, Filler filler, Rng rng, double swapProbability) {
        int swapped = 0;
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case SLOT -> filler.fill(slots[i], out);
                case WORD -> {
                    if (rng != null && swapProbability > 0 && rng.chance(swapProbability)) {
                        out.append(alternatives[i][rng.nextInt(alternatives[i].length)]);
                        swapped++;
                    } else {
                        out.append(texts[i]);
                    }
                }
                default -> out.append(texts[i]);
            }
        }
        return swapped;
    }

    /** True when the phrase begins with a slot (a name, which must keep its capital). */
    boolean startsWithSlot() {
        return kinds.length > 0 && kinds[0] == SLOT;
    }

    /** Number of slots (places where the writer's own values go). */
    int slotCount() {
        int n = 0;
        for (byte k : kinds) {
            if (k == SLOT) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return source;
    }

    /** Parses each string. */
    static Phrase[] all(Map<String, String[]> synonyms, String... texts) {
        Phrase[] p = new Phrase[texts.length];
        for (int i = 0; i < texts.length; i++) {
            p[i] = parse(texts[i], synonyms);
        }
        return p;
    }
}
