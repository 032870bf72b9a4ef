package org.spamouflage.sandbox.detection.text;

/**
 * Disjoint sets over 0..n−1 in two int arrays (union by size, path halving): near-constant time per
 * operation and no boxing, which matters with hundreds of thousands of texts.
 */
final class UnionFind {

    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of x and y; returns the root of the joined set. */
    int union(int x, int y) {
        int rx = find(x);
        int ry = find(y);
        if (rx == ry) {
            return rx;
        }
        if (size[rx] < size[ry]) {
            int t = rx;
            rx = ry;
            ry = t;
        }
        parent[ry] = rx;
        size[rx] += size[ry];
        return rx;
    }
}
