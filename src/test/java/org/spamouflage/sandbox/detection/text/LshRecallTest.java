package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * LSH banding: with b bands of r rows a pair of Jaccard similarity s shares at least one band with
 * probability P(s) = 1 − (1 − s^r)^b (the S-curve; Leskovec, Rajaraman, Ullman, Mining of Massive
 * Datasets, ch. 3.4). With the defaults b = 40, r = 3: P(0.2) = 0.2748, P(0.3) = 0.6654, P(0.5) = 0.9952,
 * P(0.7) ≈ 1. The first test checks the empirical rate against that formula; the second checks the
 * whole pipeline (banding + verification at the threshold) on generated texts.
 */
class LshRecallTest {

    private static final NearDuplicateSettings S = NearDuplicateSettings.defaults();

    @ParameterizedTest(name = "s = {0}")
    @ValueSource(doubles = {0.1, 0.2, 0.3, 0.5, 0.7})
    void shareOfPairsSharingABandFollowsTheSCurve(double s) {
        int pairs = 3000;
        int union = 100;
        int common = (int) Math.round(s * union);
        int own = (union - common) / 2;
        SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(s));
        MinHasher h = new MinHasher(S.permutations(), 11);
        int hits = 0;
        for (int p = 0; p < pairs; p++) {
            long[][] sets = MinHasherTest.sets(common, own, union - common - own, random);
            if (shareABand(h.signature(sets[0]), h.signature(sets[1]), S.bands(), S.rows())) {
                hits++;
            }
        }
        double expected = S.candidateProbability((double) common / union);
        double tolerance = 4 * Math.sqrt(expected * (1 - expected) / pairs) + 0.005;
        assertThat((double) hits / pairs).isCloseTo(expected, Offset.offset(tolerance));
    }

    @Test
    void theSCurveFormulaGivesTheDocumentedValues() {
        assertThat(S.candidateProbability(0.5)).isCloseTo(0.9952, Offset.offset(0.0001));
        assertThat(S.candidateProbability(0.2)).isCloseTo(0.2748, Offset.offset(0.0001));
        // By hand: 1 − 0.875^40 = 1 − e^(40·ln 0.875) = 0.99521; 1 − 0.992^40 = 0.27478; (1/40)^(1/3) = 0.29240.
        assertThat(S.curveMidpoint()).isCloseTo(0.2924, Offset.offset(0.0001));
    }

    private static boolean shareABand(int[] a, int[] b, int bands, int rows) {
        for (int band = 0; band < bands; band++) {
            boolean equal = true;
            for (int r = band * rows; r < (band + 1) * rows && equal; r++) {
                equal = a[r] == b[r];
            }
            if (equal) {
                return true;
            }
        }
        return false;
    }

    @Test
    void pairsWellAboveTheThresholdJoinAndPairsWellBelowDoNot() {
        // 300 pairs of 41-word texts from random words; the variant replaces m words. Exact bigram
        // Jaccard is measured, not assumed. Above 0.65 (0.15 over the threshold, > 3 standard errors)
        // pairs must join; below 0.35 they must not.
        SplittableRandom random = new SplittableRandom(2024);
        List<String> texts = new ArrayList<>();
        List<Double> exact = new ArrayList<>();
        WordShingler shingler = new WordShingler(2);
        for (int p = 0; p < 300; p++) {
            String[] words = new String[41];
            for (int i = 0; i < words.length; i++) {
                words[i] = word(random);
            }
            String base = String.join(" ", words);
            int m = 1 + random.nextInt(20);
            for (int e = 0; e < m; e++) {
                words[random.nextInt(words.length)] = word(random);
            }
            String variant = String.join(" ", words);
            texts.add(base);
            texts.add(variant);
            exact.add(Shingler.jaccard(shingler.shingleSet(TextNormalizer.normalize(base)),
                    shingler.shingleSet(TextNormalizer.normalize(variant))));
        }
        DuplicateFamilies f = NearDuplicates.find(texts, S);
        int high = 0;
        int highJoined = 0;
        int low = 0;
        int lowJoined = 0;
        for (int p = 0; p < exact.size(); p++) {
            boolean joined = f.familyOf(2 * p) >= 0 && f.familyOf(2 * p) == f.familyOf(2 * p + 1);
            if (exact.get(p) >= 0.65) {
                high++;
                highJoined += joined ? 1 : 0;
            } else if (exact.get(p) <= 0.35) {
                low++;
                lowJoined += joined ? 1 : 0;
            }
        }
        assertThat(high).as("pairs above 0.65").isGreaterThan(50);
        assertThat(low).as("pairs below 0.35").isGreaterThan(30);
        assertThat((double) highJoined / high).isGreaterThanOrEqualTo(0.99);
        assertThat(lowJoined).isZero();
    }

    private static String word(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
