package org.spamouflage.sandbox.detection.text;

/**
 * Character k-grams over the normalised text, spaces included (so word boundaries count).
 * A single-letter typo changes at most k shingles; a swapped name of length L changes about L + k − 1.
 * Works for scripts without spaces (Chinese) as well. Cost: O(k·length).
 */
public final class CharShingler implements Shingler {

    private final int k;

    /** @param k characters per shingle, 1–32 */
    public CharShingler(int k) {
        if (k < 1 || k > 32) {
            throw new IllegalArgumentException("character shingle size must be 1–32, was " + k);
        }
        this.k = k;
    }

    @Override
    public long[] shingles(String s) {
        int n = s.length();
        if (n == 0) {
            return new long[0];
        }
        if (n <= k) {
            return new long[] {Hash64.hash(s)};
        }
        long[] out = new long[n - k + 1];
        for (int i = 0; i + k <= n; i++) {
            out[i] = Hash64.hash(s, i, i + k);
        }
        return out;
    }

    @Override
    public String toString() {
        return "char-" + k;
    }
}
