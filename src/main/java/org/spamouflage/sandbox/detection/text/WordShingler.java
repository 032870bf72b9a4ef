package org.spamouflage.sandbox.detection.text;

/**
 * Word n-grams over the normalised tokens (the tokenisation textreuse and CooRTweet 1.x used, n = 3
 * there). Each token is hashed once and n consecutive token hashes are combined in order.
 * Cost: O(length).
 */
public final class WordShingler implements Shingler {

    private final int n;

    /** @param n words per shingle, 1–16 */
    public WordShingler(int n) {
        if (n < 1 || n > 16) {
            throw new IllegalArgumentException("word shingle size must be 1–16, was " + n);
        }
        this.n = n;
    }

    @Override
    public long[] shingles(String s) {
        if (s.isEmpty()) {
            return new long[0];
        }
        // One pass: a token has at least one character and one separator, so length/2 + 1 bounds the count.
        long[] tokens = new long[s.length() / 2 + 1];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                tokens[count++] = Hash64.hash(s, start, i);
                start = i + 1;
            }
        }
        int windows = Math.max(1, count - n + 1);
        int width = Math.min(n, count);
        long[] out = new long[windows];
        for (int w = 0; w < windows; w++) {
            long h = width;
            for (int j = 0; j < width; j++) {
                h = Hash64.combine(h, tokens[w + j]);
            }
            out[w] = h;
        }
        return out;
    }

    @Override
    public String toString() {
        return "word-" + n;
    }
}
