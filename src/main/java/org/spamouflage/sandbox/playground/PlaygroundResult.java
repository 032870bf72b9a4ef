package org.spamouflage.sandbox.playground;

import java.util.List;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.chart.ChartSpec;

/**
 * What the Playground shows for one state, built off the UI thread.
 *
 * @param state          the state computed
 * @param run            the run (scenario with the controls applied, seed, data, detection, evaluation)
 * @param signals        one panel per signal, in the engine's order
 * @param combined       separation by the combined score
 * @param combinedText   "AUC 0.93" or why it is not defined (empty when the truth is hidden)
 * @param threshold      the threshold-dependent part for {@code state.threshold()}
 * @param timeline       comments per hour (by class unless the truth is hidden), nights shaded
 * @param networkByTruth coordination network coloured by class, or null when the truth is hidden
 * @param networkByCluster the same network coloured by detected cluster
 * @param networkNote    what the network shows (how many accounts, why edges may be missing)
 * @param counts         one line: accounts, comments, campaign accounts (campaign count only with the truth)
 * @param language       the language of every text in it (results are shared per language)
 */
public record PlaygroundResult(PlaygroundState state, Pipeline.Run run, List<SignalPanel> signals,
                               SeparationReport combined, String combinedText, ThresholdView threshold,
                               ChartSpec timeline, ChartSpec networkByTruth, ChartSpec networkByCluster,
                               String networkNote, String counts, Language language) {

    public PlaygroundResult {
        signals = List.copyOf(signals);
    }

    /** The same result with another threshold part (slider moves). */
    public PlaygroundResult withThreshold(PlaygroundState newState, ThresholdView view) {
        return new PlaygroundResult(newState, run, signals, combined, combinedText, view, timeline, networkByTruth,
                networkByCluster, networkNote, counts, language);
    }
}
