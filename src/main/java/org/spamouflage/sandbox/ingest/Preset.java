package org.spamouflage.sandbox.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A known column layout. Column names are matched exactly first, then ignoring case and
 * surrounding spaces; the order of columns does not matter (except for {@link #QUT}, see there).
 * Columns a preset names but does not require may be missing from the file: they are left empty
 * and listed in {@link ImportResult#notes()}. The user may override or add columns for any preset
 * with {@link ImportSettings#withColumn}.
 */
public enum Preset {
    /**
     * CooRTweet's input table ({@code object_id, account_id, content_id, timestamp_share}, all
     * required; times are Unix seconds), as documented by the R package CooRTweet
     * (github.com/nicolarighetti/CooRTweet) and used by its sample data. Each row is one share and
     * becomes one post: id = {@code content_id}, author = {@code account_id}, shared object =
     * {@code object_id}, empty text. One content may share several objects (a post with two
     * links): such rows are all kept, and the second and later rows with the same
     * {@code content_id} get the ids {@code content_id#2}, {@code #3}… so post ids stay unique.
     * Accounts have handle = id and unknown creation time and follower counts.
     */
    COORTWEET("coortweet", TimeFormat.EPOCH_S, "",
            new Object[] {Field.OBJECT, "object_id", Field.ACCOUNT, "account_id", Field.ID, "content_id",
                Field.TIME, "timestamp_share"},
            EnumSet.of(Field.OBJECT, Field.ACCOUNT, Field.ID, Field.TIME)),
    /**
     * The QUT Digital Observatory coordination-network-toolkit's CSV input ({@code compute_networks
     * DB preprocess --format csv}). Verified against the toolkit's README and
     * {@code coordination_network_toolkit/preprocess.py} (QUT-Digital-Observatory/
     * coordination-network-toolkit): a header row is required but the toolkit reads the eight
     * columns <em>by position</em>, names ignored: {@code message_id, user_id, username, repost_id,
     * reply_id, message, timestamp, urls}; {@code repost_id}/{@code reply_id} empty = none;
     * {@code timestamp} is seconds, parsed with Python's {@code float()} (so decimals are fine;
     * "the absolute offset does not matter, but it needs to be consistent"); {@code urls} is a
     * space-delimited string; rows repeating a {@code message_id} are ignored by the toolkit
     * ({@code insert or ignore}), here they are reported as row errors.
     *
     * <p>Here: if the header contains all eight documented names the columns are found by name
     * (any order, extra columns allowed); otherwise a header of exactly eight columns is read by
     * position, as the toolkit does (with a note); a header of nine whose first column is an unnamed
     * index (pandas' {@code to_csv} default) is read by position after skipping that column.
     * Timestamps must fall in 1970–2099 here (the toolkit accepts any offset). Required: message_id,
     * user_id, timestamp.
     */
    QUT("qut", TimeFormat.EPOCH_S, "",
            new Object[] {Field.ID, "message_id", Field.ACCOUNT, "user_id", Field.HANDLE, "username",
                Field.OBJECT, "repost_id", Field.REPLY_TO, "reply_id", Field.TEXT, "message", Field.TIME,
                "timestamp", Field.LINK, "urls"},
            EnumSet.of(Field.ID, Field.ACCOUNT, Field.TIME)),
    /**
     * The X/Twitter information-operations archive tweet files (transparency.twitter.com; 30
     * columns, 31 with {@code poll_choices} in later releases): {@code tweetid, userid,
     * user_display_name, user_screen_name, …, follower_count, following_count,
     * account_creation_date, account_language, tweet_language, tweet_text, tweet_time,
     * tweet_client_name, in_reply_to_userid, in_reply_to_tweetid, quoted_tweet_tweetid, is_retweet,
     * retweet_userid, retweet_tweetid, …, hashtags, urls, user_mentions}. Required: tweetid, userid,
     * tweet_time; all others may be missing. {@code tweet_time} is UTC like {@code 2017-08-19 15:13}
     * (seconds optional), {@code account_creation_date} like {@code 2016-12-04}. Counts may be
     * written as {@code 17.0}. {@code hashtags}, {@code urls} and {@code user_mentions} are lists
     * written {@code []}, {@code ['a', 'b']} or {@code [a, b]}; in the archives
     * {@code user_mentions} holds user ids, not handles. Retweets share {@code retweet_tweetid};
     * replies point to {@code in_reply_to_tweetid}. Platform is {@code x}.
     */
    IO_ARCHIVE("io-archive", TimeFormat.ISO, "x",
            new Object[] {Field.ID, "tweetid", Field.ACCOUNT, "userid", Field.HANDLE, "user_screen_name",
                Field.DISPLAY_NAME, "user_display_name", Field.FOLLOWERS, "follower_count", Field.FOLLOWING,
                "following_count", Field.CREATED_AT, "account_creation_date", Field.LANG, "tweet_language",
                Field.TEXT, "tweet_text", Field.TIME, "tweet_time", Field.SOURCE, "tweet_client_name",
                Field.REPLY_TO, "in_reply_to_tweetid", Field.OBJECT, "retweet_tweetid", Field.LINK, "urls",
                Field.HASHTAGS, "hashtags", Field.MENTIONS, "user_mentions"},
            EnumSet.of(Field.ID, Field.ACCOUNT, Field.TIME)),
    /**
     * No fixed columns: the user maps {@link Field}s to columns ({@code account} and {@code time}
     * required), picks the {@link TimeFormat} (default ISO) and the zone for times without an
     * offset (default UTC). Without an {@code id} column, post ids are {@code row-N} with N the
     * row number, so they are the same on every import of the same file.
     */
    GENERIC("generic", TimeFormat.ISO, "", new Object[0], EnumSet.of(Field.ACCOUNT, Field.TIME));

    private final String key;
    private final TimeFormat timeFormat;
    private final String platform;
    private final Map<Field, String> columns;
    private final Set<Field> required;

    Preset(String key, TimeFormat timeFormat, String platform, Object[] pairs, Set<Field> required) {
        this.key = key;
        this.timeFormat = timeFormat;
        this.platform = platform;
        Map<Field, String> m = new EnumMap<>(Field.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Field) pairs[i], (String) pairs[i + 1]);
        }
        this.columns = Collections.unmodifiableMap(m);
        this.required = Collections.unmodifiableSet(required);
    }

    /** The name used on the command line and in the import page ({@code io-archive}). */
    public String key() {
        return key;
    }

    /** The preset's column for each field it reads (empty for generic). */
    public Map<Field, String> columns() {
        return columns;
    }

    /** Fields that must have a column (and a value in every row). */
    public Set<Field> required() {
        return required;
    }

    /** The time format of the preset's time columns (generic: the default when the user picks none). */
    public TimeFormat timeFormat() {
        return timeFormat;
    }

    /** Platform written into every post ({@code x} for the X archives), or empty. */
    public String platform() {
        return platform;
    }

    public static String allowedKeys() {
        return Arrays.stream(values()).map(Preset::key).collect(Collectors.joining(", "));
    }

    /** @throws IllegalArgumentException naming the allowed presets */
    public static Preset fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (Preset p : values()) {
            if (p.key.equals(k)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset \"" + key + "\"; allowed: " + allowedKeys());
    }
}
