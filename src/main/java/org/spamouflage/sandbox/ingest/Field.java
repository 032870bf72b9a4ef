package org.spamouflage.sandbox.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A field of the dataset model that a file column can be mapped to. Every preset is a fixed
 * mapping of these fields to column names; the {@link Preset#GENERIC generic} preset lets the
 * user choose (only {@link #ACCOUNT} and {@link #TIME} are required there).
 */
public enum Field {
    /** Post id; when not mapped (generic only) ids are {@code row-N}, N the row number. */
    ID("id", "post id"),
    /** Author account id (required). */
    ACCOUNT("account", "author account id"),
    /** The account's @-handle; defaults to the account id. */
    HANDLE("handle", "account handle"),
    /** The account's shown name. */
    DISPLAY_NAME("display_name", "account display name"),
    /** When the post was made (required); see {@link TimeFormat}. */
    TIME("time", "post time"),
    /** Post text, kept exactly as written (not trimmed). */
    TEXT("text", "post text"),
    /** Id of a re-shared object (retweeted tweet, shared URL or video…). */
    OBJECT("object", "shared object id"),
    /** URLs in the post: one URL, a space-separated list, or a bracketed list. */
    LINK("link", "links"),
    /** Id of the post this one replies to. */
    REPLY_TO("reply_to", "replied-to post id"),
    /** Language code of the post ({@code und}, {@code unknown}, {@code nan} mean unknown). */
    LANG("lang", "post language"),
    /** Account creation time; parsed with the created-at time format. */
    CREATED_AT("created_at", "account creation time"),
    /** Follower count, a whole number ≥ 0. */
    FOLLOWERS("followers", "follower count"),
    /** Following count, a whole number ≥ 0. */
    FOLLOWING("following", "following count"),
    /** Hashtags: space/comma-separated or a bracketed list; a leading '#' is removed. */
    HASHTAGS("hashtags", "hashtags"),
    /** Mentioned accounts: space/comma-separated or a bracketed list; a leading '@' is removed. */
    MENTIONS("mentions", "mentions"),
    /** Client application that posted (e.g. "Twitter Web Client"). */
    SOURCE("source", "client application"),
    /** Ground-truth label of the account; see {@link Labels} for the accepted values. */
    LABEL("label", "account label"),
    /**
     * Whether the row's account is a public figure whose posts draw comments (a target): {@code true},
     * {@code 1}, {@code yes} (any case) mark it, {@code false}, {@code 0}, {@code no} or empty do not.
     * Targets are kept in the dataset but never scored, as in generated data; one marked row is enough.
     */
    TARGET("target", "account is a public figure (target)"),
    /**
     * What the row is: empty or {@code post} for a post; {@code like} or {@code share} for an
     * engagement of the row's account with the post named in the {@link #OBJECT} column, at the
     * row's time (a like, or a re-share without text). Engagement rows need no post id and add no post.
     */
    ENGAGEMENT("engagement", "row kind: post, like or share");

    private final String key;
    private final String description;

    Field(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name used on the command line ({@code --map account=user_id}) and in the import page. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** All keys, comma-separated, for messages. */
    public static String allowedKeys() {
        return Arrays.stream(values()).map(Field::key).collect(Collectors.joining(", "));
    }

    /**
     * @throws IllegalArgumentException naming the allowed keys when {@code key} is not one
     */
    public static Field fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Field f : values()) {
            if (f.key.equals(k)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field \"" + key + "\"; allowed: " + allowedKeys());
    }
}
