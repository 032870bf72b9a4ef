package org.spamouflage.sandbox.detection;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.detection.coaction.CoActionLimits;

/**
 * What every signal works from: the dataset, the settings, the scored accounts (every account with
 * at least one post that is not a target, in id order) and each account's posts in time order.
 * Intermediate results shared by several signals (the network, duplicate families) are computed
 * once on first use.
 */
public final class DetectionContext {
    private final Dataset dataset;
    private final DetectorSettings settings;
    private final CoActionLimits limits;
    private final ZoneId zone;
    private final List<Account> accounts;
    private final Object2IntOpenHashMap<String> index;
    private final int[][] postsByAccount;
    private final int[] postAccount;
    private final long[] postTime;
    private final Map<Class<?>, Object> shared = new HashMap<>();

    public DetectionContext(Dataset dataset, DetectorSettings settings) {
        this(dataset, settings, CoActionLimits.DEFAULT);
    }

    /**
     * @param limits caps on the co-action layers' pair tables (memory, not results: a run within them gives
     *               the same detection whatever they are)
     */
    public DetectionContext(Dataset dataset, DetectorSettings settings, CoActionLimits limits) {
        this.dataset = dataset;
        this.settings = settings;
        this.limits = limits;
        this.zone = settings.autoZone()
                ? (dataset.info().hasAudienceTimeZone() ? ZoneId.of(dataset.info().audienceTimeZone()) : null)
                : ZoneId.of(settings.referenceTimeZone());
        Set<String> targets = new HashSet<>();
        for (Target t : dataset.targets()) {
            targets.add(t.accountId());
        }
        List<Post> posts = dataset.posts();
        Object2IntOpenHashMap<String> all = new Object2IntOpenHashMap<>();
        all.defaultReturnValue(-1);
        List<Account> accountList = dataset.accounts();
        for (int i = 0; i < accountList.size(); i++) {
            all.put(accountList.get(i).id(), i);
        }
        // one lookup per post: its author's place in the account list, then in the scored accounts below
        boolean[] hasPost = new boolean[accountList.size()];
        int[] postAll = new int[posts.size()];
        for (int p = 0; p < posts.size(); p++) {
            int a = all.getInt(posts.get(p).accountId());
            postAll[p] = a;
            if (a >= 0) {
                hasPost[a] = true;
            }
        }
        List<Account> scored = new ArrayList<>();
        for (int i = 0; i < accountList.size(); i++) {
            Account a = accountList.get(i);
            if (hasPost[i] && !targets.contains(a.id())) {
                scored.add(a);
            }
        }
        scored.sort((x, y) -> x.id().compareTo(y.id()));
        this.accounts = List.copyOf(scored);
        this.index = new Object2IntOpenHashMap<>(scored.size() * 2);
        index.defaultReturnValue(-1);
        int[] scoredOfAll = new int[accountList.size()];
        java.util.Arrays.fill(scoredOfAll, -1);
        for (int i = 0; i < scored.size(); i++) {
            index.put(scored.get(i).id(), i);
        }
        for (int i = 0; i < accountList.size(); i++) {
            scoredOfAll[i] = index.getInt(accountList.get(i).id());
        }
        // each account's posts: counted, then filled in post order (no list per account), then sorted by time
        int[] count = new int[scored.size()];
        this.postAccount = new int[posts.size()];
        this.postTime = new long[posts.size()];
        for (int p = 0; p < posts.size(); p++) {
            postTime[p] = posts.get(p).time();
            int a = postAll[p] < 0 ? -1 : scoredOfAll[postAll[p]];
            postAccount[p] = a;
            if (a >= 0) {
                count[a]++;
            }
        }
        this.postsByAccount = new int[scored.size()][];
        for (int a = 0; a < count.length; a++) {
            postsByAccount[a] = new int[count[a]];
            count[a] = 0;
        }
        for (int p = 0; p < posts.size(); p++) {
            int a = postAccount[p];
            if (a >= 0) {
                postsByAccount[a][count[a]++] = p;
            }
        }
        for (int[] ps : postsByAccount) {
            sortByTime(ps, postTime);
        }
    }

    private static void sortByTime(int[] ps, long[] time) {
        it.unimi.dsi.fastutil.ints.IntArrays.quickSort(ps, (x, y) -> {
            int c = Long.compare(time[x], time[y]);
            return c != 0 ? c : Integer.compare(x, y);
        });
    }

    public Dataset dataset() {
        return dataset;
    }

    public DetectorSettings settings() {
        return settings;
    }

    /** Caps on the co-action layers' pair tables. */
    public CoActionLimits limits() {
        return limits;
    }

    /**
     * The audience's time zone: the settings' {@code referenceTimeZone}, or with {@code auto} the zone the
     * dataset declares.
     *
     * @throws IllegalStateException when no zone is known (check {@link #hasZone()}: signals that need local
     *                               time abstain then)
     */
    public ZoneId zone() {
        if (zone == null) {
            throw new IllegalStateException("no audience time zone is known for this dataset");
        }
        return zone;
    }

    /** True when the audience's time zone is known (given in the settings or declared by the dataset). */
    public boolean hasZone() {
        return zone != null;
    }

    /** The audience's zone when known, else UTC (for displays that must show some clock, saying which). */
    public ZoneId zoneOrUtc() {
        return zone != null ? zone : java.time.ZoneOffset.UTC;
    }

    /** Number of scored accounts. */
    public int size() {
        return accounts.size();
    }

    public Account account(int i) {
        return accounts.get(i);
    }

    public List<Account> accounts() {
        return accounts;
    }

    /** Index of a scored account, or -1 (targets, accounts without posts, unknown ids). */
    public int indexOf(String accountId) {
        return index.getInt(accountId);
    }

    /** Indices into {@code dataset().posts()} of account {@code i}'s posts, oldest first. */
    public int[] posts(int i) {
        return postsByAccount[i];
    }

    public Post post(int postIndex) {
        return dataset.posts().get(postIndex);
    }

    /** A post's time, epoch seconds ({@code post(postIndex).time()}, read from an array). */
    public long time(int postIndex) {
        return postTime[postIndex];
    }

    /** The scored-account index of a post's author, or -1. */
    public int authorOf(int postIndex) {
        return postAccount[postIndex];
    }

    /** What the posts point at (hashtags, links, re-shares), read once per dataset. */
    public org.spamouflage.sandbox.detection.entities.PostEntities entities() {
        return shared(org.spamouflage.sandbox.detection.entities.PostEntities.class,
                c -> org.spamouflage.sandbox.detection.entities.PostEntities.of(c.dataset()));
    }

    /** What {@link #entities()} finds in all the posts, counted once (for the methods note). */
    public org.spamouflage.sandbox.detection.entities.PostEntities.Summary entitySummary() {
        return shared(org.spamouflage.sandbox.detection.entities.PostEntities.Summary.class,
                c -> c.entities().summarise(c.dataset()));
    }

    /** A result shared between signals, computed once (callers are serialised). */
    @SuppressWarnings("unchecked")
    public synchronized <T> T shared(Class<T> type, Function<DetectionContext, T> compute) {
        Object v = shared.get(type);
        if (v == null) {
            v = compute.apply(this);
            shared.put(type, v);
        }
        return (T) v;
    }

    /**
     * What a signal's {@link Signal#prepare} kept with {@link #shared}, handed over to its {@link Signal#score} and
     * no longer kept (the context lives as long as its detection); computed now when nothing was prepared.
     */
    @SuppressWarnings("unchecked")
    public <T> T takeShared(Class<T> type, Function<DetectionContext, T> compute) {
        Object v;
        synchronized (this) {
            v = shared.remove(type);
        }
        return v != null ? (T) v : compute.apply(this);
    }
}
