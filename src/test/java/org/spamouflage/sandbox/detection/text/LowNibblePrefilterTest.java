package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prefilter of near-duplicate checks counts positions whose values agree in their low four bits: it must equal
 * a direct count of such positions (the oracle below), which is never less than the number of equal values, so a
 * rejection by the prefilter is always a rejection by the full comparison.
 */
class LowNibblePrefilterTest {

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 15, 16, 17, 120, 123})
    void countsEqualLowNibblesExactlyAndNeverFewerThanEqualValues(int k) {
        SplittableRandom rnd = new SplittableRandom(15L * k);
        int words = (k + 15) / 16;
        long[] a = new long[words];
        long[] b = new long[2 * words]; // y packed into the second half, as a text of the packed-nibbles table
        for (int trial = 0; trial < 2000; trial++) {
            int[] x = new int[k];
            int[] y = new int[k];
            double agree = rnd.nextDouble();
            for (int i = 0; i < k; i++) {
                x[i] = rnd.nextInt();
                double u = rnd.nextDouble();
                // equal values, values equal only in their low nibble, values that differ only in the nibble's top
                // bit (0x8: the lane's carry bit) or only in its lowest, or other
                y[i] = u < agree ? x[i] : u < agree + 0.1 ? x[i] ^ 0x10 : u < agree + 0.15 ? x[i] ^ 0x8
                        : u < agree + 0.2 ? x[i] ^ 0x1 : rnd.nextInt();
            }
            NearDuplicates.packLowNibbles(x, 0, k, a, 0);
            int[] two = new int[2 * k]; // y as the second row of a signature table
            System.arraycopy(y, 0, two, k, k);
            java.util.Arrays.fill(b, -1L); // stale nibbles from an earlier trial must not count
            NearDuplicates.packLowNibbles(two, k, k, b, words);
            int lowNibbles = 0;
            int values = 0;
            for (int i = 0; i < k; i++) {
                lowNibbles += (x[i] & 0xf) == (y[i] & 0xf) ? 1 : 0;
                values += x[i] == y[i] ? 1 : 0;
            }
            int counted = NearDuplicates.equalNibbles(a, 0, b, words, words, k);
            assertThat(counted).isEqualTo(lowNibbles).isGreaterThanOrEqualTo(values);
            // the early-stopping form gives the same verdict as the full count at every threshold
            for (int needed = 0; needed <= k + 1; needed++) {
                assertThat(NearDuplicates.mayBeSimilar(a, 0, b, words, words, k, needed))
                        .as("k=%d needed=%d lowNibbles=%d", k, needed, lowNibbles).isEqualTo(lowNibbles >= needed);
            }
        }
    }
}
