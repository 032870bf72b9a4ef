package org.spamouflage.sandbox.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;

/**
 * Recruits honest users for authentic coordination (advocacy supporters, ring members, game
 * players) from the organic population, and picks the days events happen on. An account takes at
 * most one role: a recruit already holding one is passed over, so every role in the truth is
 * unambiguous.
 */
final class Recruits {
    private Recruits() {
    }

    /**
     * Up to {@code n} distinct members without a role that pass {@code eligible}, drawn with
     * probability proportional to {@code weight}, in the order drawn. Fewer when the population
     * runs out. Each recruit gets {@code role}.
     */
    static int[] draw(OrganicBuilder organic, int n, Rng r, AccountRole role, IntPredicate eligible,
                      java.util.function.IntToDoubleFunction weight) {
        List<AccountDraft> members = organic.members;
        double[] w = new double[members.size()];
        int available = 0;
        for (int i = 0; i < w.length; i++) {
            if (members.get(i).role == AccountRole.NONE && eligible.test(i)) {
                w[i] = Math.max(1e-9, weight.applyAsDouble(i));
                available++;
            }
        }
        int want = Math.min(Math.max(0, n), available);
        int[] out = new int[want];
        if (want == 0) {
            return out;
        }
        double[] cumulative = Rng.cumulative(w);
        int got = 0;
        // Rejection while collisions are rare; a linear pass over what is left when they are not.
        for (int attempt = 0; got < want && attempt < 20 * want + 100; attempt++) {
            int i = r.pickCumulative(cumulative);
            if (w[i] > 0 && members.get(i).role == AccountRole.NONE) {
                members.get(i).role = role;
                out[got++] = i;
            }
        }
        for (int i = 0; got < want && i < w.length; i++) {
            if (w[i] > 0 && members.get(i).role == AccountRole.NONE) {
                members.get(i).role = role;
                out[got++] = i;
            }
        }
        return out;
    }

    /** Share of honest posts written in French: French speakers always, bilingual users at their rate. */
    static double frenchPostShare(Scenario.Organic o) {
        double sum = Math.max(1e-9, o.languages().english() + o.languages().french() + o.languages().bilingual());
        return (o.languages().french() + o.languages().bilingual() * o.bilingualFrenchShare()) / sum;
    }

    /** Weight for drawing recruits by activity: the account's activity plus a floor, so lurkers join too. */
    static java.util.function.IntToDoubleFunction byActivity(OrganicBuilder organic) {
        double mean = 0;
        for (AccountDraft a : organic.members) {
            mean += a.activity / organic.members.size();
        }
        double floor = 0.3 * mean + 1e-6;
        return i -> organic.members.get(i).activity + floor;
    }

    /**
     * The days of {@code count} events, as epoch seconds of Eastern midnight: the listed
     * {@code fixed} days first (those inside the period), then days the seed draws among the others
     * (a day repeats only when every day of the period is taken).
     */
    static long[] days(World w, int count, List<LocalDate> fixed, Rng r) {
        int total = (int) Math.max(1, Math.round(w.days()));
        List<Long> out = new ArrayList<>();
        boolean[] taken = new boolean[total];
        LocalDate first = w.scenario.period().start();
        if (fixed != null) {
            for (LocalDate d : fixed) {
                long k = d.toEpochDay() - first.toEpochDay();
                if (out.size() < count && k >= 0 && k < total) {
                    taken[(int) k] = true;
                    out.add(World.epochOf(d));
                }
            }
        }
        while (out.size() < count) {
            int free = 0;
            for (boolean t : taken) {
                free += t ? 0 : 1;
            }
            if (free == 0) {
                java.util.Arrays.fill(taken, false);
                free = total;
            }
            int pick = r.nextInt(free);
            for (int k = 0; k < total; k++) {
                if (!taken[k] && pick-- == 0) {
                    taken[k] = true;
                    out.add(World.epochOf(first.plusDays(k)));
                    break;
                }
            }
        }
        long[] days = new long[out.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = out.get(i);
        }
        return days;
    }
}
