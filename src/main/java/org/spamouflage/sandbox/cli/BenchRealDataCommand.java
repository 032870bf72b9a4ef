package org.spamouflage.sandbox.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.bench.RealDataBench;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.metrics.SeparationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench realdata}: the engine on real, labelled campaigns (the IRA windows shipped under
 * {@code src/test/resources/realdata}) and on the CooRTweet sample, next to the naive copy baseline. The
 * "Real campaigns" tables in BENCHMARKS.md are this command's output.
 */
@Command(name = "realdata", mixinStandardHelpOptions = true,
        description = {"Detection quality on real labelled campaigns (per window: combined and per-signal AUC,"
                + " average precision, precision@50, best F1) next to the naive copy baseline, and the CooRTweet"
                + " sample against CooRTweet's own 60 s network.",
            "Run from a checkout: the data live in src/test/resources (their README says where they come from)."})
final class BenchRealDataCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "src/test/resources/realdata",
            description = "Folder of windows (sub-folders with tweets.csv and labels.csv); default ${DEFAULT-VALUE}.")
    private Path data;

    @Option(names = "--coortweet", paramLabel = "FILE",
            defaultValue = "src/test/resources/golden/coortweet-russian/russian_coord_tweets.csv.gz",
            description = "The CooRTweet sample (empty to skip); default ${DEFAULT-VALUE}.")
    private String coortweet;

    @Option(names = "--settings", paramLabel = "FILE", description = "Detector settings JSON (default: the defaults).")
    private Path settingsFile;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            throw new InvalidInputException("--data " + data + ": no such folder (run from a checkout of the project,"
                    + " or give the folder of windows)");
        }
        DetectorSettings settings = settingsFile == null ? DetectorSettings.defaults() : DatasetDetection.readSettings(settingsFile);
        List<Path> windows = RealDataBench.windows(data);
        if (windows.isEmpty()) {
            throw new InvalidInputException("--data " + data + ": no sub-folder holds tweets.csv and labels.csv");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RealDataBench.Result> results = new ArrayList<>();
        for (Path w : windows) {
            results.add(RealDataBench.run(w, settings));
        }
        out.println("| window | accounts (campaign) | combined AUC | AP | precision@50 | best F1 (P / R) | baseline F1 (P / R)"
                + " | clusters | detection |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (RealDataBench.Result r : results) {
            out.println(String.format(Locale.ROOT, "| %s | %d (%d) | %.3f | %.3f | %.2f | %.3f (%.3f / %.3f) | %.3f"
                            + " (%.3f / %.3f) | %d | %d ms |", r.window(), r.accounts(), r.campaign(), r.combined().auc(),
                    r.combined().averagePrecision(), r.precisionAt50(), r.bestF1().f1(), r.bestF1().precision(),
                    r.bestF1().recall(), r.baseline().f1(), r.baseline().precision(), r.baseline().recall(),
                    r.clusters(), r.millis()));
        }
        out.println();
        StringBuilder head = new StringBuilder("| signal |");
        StringBuilder rule = new StringBuilder("|---|");
        for (RealDataBench.Result r : results) {
            head.append(' ').append(r.window()).append(" AUC |");
            rule.append("---|");
        }
        out.println(head);
        out.println(rule);
        for (int k = 0; k < results.get(0).signals().size(); k++) {
            StringBuilder row = new StringBuilder("| " + results.get(0).signals().get(k).signal() + " |");
            for (RealDataBench.Result r : results) {
                SeparationReport s = r.signals().get(k);
                row.append(' ').append(s.defined() ? String.format(Locale.ROOT, "%.3f", s.auc()) : "n/a").append(" |");
            }
            out.println(row);
        }
        if (!coortweet.isBlank()) {
            RealDataBench.CoortweetResult c = RealDataBench.coortweet(Path.of(coortweet), settings);
            out.println();
            out.println(String.format(Locale.ROOT, "CooRTweet sample: %d accounts, %d in CooRTweet's 60 s network (min"
                            + " participation 2); AUC of that membership by the combined score %.3f, precision among the top"
                            + " %d %.3f; %d significant edges, %d clusters holding %d accounts; detection %d ms.",
                    c.accounts(), c.members(), c.membershipAuc(), c.members(), c.precisionAtMembers(), c.edges(),
                    c.clusters(), c.clusteredAccounts(), c.millis()));
            StringBuilder lags = new StringBuilder("Shares of one object by two accounts, per second of lag:");
            long from = 0;
            for (int b = 0; b < RealDataBench.LAG_BANDS.length; b++) {
                lags.append(String.format(Locale.ROOT, " %d–%d s %.1f;", from, RealDataBench.LAG_BANDS[b],
                        c.pairsPerSecond()[b]));
                from = RealDataBench.LAG_BANDS[b];
            }
            out.println(lags.append(String.format(Locale.ROOT, " pairs of accounts co-sharing two or more objects within"
                    + " 60 s: %d, where %.1f are expected if accounts act independently.", c.recurringPairs(),
                    c.recurringExpected())));
        }
        return Cli.OK;
    }
}
