package org.spamouflage.sandbox.playground;

import java.util.List;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.metrics.Interval;
import org.spamouflage.sandbox.metrics.MetricSpread;
import org.spamouflage.sandbox.metrics.SweepResult;
import org.spamouflage.sandbox.chart.ChartAxis;
import org.spamouflage.sandbox.chart.ChartMarkArea;
import org.spamouflage.sandbox.chart.ChartMarkLine;
import org.spamouflage.sandbox.chart.ChartSeries;
import org.spamouflage.sandbox.chart.ChartSpec;

/** How much the combined score's AUC moves between seeds: one bar per seed, the mean and its 95% interval. */
public final class SweepCharts {
    private SweepCharts() {
    }

    /** One sentence: mean, 95% interval, range and how many seeds had no defined AUC. */
    public static String summary(SweepResult sweep) {
        return summary(sweep, Texts.english());
    }

    public static String summary(SweepResult sweep, Texts t) {
        MetricSpread m = sweep.metric(PlaygroundComputer.COMBINED).orElseThrow();
        Interval i = m.interval();
        if (i.n() == 0) {
            return t.get("sweep.undefined", sweep.seeds().size());
        }
        String s = t.get("sweep.mean", i.n(), t.num(i.mean(), 3));
        if (i.n() >= 2) {
            s += t.get("sweep.interval", t.num(i.lower(), 3), t.num(i.upper(), 3), t.num(i.standardDeviation(), 3));
        }
        s += t.get("sweep.range", t.num(i.min(), 3), t.num(i.max(), 3));
        if (i.undefined() > 0) {
            s += t.get("sweep.notDefinedOn", i.undefined());
        }
        return s;
    }

    public static ChartSpec chart(SweepResult sweep) {
        return chart(sweep, Texts.english());
    }

    public static ChartSpec chart(SweepResult sweep, Texts t) {
        MetricSpread m = sweep.metric(PlaygroundComputer.COMBINED).orElseThrow();
        List<String> seeds = sweep.seeds().stream().map(String::valueOf).toList();
        double[] values = m.values().stream().mapToDouble(Double::doubleValue).toArray();
        ChartSpec spec = ChartSpec.bar(t.get("sweep.chart.title"), ChartAxis.category(t.get("sweep.chart.seed"), seeds),
                ChartAxis.value("AUC", 0, 1), List.of(ChartSeries.values("auc", "AUC", values)
                        .withColor(PlaygroundCharts.CAMPAIGN))).withDecimals(3);
        Interval i = m.interval();
        if (Double.isFinite(i.mean())) {
            spec = spec.withMarkLine(ChartMarkLine.y(i.mean(), t.get("sweep.chart.mean", t.num(i.mean(), 3))).solid());
        }
        if (Double.isFinite(i.lower()) && Double.isFinite(i.upper()) && i.lower() <= i.upper()) {
            spec = spec.withMarkArea(ChartMarkArea.y(Math.max(0, i.lower()), Math.min(1, i.upper()), t.get("sweep.chart.interval")));
        }
        return spec;
    }
}
