package org.spamouflage.sandbox.detection.text;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.SortedMap;

/**
 * One family of near-duplicate posts: posts linked by chains of pairwise similarity at or above the
 * threshold (single linkage), or, for short texts, posts with the same normalised text.
 *
 * @param id                 family id: families are numbered 0, 1, … in the order of their first post
 * @param members            post indices, ascending (at least two)
 * @param representative     index of the post whose normalised text is the family's most common one
 *                           (ties: the earliest such text); its raw text is {@code representativeText}
 * @param representativeText raw text of {@code representative}
 * @param distinctTexts      number of different normalised texts in the family (1 = exact copies only)
 * @param distinctAccounts   number of different authors, or −1 when no account ids were given
 * @param languages          language code → number of member posts (empty code for unknown), sorted;
 *                           empty when no languages were given
 * @param exactOnly          true for a family of short texts (fewer than {@code minTokens} tokens) that
 *                           were grouped by exact normalised text only
 */
public record DuplicateFamily(int id, IntList members, int representative, String representativeText,
                              int distinctTexts, int distinctAccounts, SortedMap<String, Integer> languages,
                              boolean exactOnly) {

    /** Number of member posts. */
    public int size() {
        return members.size();
    }
}
