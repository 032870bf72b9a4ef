package org.spamouflage.sandbox.detection.text;

/**
 * Fixed, machine-independent 64-bit hashing for shingles, band keys and seeded hash families.
 *
 * <p>{@link String#hashCode()} is deliberately not used: it is 32-bit, collides on short strings and
 * would make MinHash quality depend on it. Instead: FNV-1a over UTF-16 code units (equal to the
 * reference FNV-1a 64 on ASCII text) followed by the SplitMix64 finaliser (Stafford's "Mix13"), which
 * spreads FNV's weak low bits over all 64 bits. Both are public-domain reference algorithms; the test
 * checks them against their published vectors.
 */
final class Hash64 {

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;
    static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hash64() {
    }

    /** SplitMix64 output function: a bijection on 64-bit values with full avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Raw FNV-1a 64 over the UTF-16 code units of {@code s[from, to)} (no finaliser). */
    static long fnv1a(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** Well-mixed 64-bit hash of {@code s[from, to)}. */
    static long hash(CharSequence s, int from, int to) {
        return mix(fnv1a(s, from, to));
    }

    /** Well-mixed 64-bit hash of a whole string. */
    static long hash(CharSequence s) {
        return hash(s, 0, s.length());
    }

    /** Order-dependent combination of an accumulated hash with the next element's hash. */
    static long combine(long acc, long next) {
        return mix(acc * FNV_PRIME + next + GOLDEN);
    }

    /** The SplitMix64 generator (Steele, Lea, Flood 2014): seeds hash families deterministically. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            state += GOLDEN;
            return mix(state);
        }
    }
}
