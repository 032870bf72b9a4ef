package org.spamouflage.sandbox.ingest;

import java.util.Arrays;

/**
 * Numbers distinct strings 0, 1, 2… in the order first seen, and hands back the first instance of
 * each (so repeated ids share one object).
 *
 * <p>Why not a library map: at a million keys, fastutil's open hash maps (load factor 0.75, key
 * compared with {@code equals} on every probe) spent most of an import's time on cache misses
 * following keys to compare them. Here each table slot is one {@code long} holding the key's hash
 * (high half) and its number + 1 (low half): probes compare hashes inside the table and follow a
 * key only when the hashes match, and the table is kept at most half full. O(1) expected per
 * operation; 16 bytes of table per key at most, plus the key array.
 */
final class StringIndex {
    private long[] table = new long[64];
    private String[] keys = new String[32];
    private int size;

    /** Number of distinct strings. */
    int size() {
        return size;
    }

    /** The number of {@code key}, or -1. */
    int indexOf(String key) {
        int h = key.hashCode();
        long[] t = table;
        int mask = t.length - 1;
        for (int pos = mix(h) & mask; ; pos = (pos + 1) & mask) {
            long slot = t[pos];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == h) {
                int i = (int) slot - 1;
                if (keys[i].equals(key)) {
                    return i;
                }
            }
        }
    }

    /**
     * The number of {@code key}, adding it when new. A new key gets number {@link #size()} (read it
     * before the call to tell new from old).
     */
    int add(String key) {
        int h = key.hashCode();
        long[] t = table;
        int mask = t.length - 1;
        int pos = mix(h) & mask;
        for (; ; pos = (pos + 1) & mask) {
            long slot = t[pos];
            if (slot == 0) {
                break;
            }
            if ((int) (slot >>> 32) == h) {
                int i = (int) slot - 1;
                if (keys[i].equals(key)) {
                    return i;
                }
            }
        }
        int i = size++;
        if (i == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[i] = key;
        t[pos] = ((long) h << 32) | (i + 1L);
        if (size * 2L > t.length) {
            grow();
        }
        return i;
    }

    /** The first instance of the string numbered {@code i}. */
    String key(int i) {
        return keys[i];
    }

    private void grow() {
        long[] old = table;
        long[] t = new long[old.length * 2];
        int mask = t.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int pos = mix((int) (slot >>> 32)) & mask;
                while (t[pos] != 0) {
                    pos = (pos + 1) & mask;
                }
                t[pos] = slot;
            }
        }
        table = t;
    }

    /** Spreads String.hashCode's poorly mixed low bits (sequential ids differ only there). */
    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
