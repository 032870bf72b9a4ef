package org.spamouflage.sandbox.detection.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link FamilyPairing}; an immutable value that round-trips through JSON.
 *
 * <h2>Defaults and the measurement behind them</h2>
 * No public tool pairs message families across languages, so the defaults are our own, chosen on the
 * generator's output by comparing the behavioural evidence of every anchor candidate with the answer key
 * (which the detector itself never sees). Alternatives were compared with a throwaway harness that applied
 * each rule to the anchor candidates of canada-2023 seeds 1–8 and hijacked-legacy and classroom-small seeds
 * 1–3; the chosen defaults were then measured with {@code bench pairing} (BENCHMARKS.md, "English↔French
 * pairing", "after").
 * <ul>
 *   <li>{@code minBehaviour = 0.2}: the geometric mean of author overlap and co-timing must reach 0.2 (their
 *       product 0.04). {@code bench pairing} on canada-2023 seeds 1–5: family-pair precision 0.18 → 0.86
 *       (90 of 105 pairs right), translated templates found 91 → 90 of 200. In the harness, 0.15 kept more
 *       honest slogan pairs (canada-2023 precision 0.67 against 0.83 at 0.2) and 0.25 started losing
 *       templates (hijacked-legacy recall 0.74 → 0.60). Either kind of evidence alone was worse: author
 *       overlap ≥ 0.2 alone gave precision 0.70 on canada-2023 but cost hijacked-legacy a quarter of its
 *       templates (recall 0.79 → 0.59); co-timing alone (≥ 0.2 both ways) gave precision 0.66.</li>
 *   <li>{@code coTimingWindowSeconds = 600}: a post "co-occurs" with the other family when the other family
 *       has a post within ±10 minutes. An operator's wave posts one template within about
 *       {@code jitterMinutes} (20 in canada-2023; realism.md: shift workers paste in batches), while honest
 *       slogans spread over a news day. With the same gate, windows of 1800 s and 3600 s let honest slogan
 *       families of one news day through (harness precision on canada-2023 0.64 and 0.59 against 0.83).</li>
 *   <li>{@code minAuthorJaccard = 0.2}, {@code minSharedAuthors = 3}: the second way to keep a pair, for the
 *       careful operator whose waves spread over hours: at least 3 shared accounts making up at least a fifth
 *       of all accounts that posted either family. Measured with {@code bench detection --seeds 5} and
 *       {@code bench pairing} (BENCHMARKS.md, "English↔French pairing", "A second way: largely the same
 *       authors"): sophisticated-network combined AUC 0.756 → 0.854, cross-language AUC 0.863 → 1.000;
 *       canada-2023 pairing and detection unchanged (precision 0.95, 0.90, 0.87 on seeds 1–3),
 *       hijacked-legacy unchanged, classroom-small one more template found (one more wrong pair on seed 2).
 *       In the harness (anchor candidates of canada-2023 seeds 1–6, hijacked-legacy, classroom-small,
 *       organic-only and crude-flood seeds 1–3, sophisticated-network seeds 1–5), Jaccard 0.15 added a wrong
 *       pair on hijacked-legacy, 0.25 and 0.3 kept 22 % and 38 % fewer sophisticated-network pairs (87 at
 *       0.2, all but one posted by campaign accounts only); the overlap coefficient instead of the Jaccard
 *       (≥ 0.4 or 0.5 with 3 shared) let 85 honest accounts into pairs on sophisticated-network seed 2 (a
 *       small family inside a big one); with 4 shared it was clean but kept fewer pairs (combined AUC 0.837);
 *       2 shared accounts kept a few more pairs, but two people are too few to call an operation.</li>
 *   <li>{@code maxCandidatesPerFamily = 16}: anchor candidates kept per family (highest anchor similarity
 *       first), which bounds the work when many families share one anchor set (a single emoji).</li>
 *   <li>{@code maxVariantsPerFamily = 16}: anchor variants per family that look for partners of their own
 *       (anchors read from the family's 2 · 16 most copied texts). {@code bench pairing} on canada-2023 seeds
 *       1–5: templates found 90 → 185 of 200, precision 0.950, 0.900, 0.870, 0.824, 0.760 → 0.977, 0.951,
 *       0.900, 0.907, 0.864; hijacked-legacy 89 → 104 of 120; classroom-small unchanged (BENCHMARKS.md,
 *       "Several messages in one family"). Measured with a first version (one candidate run in which whole
 *       families also chose among variants): 1, 2, 4, 8, 16 variants found 146, 149, 170, 179, 190 templates
 *       with anchors from all texts, 32 and 64 no more than 16; anchors from 16, 32 or 64 texts per family
 *       found 180, 184 and 185 with 16 variants, and 32 texts cost a third of all texts (3,300 of 12,700
 *       distinct texts on canada-2023 seed 1).</li>
 * </ul>
 *
 * @param minBehaviour          minimum √(author overlap × co-timing), [0, 1]; 0 switches the gate off
 * @param coTimingWindowSeconds window of co-timing, ≥ 0 seconds (0: same second only)
 * @param maxCandidatesPerFamily anchor candidates considered per family and direction, 1–1000
 * @param minAuthorJaccard      author Jaccard that keeps a pair whatever its co-timing, [0, 1] (with
 *                              {@code minSharedAuthors})
 * @param minSharedAuthors      shared accounts that way needs, 0–1000; 0 switches that way off
 * @param maxVariantsPerFamily  anchor variants of a family (copies with another set of anchors, posted by at
 *                              least {@code minAccounts} accounts) that look for partners of their own besides
 *                              the family's representative, 0–64; 0 = the representative only
 */
public record FamilyPairingSettings(double minBehaviour, long coTimingWindowSeconds, int maxCandidatesPerFamily,
                                    double minAuthorJaccard, int minSharedAuthors, int maxVariantsPerFamily) {

    /** Settings without anchor variants (each family is represented by its representative text only). */
    public FamilyPairingSettings(double minBehaviour, long coTimingWindowSeconds, int maxCandidatesPerFamily,
                                 double minAuthorJaccard, int minSharedAuthors) {
        this(minBehaviour, coTimingWindowSeconds, maxCandidatesPerFamily, minAuthorJaccard, minSharedAuthors, 0);
    }

    public FamilyPairingSettings {
        List<String> problems = new ArrayList<>();
        if (!(minAuthorJaccard >= 0 && minAuthorJaccard <= 1)) {
            problems.add("minAuthorJaccard " + minAuthorJaccard + " is out of range (allowed: 0–1)");
        }
        if (minSharedAuthors < 0 || minSharedAuthors > 1000) {
            problems.add("minSharedAuthors " + minSharedAuthors + " is out of range (allowed: 0–1000, 0 = off)");
        }
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
        if (maxVariantsPerFamily < 0 || maxVariantsPerFamily > 64) {
            problems.add("maxVariantsPerFamily " + maxVariantsPerFamily + " is out of range (allowed: 0–64, 0 = off)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid family pairing settings: " + String.join("; ", problems));
        }
    }

    /** The documented defaults. */
    public static FamilyPairingSettings defaults() {
        return new FamilyPairingSettings(0.2, 600, 16, 0.2, 3, 16);
    }

    /** A copy with another behaviour gate (0 switches it off: anchors alone decide). */
    public FamilyPairingSettings withMinBehaviour(double m) {
        return new FamilyPairingSettings(m, coTimingWindowSeconds, maxCandidatesPerFamily, minAuthorJaccard,
                minSharedAuthors, maxVariantsPerFamily);
    }

    /** A copy with another co-timing window. */
    public FamilyPairingSettings withCoTimingWindowSeconds(long w) {
        return new FamilyPairingSettings(minBehaviour, w, maxCandidatesPerFamily, minAuthorJaccard,
                minSharedAuthors, maxVariantsPerFamily);
    }

    /** A copy with another shared-authors way (minShared 0 switches it off). */
    public FamilyPairingSettings withAuthorJaccard(double jaccard, int minShared) {
        return new FamilyPairingSettings(minBehaviour, coTimingWindowSeconds, maxCandidatesPerFamily, jaccard, minShared,
                maxVariantsPerFamily);
    }

    /** A copy with another number of anchor variants per family (0: the representative only). */
    public FamilyPairingSettings withMaxVariantsPerFamily(int v) {
        return new FamilyPairingSettings(minBehaviour, coTimingWindowSeconds, maxCandidatesPerFamily, minAuthorJaccard,
                minSharedAuthors, v);
    }
}
