package org.spamouflage.sandbox.detection.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.spamouflage.sandbox.detection.BackgroundTask;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.coaction.CoActionLayer;
import org.spamouflage.sandbox.detection.coaction.CoActionNetwork;
import org.spamouflage.sandbox.detection.coaction.DatasetActions;
import org.spamouflage.sandbox.detection.entities.PostEntities;
import org.spamouflage.sandbox.detection.text.NearDuplicates;

/**
 * The coordination network of a detection context: its layers, the union of their significant
 * edges as one weighted account graph, and clusters.
 *
 * <p>Clusters: connected components of the union graph; a component larger than
 * {@value #SPLIT_ABOVE} accounts is split with label propagation (Raghavan, Albert &amp; Kumara
 * 2007; JGraphT's algorithm, run on int arrays by {@link LabelPropagation}; fixed seed so runs
 * repeat). Groups smaller than the settings' {@code minClusterSize} are not clusters. Cluster ids
 * count from 0 by size (largest first), ties by the smallest member id. Cost: O(E α(V)) for
 * components, O(iterations · E) for propagation.
 */
public final class CoordinationNetwork {
    static final int SPLIT_ABOVE = 60;
    private static final long LPA_SEED = 20230907L;
    private static final int LPA_ITERATIONS = 100;

    /**
     * An edge of the union graph, between detection-context account indices a &lt; b.
     *
     * @param weight distinct objects co-acted on, summed over layers
     * @param layers the layers in which the pair is significant, in layer order
     * @param minQ   the smallest Benjamini–Hochberg q-value over those layers
     */
    public record Edge(int a, int b, double weight, List<String> layers, double minQ) {
    }

    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final List<Edge> edges;
    /** The clusters, found on a thread of their own (see the constructor). */
    private final BackgroundTask<Clusters> clusters;

    /** Cluster per context account (-1 when none) and the number of clusters. */
    private record Clusters(int[] cluster, int count) {
    }

    private final TextLayer text;

    private CoordinationNetwork(DetectionContext ctx, Map<String, Layer> coAction, TextLayer text) {
        layers.putAll(coAction);
        this.text = text;
        layers.put("duplicate-text", text.layer());
        this.edges = union(ctx.size());
        // Only one signal reads the clusters (in-cluster engagement); the others that read the network are scored
        // while the clusters are found. Splitting a large component runs alone on one core (ten million posts:
        // 27 s, while the other core had finished the small components), so the two overlap instead of
        // following each other. The clusters are the same whichever thread finds them.
        int size = ctx.size();
        int minSize = ctx.settings().minClusterSize();
        this.clusters = BackgroundTask.start("clusters", () -> cluster(size, minSize));
    }

    /**
     * Starts building the context's network, once: signs every text, starts the text layer's sequential half
     * on a thread of its own and builds the three co-action layers on this one. The caller may then do other
     * work (the signals that do not read the network); the first {@link #of} waits for the text layer and
     * joins the layers.
     */
    public static void start(DetectionContext ctx) {
        ctx.shared(Pending.class, CoordinationNetwork::build);
    }

    private static Pending build(DetectionContext ctx) {
        DetectorSettings s = ctx.settings();
        PostEntities entities = ctx.entities();
        // The text layer (near-duplicate families, about half of the engine's time on a large dataset) is built
        // on a second thread while this one builds the co-action layers: they read the same immutable inputs and
        // share nothing, so the results are those of building them one after the other (BENCHMARKS.md, "Scale").
        // Its first half (normalising and signing every text) runs in parallel over texts and is done first, with
        // every core; its second half is sequential and overlaps the co-action layers. Started together, the
        // co-action layers took half the machine from the signing and the text layer then finished alone, with a
        // core idle (bench-1m: detection 28–31 s → 23–25 s).
        NearDuplicates.Signed signed = TextLayer.sign(ctx);
        BackgroundTask<TextLayer> textTask = BackgroundTask.start("text-layer", () -> new TextLayer(ctx, signed));
        Map<String, Layer> coAction = new LinkedHashMap<>();
        coAction.put("co-comment", new Layer("co-comment", s.coCommentWindowSeconds(),
                DatasetActions.of(ctx.dataset(), entities, CoActionLayer.CO_COMMENT), ctx));
        coAction.put("co-share", new Layer("co-share", s.coShareWindowSeconds(),
                DatasetActions.of(ctx.dataset(), entities, CoActionLayer.CO_SHARE), ctx));
        coAction.put("co-hashtag", new Layer("co-hashtag", s.coHashtagWindowSeconds(),
                DatasetActions.of(ctx.dataset(), entities, CoActionLayer.CO_HASHTAG), ctx));
        return new Pending(ctx, coAction, textTask);
    }

    /** A network whose co-action layers are built and whose text layer is being built on its own thread. */
    private static final class Pending {
        private final DetectionContext ctx;
        private final Map<String, Layer> coAction;
        private final BackgroundTask<TextLayer> text;

        private Pending(DetectionContext ctx, Map<String, Layer> coAction, BackgroundTask<TextLayer> text) {
            this.ctx = ctx;
            this.coAction = coAction;
            this.text = text;
        }

        /** Waits for the text layer, then joins the layers and finds the clusters. */
        CoordinationNetwork finish() {
            return new CoordinationNetwork(ctx, coAction, text.join());
        }
    }

    /** The context's network: built on first use, or finished if {@link #start} began it. */
    public static CoordinationNetwork of(DetectionContext ctx) {
        return ctx.shared(CoordinationNetwork.class, c -> c.shared(Pending.class, CoordinationNetwork::build).finish());
    }

    /** Near-duplicate families, translation pairs and the duplicate-text layer. */
    public TextLayer text() {
        return text;
    }

    public Layer layer(String id) {
        return layers.get(id);
    }

    public Map<String, Layer> layers() {
        return layers;
    }

    /** Union edges sorted by (a, b). */
    public List<Edge> edges() {
        return edges;
    }

    /** Cluster per context account, -1 when none. */
    public int[] clusters() {
        return clusters.join().cluster().clone();
    }

    public int clusterCount() {
        return clusters.join().count();
    }

    private List<Edge> union(int n) {
        Map<Long, double[]> weight = new java.util.TreeMap<>();
        Map<Long, List<String>> which = new java.util.HashMap<>();
        for (Layer layer : layers.values()) {
            CoActionNetwork net = layer.significant().network();
            for (int e = 0; e < net.edgeCount(); e++) {
                int a = layer.contextIndex(net.accountA(e));
                int b = layer.contextIndex(net.accountB(e));
                if (a < 0 || b < 0 || a == b) {
                    continue;
                }
                long k = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                double[] w = weight.computeIfAbsent(k, x -> new double[] {0, 1});
                w[0] += net.objects(e);
                w[1] = Math.min(w[1], layer.significant().qValue(e));
                which.computeIfAbsent(k, x -> new ArrayList<>()).add(layer.id());
            }
            List<Layer.BurstLink> links = new ArrayList<>(layer.burstLinks());
            links.addAll(layer.accountLinks());
            for (Layer.BurstLink link : links) {
                int a = Math.min(link.a(), link.b());
                int b = Math.max(link.a(), link.b());
                if (a == b) {
                    continue;
                }
                long k = ((long) a << 32) | b;
                double[] w = weight.computeIfAbsent(k, x -> new double[] {0, 1});
                w[0] += 1;
                w[1] = Math.min(w[1], link.pValue());
                List<String> ls = which.computeIfAbsent(k, x -> new ArrayList<>());
                if (!ls.contains(layer.id())) {
                    ls.add(layer.id());
                }
            }
        }
        List<Edge> out = new ArrayList<>(weight.size());
        for (Map.Entry<Long, double[]> e : weight.entrySet()) {
            long k = e.getKey();
            out.add(new Edge((int) (k >>> 32), (int) k, e.getValue()[0], List.copyOf(which.get(k)), e.getValue()[1]));
        }
        return List.copyOf(out);
    }

    private Clusters cluster(int n, int minSize) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Edge e : edges) {
            int ra = find(parent, e.a());
            int rb = find(parent, e.b());
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
        Map<Integer, List<Integer>> components = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        }
        // Each large component is split on its own (a fresh graph and a fresh Random(LPA_SEED)), so the splits
        // can run in parallel; the ordered stream keeps the groups in component order, as one at a time would.
        List<List<Integer>> groups = components.values().stream().filter(comp -> comp.size() >= minSize)
                .toList().parallelStream()
                .map(comp -> comp.size() <= SPLIT_ABOVE ? List.of(comp) : split(comp))
                .flatMap(List::stream)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        groups.removeIf(g -> g.size() < minSize);
        // members are context indices in id order, so the first member is the smallest id
        groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
        int[] cluster = new int[n];
        Arrays.fill(cluster, -1);
        for (int c = 0; c < groups.size(); c++) {
            for (int i : groups.get(c)) {
                cluster[i] = c;
            }
        }
        return new Clusters(cluster, groups.size());
    }

    private List<List<Integer>> split(List<Integer> comp) {
        // The component as the library's graph would hold it: vertices in ascending order, each one's
        // neighbours in the order of the edge list (LabelPropagation gives the library's clusters).
        int n = comp.size();
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            members[i] = comp.get(i);
        }
        int[] degree = new int[n];
        List<int[]> inside = new ArrayList<>();
        for (Edge e : edges) {
            int a = Arrays.binarySearch(members, e.a());
            if (a < 0) {
                continue;
            }
            int b = Arrays.binarySearch(members, e.b());
            if (b < 0) {
                continue;
            }
            inside.add(new int[] {a, b});
            degree[a]++;
            degree[b]++;
        }
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = new int[degree[v]];
        }
        int[] filled = new int[n];
        for (int[] e : inside) {
            adj[e[0]][filled[e[0]]++] = e[1];
            adj[e[1]][filled[e[1]]++] = e[0];
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int[] c : LabelPropagation.clusters(adj, LPA_ITERATIONS, new Random(LPA_SEED))) {
            List<Integer> group = new ArrayList<>(c.length);
            for (int v : c) {
                group.add(members[v]);
            }
            out.add(group);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
