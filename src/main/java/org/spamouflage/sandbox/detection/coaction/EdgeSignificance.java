package org.spamouflage.sandbox.detection.coaction;

import java.util.Arrays;
import org.apache.commons.math3.special.Gamma;

/**
 * Significance of each co-action edge against a null model in which accounts act independently of
 * one another: the <b>account-label permutation null</b>. The objects and times of all actions (the
 * "slots") stay as observed, and the account labels are shuffled over the slots, keeping how many
 * actions each account made. Popularity of objects, bursts, daily rhythm and the window are all
 * kept; only who acted together is randomised.
 *
 * <p><b>Expected weight (exact).</b> With N actions, W unordered in-window pairs of actions on the
 * same object (counting pairs of one account with itself, which the shuffle could give to anyone) and
 * n<sub>a</sub>, n<sub>b</sub> actions of accounts a and b, a random labelling gives a particular slot
 * pair the labels {a,b} with probability 2·n<sub>a</sub>·n<sub>b</sub> / (N(N−1)), so the expected
 * weight is λ = W · 2n<sub>a</sub>n<sub>b</sub> / (N(N−1)).
 *
 * <p><b>p-value (approximation).</b> The weight X is a sum of W weakly dependent rare indicators and is
 * approximated by Poisson(λ). The statistic tested is the number of <em>distinct objects</em> the two
 * accounts co-acted on, k = {@link CoActionNetwork#objects(int)}, and p = P(X ≥ k) (for k = 1:
 * 1 − e<sup>−λ</sup>). Why objects, not the weight: one account sharing the same object three times in
 * a minute next to another account's single share makes a weight of 3 (CooRTweet's count), which says
 * more about the first account's habit than about the two acting together; coordination shows as
 * co-action on many different objects. Since the object count never exceeds the weight, P(X ≥ k) is a
 * conservative p-value for it. The unit tests compare the Poisson tail with a Monte Carlo shuffle.
 * Dependence makes the true tail somewhat heavier when many actions share one burst, so p-values on
 * bursts of a single viral object are slightly optimistic; coordination shows as repetition across
 * objects, where the approximation is good.
 *
 * <p><b>Multiple testing.</b> Every pair of active accounts is a test (unobserved pairs have weight 0
 * and p = 1), so {@link #qValue(int)} applies Benjamini–Hochberg with m = A(A−1)/2 for A active
 * accounts. {@link #retainSignificant(double)} keeps edges with q ≤ α. A campaign whose edges all have
 * the same weight is kept or dropped on its evidence, never because of a rank among equal weights.
 *
 * <p><b>Why this null and not a shuffle of timestamps within each object.</b> A within-object shuffle
 * conditions on who acted on which object, so an object shared only by a brigade, all within seconds,
 * carries no signal (every permutation is still within the window): it misses exactly the pattern of
 * sockpuppets pushing fresh objects. The label permutation keeps object popularity (a viral object
 * contributes its many in-window pairs to W, which raises every pair's expectation) but asks whether
 * <em>these two</em> accounts meet more often than their activity explains. Its known weakness: real
 * users who share interests co-act more than independent accounts would, so p-values for organic
 * communities are too small; read them as "not explained by activity", not as proof.
 *
 * <p><b>Cost.</b> O(1) per edge for λ and p (an incomplete-gamma series only for weights ≥ 2), plus
 * O(E + D log D) for the q-values with D distinct p-values (few: edges with the same weight and
 * activity product share one). No resampling.
 */
public final class EdgeSignificance {

    private final CoActionNetwork network;
    private final double[] expected;
    private final double[] pValue;
    private final double[] qValue;
    private final double tests;

    private EdgeSignificance(CoActionNetwork network, double[] expected, double[] pValue, double[] qValue, double tests) {
        this.network = network;
        this.expected = expected;
        this.pValue = pValue;
        this.qValue = qValue;
        this.tests = tests;
    }

    /** Computes expected weights, p-values and Benjamini–Hochberg q-values for every edge of {@code network}. */
    public static EdgeSignificance of(CoActionNetwork network) {
        ActionTable table = network.table();
        int m = network.edgeCount();
        double n = table.size();
        double scale = n < 2 ? 0.0 : 2.0 * network.inWindowPairs() / (n * (n - 1.0));
        double[] lambda = new double[m];
        double[] p = new double[m];
        for (int e = 0; e < m; e++) {
            double l = scale * table.actionsOf(network.accountA(e)) * table.actionsOf(network.accountB(e));
            lambda[e] = l;
            p[e] = poissonUpperTail(network.objects(e), l);
        }
        double active = table.activeAccountCount();
        double tests = Math.max(1.0, active * (active - 1.0) / 2.0);
        return new EdgeSignificance(network, lambda, p, benjaminiHochberg(p, tests), tests);
    }

    /**
     * P(X ≥ k) for X ~ Poisson(λ), without cancellation for small λ: for λ &lt; k the upper tail is summed
     * directly (terms shrink geometrically), otherwise one minus the k lower terms (then p is not small).
     * Extreme arguments go to Commons Math's regularised gamma function. {@link StrictMath} keeps the
     * result identical on every machine.
     */
    static double poissonUpperTail(int k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        if (lambda <= 0) {
            return 0.0;
        }
        if (k == 1) {
            return -StrictMath.expm1(-lambda);
        }
        if (k > 10_000 || lambda > 500) {
            return Gamma.regularizedGammaP(k, lambda);
        }
        double t = StrictMath.exp(-lambda);
        if (lambda < k) {
            // t_j = e^-λ λ^j / j!, built up to j = k, then Σ_{j≥k} t_j.
            for (int j = 1; j <= k; j++) {
                t *= lambda / j;
            }
            double sum = 0.0;
            for (int j = k; t > sum * 1e-17 && j < k + 100_000; j++) {
                sum += t;
                t *= lambda / (j + 1);
            }
            return Math.min(1.0, sum);
        }
        double lower = 0.0;
        for (int j = 0; j < k; j++) {
            lower += t;
            t *= lambda / (j + 1);
        }
        return Math.max(0.0, 1.0 - lower);
    }

    /**
     * Benjamini–Hochberg adjusted p-values for the given p-values out of {@code tests} tests in total,
     * the others having p = 1 (they rank last and never lower a q-value).
     */
    static double[] benjaminiHochberg(double[] p, double tests) {
        // Many edges share a p-value (same weight and activity product), so work on the distinct values
        // with their multiplicities: a small map instead of sorting every edge. The distinct values are
        // sorted before ranks are taken, so hash order never reaches the result.
        int m = p.length;
        DistinctCounter count = new DistinctCounter(m);
        for (double v : p) {
            // p ≥ 0, so the IEEE bit patterns sort like the values.
            count.add(Double.doubleToLongBits(v));
        }
        long[] distinct = count.keys();
        Arrays.sort(distinct);
        double[] qDistinct = new double[distinct.length];
        long[] lastRank = new long[distinct.length];
        long rank = 0;
        for (int k = 0; k < distinct.length; k++) {
            rank += count.get(distinct[k]);
            lastRank[k] = rank;
        }
        double running = 1.0;
        for (int k = distinct.length - 1; k >= 0; k--) {
            // Ties share the q of their last rank; BH takes the minimum over all later ranks.
            double q = Double.longBitsToDouble(distinct[k]) * tests / lastRank[k];
            running = Math.min(running, q);
            qDistinct[k] = running;
        }
        for (int k = 0; k < distinct.length; k++) {
            count.set(distinct[k], k);
        }
        double[] q = new double[m];
        for (int e = 0; e < m; e++) {
            q[e] = qDistinct[count.get(Double.doubleToLongBits(p[e]))];
        }
        return q;
    }

    /** Counts occurrences of long keys: open addressing, keys in first-seen order, no boxing. */
    private static final class DistinctCounter {
        private long[] slotKey;
        private int[] slotIndex;
        private long[] keys;
        private int[] values;
        private int size;

        DistinctCounter(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, Math.min(expected, 1 << 20)) * 2);
            slotKey = new long[cap];
            slotIndex = new int[cap];
            keys = new long[16];
            values = new int[16];
        }

        private int find(long key) {
            int mask = slotKey.length - 1;
            int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (slotIndex[i] != 0 && slotKey[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        void add(long key) {
            int i = find(key);
            if (slotIndex[i] != 0) {
                values[slotIndex[i] - 1]++;
                return;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = 1;
            slotKey[i] = key;
            slotIndex[i] = ++size;
            if (size * 2 > slotKey.length) {
                grow();
            }
        }

        private void grow() {
            slotKey = new long[slotKey.length * 2];
            slotIndex = new int[slotIndex.length * 2];
            for (int id = 0; id < size; id++) {
                int i = find(keys[id]);
                slotKey[i] = keys[id];
                slotIndex[i] = id + 1;
            }
        }

        int get(long key) {
            return values[slotIndex[find(key)] - 1];
        }

        void set(long key, int value) {
            values[slotIndex[find(key)] - 1] = value;
        }

        long[] keys() {
            return Arrays.copyOf(keys, size);
        }
    }

    /** The network the values belong to. */
    public CoActionNetwork network() {
        return network;
    }

    /** Expected weight of edge {@code e} under the null. */
    public double expected(int e) {
        return expected[e];
    }

    /**
     * One-sided p-value of edge {@code e}: the probability under the null of co-acting on at least as
     * many distinct objects (bounded by that of a weight at least as large).
     */
    public double pValue(int e) {
        return pValue[e];
    }

    /** Benjamini–Hochberg adjusted p-value (false discovery rate) of edge {@code e}. */
    public double qValue(int e) {
        return qValue[e];
    }

    /** Number of tests the q-values correct for: all pairs of active accounts. */
    public double tests() {
        return tests;
    }

    /**
     * Only the edges whose q-value is at most {@code alpha}, with their values (the q-values stay
     * those of the full test, they are not recomputed on the survivors).
     */
    public EdgeSignificance retainSignificant(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0,1], was " + alpha);
        }
        int m = expected.length;
        int n = 0;
        for (int e = 0; e < m; e++) {
            if (qValue[e] <= alpha) {
                n++;
            }
        }
        double[] l = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        int j = 0;
        for (int e = 0; e < m; e++) {
            if (qValue[e] <= alpha) {
                l[j] = expected[e];
                p[j] = pValue[e];
                q[j] = qValue[e];
                j++;
            }
        }
        return new EdgeSignificance(network.retainEdges(e -> qValue[e] <= alpha), l, p, q, tests);
    }
}
