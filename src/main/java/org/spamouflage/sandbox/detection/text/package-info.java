/**
 * Text signals of the detection engine: near-duplicate families and English–French pairing.
 * Plain Java (no Vaadin, Spring or JDBC); it never sees ground truth. Same input and settings give the
 * same output on every machine: hashing is fixed (FNV-1a + SplitMix64 finaliser, never
 * {@link java.lang.String#hashCode()} for anything that matters), seeds come from the settings, parallel
 * steps write to per-item slots, and nothing iterates a hash map into the output.
 *
 * <h2>Near-duplicate families</h2>
 * {@link org.spamouflage.sandbox.detection.text.NearDuplicates#find(java.util.List,
 * org.spamouflage.sandbox.detection.text.NearDuplicateSettings)} (or {@code findInPosts}) returns
 * {@link org.spamouflage.sandbox.detection.text.DuplicateFamilies}: for each post its family id or −1,
 * and for each family its members, a representative text, the number of distinct texts, accounts and
 * languages. Pipeline: {@link org.spamouflage.sandbox.detection.text.TextNormalizer} (case, accents,
 * French elisions, numbers → {@code 0}, list markers, URLs/mentions removed, hashtags kept as words,
 * emoji removed) → exact grouping → word-bigram shingles → MinHash (120 functions) → LSH (40 bands × 3
 * rows) → verification at estimated Jaccard ≥ 0.5 → union-find. Defaults and the measurement behind
 * them are in {@link org.spamouflage.sandbox.detection.text.NearDuplicateSettings}.
 *
 * <p>Measured on the hand-written fixture (72 edited copies of 14 messages, 14 paraphrases, 16 organic
 * posts): every edited copy (name swap, emoji, list number, typo, mention/link swap, combined edits)
 * joins its message's family, no paraphrase or organic post joins any family. Word bigrams separate
 * edits from paraphrases/unrelated text better than word 1/3-grams and character 3–7-grams (gap 0.48
 * against 0.23–0.44). CooRTweet 1.x's setting (word trigrams, Jaccard ≥ 0.8) would keep 41 of the 72
 * edited copies.
 *
 * <p>Honest false positives: organic users repeat slogans and short replies; short texts (&lt; 5 tokens)
 * are grouped by exact text only and flagged {@code exactOnly}, and a family's
 * {@code distinctAccounts} and the timing of its posts (a co-posting layer) are what separate a slogan
 * repeated by many people over days from a campaign posting one template within minutes.
 *
 * <h2>English–French pairing</h2>
 * {@link org.spamouflage.sandbox.detection.text.BilingualPairing#pair(java.util.List, java.util.List,
 * long[], org.spamouflage.sandbox.detection.text.PairingSettings)} (or {@code pairPosts}) links posts
 * that carry the same language-independent anchors ({@link org.spamouflage.sandbox.detection.text.AnchorExtractor}:
 * names, handles, hashtags, links, numbers, emoji) with an IDF-weighted Jaccard score, a specificity check
 * (the shared anchors together must be rare) and a time factor, without all pairs (inverted index over
 * distinct anchor profiles). {@link org.spamouflage.sandbox.detection.text.CrossLanguageFamilies} then
 * merges English and French near-duplicate families joined by enough pairs.
 *
 * <p>At family level (what the detector uses), {@link org.spamouflage.sandbox.detection.text.FamilyPairing}
 * takes every anchor candidate ({@code BilingualPairing.candidates}) and keeps a pair of families only when
 * behaviour agrees too: the two families share authors (overlap coefficient) and sit in each other's bursts
 * (co-timing within 10 minutes), or (a careful operator who spreads each wave over hours) both families are
 * largely posted by the same accounts (author Jaccard ≥ 0.2, at least 3 shared). On the generator's
 * scenarios this removes most honest slogan pairs that share a hashtag, an emoji or a city name
 * (canada-2023 seeds 1–5: family-pair precision 0.18 → 0.86, with one template fewer found in 200). A
 * family's anchor variants (its copies grouped by anchors: several messages that single linkage merged)
 * then look for partners of their own, which lifts the translated templates found from 90 to 185 of 200;
 * see BENCHMARKS.md and
 * {@link org.spamouflage.sandbox.detection.text.FamilyPairingSettings}.
 *
 * <p>Measured on the hand-written bilingual fixture (38 translated pairs among 152 posts, see
 * {@code BilingualPairingMeasurementTest}), at the defaults: recall 0.95 (36/38); precision 0.78 when only
 * translations count as correct, 0.98 when organic posts about the same news in the two languages
 * (which do carry the same message) count too; without times 0.95 / 0.73 / 0.92. What fails: messages
 * whose only anchors are names most posts carry (the critic's and the prime minister's), single-emoji
 * camouflage posts matched to organic posts with the same emoji, and organic "same news" posts, which
 * are paired because they do share the message. These figures come from text we wrote ourselves; the
 * generator's output must be measured again.
 */
package org.spamouflage.sandbox.detection.text;
