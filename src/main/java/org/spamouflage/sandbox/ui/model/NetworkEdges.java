package org.spamouflage.sandbox.ui.model;

import java.util.List;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.ui.base.ChartEdge;

/** The coordination edges detection found among a set of drawn accounts. */
final class NetworkEdges {
    private NetworkEdges() {
    }

    /**
     * Edges between accounts of {@code drawn} (indices into the detection's accounts). The
     * detection result does not expose its coordination network yet, so there are none to draw;
     * this is the one place to read it from once it does.
     */
    static List<ChartEdge> among(Detection detection, int[] drawn) {
        return List.of();
    }
}
