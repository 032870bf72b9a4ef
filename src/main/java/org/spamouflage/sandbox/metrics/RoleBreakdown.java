package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.GroundTruth;

/**
 * Who the false alarms are: among the {@code k} highest-scoring accounts that are <em>not</em>
 * campaign, how many take part in each kind of authentic coordination ({@link AccountRole}). A
 * detector that ranks advocates, outlets and fan rings first among the honest accounts is doing
 * what coordination signals do; the lesson is that coordination is not inauthenticity.
 *
 * <p>Accounts are ranked by score, highest first; ties by account id, so the answer never depends
 * on input order. Accounts without a label count as honest without a role.
 *
 * @param k       how many top non-campaign accounts were asked for
 * @param counted how many were counted: {@code min(k, non-campaign accounts scored)}
 * @param byRole  how many of the counted accounts have each role ({@link AccountRole#NONE} included)
 */
public record RoleBreakdown(int k, int counted, Map<AccountRole, Integer> byRole) {

    public RoleBreakdown {
        byRole = Collections.unmodifiableMap(new EnumMap<>(byRole));
    }

    /** How many of the counted accounts have any authentic-coordination role. */
    public int withRole() {
        int n = 0;
        for (Map.Entry<AccountRole, Integer> e : byRole.entrySet()) {
            if (e.getKey().isAuthenticCoordination()) {
                n += e.getValue();
            }
        }
        return n;
    }

    /** How many of the counted accounts have {@code role}. */
    public int count(AccountRole role) {
        return byRole.getOrDefault(role, 0);
    }

    /**
     * @param ids    account ids, parallel to {@code scores}
     * @param scores one score per account (NaN counts as the lowest)
     * @throws InvalidMetricInputException when the lists differ in length or {@code k} is negative
     */
    public static RoleBreakdown topNonCampaign(List<String> ids, double[] scores, GroundTruth truth, int k) {
        List<String> problems = new ArrayList<>();
        if (ids.size() != scores.length) {
            problems.add(ids.size() + " account ids but " + scores.length + " scores");
        }
        if (k < 0) {
            problems.add("k must be at least 0, got " + k);
        }
        InvalidMetricInputException.throwIfAny(problems);
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!truth.isCampaign(ids.get(i))) {
                others.add(i);
            }
        }
        others.sort((x, y) -> {
            double a = Double.isNaN(scores[x]) ? Double.NEGATIVE_INFINITY : scores[x];
            double b = Double.isNaN(scores[y]) ? Double.NEGATIVE_INFINITY : scores[y];
            int c = Double.compare(b, a);
            return c != 0 ? c : ids.get(x).compareTo(ids.get(y));
        });
        Map<AccountRole, Integer> byRole = new EnumMap<>(AccountRole.class);
        for (AccountRole r : AccountRole.values()) {
            byRole.put(r, 0);
        }
        int counted = Math.min(k, others.size());
        for (int j = 0; j < counted; j++) {
            byRole.merge(truth.role(ids.get(others.get(j))), 1, Integer::sum);
        }
        return new RoleBreakdown(k, counted, byRole);
    }
}
