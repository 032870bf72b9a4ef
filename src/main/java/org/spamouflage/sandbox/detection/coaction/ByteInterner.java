package org.spamouflage.sandbox.detection.coaction;

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
    private int[] start = new int[1024];
    private int[] length = new int[1024];
    private int[] hashes = new int[1024];
    private int size;
    private int[] slots = new int[2048];
    private int mask = slots.length - 1;

    int size() {
        return size;
    }

    int intern(byte[] b, int off, int n) {
        int h = hash(b, off, n);
        int i = h & mask;
        while (true) {
            int s = slots[i];
            if (s == 0) {
                int id = add(b, off, n, h);
                slots[i] = id + 1;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return id;
            }
            int id = s - 1;
            if (hashes[id] == h && length[id] == n
                    && Arrays.equals(arena, start[id], start[id] + n, b, off, off + n)) {
                return id;
            }
            i = (i + 1) & mask;
        }
    }

    private int add(byte[] b, int off, int n, int h) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            length = Arrays.copyOf(length, cap);
            hashes = Arrays.copyOf(hashes, cap);
        }
        if (arenaLen + n > arena.length) {
            long cap = Math.max((long) arena.length * 2, (long) arenaLen + n);
            if (cap > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more than 2 GB of distinct ids");
            }
            arena = Arrays.copyOf(arena, (int) cap);
        }
        System.arraycopy(b, off, arena, arenaLen, n);
        start[size] = arenaLen;
        length[size] = n;
        hashes[size] = h;
        arenaLen += n;
        return size++;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int m = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hashes[id] & m;
            while (bigger[i] != 0) {
                i = (i + 1) & m;
            }
            bigger[i] = id + 1;
        }
        slots = bigger;
        mask = m;
    }

    /** The ids as strings, decoded as UTF-8, indexed by id. */
    String[] names() {
        String[] out = new String[size];
        for (int id = 0; id < size; id++) {
            out[id] = new String(arena, start[id], length[id], StandardCharsets.UTF_8);
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
