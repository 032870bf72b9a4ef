package org.spamouflage.sandbox.chart;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Fixed sample charts for the gallery. The numbers come from closed formulas (no randomness), so
 * the page looks the same every time; they only need to look plausible.
 */
public final class ChartDemoData {

    /** Text that would run script if a chart put data into HTML unescaped. */
    public static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private static final String ORGANIC = "#4e79a7";
    private static final String CAMPAIGN = "#e15759";

    private ChartDemoData() {
    }

    /** ROC curve of a binormal score (d' = 1.5) with the chance line, a threshold and 1% FPR. */
    public static ChartSpec roc() {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double[] fpr = {0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
        double[] tpr = new double[fpr.length];
        for (int i = 0; i < fpr.length; i++) {
            tpr[i] = fpr[i] == 0 ? 0 : fpr[i] == 1 ? 1
                    : normal.cumulativeProbability(normal.inverseCumulativeProbability(fpr[i]) + 1.5);
        }
        return ChartSpec.line("ROC of the combined score",
                        ChartAxis.value("false positive rate", 0, 1), ChartAxis.value("true positive rate", 0, 1),
                        List.of(ChartSeries.xy("roc", "combined score", fpr, tpr).withColor(CAMPAIGN),
                                ChartSeries.xy("chance", "chance", new double[] {0, 1}, new double[] {0, 1})
                                        .withDashes().withColor("#999999")))
                .withMarkLine(ChartMarkLine.x(0.01, "1% FPR"))
                .withMarkPoint(ChartMarkPoint.at(0.05, tpr[4], "threshold 0.62"));
    }

    /** Comments per politician, with the hostile text as one category. */
    public static ChartSpec bars() {
        return ChartSpec.bar("Comments per politician",
                ChartAxis.category("politician", List.of("MP Tremblay", HOSTILE, "MP Singh")),
                ChartAxis.value("comments"),
                List.of(ChartSeries.values("comments", "comments", 120, 310, 95).withColor(ORGANIC)));
    }

    /** Organic vs campaign score histograms over ten bins, with the threshold marked. */
    public static ChartSpec histogram() {
        double[] edges = new double[11];
        double[] organic = new double[10];
        double[] campaign = new double[10];
        for (int b = 0; b < 10; b++) {
            edges[b] = b / 10.0;
            double centre = b / 10.0 + 0.05;
            organic[b] = Math.round(400 * Math.exp(-Math.pow((centre - 0.25) / 0.15, 2)));
            campaign[b] = Math.round(60 * Math.exp(-Math.pow((centre - 0.72) / 0.12, 2)));
        }
        edges[10] = 1;
        return ChartSpec.histogram("Account scores", edges, ChartAxis.value("score", 0, 1), ChartAxis.value("accounts"),
                        List.of(ChartSeries.values("organic", "organic", organic).withColor(ORGANIC),
                                ChartSeries.values("campaign", HOSTILE, campaign).withColor(CAMPAIGN)))
                .withMarkLine(ChartMarkLine.x(0.62, "threshold"));
    }

    /** Three days of comments per hour by class, nights shaded, a night-time surge. */
    public static ChartSpec timeline() {
        int hours = 72;
        double[] x = new double[hours];
        double[] organic = new double[hours];
        double[] campaign = new double[hours];
        for (int h = 0; h < hours; h++) {
            x[h] = h;
            int hourOfDay = h % 24;
            organic[h] = Math.round(40 + 35 * Math.sin((hourOfDay - 9) * Math.PI / 12));
            campaign[h] = h >= 49 && h <= 53 ? 90 - 10 * Math.abs(h - 51) : 3;
        }
        ChartSpec spec = ChartSpec.line("Comments per hour",
                ChartAxis.value("hours since Monday 00:00 (Toronto)", 0, hours - 1), ChartAxis.value("comments"),
                List.of(ChartSeries.xy("organic", "organic", x, organic).withColor(ORGANIC).withArea(),
                        ChartSeries.xy("campaign", "campaign", x, campaign).withColor(CAMPAIGN).withArea()));
        for (int day = 0; day < 3; day++) {
            spec = spec.withMarkArea(ChartMarkArea.x(day * 24, day * 24 + 6, day == 0 ? "night" : "")
                    .withColor("rgba(40,40,90,0.10)"));
        }
        return spec.withMarkArea(ChartMarkArea.x(70, 71, "").withColor("rgba(40,40,90,0.10)"));
    }

    /** Accounts by score and activity; one handle is the hostile text. */
    public static ChartSpec scatter() {
        List<ChartSeries> series = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            boolean campaign = c == 1;
            int n = campaign ? 8 : 20;
            double[][] points = new double[n][];
            List<String> ids = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double score = campaign ? 0.6 + 0.04 * i : 0.02 + 0.022 * i;
                double perDay = campaign ? 25 + 3 * Math.sin(i) : 2 + 1.5 * Math.abs(Math.sin(3 * i));
                points[i] = new double[] {score, perDay};
                ids.add((campaign ? "c" : "o") + (i + 1));
                labels.add(campaign && i == 3 ? HOSTILE : "@" + (campaign ? "maple" : "reader") + (i + 1));
            }
            series.add(ChartSeries.points(campaign ? "campaign" : "organic", campaign ? "campaign" : "organic", points)
                    .withPointIds(ids).withPointLabels(labels).withColor(campaign ? CAMPAIGN : ORGANIC));
        }
        return ChartSpec.scatter("Accounts", ChartAxis.value("score", 0, 1), ChartAxis.value("comments per day"), series);
    }

    /** Comments per hour of day for three politicians; one name is the hostile text. */
    public static ChartSpec heatmap() {
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d", h));
        }
        List<String> politicians = List.of("MP Tremblay", HOSTILE, "MP Singh");
        double[][] values = new double[3][24];
        for (int p = 0; p < 3; p++) {
            for (int h = 0; h < 24; h++) {
                values[p][h] = Math.round(20 + 15 * Math.sin((h - 9) * Math.PI / 12) + (p == 1 && h >= 1 && h <= 4 ? 60 : 0));
            }
        }
        return ChartSpec.heatmap("Comments by hour of day", ChartAxis.category("hour (Toronto)", hours),
                ChartAxis.category("politician", politicians), ChartHeatmap.of(values, "comments"));
    }

    /** A tight campaign cluster next to loosely linked organic accounts. */
    public static ChartSpec graph() {
        List<ChartNode> nodes = new ArrayList<>();
        List<ChartEdge> edges = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            nodes.add(ChartNode.of("c" + i, i == 2 ? HOSTILE : "@maple" + i, "campaign").withSize(16).withValue(0.8 + i / 100.0));
            for (int j = 1; j < i; j++) {
                edges.add(ChartEdge.of("c" + j, "c" + i, 10 + i + j));
            }
        }
        for (int i = 1; i <= 8; i++) {
            nodes.add(ChartNode.of("o" + i, "@reader" + i, "organic").withSize(10).withValue(0.1 + i / 100.0));
            if (i > 1) {
                edges.add(ChartEdge.of("o" + (i - 1), "o" + i, 1));
            }
        }
        edges.add(ChartEdge.of("c1", "o1", 1));
        return ChartSpec.graph("Coordination network",
                ChartGraph.of(nodes, edges, List.of(new ChartNodeCategory("campaign", CAMPAIGN),
                                new ChartNodeCategory("organic", ORGANIC)))
                        .withNames("score", "class", "shared co-actions"));
    }
}
