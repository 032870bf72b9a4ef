package org.spamouflage.sandbox.detection.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * JGraphT 1.5's {@code LabelPropagationClustering} (Raghavan, Albert &amp; Kumara 2007) on int arrays: the
 * same steps in the same order, the same random draws, so the same clusters as the library gives on the
 * graph built with the same vertex and edge order ({@code LabelPropagationTest} compares the two on random
 * graphs). Written again because the library's maps of strings were 38% of the engine's time on 3.3 M posts,
 * where copies of one operation join into components of tens of thousands of accounts (BENCHMARKS.md, "Scale").
 *
 * <p>The library's steps: every vertex starts with its own label (its position, as a string); each round
 * visits the vertices in an order shuffled with the generator ({@link java.util.Collections#shuffle}'s swaps)
 * and gives each the label most of its neighbours carry, drawing among tied labels in the iteration order
 * of a {@link HashMap} of the neighbours' label strings filled in edge order (so that map is built here
 * too, but only when there is a tie; without one the library still draws, and so does this); it stops when
 * a round changes nothing, when every vertex carries a label at least as frequent among its neighbours as
 * any neighbour's label, or after {@code maxIterations + 1} rounds; groups of one label that are not
 * connected become separate clusters (breadth-first, in vertex order).
 */
final class LabelPropagation {
    private final int[][] adj;
    private final Random rng;
    private final int maxIterations;
    private final int[] label;
    private final int[] count;
    private final int[] touched;
    private final String[] names;

    /**
     * @param adj           per vertex, its neighbours in the order the edges were added (both ends of each edge)
     * @param maxIterations the library's limit (0 = none)
     * @param rng           the generator the library would be given
     */
    private LabelPropagation(int[][] adj, int maxIterations, Random rng) {
        this.adj = adj;
        this.rng = rng;
        this.maxIterations = maxIterations;
        int n = adj.length;
        this.label = new int[n];
        this.count = new int[n];
        this.names = new String[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            label[v] = v;
            maxDegree = Math.max(maxDegree, adj[v].length);
        }
        this.touched = new int[maxDegree];
    }

    /**
     * The clusters, each a list of vertex numbers in ascending order, in the order the library lists them.
     *
     * @throws IllegalArgumentException when a vertex has no neighbour (the library fails there too)
     */
    static List<int[]> clusters(int[][] adj, int maxIterations, Random rng) {
        for (int[] a : adj) {
            if (a.length == 0) {
                throw new IllegalArgumentException("label propagation needs every vertex to have a neighbour");
            }
        }
        return new LabelPropagation(adj, maxIterations, rng).compute();
    }

    private List<int[]> compute() {
        int n = adj.length;
        int[] order = new int[n];
        int iteration = 0;
        while (maxIterations <= 0 || iteration <= maxIterations) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n; i > 1; i--) { // Collections.shuffle(list, rng)
                int j = rng.nextInt(i);
                int t = order[i - 1];
                order[i - 1] = order[j];
                order[j] = t;
            }
            boolean anyChange = false;
            for (int v : order) {
                if (update(v)) {
                    anyChange = true;
                }
            }
            if (!anyChange || shouldStop()) {
                break;
            }
            iteration++;
        }
        return communities();
    }

    /** Counts the neighbours' labels into {@code count}; returns how many distinct labels ({@code touched}). */
    private int countNeighbours(int v) {
        int distinct = 0;
        for (int u : adj[v]) {
            int l = label[u];
            if (count[l]++ == 0) {
                touched[distinct++] = l;
            }
        }
        return distinct;
    }

    private void reset(int distinct) {
        for (int i = 0; i < distinct; i++) {
            count[touched[i]] = 0;
        }
    }

    private boolean update(int v) {
        int distinct = countNeighbours(v);
        int max = 0;
        int ties = 0;
        int best = -1;
        for (int i = 0; i < distinct; i++) {
            int c = count[touched[i]];
            if (c > max) {
                max = c;
                ties = 1;
                best = touched[i];
            } else if (c == max) {
                ties++;
            }
        }
        reset(distinct);
        int chosen;
        if (ties == 1) {
            rng.nextInt(1); // the library draws among one label too
            chosen = best;
        } else {
            chosen = drawAmongTies(v, max);
        }
        if (chosen == label[v]) {
            return false;
        }
        label[v] = chosen;
        return true;
    }

    /** The library's draw: the tied labels in the iteration order of its map of label strings. */
    private int drawAmongTies(int v, int max) {
        Map<String, Integer> counts = new HashMap<>();
        for (int u : adj[v]) {
            String name = name(label[u]);
            counts.put(name, counts.getOrDefault(name, 0) + 1);
        }
        List<String> maxLabels = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() == max) {
                maxLabels.add(e.getKey());
            }
        }
        return Integer.parseInt(maxLabels.get(rng.nextInt(maxLabels.size())));
    }

    private String name(int l) {
        String s = names[l];
        if (s == null) {
            s = String.valueOf(l);
            names[l] = s;
        }
        return s;
    }

    private boolean shouldStop() {
        for (int v = 0; v < adj.length; v++) {
            int distinct = countNeighbours(v);
            int own = count[label[v]];
            boolean stop = true;
            for (int u : adj[v]) {
                if (own < count[label[u]]) {
                    stop = false;
                    break;
                }
            }
            reset(distinct);
            if (!stop) {
                return false;
            }
        }
        return true;
    }

    private List<int[]> communities() {
        int n = adj.length;
        int[] community = new int[n];
        java.util.Arrays.fill(community, -1);
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int next = 0;
        for (int v = 0; v < n; v++) {
            if (community[v] >= 0) {
                continue;
            }
            int c = next++;
            community[v] = c;
            int head = 0;
            int tail = 0;
            queue[tail++] = v;
            while (head < tail) {
                int u = queue[head++];
                for (int w : adj[u]) {
                    if (label[w] != label[u] || community[w] >= 0) {
                        continue;
                    }
                    community[w] = c;
                    queue[tail++] = w;
                }
            }
            sizes[c] = tail;
        }
        List<int[]> out = new ArrayList<>(next);
        int[] filled = new int[next];
        for (int c = 0; c < next; c++) {
            out.add(new int[sizes[c]]);
        }
        for (int v = 0; v < n; v++) {
            int c = community[v];
            out.get(c)[filled[c]++] = v;
        }
        return out;
    }
}
