package org.spamouflage.sandbox.simulation;

import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;

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
        /** Last post this account re-shared, as a stamp from {@link World#nextStamp()}: one share per post. */
        int sharedStamp;
        /** Campaign accounts: the small group of one operator's accounts that amplify together; else -1. */
        int squad = -1;
        /** The authentic coordination an honest account takes part in (ground truth only). */
        AccountRole role = AccountRole.NONE;

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
        /** A politician's post: its topic ({@link OrganicTexts#ANNOUNCE_P}), which replies often answer; else -1. */
        int topic = -1;
        String id;
        /** Position in time order, set when ids are given. */
        int index;

        PostDraft(AccountDraft author, long time) {
            this.author = author;
            this.time = time;
        }
    }

    /**
     * Likes and bare re-shares as parallel arrays rather than one object per engagement: at a
     * million likes this saves the collector from copying a million small objects while the data
     * is being built.
     */
    static final class LikeTable {
        AccountDraft[] who;
        PostDraft[] post;
        long[] time;
        /** True for a re-share, false for a like. */
        boolean[] share;
        int size;

        LikeTable(int capacity) {
            int c = Math.max(16, capacity);
            who = new AccountDraft[c];
            post = new PostDraft[c];
            time = new long[c];
            share = new boolean[c];
        }

        void add(AccountDraft w, PostDraft p, long t) {
            add(w, p, t, false);
        }

        void addShare(AccountDraft w, PostDraft p, long t) {
            add(w, p, t, true);
        }

        private void add(AccountDraft w, PostDraft p, long t, boolean isShare) {
            if (size == time.length) {
                int c = (int) Math.min(Integer.MAX_VALUE - 8, size + (size >> 1) + 16L);
                who = java.util.Arrays.copyOf(who, c);
                post = java.util.Arrays.copyOf(post, c);
                time = java.util.Arrays.copyOf(time, c);
                share = java.util.Arrays.copyOf(share, c);
            }
            who[size] = w;
            post[size] = p;
            time[size] = t;
            share[size] = isShare;
            size++;
        }
    }
}
