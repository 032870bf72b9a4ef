package org.spamouflage.sandbox.ui.model;

import java.util.List;
import org.spamouflage.sandbox.metrics.Interval;
import org.spamouflage.sandbox.metrics.MetricSpread;
import org.spamouflage.sandbox.metrics.SweepResult;
import org.spamouflage.sandbox.ui.base.ChartAxis;
import org.spamouflage.sandbox.ui.base.ChartMarkArea;
import org.spamouflage.sandbox.ui.base.ChartMarkLine;
import org.spamouflage.sandbox.ui.base.ChartSeries;
import org.spamouflage.sandbox.ui.base.ChartSpec;

/** How much the combined score's AUC moves between seeds: one bar per seed, the mean and its 95% interval. */
public final class SweepCharts {
    private SweepCharts() {
    }

    /** One sentence: mean, 95% interval, range and how many seeds had no defined AUC. */
    public static String summary(SweepResult sweep) {
        MetricSpread m = sweep.metric(PlaygroundComputer.COMBINED).orElseThrow();
        Interval i = m.interval();
        if (i.n() == 0) {
            return "AUC not defined on any of the " + sweep.seeds().size() + " seeds (no campaign accounts or no others).";
        }
        String s = "AUC over " + i.n() + " seeds: mean " + Fmt.num(i.mean(), 3);
        if (i.n() >= 2) {
            s += ", 95% interval for the mean " + Fmt.num(i.lower(), 3) + "–" + Fmt.num(i.upper(), 3)
                    + ", standard deviation " + Fmt.num(i.standardDeviation(), 3);
        }
        s += ", range " + Fmt.num(i.min(), 3) + "–" + Fmt.num(i.max(), 3) + ".";
        if (i.undefined() > 0) {
            s += " Not defined on " + i.undefined() + " seeds.";
        }
        return s;
    }

    public static ChartSpec chart(SweepResult sweep) {
        MetricSpread m = sweep.metric(PlaygroundComputer.COMBINED).orElseThrow();
        List<String> seeds = sweep.seeds().stream().map(String::valueOf).toList();
        double[] values = m.values().stream().mapToDouble(Double::doubleValue).toArray();
        ChartSpec spec = ChartSpec.bar("AUC of the combined score by seed", ChartAxis.category("seed", seeds),
                ChartAxis.value("AUC", 0, 1), List.of(ChartSeries.values("auc", "AUC", values)
                        .withColor(PlaygroundCharts.CAMPAIGN))).withDecimals(3);
        Interval i = m.interval();
        if (Double.isFinite(i.mean())) {
            spec = spec.withMarkLine(ChartMarkLine.y(i.mean(), "mean " + Fmt.num(i.mean(), 3)).solid());
        }
        if (Double.isFinite(i.lower()) && Double.isFinite(i.upper()) && i.lower() <= i.upper()) {
            spec = spec.withMarkArea(ChartMarkArea.y(Math.max(0, i.lower()), Math.min(1, i.upper()), "95% interval"));
        }
        return spec;
    }
}
