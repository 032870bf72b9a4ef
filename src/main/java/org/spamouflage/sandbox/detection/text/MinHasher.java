package org.spamouflage.sandbox.detection.text;

/**
 * MinHash signatures (Broder 1997): for k hash functions h_i, the signature of a set S is
 * (min_{x∈S} h_i(x))_i, and P[sig_i(A) = sig_i(B)] = J(A, B), so the share of equal positions estimates
 * the Jaccard similarity with standard error √(J(1−J)/k).
 *
 * <p>The family is h_i(x) = the top 31 bits of (a_i·x + b_i) mod 2^64 with odd a_i and any b_i drawn from
 * SplitMix64 of the seed ("multiply-add-shift", Dietzfelbinger et al. 1997). Its inputs are shingle hashes
 * that are already well mixed, so one multiply-add per (shingle, function) is enough; the estimate test
 * checks the result against exact Jaccard on seeded random sets. Cost: O(k · |S|) per signature.
 */
final class MinHasher {

    private final long[] a;
    private final long[] b;

    MinHasher(int k, long seed) {
        a = new long[k];
        b = new long[k];
        Hash64.SplitMix64 random = new Hash64.SplitMix64(seed);
        for (int i = 0; i < k; i++) {
            a[i] = random.next() | 1L;
            b[i] = random.next();
        }
    }

    int size() {
        return a.length;
    }

    /** Writes the signature of the shingle hashes into {@code out[offset, offset + k)}. */
    void signature(long[] shingles, int[] out, int offset) {
        int k = a.length;
        for (int i = 0; i < k; i++) {
            out[offset + i] = Integer.MAX_VALUE;
        }
        for (long x : shingles) {
            for (int i = 0; i < k; i++) {
                int v = (int) ((a[i] * x + b[i]) >>> 33);
                if (v < out[offset + i]) {
                    out[offset + i] = v;
                }
            }
        }
    }

    int[] signature(long[] shingles) {
        int[] out = new int[a.length];
        signature(shingles, out, 0);
        return out;
    }

    /** Share of equal positions of two signatures stored in one array: the Jaccard estimate. */
    static double estimate(int[] sigs, int offsetA, int offsetB, int k) {
        int equal = 0;
        for (int i = 0; i < k; i++) {
            if (sigs[offsetA + i] == sigs[offsetB + i]) {
                equal++;
            }
        }
        return (double) equal / k;
    }

    static double estimate(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }
}
