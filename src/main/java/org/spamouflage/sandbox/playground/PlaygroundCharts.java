package org.spamouflage.sandbox.playground;

import org.spamouflage.sandbox.chart.NetworkCharts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.metrics.Confusion;
import org.spamouflage.sandbox.metrics.HistogramBin;
import org.spamouflage.sandbox.metrics.PrCurve;
import org.spamouflage.sandbox.metrics.PrPoint;
import org.spamouflage.sandbox.metrics.RocCurve;
import org.spamouflage.sandbox.metrics.RocPoint;
import org.spamouflage.sandbox.metrics.ScoreHistogram;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.metrics.ThresholdTable;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.chart.ChartAxis;
import org.spamouflage.sandbox.chart.ChartMarkArea;
import org.spamouflage.sandbox.chart.ChartMarkLine;
import org.spamouflage.sandbox.chart.ChartMarkPoint;
import org.spamouflage.sandbox.chart.ChartSeries;
import org.spamouflage.sandbox.chart.ChartSpec;

/**
 * Builds every Playground chart from a run. Pure functions of (run, state): the view calls them,
 * and so does the {@code bench playground} command, so the benchmark times the code users wait for.
 */
public final class PlaygroundCharts {
    public static final String ORGANIC = "#4e79a7";
    public static final String CAMPAIGN = "#e15759";
    public static final String BACKGROUND = "#b07aa1";
    /** Honest accounts that coordinate in the open, by role (only where the truth is shown). */
    public static final String ADVOCACY = "#f28e2b";
    public static final String NEWS = "#76b7b2";
    public static final String FAN_RING = "#edc948";
    public static final String HASHTAG_GAME = "#9c755f";
    public static final String POOLED = "#59a14f";
    /** Histogram bins of every score chart. */
    public static final int BINS = 20;
    /** Points per drawn curve: enough for the eye, small for the browser. */
    public static final int CURVE_POINTS = 500;
    /** Buckets on the timeline at most; longer periods use buckets of several hours. */
    public static final int MAX_TIMELINE_BUCKETS = 2_400;
    /** Night in the audience's time zone: 00:00 to 06:00. */
    public static final int NIGHT_END_HOUR = 6;

    private PlaygroundCharts() {
    }

    /** The whole Playground for one state, in English (command line, benchmark). */
    public static PlaygroundResult build(PlaygroundState state, Pipeline.Run run) {
        return build(state, run, Texts.english());
    }

    /** The whole Playground for one state, in the language of {@code t}. */
    public static PlaygroundResult build(PlaygroundState state, Pipeline.Run run, Texts t) {
        boolean hide = state.hideTruth();
        List<SignalPanel> signals = new ArrayList<>();
        Detection d = run.detection();
        Map<String, ThresholdTable> tables = run.evaluation().signals();
        for (SignalInfo s : d.signals()) {
            SeparationReport sep = separation(run, s.id());
            boolean on = d.settings().enabled(s.id());
            // The title is the signal's name alone: the cards are narrow, and what the bars count is said
            // once in the section's heading.
            String name = ControlTexts.signalTitle(s, t);
            String title = on ? name : t.get("chart.signalOff", name);
            ThresholdTable table = tables.get(s.id());
            if (table == null) {
                // the signal abstained on these data: say why instead of drawing zeros
                signals.add(new SignalPanel(s.id(), name, ControlTexts.signalDirection(s, t), on, d.settings().weight(s.id()),
                        sep, t.get("chart.notApplicable", d.abstention(s.id())), null));
                continue;
            }
            signals.add(new SignalPanel(s.id(), name, ControlTexts.signalDirection(s, t), on, d.settings().weight(s.id()), sep,
                    hide ? "" : aucText(sep, t), histogram(title, ScoreHistogram.of(table, BINS), hide, false, t)));
        }
        SeparationReport combined = run.evaluation().report().combined();
        NetworkCharts.Network network = NetworkCharts.build(run, NetworkCharts.NODES, t);
        return new PlaygroundResult(state, run, signals, combined, hide ? "" : aucText(combined, t),
                threshold(run, state, t), timeline(run, hide, t), hide ? null : network.byTruth(), network.byCluster(),
                network.note(), counts(run, hide, t), t.language());
    }

    /** The threshold-dependent part in English (benchmark). */
    public static ThresholdView threshold(Pipeline.Run run, PlaygroundState state) {
        return threshold(run, state, Texts.english());
    }

    /** The threshold-dependent part: confusion matrix, score histogram, ROC and PR with the operating point. */
    public static ThresholdView threshold(Pipeline.Run run, PlaygroundState state, Texts t) {
        ThresholdTable table = run.evaluation().combined();
        boolean best = Double.isNaN(state.threshold());
        Confusion c = best ? table.bestF1() : table.at(state.threshold());
        double at = best ? c.threshold() : state.threshold();
        double shown = Double.isFinite(at) ? Math.max(0, Math.min(1, at)) : 1.0;
        String label = t.get("chart.threshold", Double.isFinite(at) ? t.num(at, 3) : t.get("chart.aboveEvery"));
        ChartSpec scores = histogram(t.get(state.hideTruth() ? "chart.scores.hidden" : "chart.scores"),
                ScoreHistogram.of(table, BINS), state.hideTruth(), false, t)
                .withMarkLine(ChartMarkLine.x(shown, label).solid());
        if (state.hideTruth()) {
            return new ThresholdView(at, best, c, scores, null, null, t.get("chart.truthHidden"));
        }
        if (!table.hasBothClasses()) {
            return new ThresholdView(at, best, c, scores, null, null, t.get("chart.rocUndefined", table.rocUndefinedReason()));
        }
        return new ThresholdView(at, best, c, scores, roc(table, c, label, t), pr(table, c, label, t), "");
    }

    static ChartSpec roc(ThresholdTable table, Confusion c, String label, Texts t) {
        RocCurve curve = table.roc(CURVE_POINTS);
        double[] x = new double[curve.points().size()];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            RocPoint p = curve.points().get(i);
            x[i] = p.falsePositiveRate();
            y[i] = p.truePositiveRate();
        }
        ChartSpec spec = ChartSpec.line(t.get("chart.roc.title", t.num(curve.auc(), 3)),
                        ChartAxis.value(t.get("chart.axis.fpr"), 0, 1), ChartAxis.value(t.get("chart.axis.tpr"), 0, 1),
                        List.of(ChartSeries.xy("roc", t.get("chart.series.combined"), x, y).withColor(CAMPAIGN).withSymbols(false),
                                ChartSeries.xy("chance", t.get("chart.series.chance"), new double[] {0, 1}, new double[] {0, 1})
                                        .withDashes().withColor("#767676").withSymbols(false)))
                .withMarkLine(ChartMarkLine.x(0.01, t.get("chart.mark.fpr1")));
        if (Double.isFinite(c.falsePositiveRate()) && Double.isFinite(c.recall())) {
            spec = spec.withMarkPoint(ChartMarkPoint.at(c.falsePositiveRate(), c.recall(), label));
        }
        return spec.withDecimals(3);
    }

    static ChartSpec pr(ThresholdTable table, Confusion c, String label, Texts t) {
        PrCurve curve = table.pr(CURVE_POINTS);
        double[] x = new double[curve.points().size()];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            PrPoint p = curve.points().get(i);
            x[i] = p.recall();
            y[i] = p.precision();
        }
        ChartSpec spec = ChartSpec.line(t.get("chart.pr.title", t.num(curve.averagePrecision(), 3)),
                        ChartAxis.value(t.get("chart.axis.recall"), 0, 1), ChartAxis.value(t.get("chart.axis.precision"), 0, 1),
                        List.of(ChartSeries.xy("pr", t.get("chart.series.combined"), x, y).withColor(CAMPAIGN).withSymbols(false)))
                .withMarkLine(ChartMarkLine.y(curve.prevalence(), t.get("chart.mark.random")));
        if (Double.isFinite(c.precision()) && Double.isFinite(c.recall())) {
            spec = spec.withMarkPoint(ChartMarkPoint.at(c.recall(), c.precision(), label));
        }
        return spec.withDecimals(3);
    }

    /** Campaign vs other accounts as shares of their class, or one pooled count when the truth is hidden. */
    static ChartSpec histogram(String title, ScoreHistogram h, boolean hideTruth) {
        return histogram(title, h, hideTruth, true, Texts.english());
    }

    /** @param yName whether to name the y axis (small charts leave it to the title, so it does not meet the legend) */
    static ChartSpec histogram(String title, ScoreHistogram h, boolean hideTruth, boolean yName, Texts t) {
        List<HistogramBin> bins = h.bins();
        double[] edges = new double[bins.size() + 1];
        double[] pos = new double[bins.size()];
        double[] neg = new double[bins.size()];
        double[] all = new double[bins.size()];
        for (int i = 0; i < bins.size(); i++) {
            HistogramBin b = bins.get(i);
            edges[i] = b.from();
            pos[i] = b.positiveShare();
            neg[i] = b.negativeShare();
            all[i] = b.positives() + b.negatives();
        }
        edges[bins.size()] = bins.get(bins.size() - 1).to();
        if (hideTruth) {
            return ChartSpec.histogram(title, edges, ChartAxis.value(t.get("chart.axis.score"), 0, 1),
                    ChartAxis.value(yName ? t.get("chart.axis.accounts") : ""),
                    List.of(ChartSeries.values("all", t.get("chart.series.allAccounts"), all).withColor(POOLED))).withDecimals(0);
        }
        return ChartSpec.histogram(title, edges, ChartAxis.value(t.get("chart.axis.score"), 0, 1),
                ChartAxis.value(yName ? t.get("chart.axis.shareOfClass") : ""),
                List.of(ChartSeries.values("other", t.get("chart.series.notCampaign"), neg).withColor(ORGANIC),
                        ChartSeries.values("campaign", t.get("chart.series.campaign"), pos).withColor(CAMPAIGN))).withDecimals(3);
    }

    static String aucText(SeparationReport s, Texts t) {
        return s.defined() ? t.get("chart.auc", t.num(s.auc(), 3)) : t.get("chart.aucUndefined", shortNote(s.note(), t));
    }

    private static String shortNote(String note, Texts t) {
        String n = note.replace(" among the evaluated accounts", "");
        return n.isEmpty() ? t.get("chart.classMissing") : n;
    }

    private static SeparationReport separation(Pipeline.Run run, String signalId) {
        for (SeparationReport s : run.evaluation().report().signals()) {
            if (s.signal().equals(signalId)) {
                return s;
            }
        }
        throw new IllegalStateException("no separation report for signal " + signalId);
    }

    private static String counts(Pipeline.Run run, boolean hide, Texts t) {
        Dataset ds = run.generated().dataset();
        String base = t.get("playground.counts", run.detection().size(), ds.posts().size(), ds.targets().size());
        return hide ? base : t.get("playground.counts.campaign", base, run.evaluation().labels().positives());
    }

    // ---------------------------------------------------------------------------------------- timeline

    /**
     * Posts per hour (or per few hours on long periods) by the author's true class, stacked, with
     * every night in the audience's time zone shaded and the scenario's surges marked; one pooled
     * series and no surge band when the truth is hidden. Politicians' own posts are left out.
     */
    public static ChartSpec timeline(Pipeline.Run run, boolean hideTruth, Texts t) {
        Dataset ds = run.generated().dataset();
        GroundTruth truth = run.generated().truth();
        ZoneId zone = run.detection().context().zoneOrUtc();
        long[] span = span(ds);
        long start = Math.floorDiv(span[0], 3600) * 3600;
        long hours = Math.max(1, (span[1] - start + 3599) / 3600);
        long bucketHours = Math.max(1, (hours + MAX_TIMELINE_BUCKETS - 1) / MAX_TIMELINE_BUCKETS);
        int buckets = (int) ((hours + bucketHours - 1) / bucketHours);
        long bucketSeconds = bucketHours * 3600;
        double[] organic = new double[buckets];
        double[] campaign = new double[buckets];
        double[] background = new double[buckets];
        TreeSet<String> targets = new TreeSet<>();
        for (Target target : ds.targets()) {
            targets.add(target.accountId());
        }
        for (Post p : ds.posts()) {
            if (targets.contains(p.accountId())) {
                continue;
            }
            long b = (p.time() - start) / bucketSeconds;
            if (b < 0 || b >= buckets) {
                continue;
            }
            AccountClass cls = truth.account(p.accountId()).map(GroundTruth.AccountTruth::cls).orElse(AccountClass.ORGANIC);
            switch (cls) {
                case CAMPAIGN -> campaign[(int) b]++;
                case BACKGROUND -> background[(int) b]++;
                default -> organic[(int) b]++;
            }
        }
        double[] x = new double[buckets];
        for (int i = 0; i < buckets; i++) {
            x[i] = (start + i * bucketSeconds) * 1000.0;
        }
        String per = bucketHours == 1 ? t.get("chart.timeline.perHour") : t.get("chart.timeline.perHours", bucketHours);
        List<ChartSeries> series = new ArrayList<>();
        if (hideTruth) {
            double[] all = new double[buckets];
            for (int i = 0; i < buckets; i++) {
                all[i] = organic[i] + campaign[i] + background[i];
            }
            series.add(ChartSeries.xy("all", t.get("chart.series.allPosts"), x, all).withColor(POOLED).withArea().withSymbols(false));
        } else {
            series.add(ChartSeries.xy("organic", t.get("chart.series.organic"), x, organic).withColor(ORGANIC).withStack("posts").withArea()
                    .withSymbols(false));
            series.add(ChartSeries.xy("background", t.get("chart.series.background"), x, background).withColor(BACKGROUND)
                    .withStack("posts").withArea().withSymbols(false));
            series.add(ChartSeries.xy("campaign", t.get("chart.series.campaign"), x, campaign).withColor(CAMPAIGN).withStack("posts")
                    .withArea().withSymbols(false));
        }
        long end = start + buckets * bucketSeconds;
        ChartSpec spec = ChartSpec.line(t.get("chart.timeline.title", zone.getId()),
                ChartAxis.time(t.get("chart.axis.timeUtc")), ChartAxis.value(per), series).withDecimals(0);
        boolean first = true;
        for (LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(start), zone).minusDays(1);
             day.atStartOfDay(zone).toEpochSecond() < end; day = day.plusDays(1)) {
            long from = Math.max(start, day.atStartOfDay(zone).toEpochSecond());
            long to = Math.min(end, day.atTime(NIGHT_END_HOUR, 0).atZone(zone).toEpochSecond());
            if (from < to) {
                spec = spec.withMarkArea(ChartMarkArea.x(from * 1000.0, to * 1000.0, first ? t.get("chart.mark.night") : "")
                        .withColor("rgba(60,60,100,0.10)"));
                first = false;
            }
        }
        if (!hideTruth) {
            spec = withSurges(spec, run.scenario(), zone, start, end, t);
        }
        return spec;
    }

    private static ChartSpec withSurges(ChartSpec spec, Scenario scenario, ZoneId zone, long start, long end, Texts t) {
        if (scenario.campaign() == null || !scenario.campaign().enabled() || scenario.campaign().timing() == null
                || scenario.campaign().timing().surges() == null) {
            return spec;
        }
        for (Scenario.Surge s : scenario.campaign().timing().surges()) {
            long from = Math.max(start, s.start().atStartOfDay(zone).toEpochSecond());
            long to = Math.min(end, s.end().plusDays(1).atStartOfDay(zone).toEpochSecond());
            if (from < to) {
                spec = spec.withMarkArea(ChartMarkArea.x(from * 1000.0, to * 1000.0, t.get("chart.mark.surge",
                        t.num(s.multiplier(), s.multiplier() == Math.rint(s.multiplier()) ? 0 : 1))).withColor("rgba(225,87,89,0.10)"));
            }
        }
        return spec;
    }

    /** [first, last + 1) post time, or the dataset's stated period when it has one. */
    private static long[] span(Dataset ds) {
        if (ds.info().end() > ds.info().start()) {
            return new long[] {ds.info().start(), ds.info().end()};
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Post p : ds.posts()) {
            min = Math.min(min, p.time());
            max = Math.max(max, p.time());
        }
        return min > max ? new long[] {0, 3600} : new long[] {min, max + 1};
    }

}
