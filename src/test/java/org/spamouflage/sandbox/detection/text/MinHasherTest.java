package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.anyLong;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MinHasherTest {

    private static final int K = NearDuplicateSettings.defaults().permutations();

    /** Two sets with exactly {@code common} shared and {@code onlyA}/{@code onlyB} own random 64-bit elements. */
    static long[][] sets(int common, int onlyA, int onlyB, SplittableRandom random) {
        long[] a = new long[common + onlyA];
        long[] b = new long[common + onlyB];
        for (int i = 0; i < common; i++) {
            a[i] = b[i] = Hash64.mix(random.nextLong());
        }
        for (int i = 0; i < onlyA; i++) {
            a[common + i] = Hash64.mix(random.nextLong());
        }
        for (int i = 0; i < onlyB; i++) {
            b[common + i] = Hash64.mix(random.nextLong());
        }
        return new long[][] {a, b};
    }

    /** 300 drawn set sizes (1..200 shared, 0..200 own on each side) and seeds, plus the extremes. */
    static Stream<Arguments> setSizes() {
        return cases(300, r -> Arguments.of(intBetween(r, 1, 200), intBetween(r, 0, 200), intBetween(r, 0, 200),
                        anyLong(r)),
                edge("one shared element, identical sets", 1, 0, 0, 0L),
                edge("identical sets of 200", 200, 0, 0, Long.MIN_VALUE),
                edge("one shared among 401", 1, 200, 200, Long.MAX_VALUE),
                edge("one set inside the other", 200, 200, 0, -1L),
                edge("all at the maximum", 200, 200, 200, 1L));
    }

    @ParameterizedTest
    @MethodSource("setSizes")
    void estimateIsWithinFourStandardErrorsOfTheExactJaccard(int common, int onlyA, int onlyB, long seed) {
        long[][] s = sets(common, onlyA, onlyB, new SplittableRandom(seed));
        double exact = (double) common / (common + onlyA + onlyB);
        MinHasher h = new MinHasher(K, seed);
        double estimate = MinHasher.estimate(h.signature(s[0]), h.signature(s[1]));
        // Binomial standard error of a share of K independent agreements; 1/K covers exact 0 and 1.
        double se = Math.sqrt(exact * (1 - exact) / K);
        assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(4 * se + 1.0 / K));
    }

    @Test
    void estimateIsUnbiasedAndHasBinomialVariance() {
        // 2,000 pairs at exact Jaccard 0.5 (50 shared of 100): a sound MinHash family gives mean 0.5 and
        // variance 0.25/K; correlated hash functions would inflate the variance.
        SplittableRandom random = new SplittableRandom(7);
        MinHasher h = new MinHasher(K, 99);
        int pairs = 2000;
        double sum = 0;
        double sumSq = 0;
        for (int p = 0; p < pairs; p++) {
            long[][] s = sets(50, 25, 25, random);
            double e = MinHasher.estimate(h.signature(s[0]), h.signature(s[1]));
            sum += e;
            sumSq += e * e;
        }
        double mean = sum / pairs;
        double variance = sumSq / pairs - mean * mean;
        double expectedVariance = 0.25 / K;
        assertThat(mean).isCloseTo(0.5, org.assertj.core.data.Offset.offset(4 * Math.sqrt(expectedVariance / pairs)));
        assertThat(variance / expectedVariance).isBetween(0.85, 1.15);
    }

    @Test
    void identicalSetsHaveIdenticalSignaturesAndDisjointSetsAlmostNoAgreement() {
        SplittableRandom random = new SplittableRandom(3);
        MinHasher h = new MinHasher(K, 1);
        long[][] same = sets(80, 0, 0, random);
        assertThat(h.signature(same[0])).isEqualTo(h.signature(same[1]));
        long[][] disjoint = sets(0, 80, 80, random);
        assertThat(MinHasher.estimate(h.signature(disjoint[0]), h.signature(disjoint[1]))).isLessThanOrEqualTo(2.0 / K);
    }

    @Test
    void signatureDependsOnlyOnTheSetNotOnOrderOrRepeats() {
        MinHasher h = new MinHasher(K, 5);
        assertThat(h.signature(new long[] {3, 1, 2, 2, 1})).isEqualTo(h.signature(new long[] {1, 2, 3}));
    }

    @Test
    void sameSeedSameFunctionsDifferentSeedDifferentFunctions() {
        long[] set = {11, 22, 33, 44};
        assertThat(new MinHasher(K, 42).signature(set)).isEqualTo(new MinHasher(K, 42).signature(set));
        assertThat(new MinHasher(K, 42).signature(set)).isNotEqualTo(new MinHasher(K, 43).signature(set));
    }
}
