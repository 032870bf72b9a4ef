package org.spamouflage.sandbox.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.ui.base.ChartEdge;
import org.spamouflage.sandbox.ui.base.ChartGraph;
import org.spamouflage.sandbox.ui.base.ChartNode;
import org.spamouflage.sandbox.ui.base.ChartNodeCategory;
import org.spamouflage.sandbox.ui.base.ChartSpec;

/**
 * The coordination network as a graph chart: the highest-scoring accounts (a browser draws a
 * force layout of a few hundred nodes smoothly, not of thousands), sized by combined score and
 * coloured either by their truth (class, and for honest accounts that coordinate in the open their
 * role: advocacy, news, fan ring, hashtag game) or by the cluster detection put them in.
 */
public final class NetworkCharts {
    /** Accounts drawn at most. */
    public static final int NODES = 300;

    /** Both colourings of one network, and a sentence saying what is drawn. */
    public record Network(ChartSpec byTruth, ChartSpec byCluster, String note) {
    }

    private NetworkCharts() {
    }

    public static Network build(Pipeline.Run run, int maxNodes) {
        return of(run.detection(), run.generated().truth(), maxNodes);
    }

    /**
     * The network coloured by detected cluster only, from the detection alone: for pages that must
     * not hold the truth (a hidden-truth exercise). {@code byTruth} is null.
     */
    public static Network byCluster(Detection d, int maxNodes) {
        return of(d, null, maxNodes);
    }

    private static Network of(Detection d, GroundTruth truth, int maxNodes) {
        int[] top = topByScore(d, maxNodes);
        int[] cluster = d.clusters();
        List<ChartNode> byTruth = new ArrayList<>();
        List<ChartNode> byCluster = new ArrayList<>();
        java.util.EnumSet<AccountRole> rolesDrawn = java.util.EnumSet.noneOf(AccountRole.class);
        TreeSet<Integer> clusters = new TreeSet<>();
        boolean unclustered = false;
        for (int a : top) {
            var account = d.context().account(a);
            double score = d.combined(a);
            double size = 5 + 15 * score;
            if (truth != null) {
                AccountClass cls = truth.account(account.id()).map(GroundTruth.AccountTruth::cls).orElse(AccountClass.ORGANIC);
                AccountRole role = truth.role(account.id());
                String category = role.isAuthenticCoordination() ? ExploreData.roleWord(role) : truthCategory(cls);
                rolesDrawn.add(role);
                byTruth.add(new ChartNode(account.id(), account.handle(), category, size, score, null, null, null));
            }
            String cc;
            if (cluster[a] >= 0) {
                clusters.add(cluster[a]);
                cc = "cluster " + cluster[a];
            } else {
                unclustered = true;
                cc = "no cluster";
            }
            byCluster.add(new ChartNode(account.id(), account.handle(), cc, size, score, null, null, null));
        }
        NetworkEdges.Drawn drawn = NetworkEdges.among(d, top);
        List<ChartEdge> edges = drawn.edges();
        List<ChartNodeCategory> truthCats = new ArrayList<>(List.of(new ChartNodeCategory("organic", PlaygroundCharts.ORGANIC),
                new ChartNodeCategory("campaign", PlaygroundCharts.CAMPAIGN),
                new ChartNodeCategory("background bot", PlaygroundCharts.BACKGROUND)));
        for (AccountRole role : rolesDrawn) {
            if (role.isAuthenticCoordination()) {
                truthCats.add(new ChartNodeCategory(ExploreData.roleWord(role), roleColour(role)));
            }
        }
        List<ChartNodeCategory> clusterCats = new ArrayList<>();
        for (int c : clusters) {
            clusterCats.add(new ChartNodeCategory("cluster " + c, null));
        }
        if (unclustered) {
            clusterCats.add(new ChartNodeCategory("no cluster", "#bbbbbb"));
        }
        String title = "Top " + top.length + " accounts by combined score";
        ChartSpec truthSpec = truth == null ? null : ChartSpec.graph(title + " · colour: true class and role",
                ChartGraph.of(byTruth, edges, truthCats).withLabels(false).withNames("score", "class", "shared co-actions"));
        ChartSpec clusterSpec = ChartSpec.graph(title + " · colour: detected cluster",
                ChartGraph.of(byCluster, edges, clusterCats).withLabels(false)
                        .withNames("score", "cluster", "shared co-actions"));
        int clusterTotal = (int) java.util.Arrays.stream(cluster).filter(c -> c >= 0).distinct().count();
        String note = top.length + " of " + d.size() + " scored accounts drawn (highest combined score first); "
                + (edges.isEmpty() ? "no coordination edges among them"
                : drawn.total() > edges.size() ? "the strongest " + edges.size() + " of " + drawn.total() + " coordination edges among them"
                : edges.size() + " coordination edges among them")
                + "; " + clusterTotal + " detected clusters in the whole run.";
        return new Network(truth == null ? null : truthSpec.withDecimals(3), clusterSpec.withDecimals(3), note);
    }

    /** Account indices with the highest combined scores, ties broken by account id (deterministic). */
    static int[] topByScore(Detection d, int max) {
        Integer[] idx = new Integer[d.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> {
            int c = Double.compare(d.combined(y), d.combined(x));
            return c != 0 ? c : d.context().account(x).id().compareTo(d.context().account(y).id());
        });
        int n = Math.min(max, idx.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** The colour of an authentic-coordination role in the network legend. */
    static String roleColour(AccountRole role) {
        return switch (role) {
            case ADVOCACY -> PlaygroundCharts.ADVOCACY;
            case NEWS -> PlaygroundCharts.NEWS;
            case FAN_RING -> PlaygroundCharts.FAN_RING;
            case HASHTAG_GAME -> PlaygroundCharts.HASHTAG_GAME;
            case NONE -> PlaygroundCharts.ORGANIC;
        };
    }

    private static String truthCategory(AccountClass cls) {
        return switch (cls) {
            case CAMPAIGN -> "campaign";
            case BACKGROUND -> "background bot";
            default -> "organic";
        };
    }
}
