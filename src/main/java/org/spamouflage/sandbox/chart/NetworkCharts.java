package org.spamouflage.sandbox.chart;

import org.spamouflage.sandbox.playground.PlaygroundCharts;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.pipeline.Pipeline;

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
        return build(run, maxNodes, Texts.english());
    }

    public static Network build(Pipeline.Run run, int maxNodes, Texts t) {
        return of(run.detection(), run.generated().truth(), maxNodes, t);
    }

    /**
     * The network coloured by detected cluster only, from the detection alone: for pages that must
     * not hold the truth (a hidden-truth exercise). {@code byTruth} is null.
     */
    public static Network byCluster(Detection d, int maxNodes) {
        return byCluster(d, maxNodes, Texts.english());
    }

    /** Like {@link #byCluster(Detection, int)}, with its words in the language of {@code t}. */
    public static Network byCluster(Detection d, int maxNodes, Texts t) {
        return of(d, null, maxNodes, t);
    }

    private static Network of(Detection d, GroundTruth truth, int maxNodes, Texts t) {
        int[] top = topByScore(d, maxNodes);
        int[] cluster = d.clusters();
        List<String> colouredClusters = largestClusters(cluster, top);
        String other = t.get("chart.node.otherClusters");
        String none = t.get("chart.node.noCluster");
        List<ChartNode> byTruth = new ArrayList<>();
        List<ChartNode> byCluster = new ArrayList<>();
        java.util.EnumSet<AccountRole> rolesDrawn = java.util.EnumSet.noneOf(AccountRole.class);
        java.util.EnumSet<AccountClass> classesDrawn = java.util.EnumSet.noneOf(AccountClass.class);
        boolean otherDrawn = false;
        boolean unclustered = false;
        for (int a : top) {
            var account = d.context().account(a);
            double score = d.combined(a);
            double size = 5 + 15 * score;
            if (truth != null) {
                AccountClass cls = truth.account(account.id()).map(GroundTruth.AccountTruth::cls).orElse(AccountClass.ORGANIC);
                AccountRole role = truth.role(account.id());
                String category = role.isAuthenticCoordination() ? roleWord(role, t) : classWord(cls, t);
                if (role.isAuthenticCoordination()) {
                    rolesDrawn.add(role);
                } else {
                    classesDrawn.add(cls == AccountClass.CAMPAIGN || cls == AccountClass.BACKGROUND ? cls : AccountClass.ORGANIC);
                }
                byTruth.add(new ChartNode(account.id(), account.handle(), category, size, score, null, null, null));
            }
            String cc;
            if (cluster[a] < 0) {
                unclustered = true;
                cc = none;
            } else if (colouredClusters.contains(Integer.toString(cluster[a]))) {
                cc = t.get("chart.node.cluster", cluster[a]);
            } else {
                otherDrawn = true;
                cc = other;
            }
            byCluster.add(new ChartNode(account.id(), account.handle(), cc, size, score, null, null, null));
        }
        NetworkEdges.Drawn drawn = NetworkEdges.among(d, top);
        List<ChartEdge> edges = drawn.edges();
        // Only groups that are drawn, each in its own colour: two legend entries never share one.
        List<ChartNodeCategory> truthCats = new ArrayList<>();
        for (AccountClass cls : List.of(AccountClass.ORGANIC, AccountClass.CAMPAIGN, AccountClass.BACKGROUND)) {
            if (classesDrawn.contains(cls)) {
                truthCats.add(new ChartNodeCategory(classWord(cls, t), classColour(cls)));
            }
        }
        for (AccountRole role : rolesDrawn) {
            truthCats.add(new ChartNodeCategory(roleWord(role, t), roleColour(role)));
        }
        List<ChartNodeCategory> clusterCats = new ArrayList<>();
        for (int i = 0; i < colouredClusters.size(); i++) {
            clusterCats.add(new ChartNodeCategory(t.get("chart.node.cluster", Integer.parseInt(colouredClusters.get(i))),
                    CLUSTER_COLOURS.get(i)));
        }
        if (otherDrawn) {
            clusterCats.add(new ChartNodeCategory(other, OTHER_CLUSTERS));
        }
        if (unclustered) {
            clusterCats.add(new ChartNodeCategory(none, NO_CLUSTER));
        }
        String title = t.get("chart.network.title", top.length);
        ChartSpec truthSpec = truth == null ? null : ChartSpec.graph(t.get("chart.network.byTruth", title),
                ChartGraph.of(byTruth, edges, truthCats).withLabels(false).withNames(t.get("chart.graph.score"),
                        t.get("chart.graph.class"), t.get("chart.graph.coActions")));
        ChartSpec clusterSpec = ChartSpec.graph(t.get("chart.network.byCluster", title),
                ChartGraph.of(byCluster, edges, clusterCats).withLabels(false)
                        .withNames(t.get("chart.graph.score"), t.get("chart.graph.cluster"), t.get("chart.graph.coActions")));
        int clusterTotal = (int) java.util.Arrays.stream(cluster).filter(c -> c >= 0).distinct().count();
        String edgesText = edges.isEmpty() ? t.get("chart.network.noEdges")
                : drawn.total() > edges.size() ? t.get("chart.network.strongest", edges.size(), drawn.total())
                : t.get("chart.network.edges", edges.size());
        String note = t.get("chart.network.note", top.length, d.size(), edgesText, clusterTotal);
        return new Network(truth == null ? null : truthSpec.withDecimals(3), clusterSpec.withDecimals(3), note);
    }

    /**
     * Colours of the largest drawn clusters, in order; every other cluster shares {@link #OTHER_CLUSTERS}.
     * ColorBrewer's Dark2 and four more, chosen to share no colour with the truth classes or the
     * exercise outcomes: a cluster colour must never look like a label on a page without the truth.
     */
    static final List<String> CLUSTER_COLOURS = List.of("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
            "#a6761d", "#17becf", "#8c564b", "#bcbd22");
    static final String OTHER_CLUSTERS = "#555555";
    static final String NO_CLUSTER = "#c8c8c8";

    /** Ids of the drawn clusters with most drawn accounts (ties: lower id), at most one per colour, by id. */
    private static List<String> largestClusters(int[] cluster, int[] top) {
        java.util.TreeMap<Integer, Integer> sizes = new java.util.TreeMap<>();
        for (int a : top) {
            if (cluster[a] >= 0) {
                sizes.merge(cluster[a], 1, Integer::sum);
            }
        }
        return sizes.entrySet().stream()
                .sorted((x, y) -> x.getValue().equals(y.getValue()) ? x.getKey().compareTo(y.getKey())
                        : y.getValue().compareTo(x.getValue()))
                .limit(CLUSTER_COLOURS.size()).map(e -> e.getKey()).sorted().map(String::valueOf).toList();
    }

    /** "organic", "campaign", "background bot" in the reader's language. */
    public static String classWord(AccountClass cls, Texts t) {
        return switch (cls) {
            case CAMPAIGN -> t.get("truth.campaign");
            case BACKGROUND -> t.get("truth.background");
            default -> t.get("truth.organic");
        };
    }

    /** An authentic-coordination role in words ("advocacy"). */
    public static String roleWord(AccountRole role, Texts t) {
        return switch (role) {
            case ADVOCACY -> t.get("role.advocacy");
            case NEWS -> t.get("role.news");
            case FAN_RING -> t.get("role.fanRing");
            case HASHTAG_GAME -> t.get("role.hashtagGame");
            case NONE -> "";
        };
    }

    private static String classColour(AccountClass cls) {
        return switch (cls) {
            case CAMPAIGN -> PlaygroundCharts.CAMPAIGN;
            case BACKGROUND -> PlaygroundCharts.BACKGROUND;
            default -> PlaygroundCharts.ORGANIC;
        };
    }

    /** Account indices with the highest combined scores, ties broken by account id (deterministic). */
    public static int[] topByScore(Detection d, int max) {
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
}
