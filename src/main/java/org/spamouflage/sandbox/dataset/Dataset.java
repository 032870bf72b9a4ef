package org.spamouflage.sandbox.dataset;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a platform would let an investigator see: accounts, posts, engagements and the public
 * figures being commented on. Generated and imported data share this one model. It carries no
 * labels: those are in {@link GroundTruth}, kept apart so detection cannot read them.
 *
 * <p>Lists keep the order they were given in; producers give a deterministic order (the
 * generator: accounts by id, posts by time then id) so exports are byte-identical.
 */
public final class Dataset {
    private final DatasetInfo info;
    private final List<Account> accounts;
    private final List<Post> posts;
    private final List<Engagement> engagements;
    private final List<Target> targets;
    private volatile Map<String, Account> accountIndex;
    private volatile Map<String, Post> postIndex;

    public Dataset(DatasetInfo info, List<Account> accounts, List<Post> posts, List<Engagement> engagements,
                   List<Target> targets) {
        this.info = info;
        this.accounts = List.copyOf(accounts);
        this.posts = List.copyOf(posts);
        this.engagements = List.copyOf(engagements);
        this.targets = List.copyOf(targets);
    }

    /** The same data with other provenance (e.g. the audience time zone a user gave after an import). */
    public Dataset withInfo(DatasetInfo newInfo) {
        return new Dataset(newInfo, this);
    }

    /** Shares the other dataset's lists (already immutable copies), with new provenance. */
    private Dataset(DatasetInfo info, Dataset from) {
        this.info = info;
        this.accounts = from.accounts;
        this.posts = from.posts;
        this.engagements = from.engagements;
        this.targets = from.targets;
    }

    public DatasetInfo info() {
        return info;
    }

    public List<Account> accounts() {
        return accounts;
    }

    public List<Post> posts() {
        return posts;
    }

    public List<Engagement> engagements() {
        return engagements;
    }

    public List<Target> targets() {
        return targets;
    }

    public Optional<Account> account(String id) {
        return Optional.ofNullable(accountIndex().get(id));
    }

    public Optional<Post> post(String id) {
        return Optional.ofNullable(postIndex().get(id));
    }

    /** True when the account is one of the public figures being commented on. */
    public boolean isTarget(String accountId) {
        for (Target t : targets) {
            if (t.accountId().equals(accountId)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Account> accountIndex() {
        Map<String, Account> idx = accountIndex;
        if (idx == null) {
            Map<String, Account> m = new HashMap<>(accounts.size() * 2);
            for (Account a : accounts) {
                m.put(a.id(), a);
            }
            idx = Collections.unmodifiableMap(m);
            accountIndex = idx;
        }
        return idx;
    }

    private Map<String, Post> postIndex() {
        Map<String, Post> idx = postIndex;
        if (idx == null) {
            Map<String, Post> m = new HashMap<>(posts.size() * 2);
            for (Post p : posts) {
                m.put(p.id(), p);
            }
            idx = Collections.unmodifiableMap(m);
            postIndex = idx;
        }
        return idx;
    }
}
