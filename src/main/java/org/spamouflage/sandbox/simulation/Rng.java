package org.spamouflage.sandbox.simulation;

import java.util.SplittableRandom;

/**
 * The generator's only source of randomness: a {@link SplittableRandom} (SplitMix64) seeded from
 * outside, plus the few distributions the generator needs.
 *
 * <p>Only {@code nextLong()} of the JDK generator is used; every derived draw (doubles, bounded
 * ints, normals, Poisson) is computed here, so the stream of values does not depend on how a JDK
 * version happens to implement {@code nextInt(bound)} or {@code nextGaussian()}.
 *
 * <p>Logarithms and exponentials go through {@link StrictMath} (fdlibm, bit-exact everywhere):
 * {@code Math.log} may differ in the last bit between processors and JIT intrinsics, which would
 * make the same seed give different data on different machines.
 *
 * <p>Sub-streams are derived by {@link #derive(long, String, long)} from (seed, component, index),
 * not split off one shared stream: changing the size of one component (say, the campaign) does
 * not reshuffle the random values another component (say, the organic population) sees.
 */
final class Rng {
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private final SplittableRandom random;
    private double spareGaussian;
    private boolean hasSpare;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for (seed, component, index); stable across JVMs and runs. */
    static Rng derive(long seed, String component, long index) {
        // String.hashCode is fixed by the language specification, so the mix is portable.
        long h = mix64(seed ^ 0x9E3779B97F4A7C15L * (component.hashCode() + 1L));
        return new Rng(mix64(h + 0xBF58476D1CE4E5B9L * (index + 1)));
    }

    /** Stafford's variant 13 of the SplitMix64 finaliser. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        return random.nextLong();
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (random.nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [0, bound); {@code bound > 0}. Lemire's multiply-shift (bias below 2^-32). */
    int nextInt(int bound) {
        return (int) (((random.nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [lo, hi). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Marsaglia polar method). */
    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /** Exponential with the given mean. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1 - nextDouble());
    }

    /** Log-normal with the given median and log-scale sigma. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Log-normal scaled so its mean (not median) is {@code mean}. */
    double logNormalWithMean(double mean, double sigma) {
        return mean * StrictMath.exp(sigma * gaussian() - sigma * sigma / 2);
    }

    /** Poisson: Knuth's product method for small means, a rounded normal above 30. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            double x = Math.rint(mean + Math.sqrt(mean) * gaussian());
            return x < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, x);
        }
        double limit = StrictMath.exp(-mean);
        double p = nextDouble();
        int k = 0;
        while (p > limit) {
            p *= nextDouble();
            k++;
        }
        return k;
    }

    /**
     * Rounds a non-negative real to an integer without bias: 2.3 gives 3 with probability 0.3.
     */
    int roundRandom(double x) {
        double f = Math.floor(x);
        return (int) f + (chance(x - f) ? 1 : 0);
    }

    /** Index drawn from a cumulative weight array (last entry = total). */
    int pickCumulative(double[] cumulative) {
        return pickCumulative(cumulative, cumulative.length);
    }

    /** Index drawn from the first {@code n} entries of a cumulative weight array. */
    int pickCumulative(double[] cumulative, int n) {
        double u = nextDouble() * cumulative[n - 1];
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }

    <T> T pick(java.util.List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** Fisher–Yates shuffle in place. */
    void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Running sums of the weights. */
    static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += Math.max(0, weights[i]);
            c[i] = s;
        }
        return c;
    }
}
