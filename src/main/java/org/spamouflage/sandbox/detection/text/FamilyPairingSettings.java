package org.spamouflage.sandbox.detection.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link FamilyPairing}; an immutable value that round-trips through JSON.
 *
 * <h2>Defaults and the measurement behind them</h2>
 * No public tool pairs message families across languages, so the defaults are our own, chosen on the
 * generator's output (canada-2023 seeds 1–8; hijacked-legacy, classroom-small, sophisticated-network,
 * crude-flood and organic-only seeds 1–3) by comparing every anchor candidate's behavioural evidence with
 * the answer key, which the detector itself never sees. The figures are in BENCHMARKS.md ("English↔French
 * pairing", "after").
 * <ul>
 *   <li>{@code minBehaviour = 0.2}: the geometric mean of author overlap and co-timing must reach 0.2
 *       (their product 0.04). On canada-2023 (8 seeds) the anchor-only rule kept 785 family pairs of which
 *       151 were right (precision 0.19); with this gate 179 pairs, 149 right (0.83), and the same templates
 *       found but one. Lower (0.15) kept more honest slogan pairs (precision 0.67), higher (0.25) started
 *       losing templates on hijacked-legacy (recall 0.74 → 0.60). Either kind of evidence alone was worse:
 *       author overlap ≥ 0.2 alone gave precision 0.70 on canada-2023 but cost hijacked-legacy a quarter of
 *       its templates; co-timing alone (≥ 0.2 both ways) gave 0.66 on canada-2023.</li>
 *   <li>{@code coTimingWindowSeconds = 600}: a post "co-occurs" with the other family when the other family
 *       has a post within ±10 minutes. An operator's wave posts one template within about
 *       {@code jitterMinutes} (20 in canada-2023; realism.md: shift workers paste in batches), while honest
 *       slogans spread over a news day; at 1800 s and 3600 s honest slogan families of one news day
 *       co-occurred as often as campaign ones (precision 0.64 and 0.53 at the same gate).</li>
 *   <li>{@code maxCandidatesPerFamily = 16}: anchor candidates kept per family (highest anchor similarity
 *       first), which bounds the work when many families share one anchor set (a single emoji). On the
 *       generator's scenarios no family had more than a handful of candidates.</li>
 * </ul>
 *
 * @param minBehaviour          minimum √(author overlap × co-timing), [0, 1]; 0 switches the gate off
 * @param coTimingWindowSeconds window of co-timing, ≥ 0 seconds (0: same second only)
 * @param maxCandidatesPerFamily anchor candidates considered per family and direction, 1–1000
 */
public record FamilyPairingSettings(double minBehaviour, long coTimingWindowSeconds, int maxCandidatesPerFamily) {

    public FamilyPairingSettings {
        List<String> problems = new ArrayList<>();
        if (!(minBehaviour >= 0 && minBehaviour <= 1)) {
            problems.add("minBehaviour " + minBehaviour + " is out of range (allowed: 0–1)");
        }
        if (coTimingWindowSeconds < 0 || coTimingWindowSeconds > 366L * 24 * 3600) {
            problems.add("coTimingWindowSeconds " + coTimingWindowSeconds
                    + " is out of range (allowed: 0–31622400, i.e. up to a year)");
        }
        if (maxCandidatesPerFamily < 1 || maxCandidatesPerFamily > 1000) {
            problems.add("maxCandidatesPerFamily " + maxCandidatesPerFamily + " is out of range (allowed: 1–1000)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid family pairing settings: " + String.join("; ", problems));
        }
    }

    /** The documented defaults. */
    public static FamilyPairingSettings defaults() {
        return new FamilyPairingSettings(0.2, 600, 16);
    }

    /** A copy with another behaviour gate (0 switches it off: anchors alone decide). */
    public FamilyPairingSettings withMinBehaviour(double m) {
        return new FamilyPairingSettings(m, coTimingWindowSeconds, maxCandidatesPerFamily);
    }

    /** A copy with another co-timing window. */
    public FamilyPairingSettings withCoTimingWindowSeconds(long w) {
        return new FamilyPairingSettings(minBehaviour, w, maxCandidatesPerFamily);
    }
}
