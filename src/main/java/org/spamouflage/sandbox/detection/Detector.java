package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.Dataset;

/** Runs every signal on a dataset. Deterministic: same dataset and settings give the same detection. */
public final class Detector {
    private Detector() {
    }

    public static Detection detect(Dataset dataset, DetectorSettings settings) {
        DetectionContext ctx = new DetectionContext(dataset, settings);
        List<SignalInfo> infos = new ArrayList<>();
        List<SignalResult> results = new ArrayList<>();
        for (Signal s : Signals.all()) {
            infos.add(s.info());
            results.add(s.score(ctx));
        }
        int[] clusters = new int[ctx.size()];
        java.util.Arrays.fill(clusters, -1);
        return new Detection(ctx, settings, infos, results, clusters);
    }
}
