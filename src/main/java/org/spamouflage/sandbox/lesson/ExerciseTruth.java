package org.spamouflage.sandbox.lesson;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.GroundTruth;

/**
 * The labels of the accounts students can flag (the accounts detection scored), kept inside the
 * service. Accounts without a label count as organic, as in the engine's evaluation.
 */
public final class ExerciseTruth {
    private final Map<String, AccountClass> classes;
    private final Map<String, AccountRole> roles;
    private final int campaign;

    private ExerciseTruth(Map<String, AccountClass> classes, Map<String, AccountRole> roles) {
        this.classes = Collections.unmodifiableMap(classes);
        this.roles = Collections.unmodifiableMap(roles);
        this.campaign = (int) classes.values().stream().filter(c -> c == AccountClass.CAMPAIGN).count();
    }

    /** Labels of {@code accounts} (in that order) from the generator's truth. */
    public static ExerciseTruth of(GroundTruth truth, List<String> accounts) {
        Map<String, AccountClass> m = new LinkedHashMap<>();
        Map<String, AccountRole> r = new LinkedHashMap<>();
        for (String id : accounts) {
            m.put(id, truth.account(id).map(GroundTruth.AccountTruth::cls).orElse(AccountClass.ORGANIC));
            if (truth.role(id).isAuthenticCoordination()) {
                r.put(id, truth.role(id));
            }
        }
        return new ExerciseTruth(m, r);
    }

    /** Labels given directly (tests), without roles. */
    public static ExerciseTruth of(Map<String, AccountClass> classes) {
        return new ExerciseTruth(new LinkedHashMap<>(classes), Map.of());
    }

    public boolean contains(String accountId) {
        return classes.containsKey(accountId);
    }

    public AccountClass classOf(String accountId) {
        AccountClass c = classes.get(accountId);
        if (c == null) {
            throw new IllegalArgumentException("account " + accountId + " is not part of this exercise");
        }
        return c;
    }

    /** Every account, in the detection's order, with its class. */
    public Map<String, AccountClass> classes() {
        return classes;
    }

    /** The honest accounts that coordinate in the open, with their role (the others have none). */
    public Map<String, AccountRole> roles() {
        return roles;
    }

    public int size() {
        return classes.size();
    }

    public int campaignAccounts() {
        return campaign;
    }

    /**
     * Scores a set of flagged accounts (every id must be part of the exercise; duplicates count
     * once).
     */
    public Score score(Collection<String> flagged, Costs costs) {
        java.util.Set<String> set = new java.util.HashSet<>(flagged);
        int tp = 0;
        int fp = 0;
        for (String id : set) {
            if (classOf(id) == AccountClass.CAMPAIGN) {
                tp++;
            } else {
                fp++;
            }
        }
        int fn = campaign - tp;
        int tn = classes.size() - campaign - fp;
        return new Score(tp, fp, fn, tn, costs.of(fp, fn));
    }
}
