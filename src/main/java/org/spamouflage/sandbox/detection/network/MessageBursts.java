package org.spamouflage.sandbox.detection.network;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.special.Gamma;
import org.spamouflage.sandbox.detection.SortedLongs;

/**
 * Many accounts posting one copied message within a short window: a scan test on each message
 * family. The pairwise test ({@link org.spamouflage.sandbox.detection.coaction.EdgeSignificance})
 * needs two accounts to meet again and again; a crude flood where 150 accounts each paste one
 * near-identical comment within a day never repeats a pair, so it needs this second test.
 *
 * <p>Null model: a family's n posts are spread in time like all posts of the dataset (so daily
 * rhythms, news days and old history are accounted for). For the window [t, t+W] starting at each
 * of the family's posts, the expected number of its posts is λ = n·f, where f is the share of all
 * posts that fall in that window, and the count of distinct accounts k is compared with
 * Poisson(λ): p = P(Poisson(λ) ≥ k). Bonferroni over the n windows of a family and the M families
 * tested gives the level α/(n·M). Windows that pass are bursts; their posts are marked and their
 * accounts linked. Known weakness: an honest slogan repeated on a news day also bunches; slogans
 * are short, and short exact-only families are not tested. Cost: O(n log N) per family.
 */
final class MessageBursts {

    /** A significant burst: the posts in it and the distinct accounts, in time order. */
    record Burst(int[] posts, int[] accounts, double pValue) {
    }

    private MessageBursts() {
    }

    /**
     * @param families  per family, its posts' indices sorted by time
     * @param times     post time per post index (all posts of the dataset)
     * @param account   account key per post index (distinct accounts are counted)
     * @param window    W in seconds
     * @param alpha     family-wise error level
     */
    static List<Burst> find(List<int[]> families, long[] times, int[] account, long window, double alpha) {
        long[] all = times.clone();
        Arrays.sort(all);
        int m = Math.max(1, families.size());
        // Families are tested independently (the level needs only their number), in parallel; each result goes
        // to its family's slot, so the bursts come out in family order whatever the threads do.
        Burst[] found = new Burst[families.size()];
        java.util.stream.IntStream.range(0, families.size()).parallel()
                .forEach(f -> found[f] = test(families.get(f), all, times, account, window, alpha, m));
        List<Burst> out = new ArrayList<>();
        for (Burst b : found) {
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    /** The family's burst, or null when no window passes the level or fewer than 3 accounts are in bursts. */
    private static Burst test(int[] posts, long[] all, long[] times, int[] account, long window, double alpha,
                              int m) {
        int n = posts.length;
        double level = alpha / ((double) n * m);
        Int2IntOpenHashMap inWindow = new Int2IntOpenHashMap();
        boolean[] marked = new boolean[n];
        double bestP = 1;
        int hi = 0;
        for (int lo = 0; lo < n; lo++) {
            long start = times[posts[lo]];
            while (hi < n && times[posts[hi]] - start <= window) {
                inWindow.addTo(account[posts[hi]], 1);
                hi++;
            }
            int k = inWindow.size();
            if (k >= 3) {
                double f = (double) SortedLongs.count(all, start, start + window) / all.length;
                double p = upperTail(k, n * f);
                bestP = Math.min(bestP, p);
                if (p <= level) {
                    for (int i = lo; i < hi; i++) {
                        marked[i] = true;
                    }
                }
            }
            int a = account[posts[lo]];
            if (inWindow.addTo(a, -1) == 1) {
                inWindow.remove(a);
            }
        }
        List<Integer> ps = new ArrayList<>();
        Set<Integer> as = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (marked[i]) {
                ps.add(posts[i]);
                as.add(account[posts[i]]);
            }
        }
        if (as.size() < 3) {
            return null;
        }
        return new Burst(ps.stream().mapToInt(Integer::intValue).toArray(),
                as.stream().mapToInt(Integer::intValue).toArray(), Math.min(1.0, bestP * n * m));
    }

    /** P(Poisson(λ) ≥ k) = regularised lower incomplete gamma P(k, λ). */
    static double upperTail(int k, double lambda) {
        return k <= 0 ? 1.0 : lambda <= 0 ? 0.0 : Gamma.regularizedGammaP(k, lambda);
    }
}
