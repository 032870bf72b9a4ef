package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.detection.coaction.CoActionLimits;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;

/** Runs every signal on a dataset. Deterministic: same dataset and settings give the same detection. */
public final class Detector {
    private Detector() {
    }

    /**
     * Scores every signal. The calling thread starts the coordination network (its text layer goes on
     * on a thread of its own), scores the signals that read only the dataset while the text layer
     * finishes, then scores the signals that read the network, in parallel. Signals share nothing they write
     * except through {@link DetectionContext#shared}, so the results are those of scoring them in order.
     */
    public static Detection detect(Dataset dataset, DetectorSettings settings) {
        return detect(dataset, settings, CoActionLimits.DEFAULT);
    }

    /** {@link #detect(Dataset, DetectorSettings)} with other caps on the co-action pair tables. */
    public static Detection detect(Dataset dataset, DetectorSettings settings, CoActionLimits limits) {
        DetectionContext ctx = new DetectionContext(dataset, settings, limits);
        List<Signal> signals = Signals.all();
        SignalResult[] results = new SignalResult[signals.size()];
        // Scored on a thread of their own from the start, these signals took the machine from the text layer's
        // parallel half; here they fill the time this thread used to wait for its sequential half.
        CoordinationNetwork.start(ctx);
        for (int i = 0; i < signals.size(); i++) {
            if (!signals.get(i).readsNetwork()) {
                results[i] = signals.get(i).score(ctx);
            }
        }
        // The methods note's count of hashtags, links and re-shares needs no network: counted while the text
        // layer may still be running (on a large dataset this thread would otherwise wait for it).
        ctx.entitySummary();
        // So is the part of the network signals that reads only the dataset (in-cluster engagement's and
        // camouflage's lookups, which came after the network, when fewer signals than cores were left to score).
        for (Signal s : signals) {
            if (s.readsNetwork()) {
                s.prepare(ctx);
            }
        }
        // Finished here, on this thread (a cap it reaches is reported as it is thrown); the signals that read it
        // then only read, so they are scored side by side (each result to its own slot: the same results as
        // scoring them in order).
        CoordinationNetwork network = CoordinationNetwork.of(ctx);
        java.util.stream.IntStream.range(0, signals.size()).filter(i -> signals.get(i).readsNetwork()).parallel()
                .forEach(i -> results[i] = signals.get(i).score(ctx));
        List<SignalInfo> infos = new ArrayList<>();
        for (Signal s : signals) {
            infos.add(s.info());
        }
        return new Detection(ctx, settings, infos, List.of(results), network.clusters());
    }
}
