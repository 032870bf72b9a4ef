package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;

/**
 * What a detected cluster looks like, for cluster cards and {@code clusters.json}.
 *
 * @param id        cluster id (0 = largest)
 * @param size      number of member accounts
 * @param members   member account ids, in id order
 * @param languages posts by language code over all members' posts (empty code = unknown)
 * @param posts     total posts by members
 * @param firstPost earliest member post, epoch seconds
 * @param lastPost  latest member post, epoch seconds
 * @param layers    significant edges inside the cluster per layer
 * @param meanScore mean combined score of the members (not a probability)
 */
public record ClusterSummary(int id, int size, List<String> members, SortedMap<String, Integer> languages, int posts,
                             long firstPost, long lastPost, SortedMap<String, Integer> layers, double meanScore) {

    static List<ClusterSummary> of(DetectionContext ctx, CoordinationNetwork network, int[] cluster, double[] combined) {
        int k = 0;
        for (int c : cluster) {
            k = Math.max(k, c + 1);
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int a = 0; a < cluster.length; a++) {
            if (cluster[a] >= 0) {
                members.get(cluster[a]).add(a);
            }
        }
        List<SortedMap<String, Integer>> layers = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            layers.add(new TreeMap<>());
        }
        for (CoordinationNetwork.Edge e : network.edges()) {
            int c = cluster[e.a()];
            if (c >= 0 && c == cluster[e.b()]) {
                for (String l : e.layers()) {
                    layers.get(c).merge(l, 1, Integer::sum);
                }
            }
        }
        List<ClusterSummary> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            SortedMap<String, Integer> langs = new TreeMap<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            int posts = 0;
            double score = 0;
            List<String> ids = new ArrayList<>();
            for (int a : members.get(c)) {
                ids.add(ctx.account(a).id());
                score += combined[a];
                for (int p : ctx.posts(a)) {
                    Post post = ctx.post(p);
                    langs.merge(post.lang(), 1, Integer::sum);
                    first = Math.min(first, post.time());
                    last = Math.max(last, post.time());
                    posts++;
                }
            }
            out.add(new ClusterSummary(c, ids.size(), List.copyOf(ids), langs, posts, first, last, layers.get(c),
                    ids.isEmpty() ? 0 : score / ids.size()));
        }
        return List.copyOf(out);
    }

    /** Languages as "en 120, fr 40". */
    public String languageLine() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Integer> e : languages.entrySet()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(e.getKey().isEmpty() ? "unknown" : e.getKey()).append(' ').append(e.getValue());
        }
        return b.toString();
    }
}
