package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The LSH band keys are sorted by spreading them on their top bits and sorting each group on its own. Groups are
 * taken in unsigned order of their top bits and every key of a group shares its sign bit, so the result must be
 * the keys in unsigned order (the oracle: the library sort of the keys with their sign bit flipped, which orders
 * them as unsigned numbers), whatever the sizes of the groups: empty, one key, a few (sorted in place) or many
 * (the library sort).
 */
class GroupSortTest {

    @ParameterizedTest(name = "n = {0}, distinct top parts = {1}")
    @CsvSource({"0, 1", "1, 1", "2, 1", "3, 3", "17, 1", "100, 100", "1000, 7", "5000, 5000", "70000, 4000", "300000, 300000"})
    void sortsKeysInUnsignedOrder(int n, int tops) {
        SplittableRandom rnd = new SplittableRandom(31L * n + tops);
        long[] topParts = new long[tops];
        for (int i = 0; i < tops; i++) {
            topParts[i] = rnd.nextLong() & ~0xffffL; // shared high bits: groups of many keys when tops is small
        }
        for (int trial = 0; trial < 3; trial++) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = topParts[rnd.nextInt(tops)] | rnd.nextInt(1 << 16);
            }
            long[] expected = Arrays.stream(keys).map(k -> k ^ Long.MIN_VALUE).sorted().map(k -> k ^ Long.MIN_VALUE)
                    .toArray();
            long[] in = keys.clone();
            long[] out = new long[n];
            Arrays.fill(out, 42L); // stale values must not leak into the result
            int[] bounds = NearDuplicates.groupSortBounds(n);
            Arrays.fill(bounds, 7); // nor stale bounds from an earlier band
            NearDuplicates.groupSort(in, out, n, bounds);
            assertThat(out).isEqualTo(expected);
        }
    }
}
