package org.spamouflage.sandbox.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.metrics.EvaluationSettings;
import org.spamouflage.sandbox.metrics.Evaluator;
import org.spamouflage.sandbox.metrics.LabelOptions;
import org.spamouflage.sandbox.metrics.NamedScores;
import org.spamouflage.sandbox.metrics.ThresholdTable;
import org.spamouflage.sandbox.metrics.TruthLabels;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;

/**
 * Generate → detect → evaluate, with caches in one {@link ResultCache} bounded by memory: generated
 * datasets (by scenario hash, seed and engine version) and detections (by dataset and the settings
 * that change signal values; weights and switches are applied by {@link Detection#recombine}
 * without re-detecting). Concurrent requests for the same dataset or detection compute it once.
 * Thread-safe.
 */
public final class Pipeline {
    /** The engine version written into runs and exports. */
    public static final String ENGINE_VERSION = "0.1.0";

    /** How imported labels are read: background bots are negatives, unlabelled accounts are left out. */
    public static final LabelOptions IMPORTED_LABELS = new LabelOptions(LabelOptions.Background.NEGATIVE,
            LabelOptions.Unknown.EXCLUDE);

    /** Kind of cache entry: a generated or imported dataset. */
    public static final String DATASET = "dataset";
    /** Kind of cache entry: a detection on a dataset. */
    public static final String DETECTION = "detection";

    private final ResultCache cache;

    /** A pipeline with its own cache of {@value ResultCache#DEFAULT_HEAP_FRACTION} of the heap (command line). */
    public Pipeline() {
        this(ResultCache.ofDefaultSize());
    }

    /** A pipeline caching in {@code cache} (the web app's one shared cache). */
    public Pipeline(ResultCache cache) {
        this.cache = java.util.Objects.requireNonNull(cache);
    }

    public ResultCache cache() {
        return cache;
    }

    /** The cache key of a dataset known by {@code datasetKey} ({@link #key} or {@code import:ID}). */
    public static ResultCache.Key datasetKey(String datasetKey) {
        return new ResultCache.Key(DATASET, datasetKey + "@" + ENGINE_VERSION);
    }

    /**
     * One complete run.
     *
     * @param scenario   the scenario, or null for imported data
     * @param seed       the generator seed (0 for imported data)
     * @param generated  the dataset and its truth (for imported data without labels: an empty truth)
     * @param detection  what the engine found
     * @param evaluation the detection measured against the truth, or null for imported data without labels
     */
    public record Run(Scenario scenario, long seed, Generated generated, Detection detection, Evaluation evaluation) {
        /** False for imported data without labels: there is no truth to show or measure against. */
        public boolean labelled() {
            return evaluation != null;
        }
    }

    public Run run(Scenario scenario, long seed, DetectorSettings settings) {
        Generated g = generate(scenario, seed, p -> { });
        Detection d = detect(key(scenario, seed), g.dataset(), settings);
        return new Run(scenario, seed, g, d, evaluate(d, g.truth()));
    }

    /**
     * Detection on an imported dataset (cached under {@code datasetKey}, e.g. {@code import:7}),
     * measured against its labels when it has any. Imported labels need not cover every account:
     * accounts without a label are left out of the evaluation rather than failing it.
     *
     * @param truthOrNull the imported labels, or null
     */
    public Run runImported(String datasetKey, Dataset dataset, GroundTruth truthOrNull, DetectorSettings settings) {
        Detection d = detect(datasetKey, dataset, settings);
        if (truthOrNull == null) {
            return new Run(null, 0, new Generated(dataset, new GroundTruth(List.of(), List.of())), d, null);
        }
        Evaluation e = evaluate(d, truthOrNull, EvaluationSettings.DEFAULT, IMPORTED_LABELS);
        return new Run(null, 0, new Generated(dataset, truthOrNull), d, e);
    }

    public Generated generate(Scenario scenario, long seed, DoubleConsumer progress) {
        return cache.get(datasetKey(key(scenario, seed)), () -> {
            Generated g = Generator.generate(scenario, seed, progress);
            return ResultCache.Sized.of(g, RetainedSize.dataset(g.dataset(), g.truth()));
        });
    }

    /**
     * Detection on a dataset known by {@code datasetKey} (a generation key, or an import id).
     * Only settings that change signal values are part of the cache key.
     */
    public Detection detect(String datasetKey, Dataset dataset, DetectorSettings settings) {
        ResultCache.Key dependsOn = datasetKey(datasetKey);
        ResultCache.Key k = detectionKey(datasetKey, settings);
        Detection hit = cache.get(k, () -> {
            Detection d = Detector.detect(dataset, settings);
            return new ResultCache.Sized<>(d, RetainedSize.detection(d), dependsOn, RetainedSize.dataset(dataset, null));
        });
        return hit.settings().equals(settings) ? hit : hit.recombine(settings);
    }

    /**
     * The cache key of the detection {@link #detect} keeps for these settings: results built on a
     * detection name it as what they depend on.
     */
    public static ResultCache.Key detectionKey(String datasetKey, DetectorSettings settings) {
        return new ResultCache.Key(DETECTION, datasetKey(datasetKey).id() + "|" + structural(settings));
    }

    /** Measures a detection against the truth (background bots count as non-campaign). */
    public static Evaluation evaluate(Detection detection, GroundTruth truth) {
        return evaluate(detection, truth, EvaluationSettings.DEFAULT);
    }

    public static Evaluation evaluate(Detection detection, GroundTruth truth, EvaluationSettings settings) {
        return evaluate(detection, truth, settings, LabelOptions.DEFAULT);
    }

    public static Evaluation evaluate(Detection detection, GroundTruth truth, EvaluationSettings settings,
                                      LabelOptions labelOptions) {
        TruthLabels labels = TruthLabels.of(truth, detection.accountIds(), labelOptions);
        List<NamedScores> named = new ArrayList<>();
        Map<String, ThresholdTable> tables = new LinkedHashMap<>();
        for (SignalInfo s : detection.signals()) {
            double[] scores = detection.signalScores(s.id());
            named.add(new NamedScores(s.id(), scores));
            // measured where it applies; a signal that abstains everywhere has no table
            var applicable = labels.scoresWhereApplicable(s.id(), scores);
            if (applicable != null) {
                tables.put(s.id(), ThresholdTable.of(applicable));
            }
        }
        double[] combined = detection.combined();
        var report = Evaluator.evaluate(labels, combined, named, detection.clusters(), settings);
        return new Evaluation(labels, ThresholdTable.of(labels.scores(Evaluator.COMBINED, combined)), tables, report);
    }

    /** Cache key of a generated dataset. */
    public static String key(Scenario scenario, long seed) {
        return ScenarioJson.hash(scenario) + "#" + seed;
    }

    private static String structural(DetectorSettings s) {
        return s.withoutSignalSettings().toJson();
    }
}
