package org.spamouflage.sandbox.detection.network;

import static org.assertj.core.api.Assertions.assertThat;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spamouflage.sandbox.detection.coaction.ActionTable;

/** The layer's row order (object, then time, then row) against a plain comparator sort: the second method. */
class LayerRowOrderTest {

    /**
     * Seeded random tables: few or many objects, ties in time, and times spanning more than 2³¹ s in some objects
     * (the packed sort's fallback).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void groupsRowsByObjectThenTimeThenRowAsAComparatorSortDoes(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int rows = 1 + r.nextInt(5_000);
        int objects = 1 + r.nextInt(seed % 2 == 0 ? 5 : 2_000);
        long span = seed % 3 == 0 ? 4_000_000_000L : 1 + r.nextInt(3_600);
        ActionTable.Builder b = ActionTable.builder();
        for (int i = 0; i < rows; i++) {
            long time = 1_600_000_000L + r.nextLong(span) - (seed % 4 == 0 ? 3_000_000_000L : 0);
            b.add("o" + r.nextInt(objects), "a" + r.nextInt(50), time, i);
        }
        ActionTable table = b.build();

        int[] expected = new int[table.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = i;
        }
        IntArrays.quickSort(expected, (x, y) -> {
            int c = Integer.compare(table.object(x), table.object(y));
            if (c != 0) {
                return c;
            }
            c = Long.compare(table.time(x), table.time(y));
            return c != 0 ? c : Integer.compare(x, y);
        });
        assertThat(Layer.sortedRows(table)).containsExactly(expected);
    }
}
