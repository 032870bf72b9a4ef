package org.spamouflage.sandbox.detection;

import java.util.List;
import java.util.Optional;

/**
 * Every detector setting except the per-signal switches and weights (those are checked per signal in
 * {@link SettingsValidator}), in the order of {@link DetectorSettings}' JSON. A test checks that each
 * record component has a spec and that each default lies in its range.
 */
public final class SettingSpecs {
    /** Longest window: 30 days. */
    public static final long MAX_WINDOW_SECONDS = 30L * 86_400;
    /** Largest signal weight. */
    public static final double MAX_WEIGHT = 1000;

    private static final List<SettingSpec> ALL = List.of(
            new SettingSpec("format", SettingSpec.Kind.FORMAT, "", DetectorSettings.FORMAT, DetectorSettings.FORMAT,
                    "version of the settings layout", "this program", 0, 0, 0),
            new SettingSpec("referenceTimeZone", SettingSpec.Kind.TIME_ZONE, "", 0, 0,
                    "time zone of the real audience; night posting and the hour-of-week profile read local time in it"
                            + " (auto: the zone the data declare; with none known those signals do not apply)",
                    "generated data declare the zone most of their population lives in; imports take it from the user",
                    0, 0, 0),
            window("coCommentWindowSeconds", "two comments on the same post count as a co-comment when at most this"
                    + " many seconds apart (inclusive)", "replies bunch within the hour after a post (Pfeffer et al."
                    + " 2023); measured on canada-2023", 1, 7200, 1),
            window("coShareWindowSeconds", "two shares of the same link or object count as a co-share when at most this"
                    + " many seconds apart (inclusive)", "QUT coordination-network-toolkit default", 1, 3600, 1),
            window("coHashtagWindowSeconds", "two uses of the same hashtag count as a co-hashtag when at most this many"
                    + " seconds apart (inclusive)", "as co-share", 1, 3600, 1),
            window("duplicateWindowSeconds", "two accounts posting members of one near-duplicate text family count as"
                    + " co-posting when at most this many seconds apart", "operators paste in batches within the hour"
                    + " (realism.md)", 1, 86_400, 60),
            new SettingSpec("significanceLevel", SettingSpec.Kind.NUMBER_ABOVE_MIN, "", 0, 1,
                    "a co-action edge is kept when its Benjamini–Hochberg q-value is at most this (the expected share"
                            + " of false edges among those kept); also the account-level test's level",
                    "conventional 1% false discovery rate", 0.0001, 0.2, 0.0001),
            new SettingSpec("similarityThreshold", SettingSpec.Kind.NUMBER_ABOVE_MIN, "", 0, 1,
                    "texts at least this similar (Jaccard of word bigrams) count as near-duplicates",
                    "hand-written fixtures: edited copies ≥ 0.69, paraphrases ≤ 0.22", 0.3, 1, 0.05),
            new SettingSpec("minFamilyAccounts", SettingSpec.Kind.INTEGER, "accounts", 2, 1_000_000,
                    "a near-duplicate family counts when at least this many accounts post members of it",
                    "three: a pair is not yet a campaign", 2, 20, 1),
            new SettingSpec("minClusterSize", SettingSpec.Kind.INTEGER, "accounts", 2, 1_000_000,
                    "smaller groups of connected accounts are not reported as clusters", "three", 2, 20, 1),
            new SettingSpec("minParticipation", SettingSpec.Kind.INTEGER, "co-actions", 1, 1_000_000,
                    "an account is linked by the account-level test only when at least this many of its actions"
                            + " co-occur with another account's", "CooRTweet's min_participation default", 1, 10, 1),
            new SettingSpec("crowdAccounts", SettingSpec.Kind.INTEGER, "accounts", 2, 1_000_000,
                    "more distinct accounts than this acting on one object within the window make a crowd: its actions"
                            + " count for the account-level test (and the burst test of copied text) but form no pairs"
                            + " for the pair test",
                    "bounds the pair work to this many pairs per action; above the largest crowd in the shipped"
                            + " scenarios and the real windows (BENCHMARKS.md, Scale)", 20, 1000, 10));

    private SettingSpecs() {
    }

    private static SettingSpec window(String field, String meaning, String source, double sliderMin, double sliderMax,
                                      double step) {
        return new SettingSpec(field, SettingSpec.Kind.INTEGER, "seconds", 0, MAX_WINDOW_SECONDS, meaning, source,
                sliderMin, sliderMax, step);
    }

    /** Every spec, in JSON order. */
    public static List<SettingSpec> all() {
        return ALL;
    }

    /** The spec of a JSON field. */
    public static Optional<SettingSpec> of(String field) {
        return ALL.stream().filter(s -> s.field().equals(field)).findFirst();
    }
}
