package org.spamouflage.sandbox.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.coaction.ActionTable;
import org.spamouflage.sandbox.detection.coaction.CoActionLayer;
import org.spamouflage.sandbox.detection.coaction.CoActionNetwork;
import org.spamouflage.sandbox.detection.coaction.CooRTweetMode;
import org.spamouflage.sandbox.detection.coaction.CoActionLimits;
import org.spamouflage.sandbox.detection.coaction.DatasetActions;
import org.spamouflage.sandbox.ingest.Field;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.metrics.Confusion;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.PrecisionAtK;
import org.spamouflage.sandbox.metrics.ScoredLabels;
import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.metrics.ThresholdTable;
import org.spamouflage.sandbox.pipeline.Pipeline;

/**
 * The engine on real, labelled campaigns, as a journalist would run it: each window's {@code tweets.csv}
 * imported with the generic preset ({@code account=author_id, time=publish_date, text=content,
 * followers=followers, following=following}; the label columns {@code account_category} and
 * {@code account_type} are not read), detected with the given settings, and measured against
 * {@code labels.csv} next to the naive copy baseline. The CooRTweet sample goes through the coortweet
 * preset and is measured against the membership of CooRTweet's own 60 s network.
 */
public final class RealDataBench {

    /** One window's figures. */
    public record Result(String window, int accounts, int campaign, SeparationReport combined,
                         List<SeparationReport> signals, double precisionAt50, Confusion bestF1, Baseline baseline,
                         int clusters, long millis) {
    }

    /** The naive baseline's account-level figures. */
    public record Baseline(int flagged, int truePositives, double precision, double recall, double f1) {
    }

    /**
     * The CooRTweet sample's figures, with two diagnostics of how much coordination the sample holds: shares of
     * one object by two different accounts per second of lag, by lag band ({@link #LAG_BANDS}), and the pairs
     * of accounts that co-share two or more objects within 60 s, observed and expected when accounts act
     * independently (the pair test's null: Σ over pairs of P(Poisson(λ) ≥ 2)).
     */
    public record CoortweetResult(int accounts, int members, double membershipAuc, double precisionAtMembers,
                                  int clusters, int clusteredAccounts, int edges, long millis, double[] pairsPerSecond,
                                  int recurringPairs, double recurringExpected) {
    }

    /** Upper ends (seconds, inclusive) of the lag bands; each band starts where the previous ended. */
    public static final long[] LAG_BANDS = {10, 60, 300, 600, 3600};

    private RealDataBench() {
    }

    /** The windows under {@code root}: sub-folders holding {@code tweets.csv} and {@code labels.csv}, by name. */
    public static List<Path> windows(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("tweets.csv")) && Files.isRegularFile(p.resolve("labels.csv")))
                    .sorted().toList();
        }
    }

    /** Imports one window the way the journalist does. */
    public static Dataset importWindow(Path window) throws ImportException {
        ImportSettings s = ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, "author_id")
                .withColumn(Field.TIME, "publish_date").withColumn(Field.TEXT, "content")
                .withColumn(Field.FOLLOWERS, "followers").withColumn(Field.FOLLOWING, "following");
        return Importer.importFile(window.resolve("tweets.csv"), s).dataset();
    }

    /** {@code labels.csv} (author,label with 1 = campaign) as ground truth. */
    public static GroundTruth labels(Path window) throws IOException {
        List<GroundTruth.AccountTruth> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(window.resolve("labels.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                AccountClass c = rec.get("label").strip().equals("1") ? AccountClass.CAMPAIGN : AccountClass.ORGANIC;
                out.add(new GroundTruth.AccountTruth(rec.get("author").strip(), c, -1, -1, ""));
            }
        }
        return new GroundTruth(out, List.of());
    }

    /** Runs one window. */
    public static Result run(Path window, DetectorSettings settings) throws IOException, ImportException {
        Dataset data = importWindow(window);
        GroundTruth truth = labels(window);
        long t0 = System.nanoTime();
        Detection d = Detector.detect(data, settings);
        d.clusters();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        EvaluationReport r = Pipeline.evaluate(d, truth).report();
        double at50 = Double.NaN;
        for (PrecisionAtK p : r.precisionAtK()) {
            if (p.k() == 50) {
                at50 = p.precision();
            }
        }
        return new Result(window.getFileName().toString(), r.population().evaluated(), r.combined().positives(),
                r.combined(), r.signals(), at50, r.bestF1(), baseline(data, truth), d.network().clusterCount(), millis);
    }

    /** The naive copy baseline against the labels. */
    public static Baseline baseline(Dataset data, GroundTruth truth) {
        Set<String> flagged = NaiveCopyBaseline.flagged(data);
        int positives = 0;
        int tp = 0;
        for (GroundTruth.AccountTruth a : truth.accounts().values()) {
            if (a.cls() == AccountClass.CAMPAIGN) {
                positives++;
                if (flagged.contains(a.accountId())) {
                    tp++;
                }
            }
        }
        double precision = flagged.isEmpty() ? Double.NaN : (double) tp / flagged.size();
        double recall = positives == 0 ? Double.NaN : (double) tp / positives;
        double f1 = tp == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Baseline(flagged.size(), tp, precision, recall, f1);
    }

    /**
     * The CooRTweet sample ({@code object_id, account_id, content_id, timestamp_share}) through the coortweet
     * preset with {@code settings}; membership = the accounts of CooRTweet's 60 s network with min participation
     * 2, computed by {@link CooRTweetMode} (which reproduces CooRTweet's edges exactly: golden tests).
     */
    public static CoortweetResult coortweet(Path sample, DetectorSettings settings) throws ImportException {
        Dataset data = Importer.importFile(sample, ImportSettings.of(Preset.COORTWEET)).dataset();
        ActionTable table = DatasetActions.of(data, CoActionLayer.CO_SHARE);
        CoActionNetwork reference = new CooRTweetMode(60, CooRTweetMode.DEFAULT_MIN_PARTICIPATION,
                CoActionLimits.DEFAULT).detect(table);
        boolean[] memberByTable = new boolean[table.accountCount()];
        for (int e = 0; e < reference.edgeCount(); e++) {
            memberByTable[reference.accountA(e)] = true;
            memberByTable[reference.accountB(e)] = true;
        }
        long t0 = System.nanoTime();
        Detection d = Detector.detect(data, settings);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        List<String> ids = d.accountIds();
        boolean[] member = new boolean[ids.size()];
        int members = 0;
        for (int a = 0; a < ids.size(); a++) {
            int t = table.indexOfAccount(ids.get(a));
            member[a] = t >= 0 && memberByTable[t];
            if (member[a]) {
                members++;
            }
        }
        ThresholdTable tt = ThresholdTable.of(ScoredLabels.of(ids, d.combined(), member));
        int clustered = 0;
        for (int c : d.clusters()) {
            if (c >= 0) {
                clustered++;
            }
        }
        CoActionNetwork at60 = new org.spamouflage.sandbox.detection.coaction.CoActionCounter(60).count(table);
        int recurring = 0;
        for (int e = 0; e < at60.edgeCount(); e++) {
            if (at60.objects(e) >= 2) {
                recurring++;
            }
        }
        return new CoortweetResult(ids.size(), members, tt.auc(), tt.precisionAtK(Math.max(1, members)).precision(),
                d.network().clusterCount(), clustered, d.network().edges().size(), millis, pairsPerSecond(table),
                recurring, expectedRecurring(table, at60));
    }

    /** Pairs of actions on one object by two different accounts per second of lag, per {@link #LAG_BANDS} band. */
    static double[] pairsPerSecond(ActionTable table) {
        long max = LAG_BANDS[LAG_BANDS.length - 1];
        long[] counts = new long[LAG_BANDS.length];
        java.util.Map<Integer, java.util.List<Integer>> byObject = new java.util.TreeMap<>();
        for (int row = 0; row < table.size(); row++) {
            byObject.computeIfAbsent(table.object(row), k -> new ArrayList<>()).add(row);
        }
        for (java.util.List<Integer> rows : byObject.values()) {
            rows.sort(java.util.Comparator.comparingLong(table::time));
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    long lag = table.time(rows.get(j)) - table.time(rows.get(i));
                    if (lag > max) {
                        break;
                    }
                    if (table.account(rows.get(i)) == table.account(rows.get(j))) {
                        continue;
                    }
                    int band = 0;
                    while (lag > LAG_BANDS[band]) {
                        band++;
                    }
                    counts[band]++;
                }
            }
        }
        double[] out = new double[counts.length];
        long from = 0;
        for (int b = 0; b < counts.length; b++) {
            out[b] = (double) counts[b] / (LAG_BANDS[b] - from + (b == 0 ? 1 : 0));
            from = LAG_BANDS[b];
        }
        return out;
    }

    /**
     * Expected number of account pairs meeting on at least two objects under the pair test's null (weight λ =
     * 2W n_a n_b / (N(N−1)), see {@code EdgeSignificance}), summed exactly over all pairs by grouping accounts
     * with the same number of actions.
     */
    static double expectedRecurring(ActionTable table, CoActionNetwork net) {
        double n = table.size();
        double scale = 2.0 * net.inWindowPairs() / (n * (n - 1));
        java.util.TreeMap<Integer, Integer> byActivity = new java.util.TreeMap<>();
        for (int a = 0; a < table.accountCount(); a++) {
            if (table.actionsOf(a) > 0) {
                byActivity.merge(table.actionsOf(a), 1, Integer::sum);
            }
        }
        Integer[] k = byActivity.keySet().toArray(new Integer[0]);
        double sum = 0;
        for (int i = 0; i < k.length; i++) {
            for (int j = i; j < k.length; j++) {
                double ci = byActivity.get(k[i]);
                double pairs = i == j ? ci * (ci - 1) / 2 : ci * byActivity.get(k[j]);
                double lambda = scale * k[i] * k[j];
                sum += pairs * (1 - Math.exp(-lambda) * (1 + lambda));
            }
        }
        return sum;
    }
}
