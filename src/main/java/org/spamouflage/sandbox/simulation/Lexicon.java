package org.spamouflage.sandbox.simulation;

import java.util.Map;

/**
 * Word alternatives a {@link Phrase} keeps for single words (keys in lower case): synonyms (the
 * same word chosen differently), casual spellings ("because" → "bc"), and words of the other
 * official language that bilingual writers slip in ("vraiment" → "full", "anyway" → "bref").
 *
 * @param synonyms other words with the same meaning
 * @param casual   casual spellings and shorthand
 * @param mixed    the other language's word, for code-switching
 */
record Lexicon(Map<String, String[]> synonyms, Map<String, String[]> casual, Map<String, String[]> mixed) {
    static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of(), Map.of());

    Lexicon {
        synonyms = synonyms == null ? Map.of() : synonyms;
        casual = casual == null ? Map.of() : casual;
        mixed = mixed == null ? Map.of() : mixed;
    }

    /** Synonyms only (null means none). */
    static Lexicon of(Map<String, String[]> synonyms) {
        return synonyms == null || synonyms.isEmpty() ? EMPTY : new Lexicon(synonyms, null, null);
    }

    boolean isEmpty() {
        return synonyms.isEmpty() && casual.isEmpty() && mixed.isEmpty();
    }
}
