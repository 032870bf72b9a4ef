package org.spamouflage.sandbox.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nodes, edges and node groups of a graph chart, with layout settings.
 *
 * @param nodes         the nodes; ids must be unique
 * @param edges         the edges; both ends must be node ids
 * @param categories    node groups for colours and legend (may be empty)
 * @param layout        node placement
 * @param showLabels    labels next to nodes ({@code null}: only for 40 nodes or fewer)
 * @param repulsion     force layout: how hard nodes push apart ({@code null}: 80)
 * @param edgeLength    force layout: preferred edge length in pixels ({@code null}: 50)
 * @param valueName     tooltip name of {@link ChartNode#value()} ({@code null}: "value")
 * @param categoryName  tooltip name of the node group ({@code null}: "group")
 * @param edgeValueName tooltip name of {@link ChartEdge#weight()} ({@code null}: "weight")
 */
public record ChartGraph(List<ChartNode> nodes, List<ChartEdge> edges, List<ChartNodeCategory> categories,
        Layout layout, Boolean showLabels, Double repulsion, Double edgeLength, String valueName,
        String categoryName, String edgeValueName) {

    /** Node placement: force-directed, on a circle, or fixed at each node's x and y. */
    public enum Layout {
        FORCE, CIRCULAR, NONE;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChartGraph {
        nodes = ChartChecks.copy(nodes == null ? List.of() : nodes, "graph nodes");
        edges = ChartChecks.copy(edges == null ? List.of() : edges, "graph edges");
        categories = ChartChecks.copy(categories == null ? List.of() : categories, "graph categories");
        layout = layout == null ? Layout.FORCE : layout;
        ChartChecks.finiteOrNull(repulsion, "graph repulsion");
        ChartChecks.finiteOrNull(edgeLength, "graph edgeLength");
        List<String> problems = new ArrayList<>();
        Set<String> categoryNames = new HashSet<>();
        for (ChartNodeCategory c : categories) {
            if (!categoryNames.add(c.name())) {
                problems.add("category '" + c.name() + "' is listed twice");
            }
        }
        Set<String> ids = new HashSet<>();
        for (ChartNode n : nodes) {
            if (!ids.add(n.id())) {
                problems.add("node id '" + n.id() + "' is used twice");
            }
            if (n.category() != null && !categoryNames.contains(n.category())) {
                problems.add("node '" + n.id() + "' has category '" + n.category() + "', which is not among the categories");
            }
            if (layout == Layout.NONE && (n.x() == null || n.y() == null)) {
                problems.add("node '" + n.id() + "' needs x and y for layout none");
            }
        }
        for (ChartEdge e : edges) {
            if (!ids.contains(e.source())) {
                problems.add("edge " + e.source() + "-" + e.target() + ": no node with id '" + e.source() + "'");
            }
            if (!ids.contains(e.target())) {
                problems.add("edge " + e.source() + "-" + e.target() + ": no node with id '" + e.target() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("graph: " + String.join("; ", problems));
        }
    }

    /** A force-directed graph with default settings. */
    public static ChartGraph of(List<ChartNode> nodes, List<ChartEdge> edges, List<ChartNodeCategory> categories) {
        return new ChartGraph(nodes, edges, categories, null, null, null, null, null, null, null);
    }

    public ChartGraph withLayout(Layout newLayout) {
        return new ChartGraph(nodes, edges, categories, newLayout, showLabels, repulsion, edgeLength, valueName,
                categoryName, edgeValueName);
    }

    public ChartGraph withLabels(boolean show) {
        return new ChartGraph(nodes, edges, categories, layout, show, repulsion, edgeLength, valueName,
                categoryName, edgeValueName);
    }

    /** Force layout tuning: larger repulsion spreads nodes, edge length in pixels. */
    public ChartGraph withForce(double newRepulsion, double newEdgeLength) {
        return new ChartGraph(nodes, edges, categories, layout, showLabels, newRepulsion, newEdgeLength, valueName,
                categoryName, edgeValueName);
    }

    /** Names used in tooltips for node values, node groups and edge weights. */
    public ChartGraph withNames(String nodeValueName, String nodeCategoryName, String edgeWeightName) {
        return new ChartGraph(nodes, edges, categories, layout, showLabels, repulsion, edgeLength, nodeValueName,
                nodeCategoryName, edgeWeightName);
    }
}
