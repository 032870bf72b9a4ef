package org.spamouflage.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link Interval#studentT}. Reference: R 4.x, {@code t.test(1:5)} prints "95 percent confidence
 * interval: 1.036757 4.963243"; by hand, mean 3, sd = sqrt(10/4) = 1.581139, t(0.975, 4) = 2.776445
 * (standard t table), half-width 2.776445 * 1.581139 / sqrt(5) = 1.963243. Tolerance 1e-6 (the
 * reference is printed to 7 significant digits).
 */
class IntervalTest {

    @Test
    void matchesRsTTestOnOneToFive() {
        Interval i = Interval.studentT(new double[] {1, 2, 3, 4, 5}, 0.95);
        assertThat(i.mean()).isCloseTo(3.0, within(1e-12));
        assertThat(i.standardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(i.lower()).isCloseTo(1.036757, within(1e-6));
        assertThat(i.upper()).isCloseTo(4.963243, within(1e-6));
        assertThat(i.min()).isEqualTo(1.0);
        assertThat(i.max()).isEqualTo(5.0);
        assertThat(i.n()).isEqualTo(5);
        assertThat(i.method()).contains("Student t");
    }

    @Test
    void followsALinearChangeOfScale() {
        // AUC-like values 0.9 + 0.01 * (1..5), shuffled: the interval is 0.9 + 0.01 * [1.036757, 4.963243].
        Interval i = Interval.studentT(new double[] {0.93, 0.91, 0.95, 0.92, 0.94}, 0.95);
        assertThat(i.lower()).isCloseTo(0.91036757, within(1e-8));
        assertThat(i.upper()).isCloseTo(0.94963243, within(1e-8));
    }

    @Test
    void leavesOutAndCountsUndefinedValues() {
        Interval i = Interval.studentT(new double[] {1, Double.NaN, 2, 3, Double.POSITIVE_INFINITY, 4, 5}, 0.95);
        assertThat(i.n()).isEqualTo(5);
        assertThat(i.undefined()).isEqualTo(2);
        assertThat(i.lower()).isCloseTo(1.036757, within(1e-6));
    }

    @Test
    void smallSamplesSayWhatTheyCannotKnow() {
        Interval one = Interval.studentT(new double[] {0.8}, 0.95);
        assertThat(one.mean()).isEqualTo(0.8);
        assertThat(one.standardDeviation()).isNaN();
        assertThat(one.lower()).isNaN();
        assertThat(one.min()).isEqualTo(0.8);
        Interval none = Interval.studentT(new double[] {Double.NaN}, 0.95);
        assertThat(none.n()).isZero();
        assertThat(none.mean()).isNaN();
        Interval same = Interval.studentT(new double[] {0.7, 0.7, 0.7}, 0.95);
        assertThat(same.standardDeviation()).isZero();
        assertThat(same.lower()).isEqualTo(0.7);
        assertThat(same.upper()).isEqualTo(0.7);
    }

    @Test
    void rejectsALevelOutsideZeroToOne() {
        assertThatThrownBy(() -> Interval.studentT(new double[] {1, 2}, 95)).hasMessageContaining("between 0 and 1");
    }
}
