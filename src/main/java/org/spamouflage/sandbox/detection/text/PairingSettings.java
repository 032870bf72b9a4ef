package org.spamouflage.sandbox.detection.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link BilingualPairing}; an immutable value that round-trips through JSON.
 *
 * <h2>Defaults and where they come from</h2>
 * No public tool pairs posts across languages without a translation model, so every default here is
 * our own choice, measured on the hand-written fixture {@code bilingual-pairs.tsv} (36 campaign
 * templates and 2 camouflage posts in English and machine-translated French, 76 organic posts); the
 * figures are in {@code BilingualPairingMeasurementTest} and in the package documentation.
 * <ul>
 *   <li>{@code threshold = 0.5}: a pair is reported when at least half of the anchor weight the two
 *       posts carry (counting only anchors seen in both languages) is shared.</li>
 *   <li>{@code minEvidence = 3.0}: specificity. The anchors the two posts share must, all together, be
 *       carried by at most N·e^(−minEvidence) of the N posts (5% at 3.0), i.e. ln(N / carriers) ≥ 3.
 *       Two posts that share only a politician's first and last name are not a pair, however similar
 *       their small anchor sets: on the fixture such name-only matches were most of the false pairs
 *       (the names are counted once as a combination, not as two independent rare words).</li>
 *   <li>{@code maxPostings = 2000}: an anchor carried by more distinct anchor profiles than this is not used
 *       to generate candidates (it still counts in the score): it is too common to point anywhere, and
 *       skipping it keeps candidate generation far from all-pairs.</li>
 *   <li>{@code timeWindowSeconds = 21600} (6 h, about one operator shift), {@code timeDecaySeconds = 86400},
 *       {@code timeFloor = 0.5}: within the window time costs nothing; beyond it the score is multiplied by
 *       max(floor, e^{−(gap − window)/decay}). A translation posted a week later keeps half its score,
 *       so time breaks ties without vetoing a match.</li>
 * </ul>
 *
 * @param firstLanguage     language code of the first side ({@code en})
 * @param secondLanguage    language code of the second side ({@code fr})
 * @param threshold         minimum score of a reported pair, (0, 1]
 * @param minEvidence       minimum ln(N / posts carrying all shared anchors), ≥ 0; 0 switches the check off
 * @param maxPostings       anchors in more profiles than this do not generate candidates (1–10,000,000)
 * @param timeWindowSeconds gap without penalty, ≥ 0
 * @param timeDecaySeconds  e-folding time of the penalty beyond the window, > 0
 * @param timeFloor         smallest time factor, [0, 1]; 1 switches timing off
 */
public record PairingSettings(String firstLanguage, String secondLanguage, double threshold, double minEvidence,
                              int maxPostings, long timeWindowSeconds, long timeDecaySeconds, double timeFloor) {

    public PairingSettings {
        List<String> problems = new ArrayList<>();
        if (firstLanguage == null || firstLanguage.isBlank()) {
            problems.add("firstLanguage is missing (e.g. \"en\")");
        }
        if (secondLanguage == null || secondLanguage.isBlank()) {
            problems.add("secondLanguage is missing (e.g. \"fr\")");
        }
        if (firstLanguage != null && firstLanguage.equals(secondLanguage)) {
            problems.add("firstLanguage and secondLanguage are both \"" + firstLanguage + "\" (they must differ)");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            problems.add("threshold " + threshold + " is out of range (allowed: greater than 0, at most 1)");
        }
        if (!(minEvidence >= 0) || Double.isInfinite(minEvidence)) {
            problems.add("minEvidence " + minEvidence + " is out of range (allowed: a finite number ≥ 0)");
        }
        if (maxPostings < 1 || maxPostings > 10_000_000) {
            problems.add("maxPostings " + maxPostings + " is out of range (allowed: 1–10000000)");
        }
        if (timeWindowSeconds < 0) {
            problems.add("timeWindowSeconds " + timeWindowSeconds + " is negative (allowed: ≥ 0)");
        }
        if (timeDecaySeconds <= 0) {
            problems.add("timeDecaySeconds " + timeDecaySeconds + " is out of range (allowed: > 0)");
        }
        if (!(timeFloor >= 0 && timeFloor <= 1)) {
            problems.add("timeFloor " + timeFloor + " is out of range (allowed: 0–1)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid pairing settings: " + String.join("; ", problems));
        }
    }

    /** The documented defaults. */
    public static PairingSettings defaults() {
        return new PairingSettings("en", "fr", 0.5, 3.0, 2000, 6 * 3600L, 24 * 3600L, 0.5);
    }

    /** Factor in [timeFloor, 1] for a time gap in seconds (1 inside the window). */
    public double timeFactor(long gapSeconds) {
        if (gapSeconds <= timeWindowSeconds) {
            return 1.0;
        }
        return Math.max(timeFloor, Math.exp(-(double) (gapSeconds - timeWindowSeconds) / timeDecaySeconds));
    }

    public PairingSettings withThreshold(double t) {
        return new PairingSettings(firstLanguage, secondLanguage, t, minEvidence, maxPostings, timeWindowSeconds,
                timeDecaySeconds, timeFloor);
    }

    public PairingSettings withMinEvidence(double e) {
        return new PairingSettings(firstLanguage, secondLanguage, threshold, e, maxPostings, timeWindowSeconds,
                timeDecaySeconds, timeFloor);
    }

    public PairingSettings withMaxPostings(int m) {
        return new PairingSettings(firstLanguage, secondLanguage, threshold, minEvidence, m, timeWindowSeconds,
                timeDecaySeconds, timeFloor);
    }

    public PairingSettings withTiming(long windowSeconds, long decaySeconds, double floor) {
        return new PairingSettings(firstLanguage, secondLanguage, threshold, minEvidence, maxPostings, windowSeconds,
                decaySeconds, floor);
    }
}
