package org.spamouflage.sandbox.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The labels: which account and which post belongs to the campaign, and which honest accounts
 * take part in authentic coordination ({@link AccountRole}). Kept apart from
 * {@link Dataset} so the detection package cannot reach it (an architecture test guards this).
 * Maps iterate in the order entries were given, which producers keep deterministic.
 */
public final class GroundTruth {

    /**
     * @param accountId the account
     * @param cls       organic, campaign or background
     * @param cell      campaign cell number (0-based), or -1
     * @param operator  campaign operator number (0-based), or -1
     * @param origin    campaign accounts: {@code new}, {@code hijacked} or {@code bought}; others: empty
     * @param role      the kind of authentic coordination an honest account takes part in, or
     *                  {@link AccountRole#NONE}
     */
    public record AccountTruth(String accountId, AccountClass cls, int cell, int operator, String origin,
                               AccountRole role) {
        public AccountTruth {
            origin = origin == null ? "" : origin;
            role = role == null ? AccountRole.NONE : role;
        }

        /** An account without an authentic-coordination role (labels written before roles existed). */
        public AccountTruth(String accountId, AccountClass cls, int cell, int operator, String origin) {
            this(accountId, cls, cell, operator, origin, AccountRole.NONE);
        }

        public boolean isCampaign() {
            return cls == AccountClass.CAMPAIGN;
        }
    }

    /**
     * @param postId     the post
     * @param campaign   true when the campaign wrote it as part of the operation (camouflage included)
     * @param kind       how the text was made: {@code organic}, {@code slogan}, {@code verbatim},
     *                   {@code edit}, {@code paraphrase}, {@code translation}, {@code camouflage},
     *                   {@code legacy}, {@code bot}, {@code target}; honest coordination: {@code advocacy}
     *                   (a letter or an organisation's call), {@code news} (a headline), {@code hashtag-game}
     * @param templateId the campaign template behind the text (same id across languages), or -1
     */
    public record PostTruth(String postId, boolean campaign, String kind, int templateId) {
        public PostTruth {
            kind = kind == null ? "" : kind;
        }
    }

    private final Map<String, AccountTruth> accounts;
    private final Map<String, PostTruth> posts;

    public GroundTruth(List<AccountTruth> accounts, List<PostTruth> posts) {
        Map<String, AccountTruth> a = new LinkedHashMap<>(accounts.size() * 2);
        for (AccountTruth t : accounts) {
            a.put(t.accountId(), t);
        }
        Map<String, PostTruth> p = new LinkedHashMap<>(posts.size() * 2);
        for (PostTruth t : posts) {
            p.put(t.postId(), t);
        }
        this.accounts = Collections.unmodifiableMap(a);
        this.posts = Collections.unmodifiableMap(p);
    }

    public Map<String, AccountTruth> accounts() {
        return accounts;
    }

    public Map<String, PostTruth> posts() {
        return posts;
    }

    public Optional<AccountTruth> account(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** The account's authentic-coordination role; {@link AccountRole#NONE} when it has none or is not labelled. */
    public AccountRole role(String accountId) {
        AccountTruth t = accounts.get(accountId);
        return t == null ? AccountRole.NONE : t.role();
    }

    public boolean isCampaign(String accountId) {
        AccountTruth t = accounts.get(accountId);
        return t != null && t.isCampaign();
    }
}
