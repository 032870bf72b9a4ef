package org.spamouflage.sandbox.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.MetricSpread;
import org.spamouflage.sandbox.metrics.RoleBreakdown;
import org.spamouflage.sandbox.metrics.SeedSweep;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.metrics.SweepResult;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench detection}: detection quality and speed on a scenario over several seeds: per-signal
 * and combined AUC, average precision, best F1, false positives, who the best-scored honest accounts
 * are (authentic-coordination roles) and cluster recovery, each as the
 * mean with a 95% Student-t interval; plus generation and detection times. The table in
 * BENCHMARKS.md ("Detection quality") is this command's output.
 */
@Command(name = "detection", mixinStandardHelpOptions = true,
        description = "Detection quality (AUC, best F1, cluster recovery; mean and 95%% interval over seeds) and speed.")
final class BenchDetectionCommand implements Callable<Integer> {
    /** How many of the best-scored non-campaign accounts are checked for authentic-coordination roles. */
    static final int TOP_OTHERS = 100;
    private static final String TOP_ROLES = "authentic roles in the top " + TOP_OTHERS + " other accounts";

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE|NAME", description = "Scenario file or shipped name.")
    private String scenarioArg;

    @Option(names = "--seeds", defaultValue = "5", paramLabel = "N", description = "Number of seeds (default ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--first-seed", defaultValue = "1", paramLabel = "S", description = "First seed (default ${DEFAULT-VALUE}).")
    private long firstSeed;

    @Option(names = "--settings", paramLabel = "FILE", description = "Detector settings JSON (default: the defaults).")
    private java.nio.file.Path settingsFile;

    @Override
    public Integer call() throws Exception {
        if (seeds < 1 || seeds > SeedSweep.MAX_SEEDS) {
            throw new InvalidInputException("--seeds " + seeds + ": must be 1–" + SeedSweep.MAX_SEEDS);
        }
        Scenario scenario;
        try {
            scenario = ScenarioSource.resolve(scenarioArg);
        } catch (org.spamouflage.sandbox.scenario.InvalidScenarioException e) {
            throw new InvalidInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        DetectorSettings settings = settingsFile == null ? DetectorSettings.defaults()
                : DatasetDetection.readSettings(settingsFile);
        List<String> signalIds = new ArrayList<>();
        double[] genMs = new double[seeds];
        double[] detMs = new double[seeds];
        int[] counter = {0};
        SweepResult sweep = SeedSweep.run(firstSeed, seeds, seed -> {
            long t0 = System.nanoTime();
            Generated g = Generator.generate(scenario, seed);
            long t1 = System.nanoTime();
            Detection d = Detector.detect(g.dataset(), settings);
            long t2 = System.nanoTime();
            genMs[counter[0]] = (t1 - t0) / 1e6;
            detMs[counter[0]] = (t2 - t1) / 1e6;
            counter[0]++;
            EvaluationReport r = Pipeline.evaluate(d, g.truth()).report();
            Map<String, Number> m = new LinkedHashMap<>();
            m.put("combined AUC", r.combined().auc());
            m.put("combined AP", r.combined().averagePrecision());
            m.put("best F1", r.bestF1().f1());
            m.put("best-F1 precision", r.bestF1().precision());
            m.put("best-F1 recall", r.bestF1().recall());
            m.put("best-F1 false positives", r.bestF1().falsePositives());
            m.put("false positives at 0.5", r.atThreshold().falsePositives());
            m.put("campaign accounts", r.combined().positives());
            m.put("other accounts", r.combined().negatives());
            if (r.clusters() != null) {
                m.put("clusters found", r.clusters().detectedClusters());
                m.put("other accounts in clusters", r.clusters().otherClustered());
                m.put("cluster ARI", r.clusters().adjustedRandIndex());
                m.put("cluster purity", r.clusters().purity());
                m.put("campaign coverage", r.clusters().campaignCoverage());
            }
            // Who the false alarms are: authentic coordination among the best-scored honest accounts.
            RoleBreakdown top = RoleBreakdown.topNonCampaign(d.accountIds(), d.combined(), g.truth(), TOP_OTHERS);
            m.put(TOP_ROLES, top.withRole());
            for (AccountRole role : AccountRole.values()) {
                if (role.isAuthenticCoordination()) {
                    m.put("  of them " + role.label(), top.count(role));
                }
            }
            int[] cluster = d.clusters();
            int clusteredWithRole = 0;
            for (int a = 0; a < cluster.length; a++) {
                String id = d.accountIds().get(a);
                if (cluster[a] >= 0 && !g.truth().isCampaign(id) && g.truth().role(id).isAuthenticCoordination()) {
                    clusteredWithRole++;
                }
            }
            m.put("other accounts in clusters with a role", clusteredWithRole);
            if (signalIds.isEmpty()) {
                for (SignalInfo s : d.signals()) {
                    signalIds.add(s.id());
                }
            }
            for (SeparationReport s : r.signals()) {
                m.put("AUC " + s.signal(), s.auc());
            }
            return m;
        });
        out.printf(Locale.ROOT, "scenario %s, seeds %d..%d, " + (settingsFile == null ? "default settings" : "settings " + settingsFile) + "; mean [95%% interval] (min–max)%n",
                scenario.name(), firstSeed, firstSeed + seeds - 1);
        out.println("| metric | mean | 95% interval | min–max |");
        out.println("|---|---:|---|---|");
        List<String> order = new ArrayList<>(List.of("combined AUC", "combined AP", "best F1", "best-F1 precision",
                "best-F1 recall", "best-F1 false positives", "false positives at 0.5", "campaign accounts",
                "other accounts", TOP_ROLES));
        for (AccountRole role : AccountRole.values()) {
            if (role.isAuthenticCoordination()) {
                order.add("  of them " + role.label());
            }
        }
        order.addAll(List.of("clusters found", "other accounts in clusters", "other accounts in clusters with a role",
                "cluster ARI", "cluster purity", "campaign coverage"));
        for (String id : signalIds) {
            order.add("AUC " + id);
        }
        for (String name : order) {
            sweep.metric(name).ifPresent(ms -> row(out, ms));
        }
        out.printf(Locale.ROOT, "generation %.0f ms, detection %.0f ms (mean over seeds; first seed includes warm-up)%n",
                mean(genMs), mean(detMs));
        return Cli.OK;
    }

    private static void row(PrintWriter out, MetricSpread m) {
        var i = m.interval();
        if (i.n() == 0) {
            out.printf(Locale.ROOT, "| %s | not defined | | |%n", m.name());
            return;
        }
        out.printf(Locale.ROOT, "| %s | %s | [%s, %s] | %s–%s |%n", m.name(), f(i.mean()), f(i.lower()), f(i.upper()),
                f(i.min()), f(i.max()));
    }

    private static String f(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v == Math.rint(v) && Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
