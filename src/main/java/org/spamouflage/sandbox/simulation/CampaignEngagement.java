package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * The campaign's engagement with itself (the last job of {@link CampaignBuilder}): likes within a cell
 * and bursts of re-shares by an operator's squad, in their own random streams ("campaign-likes",
 * "campaign-shares").
 */
final class CampaignEngagement {
    private final World w;
    private final Scenario.Campaign c;
    private final int cells;
    private final List<AccountDraft> members;
    private final List<PostDraft> posts;

    CampaignEngagement(World w, Scenario.Campaign c, int cells, List<AccountDraft> members, List<PostDraft> posts) {
        this.w = w;
        this.c = c;
        this.cells = cells;
        this.members = members;
        this.posts = posts;
    }

    /** Campaign accounts like posts of their own cell. */
    void inNetworkLikes() {
        double perPost = Math.max(0, c.engagement().inNetworkLikesPerPost());
        if (perPost <= 0 || posts.isEmpty()) {
            return;
        }
        List<List<AccountDraft>> byCell = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            byCell.add(new ArrayList<>());
        }
        for (AccountDraft a : members) {
            byCell.get(a.cell).add(a);
        }
        Rng r = Rng.derive(w.seed, "campaign-likes", 0);
        for (PostDraft p : posts) {
            List<AccountDraft> cell = byCell.get(p.author.cell);
            if (cell.size() < 2) {
                continue;
            }
            int n = Math.min(cell.size() - 1, r.poisson(perPost));
            int stamp = w.nextStamp();
            for (int k = 0; k < n; k++) {
                AccountDraft who = cell.get(r.nextInt(cell.size()));
                if (who == p.author || who.likedStamp == stamp) {
                    continue;
                }
                long t = p.time + 30 + (long) r.exponential(2400);
                if (t < w.end && who.createdAt < t) {
                    who.likedStamp = stamp;
                    w.likes.add(who, p, t);
                }
            }
        }
    }

    /** Accounts an operator amplifies with together (kept logged in side by side). */
    static final int SQUAD_SIZE = 6;
    /** Share of re-shares made by the author's squad-mates rather than any cell-mate. */
    static final double SQUAD_SHARE = 0.75;

    /**
     * Campaign amplification (Keller et al. 2020: co-retweeting is one of the strongest traces of
     * paid agents). Each campaign post draws Poisson({@code inNetworkSharesPerPost}) re-shares,
     * twice as many when it carries an "evidence" link. They come in one burst: the burst starts a
     * log-normal delay (median {@code inNetworkShareLagSeconds}, sigma 0.8) after the post, and each
     * sharer follows the burst start by a half-normal delay of a quarter of the lag median plus up
     * to 20 s. Sharers are mostly the author's squad-mates ({@link #SQUAD_SHARE}): an operator
     * amplifies with the accounts open side by side, so the same pairs co-share again and again;
     * the rest are any accounts of the author's cell. An account shares a post at most once, and
     * only once it exists.
     */
    void inNetworkShares(int[][] byOperator) {
        double perPost = Math.max(0, c.engagement().inNetworkSharesPerPost());
        if (perPost <= 0 || posts.isEmpty()) {
            return;
        }
        List<List<AccountDraft>> squads = new ArrayList<>();
        for (int[] accounts : byOperator) {
            for (int from = 0; from < accounts.length; from += SQUAD_SIZE) {
                List<AccountDraft> squad = new ArrayList<>(SQUAD_SIZE);
                for (int i = from; i < Math.min(accounts.length, from + SQUAD_SIZE); i++) {
                    AccountDraft a = members.get(accounts[i]);
                    a.squad = squads.size();
                    squad.add(a);
                }
                squads.add(squad);
            }
        }
        List<List<AccountDraft>> byCell = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            byCell.add(new ArrayList<>());
        }
        for (AccountDraft a : members) {
            byCell.get(a.cell).add(a);
        }
        double lagMedian = Math.max(1, c.engagement().inNetworkShareLagSeconds());
        double spread = lagMedian / 4;
        Rng r = Rng.derive(w.seed, "campaign-shares", 0);
        for (PostDraft p : posts) {
            List<AccountDraft> cell = byCell.get(p.author.cell);
            List<AccountDraft> squad = squads.get(p.author.squad);
            if (cell.size() < 2) {
                continue;
            }
            int n = Math.min(cell.size() - 1, r.poisson(p.links.isEmpty() ? perPost : 2 * perPost));
            if (n == 0) {
                continue;
            }
            int stamp = w.nextStamp();
            long burst = p.time + 5 + (long) r.logNormal(lagMedian, 0.8);
            for (int k = 0; k < n; k++) {
                long t = burst + (long) (Math.abs(r.gaussian()) * spread) + r.nextInt(20);
                if (t >= w.end) {
                    continue;
                }
                // A few tries: a small squad soon runs out of accounts that have not shared yet.
                for (int attempt = 0; attempt < 4; attempt++) {
                    List<AccountDraft> pool = squad.size() > 1 && r.chance(SQUAD_SHARE) ? squad : cell;
                    AccountDraft who = pool.get(r.nextInt(pool.size()));
                    if (who != p.author && who.sharedStamp != stamp && who.createdAt < t) {
                        who.sharedStamp = stamp;
                        w.likes.addShare(who, p, t);
                        break;
                    }
                }
            }
        }
    }
}
