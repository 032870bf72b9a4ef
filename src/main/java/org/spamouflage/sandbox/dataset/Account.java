package org.spamouflage.sandbox.dataset;

/**
 * One account as a platform would show it. Nothing here says whether the account is part of a
 * campaign: that lives in {@link GroundTruth}, which detection never sees.
 *
 * @param id          stable identifier, unique in the dataset
 * @param handle      the @-handle (e.g. {@code JaneDav41198277}); may equal {@code id} for imports
 * @param displayName the shown name; may be empty
 * @param createdAt   account creation, epoch seconds UTC; {@link #UNKNOWN} when not known
 * @param followers   follower count; {@code -1} when not known
 * @param following   following count; {@code -1} when not known
 * @param bio         profile text; empty when none
 * @param avatar      avatar kind: {@code default}, {@code photo}, {@code stolen-photo}, {@code anime},
 *                    {@code gan-face}, or empty when not known
 * @param synthetic   true for every generated account (invented people)
 */
public record Account(String id, String handle, String displayName, long createdAt, int followers,
                      int following, String bio, String avatar, boolean synthetic) {

    /** Marker for an unknown time. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    public Account {
        Checks.id(id, "account id");
        handle = handle == null ? id : handle;
        displayName = displayName == null ? "" : displayName;
        bio = bio == null ? "" : bio;
        avatar = avatar == null ? "" : avatar;
    }

    public boolean hasCreatedAt() {
        return createdAt != UNKNOWN;
    }

    public boolean hasFollowers() {
        return followers >= 0;
    }
}
