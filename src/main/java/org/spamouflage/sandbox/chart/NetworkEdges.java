package org.spamouflage.sandbox.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;

/** The coordination edges detection found among a set of drawn accounts. */
public final class NetworkEdges {
    /** Edges drawn at most (the strongest); a dense campaign of 300 accounts has tens of thousands. */
    static final int MAX_EDGES = 3_000;

    private NetworkEdges() {
    }

    /** The edges and how many there were before the cap. */
    public record Drawn(List<ChartEdge> edges, int total) {
    }

    /** Edges between accounts of {@code drawn} (indices into the detection's accounts), strongest first. */
    public static Drawn among(Detection detection, int[] drawn) {
        boolean[] in = new boolean[detection.size()];
        for (int a : drawn) {
            in[a] = true;
        }
        List<CoordinationNetwork.Edge> kept = new ArrayList<>();
        for (CoordinationNetwork.Edge e : detection.network().edges()) {
            if (in[e.a()] && in[e.b()]) {
                kept.add(e);
            }
        }
        int total = kept.size();
        kept.sort(Comparator.comparingDouble(CoordinationNetwork.Edge::weight).reversed()
                .thenComparingInt(CoordinationNetwork.Edge::a).thenComparingInt(CoordinationNetwork.Edge::b));
        List<ChartEdge> out = new ArrayList<>();
        for (CoordinationNetwork.Edge e : kept.subList(0, Math.min(MAX_EDGES, kept.size()))) {
            out.add(ChartEdge.of(detection.context().account(e.a()).id(), detection.context().account(e.b()).id(),
                    e.weight()).withWidth(Math.min(6, 0.5 + Math.log1p(e.weight()))));
        }
        return new Drawn(out, total);
    }
}
