package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Fan and partisan re-share rings: the same few honest supporters like and re-share one
 * politician's every post within seconds of it (they have notifications on), and often reply
 * within minutes (realism.md, "Authentic coordination": "real supporters re-share a politician
 * within seconds, every time"; on the real IRA LeftTroll window, one group re-shares the same
 * posts five to seven accounts deep within the hour).
 *
 * <p>Ring {@code k} follows the {@code k}-th most followed politician. Its {@code members} are
 * organic users drawn by activity (fans are active). For each of the politician's posts, each
 * member re-shares it with probability {@code shareRate}, a log-normal delay after it (median
 * {@code lagMedianSeconds}, sigma {@value #LAG_SIGMA}), liking it a few seconds before, and replies
 * with probability {@code replyRate} a log-normal delay after it (median five minutes) in their
 * own words. Replies are made with the honest population (they draw likes like any honest post);
 * likes and re-shares after every other engagement, so that nobody likes or shares a post twice.
 */
final class FanRingBuilder {
    static final double LAG_SIGMA = 0.9;
    static final double REPLY_MEDIAN_SECONDS = 300;
    static final double REPLY_SIGMA = 0.9;

    private final World w;
    private final Politicians politicians;
    private final OrganicBuilder organic;
    private final Scenario.FanRings f;
    private final OrganicWriter writer = new OrganicWriter();
    /** Per ring: the politician it follows and its members (indices into the organic members). */
    private final List<Integer> followed = new ArrayList<>();
    private final List<int[]> rings = new ArrayList<>();

    FanRingBuilder(World w, Politicians politicians, OrganicBuilder organic) {
        this.w = w;
        this.politicians = politicians;
        this.organic = organic;
        this.f = w.scenario.authentic().fanRings();
    }

    /** Recruits the members and writes their replies. */
    void build() {
        int count = Math.min(Math.max(0, f.rings()), politicians.size());
        if (count == 0 || organic.members.isEmpty()) {
            return;
        }
        Integer[] byFollowers = new Integer[politicians.size()];
        for (int i = 0; i < byFollowers.length; i++) {
            byFollowers[i] = i;
        }
        java.util.Arrays.sort(byFollowers, (x, y) -> {
            int c = Integer.compare(politicians.accounts[y].followers, politicians.accounts[x].followers);
            return c != 0 ? c : Integer.compare(x, y);
        });
        var byActivity = Recruits.byActivity(organic);
        for (int k = 0; k < count; k++) {
            int[] members = Recruits.draw(organic, f.members(), Rng.derive(w.seed, "fan-ring-members", k),
                    AccountRole.FAN_RING, i -> true, byActivity);
            followed.add(byFollowers[k]);
            rings.add(members);
            replies(k, byFollowers[k], members);
        }
    }

    private void replies(int k, int pol, int[] members) {
        if (f.replyRate() <= 0) {
            return;
        }
        Rng r = Rng.derive(w.seed, "fan-ring-replies", k);
        for (PostDraft p : politicians.posts[pol]) {
            if (p.time < w.start) {
                continue;
            }
            for (int m : members) {
                if (!r.chance(f.replyRate())) {
                    continue;
                }
                AccountDraft a = organic.members.get(m);
                long t = p.time + 20 + (long) r.logNormal(REPLY_MEDIAN_SECONDS, REPLY_SIGMA);
                if (t >= w.end || t <= a.createdAt) {
                    continue;
                }
                PostDraft d = new PostDraft(a, t);
                d.replyTo = p;
                int lang = r.chance(organic.frenchShare(m)) ? 1 : 0;
                writer.voice = organic.voice(m);
                writer.fill.province = organic.province(m);
                writer.fill.city = organic.city(m);
                writer.fill.pol = politicians.names[pol];
                writer.fill.party = politicians.partyName(pol);
                writer.write(d, r, lang, true, true, p.topic);
                d.lang = lang == 1 ? "fr" : "en";
                d.source = a.client;
                w.posts.add(d);
            }
        }
    }

    /** The members' likes and re-shares: call after every other like and share is made. */
    void shares() {
        if (rings.isEmpty() || f.shareRate() <= 0) {
            return;
        }
        EngagementIndex done = new EngagementIndex(w, AccountRole.FAN_RING);
        for (int k = 0; k < rings.size(); k++) {
            Rng r = Rng.derive(w.seed, "fan-ring-shares", k);
            for (PostDraft p : politicians.posts[followed.get(k)]) {
                if (p.time < w.start) {
                    continue;
                }
                for (int m : rings.get(k)) {
                    if (!r.chance(f.shareRate())) {
                        continue;
                    }
                    AccountDraft a = organic.members.get(m);
                    long t = p.time + 3 + (long) r.logNormal(Math.max(1, f.lagMedianSeconds()), LAG_SIGMA);
                    long likedAt = Math.max(p.time + 1, t - 1 - r.nextInt(5));
                    if (t >= w.end || t <= a.createdAt) {
                        continue;
                    }
                    done.share(a, p, t);
                    done.like(a, p, likedAt);
                }
            }
        }
    }
}
