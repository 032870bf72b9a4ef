package org.spamouflage.sandbox.scenario;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.SortedMap;

/**
 * A scenario: everything the generator needs besides the seed. Immutable; read from and written
 * to {@code scenarios/*.json} (format 1) by {@link ScenarioJson}, checked by {@link ScenarioValidator}.
 * Every parameter, its unit, default and allowed range is documented in {@code scenarios/README.md}.
 * Times of day are local to the zone named next to them; dates are calendar dates in
 * {@code America/Toronto} (the observed period runs from {@code start} 00:00 to {@code end} 24:00 Eastern).
 */
public record Scenario(int format, String name, String description, Period period, Organic organic,
                       Authentic authentic, BackgroundBots backgroundBots, Targets targets, Campaign campaign) {

    public static final int FORMAT = 1;

    /** The observed period. */
    public record Period(LocalDate start, LocalDate end) {
    }

    /** The organic population (invented Canadians). */
    public record Organic(int accounts, SortedMap<String, Double> provinces, LanguageMix languages,
                          double bilingualFrenchShare, double postsPerAccount, double activitySigma,
                          Circadian circadian, double replyShare, double replyHalfLifeMinutes,
                          double sloganShare, List<NewsSpike> newsSpikes, Superfans superfans,
                          FollowerDistribution followers, double minAccountAgeYears,
                          double maxAccountAgeYears, double likesPerPost, double sharesPerPost) {
    }

    /** Shares of organic accounts by language; must sum to 1. */
    public record LanguageMix(double english, double french, double bilingual) {
    }

    /** Daily rhythm in each user's local time. */
    public record Circadian(double nightLevel, int peakHour, double noonDip, double weekendShiftHours) {
    }

    /** A real news event: organic activity (and replies) multiplied for a while. */
    public record NewsSpike(LocalDate date, int startHour, double durationHours, double multiplier,
                            String topic) {
    }

    /** Very active honest users: the false positives a good lesson shows. */
    public record Superfans(int count, double postsPerDay, double sloganShare) {
    }

    /** Log-normal follower counts. */
    public record FollowerDistribution(double median, double sigma) {
    }

    /**
     * Honest accounts that act together in the open: coordinated, not inauthentic. Coordination
     * signals fire on them too, which is what a lesson about false alarms needs (realism.md,
     * "Authentic coordination").
     */
    public record Authentic(Advocacy advocacy, News news, FanRings fanRings, HashtagGames hashtagGames) {
    }

    /**
     * Letter-writing pushes: an invented organisation posts a letter to politicians in English and
     * French; {@code supporters} honest users paste it or lightly edit it within hours of the call,
     * often with the organisation's link, to {@code recipients} politicians on average. Push days:
     * {@code dates} first, the seed picks the rest.
     */
    public record Advocacy(int pushes, List<LocalDate> dates, int callHour, int supporters, double recipients,
                           double responseMedianHours, double editRate, double linkRate, double amplifyRate) {
    }

    /**
     * Invented news outlets and aggregators: headlines on a regular daytime schedule; wire stories
     * posted by several outlets within minutes; aggregators repost followed outlets' headlines with
     * the same link within a minute or two.
     */
    public record News(int outlets, int aggregators, double postsPerDay, double wireStoriesPerDay,
                       double pickupShare, double pickupLagMinutes, double aggregatorLagSeconds,
                       double followersMedian) {
    }

    /** Fan and partisan rings: the same few honest users re-share one politician's posts within seconds. */
    public record FanRings(int rings, int members, double shareRate, double lagMedianSeconds, double replyRate) {
    }

    /** Hashtag games: on an evening, many strangers post jokes under one tag. */
    public record HashtagGames(int games, List<LocalDate> dates, int startHour, double durationHours, int players,
                               double entriesPerPlayer) {
    }

    /** Unrelated automated accounts (scheduled posters, spam). */
    public record BackgroundBots(int count, double postsPerDay, double regularity, double linkRate) {
    }

    /** The invented politicians whose comment sections are targeted. */
    public record Targets(int politicians, List<String> parties, double primeMinisterShare,
                          double postsPerDay, double frenchPostShare) {
    }

    /** The coordinated campaign. {@code enabled=false} gives an organic-only dataset. */
    public record Campaign(boolean enabled, int accounts, int operators, int cells, OriginMix origin,
                           CreationBatches creation, Dormancy dormancy, Profiles profiles, Timing timing,
                           CampaignText text, CampaignEngagement engagement) {
    }

    /** Shares of campaign accounts by origin; must sum to 1. */
    public record OriginMix(double newAccounts, double hijacked, double bought) {
    }

    /** New accounts are created in batches: {@code batches} bursts between the two dates. */
    public record CreationBatches(int batches, LocalDate from, LocalDate to, double spreadMinutes) {
    }

    /** Hijacked and bought accounts: created long ago, then silent before the campaign. */
    public record Dormancy(int createdFromYear, int createdToYear, double minSilentYears,
                           double maxSilentYears, List<String> legacyLanguages, double legacyPostsPerAccount,
                           double boughtFollowersMedian) {
    }

    /** How campaign profiles look. */
    public record Profiles(String handlePattern, int handleDigits, AvatarMix avatars, double zeroFollowerShare,
                           double maxFollowers, double bioShare, double personaDrift) {
    }

    /** Shares of avatar kinds; must sum to 1. */
    public record AvatarMix(double defaultAvatar, double stolenPhoto, double anime, double ganFace) {
    }

    /** When the operators work. */
    public record Timing(String operatorTimeZone, List<Shift> shifts, double weekendFactor,
                         double postsPerAccount, List<Surge> surges, double replyLagMedianHours,
                         double jitterMinutes, LocalDate activeFrom, LocalDate activeTo) {
    }

    /** A work block in the operators' local time. */
    public record Shift(LocalTime start, LocalTime end) {
    }

    /** Days on which the campaign posts {@code multiplier} times its usual rate. */
    public record Surge(LocalDate start, LocalDate end, double multiplier) {
    }

    /** What the campaign writes. */
    public record CampaignText(int templates, double exactDuplicateRate, double editRate, List<String> editOperations,
                               double paraphraseLevel, double machineTranslationArtefacts, CampaignLanguages languages,
                               double camouflageRatio, double linkRate, double mentionsPerPost,
                               double hashtagsPerPost) {
    }

    /** Shares of political campaign posts by language; must sum to 1. */
    public record CampaignLanguages(double english, double french, double mandarin) {
    }

    /**
     * Who engages with campaign posts: cell-mates like and re-share them (re-shares in bursts, a
     * median {@code inNetworkShareLagSeconds} after the post), and now and then an organic user.
     */
    public record CampaignEngagement(double inNetworkLikesPerPost, double organicEngagementRate,
                                     double inNetworkSharesPerPost, double inNetworkShareLagSeconds) {
    }
}
