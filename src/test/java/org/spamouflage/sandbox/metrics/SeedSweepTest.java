package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class SeedSweepTest {

    @Test
    void runsConsecutiveSeedsAndSummarisesEachMetricByName() {
        // Trial reports auc = seed - 100 + 1 -> values 1..5 for seeds 100..104 (R: t.test(1:5)).
        SweepResult r = SeedSweep.run(100, 5, seed -> {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("zeta", 0.5);
            m.put("auc", seed - 99.0);
            return m;
        });
        assertThat(r.seeds()).containsExactly(100L, 101L, 102L, 103L, 104L);
        assertThat(r.metrics()).extracting(MetricSpread::name).containsExactly("auc", "zeta"); // sorted
        MetricSpread auc = r.metric("auc").orElseThrow();
        assertThat(auc.values()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(auc.interval().lower()).isCloseTo(1.036757, within(1e-6));
        assertThat(auc.interval().upper()).isCloseTo(4.963243, within(1e-6));
        assertThat(r.metric("zeta").orElseThrow().interval().standardDeviation()).isZero();
    }

    @Test
    void missingOrUndefinedValuesAreCountedNotAveraged() {
        SweepResult r = SeedSweep.run(0, 4, seed -> seed == 1 ? Map.of() : seed == 2 ? null
                : Map.of("ap", seed == 3 ? Double.NaN : 0.6));
        MetricSpread ap = r.metric("ap").orElseThrow();
        assertThat(ap.values()).hasSize(4);
        assertThat(ap.interval().n()).isEqualTo(1);
        assertThat(ap.interval().undefined()).isEqualTo(3);
        assertThat(ap.interval().mean()).isEqualTo(0.6);
    }

    @Test
    void sameSeedsGiveIdenticalResultsWhateverTheMapType() {
        SweepResult a = SeedSweep.run(7, 6, seed -> aucOfRandomScores(seed, new HashMap<>()));
        SweepResult b = SeedSweep.run(7, 6, seed -> aucOfRandomScores(seed, new LinkedHashMap<>()));
        assertThat(b).isEqualTo(a);
        assertThat(MetricsJson.write(b)).isEqualTo(MetricsJson.write(a));
        assertThat(a.metric("auc").orElseThrow().interval().mean()).isBetween(0.5, 1.0);
    }

    @Test
    void aggregateSummarisesResultsComputedElsewhere() {
        SweepResult r = SeedSweep.aggregate(List.of(1L, 2L), List.of(Map.of("f1", 0.4), Map.of("f1", 0.6)));
        assertThat(r.metric("f1").orElseThrow().interval().mean()).isCloseTo(0.5, within(1e-12));
        assertThatThrownBy(() -> SeedSweep.aggregate(List.of(1L), List.of()))
                .hasMessageContaining("1 seeds and 0 results");
    }

    @Test
    void anInterruptedThreadStopsTheSweepBetweenSeeds() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> SeedSweep.run(0, 3, seed -> Map.of("x", 1.0)))
                    .isInstanceOf(CancellationException.class)
                    .hasMessageContaining("after 0 of 3");
        } finally {
            Thread.interrupted(); // clear the flag for the next test
        }
    }

    @Test
    void rejectsBadCountsAndOverflowingSeeds() {
        assertThatThrownBy(() -> SeedSweep.run(0, 0, s -> Map.of())).hasMessageContaining("between 1 and 1000, got 0");
        assertThatThrownBy(() -> SeedSweep.run(0, 1001, s -> Map.of())).hasMessageContaining("got 1001");
        assertThatThrownBy(() -> SeedSweep.run(Long.MAX_VALUE, 2, s -> Map.of())).hasMessageContaining("overflow");
        assertThat(SeedSweep.run(Long.MAX_VALUE, 1, s -> Map.of("x", 1)).seeds()).containsExactly(Long.MAX_VALUE);
    }

    /** A small seeded experiment: 30 campaign scores shifted up from 70 organic ones. */
    private static Map<String, Double> aucOfRandomScores(long seed, Map<String, Double> into) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] s = new double[100];
        boolean[] y = new boolean[100];
        for (int i = 0; i < 100; i++) {
            y[i] = i < 30;
            s[i] = rnd.nextDouble() * 0.7 + (y[i] ? 0.3 : 0.0);
        }
        ThresholdTable t = ThresholdTable.of(s, y);
        into.put("bestF1", t.bestF1().f1());
        into.put("auc", t.auc());
        into.put("ap", t.averagePrecision());
        return into;
    }
}
