package org.spamouflage.sandbox.report;

import java.util.Locale;
import org.spamouflage.sandbox.metrics.ClusterRecovery;
import org.spamouflage.sandbox.metrics.Confusion;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.PrecisionAtK;
import org.spamouflage.sandbox.metrics.SeparationReport;

/** An evaluation report as a plain-text table for a terminal (what {@code evaluate} prints). */
public final class MetricsText {
    private MetricsText() {
    }

    public static String table(EvaluationReport r) {
        StringBuilder b = new StringBuilder();
        var p = r.population();
        b.append(String.format(Locale.ROOT, "Evaluated %d accounts: %d campaign, %d other (background bots %s)%n",
                p.evaluated(), p.campaign(), p.other(),
                p.background().name().equals("NEGATIVE") ? "counted as other" : "left out"));
        if (p.excludedUnknown() > 0 || p.unknownAsNegative() > 0) {
            b.append(String.format(Locale.ROOT, "Accounts missing from the labels: %d left out, %d counted as other%n",
                    p.excludedUnknown(), p.unknownAsNegative()));
        }
        int w = "combined".length();
        for (SeparationReport s : r.signals()) {
            w = Math.max(w, s.signal().length());
        }
        String row = "%-" + w + "s  %6s  %6s  %6s%n";
        b.append('\n').append(String.format(Locale.ROOT, row, "score", "AUC", "AP", "KS"));
        b.append(separation(row, r.combined()));
        for (SeparationReport s : r.signals()) {
            b.append(separation(row, s));
        }
        b.append('\n');
        String c = "%-22s %9s %6s %6s %6s %6s %9s %7s %6s %6s%n";
        b.append(String.format(Locale.ROOT, c, "combined score", "threshold", "TP", "FP", "TN", "FN", "precision",
                "recall", "F1", "FPR"));
        b.append(confusion(c, "at threshold", r.atThreshold()));
        b.append(confusion(c, "at best F1", r.bestF1()));
        b.append(confusion(c, "at FPR <= " + r.settings().targetFalsePositiveRate(), r.atTargetFalsePositiveRate()));
        if (!r.precisionAtK().isEmpty()) {
            b.append('\n');
            for (PrecisionAtK k : r.precisionAtK()) {
                b.append(String.format(Locale.ROOT, "precision@%d: %s%s%n", k.k(), Numbers.short3(k.precision()),
                        k.counted() < k.k() ? " (only " + k.counted() + " accounts)" : ""));
            }
        }
        ClusterRecovery cr = r.clusters();
        if (cr != null) {
            b.append('\n').append(String.format(Locale.ROOT, "clusters: %d detected; %d campaign accounts in %d cells;"
                            + " %d other accounts clustered%n", cr.detectedClusters(), cr.campaignAccounts(), cr.cells(),
                    cr.otherClustered()));
            b.append(String.format(Locale.ROOT, "  coverage %s  ARI %s  purity %s  cell recovery %s  NMI %s%n",
                    Numbers.short3(cr.campaignCoverage()), Numbers.short3(cr.adjustedRandIndex()),
                    Numbers.short3(cr.purity()), Numbers.short3(cr.cellRecovery()),
                    Numbers.short3(cr.normalizedMutualInformation())));
        }
        b.append("\nScores are not probabilities; n/a = undefined (not zero).\n");
        return b.toString();
    }

    private static String separation(String row, SeparationReport s) {
        return String.format(Locale.ROOT, row, s.signal(), Numbers.short3(s.auc()), Numbers.short3(s.averagePrecision()),
                Numbers.short3(s.ksStatistic()));
    }

    private static String confusion(String row, String name, Confusion c) {
        return String.format(Locale.ROOT, row, name, Numbers.short3(c.threshold()), c.truePositives(),
                c.falsePositives(), c.trueNegatives(), c.falseNegatives(), Numbers.short3(c.precision()),
                Numbers.short3(c.recall()), Numbers.short3(c.f1()), Numbers.short3(c.falsePositiveRate()));
    }
}
