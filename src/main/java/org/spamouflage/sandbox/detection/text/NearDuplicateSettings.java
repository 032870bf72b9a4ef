package org.spamouflage.sandbox.detection.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings of {@link NearDuplicates}: an immutable value; every field is a plain JSON value, so the record
 * round-trips through Jackson unchanged.
 *
 * <h2>Defaults and where they come from</h2>
 * <ul>
 *   <li>{@code shingleType = WORD}, {@code shingleSize = 2}: measured on the hand-written fixture
 *       ({@code near-duplicates.tsv}: 72 edited copies of 14 messages, 14 paraphrases, 16 organic posts;
 *       exact Jaccard, {@code ShingleChoiceTest}). Gap between the least similar edited copy and the most
 *       similar paraphrase or unrelated pair: word 1-grams 0.27, <b>word 2-grams 0.48</b>, word 3-grams
 *       0.43, character 3-grams 0.23, 4-grams 0.36, 5-grams 0.40, 6-grams 0.43, 7-grams 0.44. Word bigrams
 *       separate best and give ~6× fewer shingles than character 5-grams, so MinHash is ~6× cheaper.</li>
 *   <li>{@code threshold = 0.5} (Jaccard of word bigrams): on the fixture every edited copy is ≥ 0.69 from
 *       its base and every two edited copies of one template are ≥ 0.53 from each other, while
 *       paraphrases (and anything compared with another group) are ≤ 0.22. CooRTweet 1.4–1.5 ({@code detect_similar_text})
 *       used Jaccard ≥ 0.8 on word 3-grams (textreuse's {@code tokenize_ngrams}), 200 MinHashes;
 *       on our fixture that setting keeps only 41 of 72 edited copies (57%): one swapped name already
 *       costs three trigrams. CooRTweet 2.0 dropped the text feature. Note that 0.8 <em>cosine</em>
 *       similarity is a looser criterion than 0.8 Jaccard: for two sets of equal size, cosine c
 *       corresponds to Jaccard c / (2 − c), so cosine 0.8 ≈ Jaccard 0.67 and our Jaccard 0.5 ≈ cosine 0.67.</li>
 *   <li>{@code bands = 40}, {@code rows = 3} (120 MinHash functions): a pair with Jaccard s becomes a
 *       candidate with probability 1 − (1 − s³)⁴⁰: 0.995 at s = 0.5, 0.99994 at 0.6, 0.27 at 0.2, 0.04 at
 *       0.1 (the S-curve's midpoint (1/40)^(1/3) ≈ 0.29 sits well below the threshold, trading some extra
 *       verifications for recall). The estimate's standard error at s = 0.5 is √(0.25/120) ≈ 0.046.</li>
 *   <li>{@code minTokens = 5}: texts with fewer tokens after normalisation ("Well said!", "Shame!") are
 *       grouped by exact normalised text only; with four bigrams one typo would already halve their
 *       similarity, and short replies are common among organic users.</li>
 *   <li>{@code maxBucketSize = 300}: in an LSH bucket with more distinct texts each member is verified
 *       only against the bucket's first member and its predecessor (strictly linear; see
 *       {@link NearDuplicates}). Smaller buckets are verified per family present in the bucket.</li>
 *   <li>{@code seed}: any fixed value; the same seed gives the same families on every machine.</li>
 * </ul>
 *
 * @param shingleType   word or character shingles
 * @param shingleSize   words (1–16) or characters (1–32) per shingle
 * @param bands         LSH bands b (1–512)
 * @param rows          MinHash rows per band r (1–64); permutations k = b·r must be ≤ 1024
 * @param threshold     minimum estimated Jaccard similarity for two texts to join one family (0–1]
 * @param minTokens     texts with fewer normalised tokens are matched by exact text only (0–1000)
 * @param maxBucketSize buckets above this size are linked in linear time (2–1,000,000)
 * @param seed          seed of the MinHash family
 */
public record NearDuplicateSettings(ShingleType shingleType, int shingleSize, int bands, int rows, double threshold,
                                    int minTokens, int maxBucketSize, long seed) {

    public NearDuplicateSettings {
        List<String> problems = new ArrayList<>();
        if (shingleType == null) {
            problems.add("shingleType is missing (allowed: WORD, CHARACTER)");
        } else {
            int max = shingleType == ShingleType.WORD ? 16 : 32;
            if (shingleSize < 1 || shingleSize > max) {
                problems.add("shingleSize " + shingleSize + " is out of range (allowed for " + shingleType + ": 1–" + max + ")");
            }
        }
        if (bands < 1 || bands > 512) {
            problems.add("bands " + bands + " is out of range (allowed: 1–512)");
        }
        if (rows < 1 || rows > 64) {
            problems.add("rows " + rows + " is out of range (allowed: 1–64)");
        }
        if (bands >= 1 && rows >= 1 && (long) bands * rows > 1024) {
            problems.add("bands × rows = " + ((long) bands * rows) + " MinHash functions is too many (allowed: ≤ 1024)");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            problems.add("threshold " + threshold + " is out of range (allowed: greater than 0, at most 1)");
        }
        if (minTokens < 0 || minTokens > 1000) {
            problems.add("minTokens " + minTokens + " is out of range (allowed: 0–1000)");
        }
        if (maxBucketSize < 2 || maxBucketSize > 1_000_000) {
            problems.add("maxBucketSize " + maxBucketSize + " is out of range (allowed: 2–1000000)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid near-duplicate settings: " + String.join("; ", problems));
        }
    }

    /** The documented defaults (see the class comment for their sources). */
    public static NearDuplicateSettings defaults() {
        return new NearDuplicateSettings(ShingleType.WORD, 2, 40, 3, 0.5, 5, 300, 0x5EED_2023_0807L);
    }

    /** Number of MinHash functions, b·r. */
    public int permutations() {
        return bands * rows;
    }

    /** Probability 1 − (1 − s^r)^b that a pair with Jaccard similarity s shares at least one band. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** The similarity (1/b)^(1/r) where the S-curve is steepest: about where candidate probability is ½. */
    public double curveMidpoint() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    public NearDuplicateSettings withThreshold(double t) {
        return new NearDuplicateSettings(shingleType, shingleSize, bands, rows, t, minTokens, maxBucketSize, seed);
    }

    public NearDuplicateSettings withShingles(ShingleType type, int size) {
        return new NearDuplicateSettings(type, size, bands, rows, threshold, minTokens, maxBucketSize, seed);
    }

    public NearDuplicateSettings withBanding(int b, int r) {
        return new NearDuplicateSettings(shingleType, shingleSize, b, r, threshold, minTokens, maxBucketSize, seed);
    }

    public NearDuplicateSettings withMinTokens(int m) {
        return new NearDuplicateSettings(shingleType, shingleSize, bands, rows, threshold, m, maxBucketSize, seed);
    }

    public NearDuplicateSettings withMaxBucketSize(int m) {
        return new NearDuplicateSettings(shingleType, shingleSize, bands, rows, threshold, minTokens, m, seed);
    }

    public NearDuplicateSettings withSeed(long s) {
        return new NearDuplicateSettings(shingleType, shingleSize, bands, rows, threshold, minTokens, maxBucketSize, s);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%d, b=%d r=%d (k=%d), threshold %.2f, minTokens %d, maxBucket %d",
                shingleType == ShingleType.WORD ? "word" : "char", shingleSize, bands, rows, permutations(), threshold,
                minTokens, maxBucketSize);
    }
}
