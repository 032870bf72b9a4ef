package org.spamouflage.sandbox.detection.network;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Many accounts posting one copied message within a short window: a scan test on each message
 * family. The pairwise test ({@link org.spamouflage.sandbox.detection.coaction.EdgeSignificance})
 * needs two accounts to meet again and again; a crude flood where 150 accounts each paste one
 * near-identical comment within a day never repeats a pair, so it needs this second test.
 *
 * <p>Null model: the family's n posts fall uniformly over the observed period T (a Poisson process
 * of rate n/T). The number of posts in one window of length W is then Poisson with mean
 * λ = n·W/T; the chance that some window holds at least k is bounded by (T/W)·P(Poisson(λ) ≥ k)
 * (a union bound over T/W disjoint-offset windows, Naus's scan statistic approximation), and a
 * Bonferroni factor over the M tested families gives the critical count k*. Windows with at least
 * k* distinct accounts are bursts; their posts are marked and their accounts linked. Known
 * weakness: an honest slogan repeated on a news day also bunches; slogans are short, and short
 * exact-only families are not tested. Cost: O(n log n) per family.
 */
final class MessageBursts {

    /** A significant burst: the posts in it and the distinct accounts, in time order. */
    record Burst(int[] posts, int[] accounts, double pValue) {
    }

    private MessageBursts() {
    }

    /**
     * @param families  per family, its posts' indices sorted by time
     * @param times     post time per post index
     * @param account   account key per post index (distinct accounts are counted)
     * @param window    W in seconds
     * @param period    T in seconds (the observed period)
     * @param alpha     family-wise error level
     */
    static List<Burst> find(List<int[]> families, long[] times, int[] account, long window, long period, double alpha) {
        List<Burst> out = new ArrayList<>();
        int m = Math.max(1, families.size());
        double windows = Math.max(1.0, (double) period / Math.max(1, window));
        for (int[] posts : families) {
            int n = posts.length;
            double lambda = n * (double) window / Math.max(period, window);
            int kStar = criticalCount(lambda, windows, alpha / m, n);
            if (kStar > n) {
                continue;
            }
            // two pointers over time; distinct accounts in the window
            Int2IntOpenHashMap inWindow = new Int2IntOpenHashMap();
            boolean[] marked = new boolean[n];
            int lo = 0;
            int best = 0;
            for (int hi = 0; hi < n; hi++) {
                inWindow.addTo(account[posts[hi]], 1);
                while (times[posts[hi]] - times[posts[lo]] > window) {
                    int a = account[posts[lo]];
                    if (inWindow.addTo(a, -1) == 1) {
                        inWindow.remove(a);
                    }
                    lo++;
                }
                if (inWindow.size() >= kStar) {
                    for (int i = lo; i <= hi; i++) {
                        marked[i] = true;
                    }
                }
                best = Math.max(best, inWindow.size());
            }
            if (best < kStar) {
                continue;
            }
            List<Integer> ps = new ArrayList<>();
            List<Integer> as = new ArrayList<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                if (marked[i]) {
                    ps.add(posts[i]);
                    if (seen.add(account[posts[i]])) {
                        as.add(account[posts[i]]);
                    }
                }
            }
            double p = Math.min(1.0, windows * upperTail(best, lambda) * m);
            out.add(new Burst(ps.stream().mapToInt(Integer::intValue).toArray(),
                    as.stream().mapToInt(Integer::intValue).toArray(), p));
        }
        return out;
    }

    /** Smallest k with windows·P(Poisson(λ) ≥ k) ≤ level (n+1 when even all n posts are not enough). */
    static int criticalCount(double lambda, double windows, double level, int n) {
        for (int k = 2; k <= n; k++) {
            if (windows * upperTail(k, lambda) <= level) {
                return k;
            }
        }
        return n + 1;
    }

    /** P(Poisson(λ) ≥ k) = regularised lower incomplete gamma P(k, λ). */
    static double upperTail(int k, double lambda) {
        return k <= 0 ? 1.0 : Gamma.regularizedGammaP(k, lambda);
    }
}
