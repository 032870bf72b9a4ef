package org.spamouflage.sandbox.ingest;

import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;

/**
 * Collects accepted rows into posts and accounts, then sorts them into the deterministic order
 * every producer uses (posts by time then id, accounts by id). Account attributes come from the
 * first accepted row of the account that has a value for them (file order). Posts share their
 * author's id string. Shared-object and reply ids are not de-duplicated: measured on 1M CooRTweet
 * rows, the extra lookup cost more time (0.3 s) than the memory it saved was worth (BENCHMARKS.md).
 */
final class DatasetAssembler {
    private static final byte NO_LABEL = -1;
    private static final AccountClass[] CLASSES = AccountClass.values();

    private final boolean uniquifyIds;
    private final StringIndex accountIndex = new StringIndex();
    private final List<String> handles = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final LongArrayList created = new LongArrayList();
    private final IntArrayList followers = new IntArrayList();
    private final IntArrayList following = new IntArrayList();
    private final ByteArrayList labels = new ByteArrayList();
    private final LongArrayList labelRows = new LongArrayList();
    private final StringIndex postIds = new StringIndex();
    private final LongArrayList firstRowOfId = new LongArrayList();
    private final Object2IntOpenHashMap<String> nextSuffix = new Object2IntOpenHashMap<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Engagement> engagements = new ArrayList<>();
    private final it.unimi.dsi.fastutil.booleans.BooleanArrayList targets =
            new it.unimi.dsi.fastutil.booleans.BooleanArrayList();
    private int renamed;
    /** Whether the last {@link #claim} found the id taken (uniquify mode: the row gets a suffix). */
    private boolean claimedRepeat;

    /** @param uniquifyIds give repeated post ids a {@code #2}, {@code #3}… suffix instead of rejecting them */
    DatasetAssembler(boolean uniquifyIds) {
        this.uniquifyIds = uniquifyIds;
    }

    /**
     * Claims a post id for the row: null when the row may use it (or, with {@code uniquifyIds},
     * will get a suffixed one), else why not (it was seen before). One hash operation in the
     * common case. Call only for a row that will be added if this returns null.
     */
    String claim(String id, long row) {
        int n = postIds.size();
        int i = postIds.add(id);
        if (i == n) {
            firstRowOfId.add(row);
            claimedRepeat = false;
            return null;
        }
        claimedRepeat = true;
        return uniquifyIds ? null
                : "duplicate post id \"" + Text.show(id) + "\" (first on row " + firstRowOfId.getLong(i) + ")";
    }

    /** Like {@link #claim} but without claiming: for reporting a repeated id on a row rejected anyway. */
    String duplicate(String id) {
        int i = postIds.indexOf(id);
        return i < 0 || uniquifyIds ? null
                : "duplicate post id \"" + Text.show(id) + "\" (first on row " + firstRowOfId.getLong(i) + ")";
    }

    /** Why the label contradicts the account's earlier label, or null. */
    String labelConflict(String account, AccountClass cls) {
        if (cls == null) {
            return null;
        }
        int a = accountIndex.indexOf(account);
        if (a < 0) {
            return null;
        }
        byte had = labels.getByte(a);
        if (had == NO_LABEL || had == cls.ordinal()) {
            return null;
        }
        return "label " + cls.label() + " contradicts " + CLASSES[had].label() + " given for account \""
                + Text.show(account) + "\" on row " + labelRows.getLong(a);
    }

    /** Adds an accepted row whose id was {@link #claim claimed} and whose label does not conflict. */
    void add(long row, String id, String account, long time, String lang, String text, String replyTo, String object,
             List<String> links, List<String> hashtags, List<String> mentions, String platform, String source,
             String handle, String displayName, long createdAt, int followerCount, int followingCount,
             AccountClass label, boolean target) {
        int a = account(row, account, handle, displayName, createdAt, followerCount, followingCount, label, target);
        String postId = id;
        if (uniquifyIds && claimedRepeat) {
            // remembering the next suffix per repeated id keeps a much-repeated id linear
            int k = Math.max(2, nextSuffix.getInt(id));
            postId = id + "#" + k;
            while (postIds.indexOf(postId) >= 0) {
                postId = id + "#" + (++k);
            }
            nextSuffix.put(id, k + 1);
            renamed++;
            postIds.add(postId);
            firstRowOfId.add(row);
        }
        posts.add(new Post(postId, accountIndex.key(a), time, lang, text, replyTo, object, links,
                hashtags, mentions, platform, source));
    }

    /**
     * Adds an accepted engagement row (a like or a re-share without text of {@code postId}); its
     * account attributes count as for a post row. Engagements carry no id of their own.
     */
    void addEngagement(long row, String account, String postId, Engagement.Type type, long time, String handle,
                       String displayName, long createdAt, int followerCount, int followingCount, AccountClass label,
                       boolean target) {
        int a = account(row, account, handle, displayName, createdAt, followerCount, followingCount, label, target);
        engagements.add(new Engagement(accountIndex.key(a), postId, type, time));
    }

    /** The account's index, creating it on first sight; fills attributes still unknown from this row. */
    private int account(long row, String account, String handle, String displayName, long createdAt,
                        int followerCount, int followingCount, AccountClass label, boolean target) {
        int known = accountIndex.size();
        int a = accountIndex.add(account);
        if (a == known) {
            handles.add(null);
            names.add(null);
            created.add(Account.UNKNOWN);
            followers.add(-1);
            following.add(-1);
            labels.add(NO_LABEL);
            labelRows.add(-1);
            targets.add(false);
        }
        if (handles.get(a) == null && handle != null && !handle.isEmpty()) {
            handles.set(a, handle);
        }
        if (names.get(a) == null && displayName != null && !displayName.isEmpty()) {
            names.set(a, displayName);
        }
        if (created.getLong(a) == Account.UNKNOWN && createdAt != Account.UNKNOWN) {
            created.set(a, createdAt);
        }
        if (followers.getInt(a) < 0 && followerCount >= 0) {
            followers.set(a, followerCount);
        }
        if (following.getInt(a) < 0 && followingCount >= 0) {
            following.set(a, followingCount);
        }
        if (label != null && labels.getByte(a) == NO_LABEL) {
            labels.set(a, (byte) label.ordinal());
            labelRows.set(a, row);
        }
        if (target) {
            targets.set(a, true);
        }
        return a;
    }

    /** Rows whose post id was given a suffix. */
    int renamed() {
        return renamed;
    }

    int postCount() {
        return posts.size();
    }

    /** Sorts and builds the dataset; {@code withTruth}: one label per account (all accounts were labelled). */
    Result build(String source, boolean withTruth) {
        Post[] p = sortByTimeThenId(posts);
        posts.clear();
        Integer[] order = new Integer[accountIndex.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(accountIndex::key));
        List<Account> accounts = new ArrayList<>(order.length);
        List<GroundTruth.AccountTruth> truth = new ArrayList<>(withTruth ? order.length : 0);
        List<Target> targetList = new ArrayList<>();
        for (int i : order) {
            String id = accountIndex.key(i);
            accounts.add(new Account(id, handles.get(i), names.get(i), created.getLong(i), followers.getInt(i),
                    following.getInt(i), "", "", false));
            if (targets.getBoolean(i)) {
                targetList.add(new Target(id, names.get(i) != null ? names.get(i) : handles.get(i), "", "", ""));
            }
            if (withTruth && labels.getByte(i) != NO_LABEL) {
                truth.add(new GroundTruth.AccountTruth(id, CLASSES[labels.getByte(i)], -1, -1, ""));
            }
        }
        long start = p.length == 0 ? 0 : p[0].time();
        long end = p.length == 0 ? 0 : p[p.length - 1].time() + 1;
        DatasetInfo info = new DatasetInfo(false, source, "", "", 0, start, end);
        // engagements in time order, then by account, post and type: the same file gives the same dataset
        engagements.sort(Comparator.comparingLong(Engagement::time).thenComparing(Engagement::accountId)
                .thenComparing(Engagement::postId).thenComparing(Engagement::type));
        Dataset dataset = new Dataset(info, accounts, Arrays.asList(p), List.copyOf(engagements), targetList);
        return new Result(dataset, withTruth ? new GroundTruth(truth, List.of()) : null);
    }

    /**
     * Posts by time, then id. Sorting packed primitive keys (time in the high bits, list index in
     * the low {@value #INDEX_BITS}) avoids chasing a pointer per comparison; only posts sharing a
     * second are then ordered by id. Times are below 2^32 (2100-01-01) and lists shorter than
     * 2^{@value #INDEX_BITS}, else a plain comparator sort is used.
     */
    static Post[] sortByTimeThenId(List<Post> list) {
        Post[] out = list.toArray(new Post[0]);
        int n = out.length;
        if (n >= (1 << INDEX_BITS)) {
            Arrays.sort(out, BY_TIME_THEN_ID);
            return out;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long t = out[i].time();
            if (t < 0 || t >= (1L << 32)) {
                Arrays.sort(out, BY_TIME_THEN_ID);
                return out;
            }
            keys[i] = (t << INDEX_BITS) | i;
        }
        Arrays.sort(keys);
        Post[] sorted = new Post[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = out[(int) (keys[i] & ((1 << INDEX_BITS) - 1))];
        }
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || sorted[i].time() != sorted[start].time()) {
                if (i - start > 1) {
                    Arrays.sort(sorted, start, i, BY_TIME_THEN_ID);
                }
                start = i;
            }
        }
        return sorted;
    }

    static final int INDEX_BITS = 24;
    static final Comparator<Post> BY_TIME_THEN_ID = Comparator.comparingLong(Post::time).thenComparing(Post::id);

    record Result(Dataset dataset, GroundTruth truth) {
    }
}
