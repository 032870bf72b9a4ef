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
 *   <li>{@code referenceTimeZone} {@value #AUTO_ZONE}: where the real audience lives; night posting and the
 *       hour-of-week profile read local time in this zone. {@code auto} takes the zone the dataset declares
 *       (generated data always declare theirs, e.g. Eastern time for the Canadian scenarios; an import declares one
 *       only when the user gives it); when none is known those two signals abstain instead of guessing
 *       (measured before this rule, on three real IRA windows scored against America/Toronto: per-signal AUC
 *       0.23–0.29 on two of them, pointing the wrong way; BENCHMARKS.md "Real campaigns"). An IANA name
 *       (e.g. {@code Europe/Paris}) overrides the dataset's.</li>
 *   <li>{@code coCommentWindowSeconds} 3600: comments on the same post within an hour. Operators paste
 *       in batches at the start of a shift (realism.md: an assumption), so their comments bunch within
 *       the hour; real replies also bunch after a post (half arrive within ~80 min, Pfeffer et al.
 *       2023), which is why each edge is tested against a null model rather than counted raw. Measured
 *       on canada-2023 (seed 1): at 600 s the test keeps 1,002 campaign–campaign edges, at 3600 s 3,407,
 *       and no organic–organic edge at either.</li>
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
 *   <li>{@code minParticipation} 2: CooRTweet's {@code min_participation} default. In each co-action layer an
 *       account is linked by the account-level test only when at least this many of its actions co-occur with
 *       another account's: one co-action is an anecdote (see {@code AccountCoordination}).</li>
 *   <li>{@code crowdAccounts} 200: in each co-action layer, more distinct accounts than this acting on one object
 *       within the window make a crowd; a crowd's actions count for the account-level test (and copied text for
 *       the burst test) but form no pairs for the pair test, so a message copied 100,000 times is evidence about
 *       its members, not 5·10⁹ edges ({@code coaction.Crowds} gives the reasoning). The value bounds the pair
 *       work to 200 pairs per action (linear in the data); the largest crowd in the shipped scenarios has 132
 *       accounts (canada-2023, seed 1), and neither their results nor the real windows' change
 *       (BENCHMARKS.md, "Scale").</li>
 *   <li>{@code signals}: per signal, on/off and its weight in the combined score (see {@link Signals}).</li>
 * </ul>
 */
public record DetectorSettings(int format, String referenceTimeZone, long coCommentWindowSeconds,
                               long coShareWindowSeconds, long coHashtagWindowSeconds, long duplicateWindowSeconds,
                               double significanceLevel, double similarityThreshold, int minFamilyAccounts,
                               int minClusterSize, int minParticipation, int crowdAccounts,
                               SortedMap<String, SignalSetting> signals) {

    public static final int FORMAT = 1;

    /** Default of {@code crowdAccounts} (see the class comment). */
    public static final int DEFAULT_CROWD_ACCOUNTS = 200;

    /** The {@code referenceTimeZone} value that means "the dataset's declared audience time zone, if any". */
    public static final String AUTO_ZONE = "auto";

    /** One signal's switch and weight. */
    public record SignalSetting(boolean enabled, double weight) {
    }

    public DetectorSettings {
        referenceTimeZone = referenceTimeZone == null || referenceTimeZone.isBlank() ? AUTO_ZONE : referenceTimeZone.strip();
        signals = Collections.unmodifiableSortedMap(new TreeMap<>(signals));
    }

    /** True when the audience zone is taken from the dataset ({@value #AUTO_ZONE}). */
    public boolean autoZone() {
        return AUTO_ZONE.equalsIgnoreCase(referenceTimeZone);
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(FORMAT, AUTO_ZONE, 3600, 60, 60, 3600, 0.01, 0.5, 3, 3, 2, DEFAULT_CROWD_ACCOUNTS,
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
                minFamilyAccounts, minClusterSize, minParticipation, crowdAccounts, m);
    }

    /** A copy without signal switches and weights: what determines signal values. */
    public DetectorSettings withoutSignalSettings() {
        return new DetectorSettings(format, referenceTimeZone, coCommentWindowSeconds, coShareWindowSeconds,
                coHashtagWindowSeconds, duplicateWindowSeconds, significanceLevel, similarityThreshold,
                minFamilyAccounts, minClusterSize, minParticipation, crowdAccounts, new TreeMap<>());
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
