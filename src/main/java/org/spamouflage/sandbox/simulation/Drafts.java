package org.spamouflage.sandbox.simulation;

import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;

/**
 * Mutable working records the generator fills before the final immutable records are built.
 * Ids are given only at the end, after sorting, so that ids follow time order for posts and a
 * seeded shuffle for accounts (an id must not reveal what kind of account it is).
 */
final class Drafts {
    private Drafts() {
    }

    /** An account being generated. */
    static final class AccountDraft {
        final int index;
        final AccountClass cls;
        int cell = -1;
        int operator = -1;
        String origin = "";
        String handle;
        String displayName = "";
        String bio = "";
        String avatar = "";
        long createdAt;
        int followers;
        int following;
        String id;
        /** How much this account engages (likes): proportional to its posting rate. */
        double activity;
        int language;
        String client;
        /** Position in id order, set when ids are given. */
        int rank;
        /** Last post this account liked, as a stamp from {@link World#nextStamp()}: one like per post. */
        int likedStamp;

        AccountDraft(int index, AccountClass cls) {
            this.index = index;
            this.cls = cls;
        }
    }

    /** A post being generated. Posts at the same second keep the order in which they were generated. */
    static final class PostDraft {
        long time;
        final AccountDraft author;
        PostDraft replyTo;
        String lang;
        String text;
        List<String> links = List.of();
        List<String> hashtags = List.of();
        List<String> mentions = List.of();
        String source;
        boolean campaign;
        String kind;
        int templateId = -1;
        String id;
        /** Position in time order, set when ids are given. */
        int index;

        PostDraft(AccountDraft author, long time) {
            this.author = author;
            this.time = time;
        }
    }

    /** A like. */
    record LikeDraft(AccountDraft who, PostDraft post, long time) {
    }
}
