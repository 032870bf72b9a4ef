package org.spamouflage.sandbox.detection.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The int-array label propagation gives exactly the clusters of JGraphT's, its oracle. */
class LabelPropagationTest {

    /** Seeded random graphs: planted groups with noise, sparse and dense, some with many ties. */
    static Stream<Arguments> graphs() {
        List<Arguments> out = new ArrayList<>();
        for (int seed = 1; seed <= 120; seed++) {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(seed % 4 == 0 ? 400 : 80);
            int groups = 1 + r.nextInt(6);
            double inside = 0.05 + r.nextDouble() * 0.6;
            double across = r.nextDouble() * 0.05;
            out.add(Arguments.of(seed, n, groups, inside, across));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {0}: {1} vertices, {2} groups")
    @MethodSource("graphs")
    void givesTheLibrarysClusters(int seed, int n, int groups, double inside, double across) {
        Random r = new Random(seed * 31L);
        List<int[]> edges = new ArrayList<>();
        boolean[] touched = new boolean[n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double p = a % groups == b % groups ? inside : across;
                if (r.nextDouble() < p) {
                    edges.add(r.nextBoolean() ? new int[] {a, b} : new int[] {b, a});
                    touched[a] = true;
                    touched[b] = true;
                }
            }
        }
        // every vertex needs a neighbour (the library fails on an isolated one): chain the loners to vertex 0
        for (int v = 1; v < n; v++) {
            if (!touched[v]) {
                edges.add(new int[] {v, 0});
                touched[v] = true;
                touched[0] = true;
            }
        }
        if (!touched[0]) {
            edges.add(new int[] {0, 1});
        }
        java.util.Collections.shuffle(edges, r);

        Graph<Integer, DefaultEdge> g = GraphTypeBuilder.<Integer, DefaultEdge>undirected().allowingMultipleEdges(false)
                .allowingSelfLoops(false).edgeClass(DefaultEdge.class).weighted(false).buildGraph();
        int[] degree = new int[n];
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int[] e : edges) {
            g.addEdge(e[0], e[1]);
            degree[e[0]]++;
            degree[e[1]]++;
        }
        int[][] adj = new int[n][];
        int[] filled = new int[n];
        for (int v = 0; v < n; v++) {
            adj[v] = new int[degree[v]];
        }
        for (int[] e : edges) {
            adj[e[0]][filled[e[0]]++] = e[1];
            adj[e[1]][filled[e[1]]++] = e[0];
        }

        List<List<Integer>> expected = new ArrayList<>();
        for (Set<Integer> c : new LabelPropagationClustering<>(g, 100, new Random(seed)).getClustering().getClusters()) {
            expected.add(c.stream().sorted().toList());
        }
        List<List<Integer>> actual = new ArrayList<>();
        for (int[] c : LabelPropagation.clusters(adj, 100, new Random(seed))) {
            actual.add(Arrays.stream(c).boxed().toList());
        }
        assertThat(actual).isEqualTo(expected);
        if (n >= 50 && groups >= 2 && inside >= 0.3 && across <= 0.01) {
            assertThat(actual).as("planted groups are found apart").hasSizeGreaterThan(1);
        }
    }

    @Test
    void anIsolatedVertexIsRefused() {
        assertThatThrownBy(() -> LabelPropagation.clusters(new int[][] {{1}, {0}, {}}, 100, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neighbour");
    }
}
