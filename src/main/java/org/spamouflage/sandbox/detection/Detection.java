package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The engine's output for one dataset: every signal's score per account, the combined score,
 * clusters and the evidence behind each score. Signal scores do not depend on weights, so
 * {@link #recombine(DetectorSettings)} re-weights instantly (the Playground's sliders).
 */
public final class Detection {
    private final DetectionContext ctx;
    private final DetectorSettings settings;
    private final List<SignalInfo> signals;
    private final List<SignalResult> results;
    private final double[] combined;
    private final int[] cluster;
    private final Reading reading;

    Detection(DetectionContext ctx, DetectorSettings settings, List<SignalInfo> signals, List<SignalResult> results,
              int[] cluster) {
        this(ctx, settings, signals, results, cluster, null);
    }

    private Detection(DetectionContext ctx, DetectorSettings settings, List<SignalInfo> signals,
                      List<SignalResult> results, int[] cluster, Reading reading) {
        this.ctx = ctx;
        this.settings = settings;
        this.signals = List.copyOf(signals);
        this.results = List.copyOf(results);
        this.cluster = cluster;
        this.combined = combine(settings);
        this.reading = reading != null ? reading : Reading.of(ctx, this.signals, this.results);
    }

    /** Same signals, new weights and switches (signal parameters such as windows are not re-read). */
    public Detection recombine(DetectorSettings newSettings) {
        return new Detection(ctx, newSettings, signals, results, cluster, reading);
    }

    /**
     * Weighted mean, per account, of the enabled signals that apply to it: a signal that abstains
     * (NaN) leaves the account's mean instead of counting as 0, so an account is never pulled down for
     * what the data cannot show. An account to which no enabled signal applies scores 0.
     */
    private double[] combine(DetectorSettings s) {
        int n = ctx.size();
        double[] out = new double[n];
        double[] total = new double[n];
        for (int k = 0; k < signals.size(); k++) {
            String id = signals.get(k).id();
            double w = s.weight(id);
            if (!s.enabled(id) || !(w > 0)) {
                continue;
            }
            double[] sc = results.get(k).scores();
            for (int a = 0; a < n; a++) {
                if (!Double.isNaN(sc[a])) {
                    out[a] += w * sc[a];
                    total[a] += w;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            out[a] = total[a] > 0 ? Math.min(1.0, out[a] / total[a]) : 0.0;
        }
        return out;
    }

    public DetectorSettings settings() {
        return settings;
    }

    /** Scored accounts, in id order. */
    public List<String> accountIds() {
        return ctx.accounts().stream().map(a -> a.id()).toList();
    }

    public int size() {
        return ctx.size();
    }

    public int indexOf(String accountId) {
        return ctx.indexOf(accountId);
    }

    public List<SignalInfo> signals() {
        return signals;
    }

    /** Scores of one signal, per account (copy); NaN where the signal does not apply (see {@link SignalResult}). */
    public double[] signalScores(String signalId) {
        return results.get(signalIndex(signalId)).scores().clone();
    }

    /** The raw measurement of one signal, per account (copy; NaN where unknown). */
    public double[] signalRaw(String signalId) {
        return results.get(signalIndex(signalId)).raw().clone();
    }

    /**
     * Why a signal does not apply to this dataset at all, or null when it applies (to some accounts at least).
     */
    public String abstention(String signalId) {
        return results.get(signalIndex(signalId)).abstention();
    }

    /** True when the signal applies to at least one scored account. */
    public boolean applies(String signalId) {
        SignalResult r = results.get(signalIndex(signalId));
        if (r.abstains()) {
            return false;
        }
        for (double v : r.scores()) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return r.scores().length == 0;
    }

    /** How the data were read: time zone, entity sources, signals that did not apply. */
    public Reading reading() {
        return reading;
    }

    /** Combined scores per account (copy). Weighted mean of the enabled signals; not a probability. */
    public double[] combined() {
        return combined.clone();
    }

    public double combined(int account) {
        return combined[account];
    }

    /** The coordination network behind the co-action signals and clusters. */
    public org.spamouflage.sandbox.detection.network.CoordinationNetwork network() {
        return org.spamouflage.sandbox.detection.network.CoordinationNetwork.of(ctx);
    }

    /** One summary per detected cluster, by cluster id. */
    public List<ClusterSummary> clusterSummaries() {
        return ClusterSummary.of(ctx, network(), cluster, combined);
    }

    /** Detected cluster per account, -1 when none (copy). */
    public int[] clusters() {
        return cluster.clone();
    }

    public DetectionContext context() {
        return ctx;
    }

    private int signalIndex(String id) {
        for (int k = 0; k < signals.size(); k++) {
            if (signals.get(k).id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown signal '" + id + "'");
    }

    /** The evidence for one account (by index). */
    public AccountEvidence evidence(int a) {
        List<AccountEvidence.SignalEvidence> list = new ArrayList<>();
        for (int k = 0; k < signals.size(); k++) {
            SignalInfo info = signals.get(k);
            double sc = results.get(k).scores()[a];
            list.add(new AccountEvidence.SignalEvidence(info.id(), info.title(), sc, !Double.isNaN(sc) && sc >= SignalResult.FIRED,
                    settings.enabled(info.id()), settings.weight(info.id()), results.get(k).explanation().apply(a)));
        }
        // strongest first; signals that do not apply (NaN) last
        list.sort(Comparator.comparingDouble((AccountEvidence.SignalEvidence e) -> Double.isNaN(e.score()) ? -1 : e.score())
                .reversed().thenComparing(AccountEvidence.SignalEvidence::signalId));
        int[] hours = new int[24];
        LocalClock clock = new LocalClock(ctx.zoneOrUtc());
        for (int p : ctx.posts(a)) {
            hours[clock.hour(ctx.time(p))]++;
        }
        return new AccountEvidence(ctx.account(a).id(), combined[a], cluster[a], list, hours,
                EvidenceBuilder.coActions(ctx, network(), a), EvidenceBuilder.messages(ctx, network(), a));
    }
}
