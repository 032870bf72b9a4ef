package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.Dataset;

/** Runs every signal on a dataset. Deterministic: same dataset and settings give the same detection. */
public final class Detector {
    private Detector() {
    }

    /**
     * Scores every signal. The signals that read the coordination network are scored on the calling
     * thread, which builds the network (its text layer on a thread of its own); the others, which
     * read only the dataset, are scored meanwhile on a second thread. Signals share nothing they write
     * except through {@link DetectionContext#shared}, so the results are those of scoring them in order.
     */
    public static Detection detect(Dataset dataset, DetectorSettings settings) {
        DetectionContext ctx = new DetectionContext(dataset, settings);
        List<Signal> signals = Signals.all();
        SignalResult[] results = new SignalResult[signals.size()];
        BackgroundTask<Void> others = BackgroundTask.start("signals", () -> {
            for (int i = 0; i < signals.size(); i++) {
                if (!signals.get(i).readsNetwork()) {
                    results[i] = signals.get(i).score(ctx);
                }
            }
            return null;
        });
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).readsNetwork()) {
                results[i] = signals.get(i).score(ctx);
            }
        }
        others.join();
        List<SignalInfo> infos = new ArrayList<>();
        for (Signal s : signals) {
            infos.add(s.info());
        }
        int[] clusters = org.spamouflage.sandbox.detection.network.CoordinationNetwork.of(ctx).clusters();
        return new Detection(ctx, settings, infos, List.of(results), clusters);
    }
}
