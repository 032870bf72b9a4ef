package org.spamouflage.sandbox.ingest;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first guess of the generic preset's column mapping from a file's header, so the import form
 * opens filled in where the names make it obvious ({@code user_id} → account, {@code timestamp} →
 * time). Names are compared ignoring case, spaces, {@code -} and {@code _}; each column is used for
 * at most one field (fields in {@link Field} order take the first match). The user can change
 * every choice; nothing is imported on a guess alone.
 */
public final class ColumnGuess {
    private static final Map<Field, List<String>> NAMES = new EnumMap<>(Field.class);

    static {
        NAMES.put(Field.ID, List.of("id", "postid", "messageid", "tweetid", "commentid", "contentid"));
        NAMES.put(Field.ACCOUNT, List.of("account", "accountid", "userid", "user", "author", "authorid"));
        NAMES.put(Field.HANDLE, List.of("handle", "username", "screenname", "userscreenname"));
        NAMES.put(Field.DISPLAY_NAME, List.of("displayname", "userdisplayname", "name"));
        NAMES.put(Field.TIME, List.of("time", "timestamp", "datetime", "date", "tweettime", "timestampshare",
                "postedat", "publishedat"));
        NAMES.put(Field.TEXT, List.of("text", "message", "body", "content", "tweettext", "comment"));
        NAMES.put(Field.OBJECT, List.of("object", "objectid", "retweetid", "retweettweetid", "repostid"));
        NAMES.put(Field.LINK, List.of("link", "links", "url", "urls"));
        NAMES.put(Field.REPLY_TO, List.of("replyto", "inreplyto", "inreplytotweetid", "replyid", "parentid"));
        NAMES.put(Field.LANG, List.of("lang", "language", "tweetlanguage"));
        NAMES.put(Field.CREATED_AT, List.of("createdat", "accountcreated", "accountcreationdate"));
        NAMES.put(Field.FOLLOWERS, List.of("followers", "followercount", "followerscount"));
        NAMES.put(Field.FOLLOWING, List.of("following", "followingcount", "friendscount"));
        NAMES.put(Field.HASHTAGS, List.of("hashtags"));
        NAMES.put(Field.MENTIONS, List.of("mentions", "usermentions"));
        NAMES.put(Field.SOURCE, List.of("source", "client", "tweetclientname"));
        NAMES.put(Field.LABEL, List.of("label", "class", "isbot"));
        NAMES.put(Field.TARGET, List.of("target", "istarget"));
        NAMES.put(Field.ENGAGEMENT, List.of("engagement", "kind"));
    }

    private ColumnGuess() {
    }

    /** Field → column for the fields whose column the header names plainly, in field order. */
    public static Map<Field, String> guess(List<String> header) {
        Map<Field, String> out = new EnumMap<>(Field.class);
        Set<String> used = new HashSet<>();
        for (Field f : Field.values()) {
            for (String wanted : NAMES.getOrDefault(f, List.of())) {
                String hit = header.stream().filter(h -> !used.contains(h) && squash(h).equals(wanted)).findFirst()
                        .orElse(null);
                if (hit != null) {
                    out.put(f, hit);
                    used.add(hit);
                    break;
                }
            }
        }
        return out;
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != ' ' && c != '_' && c != '-') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
