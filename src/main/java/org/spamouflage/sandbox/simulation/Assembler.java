package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.LikeTable;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Turns drafts into the final records in a deterministic order: accounts get ids from a seeded
 * shuffle (so an id says nothing about the account's class or creation order) and are listed by
 * id; posts are sorted by time, posts at the same second in the order they were generated, and
 * numbered in that order; likes and re-shares are sorted by (time, account, post, like before share). Ids are zero-padded so that string order equals numeric order.
 *
 * <p>Sorting uses packed primitive keys ((time - first time) * n + position), which is several
 * times faster than sorting objects with a comparator at a million posts.
 */
final class Assembler {
    static final String PLATFORM = "x";

    private Assembler() {
    }

    static Generated assemble(World w, Politicians politicians, DoubleConsumer progress) {
        List<AccountDraft> drafts = w.accounts;
        int n = drafts.size();
        int[] order = TemplateBook.identity(n);
        Rng.derive(w.seed, "account-ids", 0).shuffle(order);
        int width = Math.max(6, Integer.toString(Math.max(1, n)).length());
        List<Account> accounts = new ArrayList<>(n);
        List<GroundTruth.AccountTruth> accountTruth = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            AccountDraft a = drafts.get(order[k]);
            a.id = id("acct-", k + 1, width);
            a.rank = k;
            accounts.add(new Account(a.id, a.handle, a.displayName, a.createdAt, a.followers, a.following, a.bio,
                    a.avatar, true));
            accountTruth.add(new GroundTruth.AccountTruth(a.id, a.cls, a.cell, a.operator, a.origin, a.role));
        }
        progress.accept(0.8);

        PostDraft[] generated = w.posts.toArray(new PostDraft[0]);
        w.posts.clear();
        int[] timeOrder = timeOrder(generated);
        int pWidth = Math.max(7, Integer.toString(Math.max(1, generated.length)).length());
        for (int k = 0; k < timeOrder.length; k++) {
            PostDraft d = generated[timeOrder[k]];
            d.id = id("post-", k + 1, pWidth);
            d.index = k;
        }
        // Records are built walking the drafts in the order they were made (good memory locality)
        // and stored at their place in time order.
        Post[] out = new Post[generated.length];
        GroundTruth.PostTruth[] postTruth = new GroundTruth.PostTruth[generated.length];
        for (PostDraft d : generated) {
            out[d.index] = new Post(d.id, d.author.id, d.time, d.lang, d.text, d.replyTo == null ? null : d.replyTo.id,
                    null, d.links, d.hashtags, d.mentions, PLATFORM, d.source);
            postTruth[d.index] = new GroundTruth.PostTruth(d.id, d.campaign, d.kind, d.templateId);
        }
        progress.accept(0.9);

        List<Engagement> engagements = likes(w.likes);

        List<Target> targets = new ArrayList<>(politicians.size());
        for (int i = 0; i < politicians.size(); i++) {
            targets.add(new Target(politicians.accounts[i].id, politicians.names[i], politicians.partyName(i),
                    politicians.roles[i], OtherTexts.PROVINCE_CODES[politicians.province[i]]));
        }
        targets.sort(Comparator.comparing(Target::accountId));

        Scenario s = w.scenario;
        DatasetInfo info = new DatasetInfo(true, "scenario " + s.name(), s.name(), ScenarioJson.hash(s), w.seed,
                w.start, w.end, w.audienceTimeZone());
        Dataset dataset = new Dataset(info, accounts, Arrays.asList(out), engagements, targets);
        GroundTruth truth = new GroundTruth(accountTruth, Arrays.asList(postTruth));
        progress.accept(1.0);
        return new Generated(dataset, truth);
    }

    /**
     * Generation positions of the posts in time order; posts at the same second keep their
     * generation order (deterministic).
     */
    private static int[] timeOrder(PostDraft[] posts) {
        int n = posts.length;
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (PostDraft p : posts) {
            min = Math.min(min, p.time);
            max = Math.max(max, p.time);
        }
        if (max - min >= Long.MAX_VALUE / n) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, Comparator.comparingLong((Integer i) -> posts[i].time)); // stable
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (posts[i].time - min) * n + i;
        }
        Arrays.parallelSort(keys);
        for (int k = 0; k < n; k++) {
            order[k] = (int) (keys[k] % n);
        }
        return order;
    }

    /**
     * Likes and re-shares by (time, account, post, like before share). Builders never make two
     * likes (or two shares) by one account on one post, so no de-duplication is needed here.
     */
    private static List<Engagement> likes(LikeTable likes) {
        int m = likes.size;
        if (m == 0) {
            return List.of();
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < m; i++) {
            min = Math.min(min, likes.time[i]);
            max = Math.max(max, likes.time[i]);
        }
        int[] order = new int[m];
        if (max - min >= Long.MAX_VALUE / m) {
            Integer[] boxed = new Integer[m];
            for (int i = 0; i < m; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> compareLikes(likes, a, b));
            for (int i = 0; i < m; i++) {
                order[i] = boxed[i];
            }
        } else {
            long[] keys = new long[m];
            for (int i = 0; i < m; i++) {
                keys[i] = (likes.time[i] - min) * m + i;
            }
            Arrays.parallelSort(keys);
            for (int k = 0; k < m; k++) {
                order[k] = (int) (keys[k] % m);
            }
            // Same second: order by account, then post (rare, small groups: insertion sort).
            int i = 0;
            while (i < m) {
                int j = i + 1;
                while (j < m && likes.time[order[j]] == likes.time[order[i]]) {
                    j++;
                }
                for (int a = i + 1; a < j; a++) {
                    int x = order[a];
                    int b = a - 1;
                    while (b >= i && compareLikes(likes, order[b], x) > 0) {
                        order[b + 1] = order[b];
                        b--;
                    }
                    order[b + 1] = x;
                }
                i = j;
            }
        }
        Engagement[] out = new Engagement[m];
        for (int k = 0; k < m; k++) {
            int i = order[k];
            out[k] = new Engagement(likes.who[i].id, likes.post[i].id,
                    likes.share[i] ? Engagement.Type.SHARE : Engagement.Type.LIKE, likes.time[i]);
        }
        return Arrays.asList(out);
    }

    private static int compareLikes(LikeTable likes, int a, int b) {
        int c = Long.compare(likes.time[a], likes.time[b]);
        if (c == 0) {
            c = Integer.compare(likes.who[a].rank, likes.who[b].rank);
        }
        if (c == 0) {
            c = Integer.compare(likes.post[a].index, likes.post[b].index);
        }
        if (c == 0) {
            c = Boolean.compare(likes.share[a], likes.share[b]);
        }
        return c;
    }

    static String id(String prefix, int number, int width) {
        String digits = Integer.toString(number);
        StringBuilder sb = new StringBuilder(prefix.length() + width);
        sb.append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
