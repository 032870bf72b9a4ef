package org.spamouflage.sandbox.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spamouflage.sandbox.scenario.FieldSpec.Kind;

/**
 * The table of every field of scenario format 1, in document order. Validation ({@link FieldChecker})
 * and the parameter tables of {@code scenarios/README.md} ({@link ScenarioDocs}) both read it; a test
 * checks that every {@link Scenario} record component has a spec here and vice versa.
 */
public final class FieldSpecs {

    /** Earliest and latest calendar date a scenario may use (social platforms predate 2006 barely). */
    public static final String FIRST_DATE = "2006-01-01";
    public static final String LAST_DATE = "2099-12-31";

    /** Canadian province and territory codes (Canada Post), the allowed keys of {@code organic.provinces}. */
    public static final List<String> PROVINCES =
            List.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

    public static final List<String> HANDLE_PATTERNS = List.of("name-digits", "name-random", "persona");
    public static final List<String> EDIT_OPERATIONS = List.of("name-swap", "emoji", "list-number", "typo");

    private static final List<FieldSpec> ALL = List.of(
            integer("$.format", 1, 1, "", "File format version. This version of the sandbox reads format 1 only."),
            text("$.name", 1, 80, "Short name shown in lists, manifests and exports."),
            text("$.description", 0, 2000, "What the scenario teaches, in a sentence or two."),

            object("$.period", "The observed period, in America/Toronto calendar days."),
            date("$.period.start", "First observed day (from 00:00 Eastern)."),
            date("$.period.end", "Last observed day (to 24:00 Eastern); at most 366 days after start."),

            object("$.organic", "The organic population: invented Canadians in their own time zones."),
            integer("$.organic.accounts", 0, 250_000, "accounts", "Number of ordinary organic users."),
            map("$.organic.provinces", PROVINCES,
                    "Share of organic users per province or territory (sets their time zone); must sum to 1. "
                            + "Replaced whole, not merged with the default."),
            share("$.organic.provinces.*", "One province's share."),
            object("$.organic.languages", "Shares of organic users by language; must sum to 1."),
            share("$.organic.languages.english", "Users who write in English only."),
            share("$.organic.languages.french", "Users who write in French only."),
            share("$.organic.languages.bilingual", "Users who write in both."),
            share("$.organic.bilingualFrenchShare", "Share of a bilingual user's posts written in French."),
            number("$.organic.postsPerAccount", 0, 1000, "posts", "Mean posts per organic user over the whole period."),
            number("$.organic.activitySigma", 0, 5, "log-scale σ",
                    "Spread of the log-normal per-user activity: larger means a few users write most posts."),
            object("$.organic.circadian", "Daily rhythm in each user's local time."),
            share("$.organic.circadian.nightLevel", "Activity in the small hours relative to the evening peak."),
            integer("$.organic.circadian.peakHour", 0, 23, "hour of day", "Local hour of peak activity."),
            share("$.organic.circadian.noonDip", "Activity at noon relative to the curve without a lunch dip (1 = no dip)."),
            number("$.organic.circadian.weekendShiftHours", 0, 6, "hours", "How much later the day starts on weekends."),
            share("$.organic.replyShare", "Share of organic posts that are replies to a politician's post."),
            number("$.organic.replyHalfLifeMinutes", 1, 10_080, "minutes",
                    "Half-life of the reply rate after a politician posts (replies decay fast)."),
            share("$.organic.sloganShare", "Share of organic posts that repeat a common slogan verbatim (honest copy-paste)."),
            list("$.organic.newsSpikes", 0, 50, "Real news events that raise organic activity for a while."),
            object("$.organic.newsSpikes[]", "One news event."),
            date("$.organic.newsSpikes[].date", "Day of the event; must lie inside the period."),
            integer("$.organic.newsSpikes[].startHour", 0, 23, "hour (Eastern)", "Hour the news breaks."),
            number("$.organic.newsSpikes[].durationHours", 0.25, 168, "hours", "How long activity stays raised."),
            number("$.organic.newsSpikes[].multiplier", 1, 50, "factor", "Activity multiplier while the spike lasts."),
            text("$.organic.newsSpikes[].topic", 1, 80, "What the news is about (used in post text)."),
            object("$.organic.superfans", "Very active honest users: the false positives a good lesson shows."),
            integer("$.organic.superfans.count", 0, 1000, "accounts", "Number of superfans (added to the organic users)."),
            number("$.organic.superfans.postsPerDay", 0, 200, "posts per day", "Mean posts per superfan per day."),
            share("$.organic.superfans.sloganShare", "Share of superfan posts that repeat a slogan verbatim."),
            object("$.organic.followers", "Log-normal follower counts of organic users."),
            number("$.organic.followers.median", 0, 1_000_000, "followers", "Median follower count."),
            number("$.organic.followers.sigma", 0, 5, "log-scale σ", "Spread of follower counts."),
            number("$.organic.minAccountAgeYears", 0, 20, "years", "Youngest organic account at the period start."),
            number("$.organic.maxAccountAgeYears", 0, 20, "years", "Oldest organic account at the period start."),
            number("$.organic.likesPerPost", 0, 50, "likes", "Mean likes an organic post receives."),
            number("$.organic.sharesPerPost", 0, 50, "shares",
                    "Mean re-shares an organic post receives from honest users (a politician's post about ten times as"
                    + " many), each at its own time: median delay replyHalfLifeMinutes, heavy tail of hours."),

            object("$.authentic", "Honest accounts that act together in the open: coordinated, not inauthentic. Their"
                    + " role is in truth.csv; coordination signals flag them too."),
            object("$.authentic.advocacy", "Letter-writing pushes: an invented organisation posts a letter to politicians"
                    + " in English and French; supporters paste or lightly edit it within hours, often with its link."),
            integer("$.authentic.advocacy.pushes", 0, 50, "pushes", "Number of pushes in the period (each by its own organisation)."),
            list("$.authentic.advocacy.dates", 0, 50,
                    "Days of the first pushes, inside the period; the seed picks the days of the others. At most pushes items."),
            date("$.authentic.advocacy.dates[]", "One push day; days must differ."),
            integer("$.authentic.advocacy.callHour", 0, 23, "hour (Eastern)", "Hour the organisation posts its call."),
            integer("$.authentic.advocacy.supporters", 0, 10_000, "accounts",
                    "Honest users who answer each push, drawn from organic users whose accounts are at least a year old."),
            number("$.authentic.advocacy.recipients", 1, 10, "politicians",
                    "Mean politicians each supporter sends the letter to (the lobbied one or their own MP first), a few minutes apart."),
            number("$.authentic.advocacy.responseMedianHours", 0.1, 72, "hours",
                    "Median delay from the call to a supporter's letter (log-normal; supporters write in their own waking hours)."),
            share("$.authentic.advocacy.editRate",
                    "Share of supporters who lightly edit the letter (a sentence of their own added, or one left out); the others paste it."),
            share("$.authentic.advocacy.linkRate", "Share of supporters whose letters carry the organisation's link."),
            share("$.authentic.advocacy.amplifyRate",
                    "Share of supporters who also re-share the call and like (now and then re-share) a few other supporters' letters."),
            object("$.authentic.news", "Invented news outlets (organic accounts) and aggregators (background accounts):"
                    + " regular schedules, the same wire headlines within minutes, the same links."),
            integer("$.authentic.news.outlets", 0, 200, "accounts", "Number of news outlets."),
            integer("$.authentic.news.aggregators", 0, 200, "accounts",
                    "Number of aggregators, each reposting the headlines of about half of the outlets with the outlet's link."),
            number("$.authentic.news.postsPerDay", 0, 100, "posts per day",
                    "Own headlines per outlet per day, on a regular schedule from 06:00 to 23:00 Eastern."),
            number("$.authentic.news.wireStoriesPerDay", 0, 100, "stories per day",
                    "Wire stories a day that several outlets post with the same headline (French outlets in French)."),
            share("$.authentic.news.pickupShare", "Share of the outlets that post each wire story (at least two do)."),
            number("$.authentic.news.pickupLagMinutes", 0, 1440, "minutes",
                    "Median delay between the first outlet's post of a wire story and each other outlet's."),
            number("$.authentic.news.aggregatorLagSeconds", 1, 86_400, "seconds",
                    "Median delay between an outlet's headline and an aggregator's repost of it."),
            number("$.authentic.news.followersMedian", 0, 10_000_000, "followers", "Median followers of an outlet."),
            object("$.authentic.fanRings", "Fan and partisan rings: the same few honest users re-share one politician's"
                    + " every post within seconds (notifications), and often reply."),
            integer("$.authentic.fanRings.rings", 0, 100, "groups", "Number of rings (one politician each, the most followed first)."),
            integer("$.authentic.fanRings.members", 1, 1000, "accounts", "Honest users per ring, drawn from organic users."),
            share("$.authentic.fanRings.shareRate", "Chance that a member re-shares each post of the ring's politician."),
            number("$.authentic.fanRings.lagMedianSeconds", 1, 86_400, "seconds",
                    "Median delay between the politician's post and a member's re-share."),
            share("$.authentic.fanRings.replyRate", "Chance that a member also replies to each post, within minutes."),
            object("$.authentic.hashtagGames", "Hashtag games: on an evening, many strangers post jokes under one tag."),
            integer("$.authentic.hashtagGames.games", 0, 50, "games", "Number of games in the period."),
            list("$.authentic.hashtagGames.dates", 0, 50,
                    "Days of the first games, inside the period; the seed picks the days of the others. At most games items."),
            date("$.authentic.hashtagGames.dates[]", "One game day; days must differ."),
            integer("$.authentic.hashtagGames.startHour", 0, 23, "hour (Eastern)", "Hour the tag starts trending."),
            number("$.authentic.hashtagGames.durationHours", 0.25, 24, "hours", "How long a game lasts (entries are front-loaded)."),
            integer("$.authentic.hashtagGames.players", 0, 10_000, "accounts",
                    "Honest users who join each game (more active users join more often)."),
            number("$.authentic.hashtagGames.entriesPerPlayer", 1, 20, "posts", "Mean entries per player in a game."),

            object("$.backgroundBots", "Unrelated automated accounts (scheduled posters, spam): not the campaign."),
            integer("$.backgroundBots.count", 0, 10_000, "accounts", "Number of background bots."),
            number("$.backgroundBots.postsPerDay", 0, 500, "posts per day", "Mean posts per bot per day."),
            share("$.backgroundBots.regularity", "How clock-like a bot's schedule is (1 = exact intervals)."),
            share("$.backgroundBots.linkRate", "Share of bot posts carrying a link."),

            object("$.targets", "The invented politicians whose comment sections are targeted."),
            integer("$.targets.politicians", 1, 1000, "accounts", "Number of invented politicians (one is the PM)."),
            list("$.targets.parties", 1, 12, "Invented party names; politicians are spread over them."),
            text("$.targets.parties[]", 1, 60, "One party name; names must differ."),
            share("$.targets.primeMinisterShare", "Share of targeted replies aimed at the prime minister."),
            number("$.targets.postsPerDay", 0, 50, "posts per day", "Mean posts per politician per day."),
            share("$.targets.frenchPostShare", "Share of politicians' posts written in French."),

            object("$.campaign", "The coordinated campaign."),
            bool("$.campaign.enabled", "false gives an organic-only dataset (campaign fields are still checked)."),
            integer("$.campaign.accounts", 1, 250_000, "accounts", "Number of campaign accounts."),
            integer("$.campaign.operators", 1, 1000, "people", "Operators running the accounts; at most one per account."),
            integer("$.campaign.cells", 1, 1000, "groups", "Operator cells; at most one per operator."),
            object("$.campaign.origin", "Shares of campaign accounts by origin; must sum to 1."),
            share("$.campaign.origin.newAccounts", "Accounts created for the campaign, in batches."),
            share("$.campaign.origin.hijacked", "Old accounts taken over after years of silence."),
            share("$.campaign.origin.bought", "Old accounts bought with their (fake) followers."),
            object("$.campaign.creation", "New accounts are created in bursts between two dates."),
            integer("$.campaign.creation.batches", 1, 1000, "batches", "Number of creation bursts."),
            date("$.campaign.creation.from", "Earliest creation day."),
            date("$.campaign.creation.to", "Latest creation day; not after the campaign's last active day."),
            number("$.campaign.creation.spreadMinutes", 0, 10_080, "minutes", "How long one burst lasts."),
            object("$.campaign.dormancy", "Hijacked and bought accounts: created long ago, then silent."),
            integer("$.campaign.dormancy.createdFromYear", 2006, 2099, "year", "Earliest creation year."),
            integer("$.campaign.dormancy.createdToYear", 2006, 2099, "year",
                    "Latest creation year; not after the year the campaign starts."),
            number("$.campaign.dormancy.minSilentYears", 0, 20, "years", "Shortest silence before the campaign."),
            number("$.campaign.dormancy.maxSilentYears", 0, 20, "years", "Longest silence before the campaign."),
            list("$.campaign.dormancy.legacyLanguages", 0, 10, "Languages of the old posts from before the switch."),
            language("$.campaign.dormancy.legacyLanguages[]", "An ISO 639-1 code such as pt; codes must differ."),
            number("$.campaign.dormancy.legacyPostsPerAccount", 0, 500, "posts", "Mean old posts per hijacked or bought account."),
            number("$.campaign.dormancy.boughtFollowersMedian", 0, 1_000_000, "followers", "Median followers of a bought account."),
            object("$.campaign.profiles", "How campaign profiles look."),
            choice("$.campaign.profiles.handlePattern", HANDLE_PATTERNS,
                    "name-digits: JaneDav41198277; name-random: first name plus random letters; persona: a plausible handle."),
            integer("$.campaign.profiles.handleDigits", 0, 15, "digits", "Digits appended by the name-digits pattern."),
            object("$.campaign.profiles.avatars", "Shares of avatar kinds; must sum to 1."),
            share("$.campaign.profiles.avatars.defaultAvatar", "The platform's default silhouette."),
            share("$.campaign.profiles.avatars.stolenPhoto", "A photo taken from someone else."),
            share("$.campaign.profiles.avatars.anime", "An anime or cartoon picture."),
            share("$.campaign.profiles.avatars.ganFace", "A machine-generated face."),
            share("$.campaign.profiles.zeroFollowerShare", "Share of campaign accounts with no followers at all."),
            number("$.campaign.profiles.maxFollowers", 0, 1_000_000, "followers", "Most followers a new campaign account has."),
            share("$.campaign.profiles.bioShare", "Share of campaign accounts with a profile bio."),
            share("$.campaign.profiles.personaDrift", "How much persona details (place, job) drift over time."),
            object("$.campaign.timing", "When the operators work."),
            zone("$.campaign.timing.operatorTimeZone", "The operators' time zone; shifts are in its local time."),
            list("$.campaign.timing.shifts", 1, 12, "Work blocks in the operators' local time; must not overlap."),
            object("$.campaign.timing.shifts[]", "One work block within a day (split blocks that cross midnight)."),
            time("$.campaign.timing.shifts[].start", "Start of the block."),
            time("$.campaign.timing.shifts[].end", "End of the block; after its start."),
            number("$.campaign.timing.weekendFactor", 0, 2, "factor", "Weekend activity relative to weekdays."),
            number("$.campaign.timing.postsPerAccount", 0, 1000, "posts",
                    "Mean political posts per campaign account over the active window."),
            list("$.campaign.timing.surges", 0, 50, "Days on which the campaign posts more than usual."),
            object("$.campaign.timing.surges[]", "One surge; must lie inside the active window."),
            date("$.campaign.timing.surges[].start", "First surge day."),
            date("$.campaign.timing.surges[].end", "Last surge day; not before its start."),
            number("$.campaign.timing.surges[].multiplier", 1, 20, "factor", "Posting-rate multiplier during the surge."),
            number("$.campaign.timing.replyLagMedianHours", 0, 720, "hours",
                    "Median delay between a politician's post and a campaign reply."),
            number("$.campaign.timing.jitterMinutes", 0, 1440, "minutes", "Random jitter added to scheduled post times."),
            date("$.campaign.timing.activeFrom", "First day the campaign posts; inside the period."),
            date("$.campaign.timing.activeTo", "Last day the campaign posts; inside the period."),
            object("$.campaign.text", "What the campaign writes."),
            integer("$.campaign.text.templates", 1, 10_000, "templates", "Number of distinct message templates."),
            share("$.campaign.text.exactDuplicateRate", "Share of political posts copied verbatim from a template."),
            share("$.campaign.text.editRate",
                    "Share of political posts copied with small edits; with exactDuplicateRate at most 1."),
            list("$.campaign.text.editOperations", 0, 4, "The small edits used; needed when editRate is above 0."),
            choice("$.campaign.text.editOperations[]", EDIT_OPERATIONS, "One edit kind; kinds must differ."),
            share("$.campaign.text.paraphraseLevel", "How strongly the remaining posts are paraphrased (0 = lightly)."),
            share("$.campaign.text.machineTranslationArtefacts", "Share of French posts with machine-translation artefacts."),
            object("$.campaign.text.languages", "Shares of political campaign posts by language; must sum to 1."),
            share("$.campaign.text.languages.english", "Posts in English."),
            share("$.campaign.text.languages.french", "Posts in French."),
            share("$.campaign.text.languages.mandarin", "Posts in Mandarin."),
            number("$.campaign.text.camouflageRatio", 0, 0.95, "share",
                    "Share of all campaign posts that are camouflage (scenery, food, sport)."),
            share("$.campaign.text.linkRate", "Share of political posts linking to an \"evidence\" video."),
            number("$.campaign.text.mentionsPerPost", 0, 10, "mentions", "Mean @-mentions per political post."),
            number("$.campaign.text.hashtagsPerPost", 0, 10, "hashtags", "Mean hashtags per political post."),
            object("$.campaign.engagement", "Who engages with campaign posts."),
            number("$.campaign.engagement.inNetworkLikesPerPost", 0, 50, "likes",
                    "Mean likes a campaign post gets from other campaign accounts."),
            share("$.campaign.engagement.organicEngagementRate", "Share of campaign posts that an organic user engages with."),
            number("$.campaign.engagement.inNetworkSharesPerPost", 0, 50, "shares",
                    "Mean re-shares a campaign post gets from accounts of its own cell, in a burst (link posts twice as many)."),
            number("$.campaign.engagement.inNetworkShareLagSeconds", 1, 86_400, "seconds",
                    "Median delay between a campaign post and each cell-mate's re-share of it."));

    private static final Map<String, FieldSpec> BY_PATH = index();

    private FieldSpecs() {
    }

    /** Every spec, in document order. */
    public static List<FieldSpec> all() {
        return ALL;
    }

    /** The spec at a path ({@code $.campaign.timing.shifts[].start}). */
    public static Optional<FieldSpec> at(String specPath) {
        return Optional.ofNullable(BY_PATH.get(specPath));
    }

    /** The fields of an object spec, in document order. */
    public static List<FieldSpec> childrenOf(String objectSpecPath) {
        List<FieldSpec> children = new ArrayList<>();
        for (FieldSpec s : ALL) {
            if (!s.path().endsWith("[]") && !s.path().endsWith(".*") && s.parent().equals(objectSpecPath)) {
                children.add(s);
            }
        }
        return children;
    }

    private static Map<String, FieldSpec> index() {
        Map<String, FieldSpec> m = new LinkedHashMap<>();
        for (FieldSpec s : ALL) {
            if (m.put(s.path(), s) != null) {
                throw new IllegalStateException("duplicate spec " + s.path());
            }
        }
        return m;
    }

    private static FieldSpec spec(String path, Kind kind, String unit, Object min, Object max, List<String> choices,
                                  String meaning) {
        return new FieldSpec(path, kind, unit, plain(min), plain(max), choices, meaning);
    }

    private static String plain(Object bound) {
        if (bound == null) {
            return "";
        }
        if (bound instanceof Double d) {
            return new java.math.BigDecimal(d.toString()).stripTrailingZeros().toPlainString();
        }
        return bound.toString();
    }

    private static FieldSpec object(String path, String meaning) {
        return spec(path, Kind.OBJECT, "", null, null, List.of(), meaning);
    }

    private static FieldSpec list(String path, int minItems, int maxItems, String meaning) {
        return spec(path, Kind.LIST, "items", minItems, maxItems, List.of(), meaning);
    }

    private static FieldSpec map(String path, List<String> keys, String meaning) {
        return spec(path, Kind.MAP, "", null, null, keys, meaning);
    }

    private static FieldSpec integer(String path, int min, int max, String unit, String meaning) {
        return spec(path, Kind.INTEGER, unit, min, max, List.of(), meaning);
    }

    private static FieldSpec number(String path, double min, double max, String unit, String meaning) {
        return spec(path, Kind.NUMBER, unit, min, max, List.of(), meaning);
    }

    private static FieldSpec share(String path, String meaning) {
        return number(path, 0, 1, "share", meaning);
    }

    private static FieldSpec bool(String path, String meaning) {
        return spec(path, Kind.BOOLEAN, "", null, null, List.of(), meaning);
    }

    private static FieldSpec text(String path, int minChars, int maxChars, String meaning) {
        return spec(path, Kind.TEXT, "characters", minChars, maxChars, List.of(), meaning);
    }

    private static FieldSpec date(String path, String meaning) {
        return spec(path, Kind.DATE, "YYYY-MM-DD", FIRST_DATE, LAST_DATE, List.of(), meaning);
    }

    private static FieldSpec time(String path, String meaning) {
        return spec(path, Kind.TIME, "HH:MM", "00:00", "23:59", List.of(), meaning);
    }

    private static FieldSpec zone(String path, String meaning) {
        return spec(path, Kind.TIME_ZONE, "IANA id", null, null, List.of(), meaning);
    }

    private static FieldSpec choice(String path, List<String> choices, String meaning) {
        return spec(path, Kind.CHOICE, "", null, null, choices, meaning);
    }

    private static FieldSpec language(String path, String meaning) {
        return spec(path, Kind.LANGUAGE, "ISO 639-1", null, null, List.of(), meaning);
    }
}
