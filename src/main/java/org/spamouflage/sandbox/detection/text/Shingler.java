package org.spamouflage.sandbox.detection.text;

import java.util.Arrays;

/** Cuts a normalised text (see {@link TextNormalizer}) into overlapping pieces, returned as 64-bit hashes. */
public interface Shingler {

    /**
     * The hashes of the text's shingles, in text order, duplicates included (MinHash does not care).
     * A text shorter than one shingle yields one shingle: the whole text. An empty text yields none.
     */
    long[] shingles(String normalized);

    /** The distinct shingle hashes, sorted: the set that Jaccard similarity is defined on. */
    default long[] shingleSet(String normalized) {
        long[] all = shingles(normalized);
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** Exact Jaccard similarity |A∩B| / |A∪B| of two sorted distinct sets (1 when both are empty). */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
