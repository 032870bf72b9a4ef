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
import org.spamouflage.sandbox.simulation.Drafts.LikeDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Turns drafts into the final records in a deterministic order: accounts get ids from a seeded
 * shuffle (so an id says nothing about the account's class or creation order) and are listed by
 * id; posts are sorted by (time, author, author's own order) and numbered in that order; likes
 * are de-duplicated and sorted by (time, account, post). Ids are zero-padded so that string order
 * equals numeric order.
 */
final class Assembler {
    static final String PLATFORM = "x";

    private Assembler() {
    }

    static Generated assemble(World w, Politicians politicians, DoubleConsumer progress) {
        // Accounts: seeded shuffle, then ids in shuffled order.
        List<AccountDraft> drafts = w.accounts;
        int n = drafts.size();
        int[] order = TemplateBook.identity(n);
        Rng.derive(w.seed, "account-ids", 0).shuffle(order);
        int width = Math.max(6, Integer.toString(Math.max(1, n)).length());
        AccountDraft[] byId = new AccountDraft[n];
        for (int k = 0; k < n; k++) {
            AccountDraft a = drafts.get(order[k]);
            a.id = id("acct-", k + 1, width);
            byId[k] = a;
        }
        List<Account> accounts = new ArrayList<>(n);
        List<GroundTruth.AccountTruth> accountTruth = new ArrayList<>(n);
        for (AccountDraft a : byId) {
            accounts.add(new Account(a.id, a.handle, a.displayName, a.createdAt, a.followers, a.following, a.bio,
                    a.avatar, true));
            accountTruth.add(new GroundTruth.AccountTruth(a.id, a.cls, a.cell, a.operator, a.origin));
        }
        progress.accept(0.8);

        PostDraft[] posts = w.posts.toArray(new PostDraft[0]);
        Comparator<PostDraft> byTime = Comparator.comparingLong((PostDraft d) -> d.time).thenComparingLong(d -> d.seq);
        Arrays.parallelSort(posts, byTime);
        int pWidth = Math.max(7, Integer.toString(Math.max(1, posts.length)).length());
        for (int k = 0; k < posts.length; k++) {
            posts[k].id = id("post-", k + 1, pWidth);
        }
        List<Post> out = new ArrayList<>(posts.length);
        List<GroundTruth.PostTruth> postTruth = new ArrayList<>(posts.length);
        for (PostDraft d : posts) {
            out.add(new Post(d.id, d.author.id, d.time, d.lang, d.text, d.replyTo == null ? null : d.replyTo.id, null,
                    d.links, d.hashtags, d.mentions, PLATFORM, d.source));
            postTruth.add(new GroundTruth.PostTruth(d.id, d.campaign, d.kind, d.templateId));
        }
        progress.accept(0.9);

        LikeDraft[] likes = w.likes.toArray(new LikeDraft[0]);
        // De-duplicate (one like per account and post): keep the earliest.
        Arrays.parallelSort(likes, Comparator.comparingLong((LikeDraft l) -> l.post().seq)
                .thenComparingInt(l -> l.who().index).thenComparingLong(LikeDraft::time));
        List<LikeDraft> unique = new ArrayList<>(likes.length);
        LikeDraft prev = null;
        for (LikeDraft l : likes) {
            if (prev != null && prev.post() == l.post() && prev.who() == l.who()) {
                continue;
            }
            unique.add(l);
            prev = l;
        }
        LikeDraft[] sorted = unique.toArray(new LikeDraft[0]);
        Arrays.parallelSort(sorted, Comparator.comparingLong(LikeDraft::time)
                .thenComparing((LikeDraft l) -> l.who().id).thenComparing(l -> l.post().id));
        List<Engagement> engagements = new ArrayList<>(sorted.length);
        for (LikeDraft l : sorted) {
            engagements.add(new Engagement(l.who().id, l.post().id, Engagement.Type.LIKE, l.time()));
        }

        List<Target> targets = new ArrayList<>(politicians.size());
        for (int i = 0; i < politicians.size(); i++) {
            targets.add(new Target(politicians.accounts[i].id, politicians.names[i], politicians.partyName(i),
                    politicians.roles[i], OtherTexts.PROVINCE_CODES[politicians.province[i]]));
        }
        targets.sort(Comparator.comparing(Target::accountId));

        Scenario s = w.scenario;
        DatasetInfo info = new DatasetInfo(true, "scenario " + s.name(), s.name(), ScenarioJson.hash(s), w.seed,
                w.start, w.end);
        Dataset dataset = new Dataset(info, accounts, out, engagements, targets);
        GroundTruth truth = new GroundTruth(accountTruth, postTruth);
        progress.accept(1.0);
        return new Generated(dataset, truth);
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
