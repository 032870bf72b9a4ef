package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prefilter of near-duplicate checks counts positions whose values agree in their low byte: it must equal a
 * direct count of such positions (the oracle below), which is never less than the number of equal values, so a
 * rejection by the prefilter is always a rejection by the full comparison.
 */
class LowBytePrefilterTest {

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 7, 8, 9, 120, 123})
    void countsEqualLowBytesExactlyAndNeverFewerThanEqualValues(int k) {
        SplittableRandom rnd = new SplittableRandom(15L * k);
        int words = (k + 7) / 8;
        long[] a = new long[words];
        long[] b = new long[2 * words]; // y packed into the second half, as a text of the packed-bytes table
        for (int trial = 0; trial < 2000; trial++) {
            int[] x = new int[k];
            int[] y = new int[k];
            double agree = rnd.nextDouble();
            for (int i = 0; i < k; i++) {
                x[i] = rnd.nextInt();
                double u = rnd.nextDouble();
                // equal values, values equal only in their low byte (0x..80 and 0x..00 test the top bit), or other
                y[i] = u < agree ? x[i] : u < agree + 0.1 ? x[i] ^ 0x100 : u < agree + 0.15 ? x[i] ^ 0x80 : rnd.nextInt();
            }
            NearDuplicates.packLowBytes(x, 0, k, a, 0);
            int[] two = new int[2 * k]; // y as the second row of a signature table
            System.arraycopy(y, 0, two, k, k);
            java.util.Arrays.fill(b, -1L); // stale bytes from an earlier trial must not count
            NearDuplicates.packLowBytes(two, k, k, b, words);
            int lowBytes = 0;
            int values = 0;
            for (int i = 0; i < k; i++) {
                lowBytes += (x[i] & 0xff) == (y[i] & 0xff) ? 1 : 0;
                values += x[i] == y[i] ? 1 : 0;
            }
            int counted = NearDuplicates.equalBytes(a, 0, b, words, words, k);
            assertThat(counted).isEqualTo(lowBytes).isGreaterThanOrEqualTo(values);
            // the early-stopping form gives the same verdict as the full count at every threshold
            for (int needed = 0; needed <= k + 1; needed++) {
                assertThat(NearDuplicates.mayBeSimilar(a, 0, b, words, words, k, needed))
                        .as("k=%d needed=%d lowBytes=%d", k, needed, lowBytes).isEqualTo(lowBytes >= needed);
            }
        }
    }
}
