package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.LikeTable;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Likes and re-shares added after the honest ones ({@link EngagementBuilder}) by accounts of one
 * role, without anyone liking or sharing a post twice: the index remembers what those accounts
 * already did. Posts are looked up, never iterated, so identity hashing cannot leak into the output.
 */
final class EngagementIndex {
    private final World w;
    private final Map<PostDraft, List<AccountDraft>> liked = new HashMap<>();
    private final Map<PostDraft, List<AccountDraft>> shared = new HashMap<>();

    /** Indexes what accounts with {@code role} already liked and shared. */
    EngagementIndex(World w, AccountRole role) {
        this.w = w;
        LikeTable likes = w.likes;
        for (int i = 0; i < likes.size; i++) {
            if (likes.who[i].role == role) {
                remember(likes.share[i] ? shared : liked, likes.post[i], likes.who[i]);
            }
        }
    }

    /** Adds a like unless the account already liked the post (or the time is outside the data). */
    void like(AccountDraft a, PostDraft p, long t) {
        if (ok(a, p, t) && !has(liked, p, a)) {
            w.likes.add(a, p, t);
            remember(liked, p, a);
        }
    }

    /** Adds a re-share unless the account already shared the post (or the time is outside the data). */
    void share(AccountDraft a, PostDraft p, long t) {
        if (ok(a, p, t) && !has(shared, p, a)) {
            w.likes.addShare(a, p, t);
            remember(shared, p, a);
        }
    }

    private boolean ok(AccountDraft a, PostDraft p, long t) {
        return a != p.author && t > p.time && t < w.end && t > a.createdAt;
    }

    private static void remember(Map<PostDraft, List<AccountDraft>> done, PostDraft p, AccountDraft a) {
        done.computeIfAbsent(p, k -> new ArrayList<>(2)).add(a);
    }

    private static boolean has(Map<PostDraft, List<AccountDraft>> done, PostDraft p, AccountDraft a) {
        List<AccountDraft> who = done.get(p);
        return who != null && who.contains(a);
    }
}
