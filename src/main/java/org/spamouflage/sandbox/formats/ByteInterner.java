package org.spamouflage.sandbox.formats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maps byte strings to dense int ids in first-seen order without creating a {@code String} per
 * occurrence: the bytes of each distinct id are copied once into an arena and looked up by an
 * open-addressing table. Ids depend only on the order of first occurrence, never on hash order.
 */
final class ByteInterner {
    private byte[] arena = new byte[1 << 16];
    private int arenaLen;
    // Per id: arena offset << 24 | length (ids up to 16 MiB, the reader's record cap).
    private long[] meta = new long[1024];
    private int size;
    // Slot: hash << 32 | (id + 1), so a probe compares hashes without touching the id's columns;
    // one cache miss per miss, about three per hit (slot, meta, arena) on tables larger than the cache.
    private long[] slots = new long[2048];
    private int mask = slots.length - 1;

    int size() {
        return size;
    }

    int intern(byte[] b, int off, int n) {
        int h = hash(b, off, n);
        int i = h & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                int id = add(b, off, n);
                slots[i] = ((long) h << 32) | (id + 1);
                if (size * 2 > slots.length) {
                    rehash();
                }
                return id;
            }
            if ((int) (s >>> 32) == h) {
                int id = (int) s - 1;
                long m = meta[id];
                int start = (int) (m >>> 24);
                if ((int) (m & 0xFFFFFF) == n && Arrays.equals(arena, start, start + n, b, off, off + n)) {
                    return id;
                }
            }
            i = (i + 1) & mask;
        }
    }

    private int add(byte[] b, int off, int n) {
        if (n > 0xFFFFFF) {
            throw new IllegalArgumentException("id longer than 16 MiB");
        }
        if (size == meta.length) {
            meta = Arrays.copyOf(meta, size * 2);
        }
        if (arenaLen + n > arena.length) {
            long cap = Math.max((long) arena.length * 2, (long) arenaLen + n);
            if (cap > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more than 2 GB of distinct ids");
            }
            arena = Arrays.copyOf(arena, (int) cap);
        }
        System.arraycopy(b, off, arena, arenaLen, n);
        meta[size] = ((long) arenaLen << 24) | n;
        arenaLen += n;
        return size++;
    }

    private void rehash() {
        long[] bigger = new long[slots.length * 2];
        int m = bigger.length - 1;
        for (long s : slots) {
            if (s != 0) {
                int i = (int) (s >>> 32) & m;
                while (bigger[i] != 0) {
                    i = (i + 1) & m;
                }
                bigger[i] = s;
            }
        }
        slots = bigger;
        mask = m;
    }

    /** The ids as strings, decoded as UTF-8, indexed by id. */
    String[] names() {
        String[] out = new String[size];
        for (int id = 0; id < size; id++) {
            long m = meta[id];
            out[id] = new String(arena, (int) (m >>> 24), (int) (m & 0xFFFFFF), StandardCharsets.UTF_8);
        }
        return out;
    }

    private static int hash(byte[] b, int off, int n) {
        int h = 0;
        for (int i = off, end = off + n; i < end; i++) {
            h = 31 * h + b[i];
        }
        // murmur3 finaliser: the low bits index the table and must depend on every byte
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
