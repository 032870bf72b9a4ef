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
import org.spamouflage.sandbox.metrics.NamedScores;
import org.spamouflage.sandbox.metrics.ThresholdTable;
import org.spamouflage.sandbox.metrics.TruthLabels;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;

/**
 * Generate → detect → evaluate, with caches: the last few generated datasets (by scenario hash and
 * seed) and detections (by dataset and the settings that change signal values; weights and
 * switches are applied by {@link Detection#recombine} without re-detecting). Thread-safe.
 */
public final class Pipeline {
    /** The engine version written into runs and exports. */
    public static final String ENGINE_VERSION = "0.1.0";

    private static final int CACHE = 4;
    private final Map<String, Generated> generated = lru();
    private final Map<String, Detection> detections = lru();

    /** One complete run. */
    public record Run(Scenario scenario, long seed, Generated generated, Detection detection, Evaluation evaluation) {
    }

    public Run run(Scenario scenario, long seed, DetectorSettings settings) {
        Generated g = generate(scenario, seed, p -> { });
        Detection d = detect(key(scenario, seed), g.dataset(), settings);
        return new Run(scenario, seed, g, d, evaluate(d, g.truth()));
    }

    public Generated generate(Scenario scenario, long seed, DoubleConsumer progress) {
        String k = key(scenario, seed);
        synchronized (generated) {
            Generated hit = generated.get(k);
            if (hit != null) {
                return hit;
            }
        }
        Generated g = Generator.generate(scenario, seed, progress);
        synchronized (generated) {
            generated.put(k, g);
        }
        return g;
    }

    /**
     * Detection on a dataset known by {@code datasetKey} (a generation key, or an import id).
     * Only settings that change signal values are part of the cache key.
     */
    public Detection detect(String datasetKey, Dataset dataset, DetectorSettings settings) {
        String k = datasetKey + "|" + structural(settings);
        Detection hit;
        synchronized (detections) {
            hit = detections.get(k);
        }
        if (hit == null) {
            hit = Detector.detect(dataset, settings);
            synchronized (detections) {
                detections.put(k, hit);
            }
        }
        return hit.settings().equals(settings) ? hit : hit.recombine(settings);
    }

    /** Measures a detection against the truth (background bots count as non-campaign). */
    public static Evaluation evaluate(Detection detection, GroundTruth truth) {
        return evaluate(detection, truth, EvaluationSettings.DEFAULT);
    }

    public static Evaluation evaluate(Detection detection, GroundTruth truth, EvaluationSettings settings) {
        TruthLabels labels = TruthLabels.of(truth, detection.accountIds());
        List<NamedScores> named = new ArrayList<>();
        Map<String, ThresholdTable> tables = new LinkedHashMap<>();
        for (SignalInfo s : detection.signals()) {
            double[] scores = detection.signalScores(s.id());
            named.add(new NamedScores(s.id(), scores));
            tables.put(s.id(), ThresholdTable.of(labels.scores(s.id(), scores)));
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

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHE;
            }
        };
    }
}
