package org.spamouflage.sandbox.detection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every knob of the detection engine, as an immutable value that round-trips to JSON (settings
 * files, saved runs, lesson URLs). Defaults and their sources:
 *
 * <ul>
 *   <li>{@code referenceTimeZone} {@code America/Toronto}: where the real audience lives; the
 *       hour-of-day signal measures night posting in this zone (Canada 2023: Eastern time).</li>
 *   <li>{@code coCommentWindowSeconds} 600: comments on the same post within 10 minutes. Real replies
 *       also bunch after a post (half arrive within ~80 min, Pfeffer et al. 2023), which is why each
 *       edge is tested against a null model rather than counted raw.</li>
 *   <li>{@code coShareWindowSeconds} 60: the QUT coordination-network-toolkit's default window.</li>
 *   <li>{@code coHashtagWindowSeconds} 60: as co-share.</li>
 *   <li>{@code duplicateWindowSeconds} 3600: two accounts posting members of one near-duplicate
 *       family within an hour (shift-based operators paste in batches).</li>
 *   <li>{@code significanceLevel} 0.01: an edge is kept when its p-value under the null model is at
 *       most this.</li>
 *   <li>{@code similarityThreshold} 0.5: Jaccard similarity of word-bigram sets above which two posts are
 *       near-duplicates. Measured on hand-written fixtures (package {@code detection.text}): edited copies
 *       score ≥ 0.69 against their template, paraphrases and unrelated posts ≤ 0.22. (CooRTweet 1.x used
 *       Jaccard ≥ 0.8 on word trigrams, which misses 31 of our 72 edited copies.)</li>
 *   <li>{@code minFamilyAccounts} 3: a duplicate family counts when at least this many accounts post it.</li>
 *   <li>{@code minClusterSize} 3: smaller groups are not reported as clusters.</li>
 *   <li>{@code signals}: per signal, on/off and its weight in the combined score (see {@link Signals}).</li>
 * </ul>
 */
public record DetectorSettings(int format, String referenceTimeZone, long coCommentWindowSeconds,
                               long coShareWindowSeconds, long coHashtagWindowSeconds, long duplicateWindowSeconds,
                               double significanceLevel, double similarityThreshold, int minFamilyAccounts,
                               int minClusterSize, SortedMap<String, SignalSetting> signals) {

    public static final int FORMAT = 1;

    /** One signal's switch and weight. */
    public record SignalSetting(boolean enabled, double weight) {
    }

    public DetectorSettings {
        signals = Collections.unmodifiableSortedMap(new TreeMap<>(signals));
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(FORMAT, "America/Toronto", 600, 60, 60, 3600, 0.01, 0.5, 3, 3,
                Signals.defaultSettings());
    }

    public boolean enabled(String signalId) {
        SignalSetting s = signals.get(signalId);
        return s != null && s.enabled();
    }

    public double weight(String signalId) {
        SignalSetting s = signals.get(signalId);
        return s == null ? 0 : s.weight();
    }

    /** A copy with one signal switched on or off. */
    public DetectorSettings withSignal(String signalId, boolean enabled, double weight) {
        TreeMap<String, SignalSetting> m = new TreeMap<>(signals);
        m.put(signalId, new SignalSetting(enabled, weight));
        return new DetectorSettings(format, referenceTimeZone, coCommentWindowSeconds, coShareWindowSeconds,
                coHashtagWindowSeconds, duplicateWindowSeconds, significanceLevel, similarityThreshold,
                minFamilyAccounts, minClusterSize, m);
    }

    /** A copy without signal switches and weights: what determines signal values. */
    public DetectorSettings withoutSignalSettings() {
        return new DetectorSettings(format, referenceTimeZone, coCommentWindowSeconds, coShareWindowSeconds,
                coHashtagWindowSeconds, duplicateWindowSeconds, significanceLevel, similarityThreshold,
                minFamilyAccounts, minClusterSize, new TreeMap<>());
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads settings; fields left out keep their defaults.
     *
     * @throws IllegalArgumentException with a message naming the bad field
     */
    public static DetectorSettings fromJson(String json) {
        try {
            var tree = JSON.readTree(json);
            var base = JSON.valueToTree(defaults());
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("detector settings must be a JSON object");
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) base).setAll(
                    (com.fasterxml.jackson.databind.node.ObjectNode) tree);
            if (tree.has("signals")) {
                var merged = JSON.valueToTree(defaults().signals());
                ((com.fasterxml.jackson.databind.node.ObjectNode) merged).setAll(
                        (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("signals"));
                ((com.fasterxml.jackson.databind.node.ObjectNode) base).set("signals", merged);
            }
            DetectorSettings s = JSON.treeToValue(base, DetectorSettings.class);
            for (String id : s.signals().keySet()) {
                if (Signals.info(id) == null) {
                    throw new IllegalArgumentException("unknown signal '" + id + "'; known: " + Signals.ids());
                }
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("detector settings: " + e.getOriginalMessage());
        }
    }
}
