package org.spamouflage.sandbox.detection.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.doubleBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.longBetween;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spamouflage.sandbox.detection.LocalClock;

class HourOfWeekSignalMathTest {

    @Nested
    class HourOfWeekBins {
        private final LocalClock toronto = new LocalClock(ZoneId.of("America/Toronto"));

        private int bin(String utc) {
            return HourOfWeekSignal.bin(toronto, Instant.parse(utc).getEpochSecond());
        }

        /** Oracle: the calendar (Labour Day 2023 was Monday 4 September; 5 August 2023 a Saturday). */
        @Test
        void knownDatesInToronto() {
            assertThat(bin("2023-09-04T16:00:00Z")).isEqualTo(12);            // Monday 12:00 EDT
            assertThat(bin("2023-08-06T01:00:00Z")).isEqualTo(5 * 24 + 21);   // Saturday 21:00 EDT, Sunday in UTC
            assertThat(bin("2023-08-07T03:59:59Z")).isEqualTo(6 * 24 + 23);   // Sunday 23:59:59 EDT
            assertThat(bin("2023-08-07T04:00:00Z")).isZero();                 // Monday 00:00 EDT
        }

        /** 2023-11-05 02:00 EDT → 01:00 EST; the next week starts at 05:00Z, not 04:00Z. */
        @Test
        void fallBackRepeatsOneAmAndMovesTheWeekBoundary() {
            assertThat(bin("2023-11-05T05:30:00Z")).isEqualTo(6 * 24 + 1);   // Sunday 01:30 EDT
            assertThat(bin("2023-11-05T06:30:00Z")).isEqualTo(6 * 24 + 1);   // Sunday 01:30 EST, again
            assertThat(bin("2023-11-05T07:30:00Z")).isEqualTo(6 * 24 + 2);   // Sunday 02:30 EST
            assertThat(bin("2023-11-06T04:59:59Z")).isEqualTo(167);          // Sunday 23:59:59 EST
            assertThat(bin("2023-11-06T05:00:00Z")).isZero();                // Monday 00:00 EST
        }

        /** 2023-03-12 02:00 EST → 03:00 EDT: the 02:00 bin of that Sunday gets nothing. */
        @Test
        void springForwardSkipsTwoAm() {
            assertThat(bin("2023-03-12T06:59:59Z")).isEqualTo(6 * 24 + 1);   // Sunday 01:59:59 EST
            assertThat(bin("2023-03-12T07:00:00Z")).isEqualTo(6 * 24 + 3);   // Sunday 03:00 EDT
            assertThat(bin("2023-03-13T03:59:59Z")).isEqualTo(167);          // Sunday 23:59:59 EDT
            assertThat(bin("2023-03-13T04:00:00Z")).isZero();                // Monday 00:00 EDT
        }

        /** 2,000 drawn instants 2000–2035, the ends of that range and the 2023 clock changes. */
        static Stream<Arguments> instants() {
            return cases(2000, r -> Arguments.of(longBetween(r, 946_684_800L, 2_051_222_400L)),
                    edge("2000-01-01T00:00:00Z", 946_684_800L),
                    edge("2035-01-01T00:00:00Z", 2_051_222_400L),
                    edge("Toronto springs forward", Instant.parse("2023-03-12T07:00:00Z").getEpochSecond()),
                    edge("Toronto falls back", Instant.parse("2023-11-05T06:00:00Z").getEpochSecond()),
                    edge("St John's springs forward", Instant.parse("2023-03-12T05:30:00Z").getEpochSecond()),
                    edge("second before St John's falls back", Instant.parse("2023-11-05T04:29:59Z").getEpochSecond()),
                    edge("Monday 00:00 in Shanghai", Instant.parse("2023-08-06T16:00:00Z").getEpochSecond()));
        }

        /** Second method: java.time's own zone conversion, random instants 2000–2035. */
        @ParameterizedTest
        @MethodSource("instants")
        void agreesWithJavaTime(long t) {
            for (String zone : new String[] {"America/Toronto", "America/St_Johns", "Asia/Shanghai"}) {
                ZonedDateTime z = ZonedDateTime.ofInstant(Instant.ofEpochSecond(t), ZoneId.of(zone));
                int expected = (z.getDayOfWeek().getValue() - 1) * 24 + z.getHour();
                assertThat(HourOfWeekSignal.bin(new LocalClock(ZoneId.of(zone)), t)).as(zone).isEqualTo(expected);
            }
        }
    }

    @Nested
    class ChanceLevel {
        /** Hand values: n = 1 gives 2p(1−p); the others by direct summation (Python, exact binomials). */
        @ParameterizedTest
        @CsvSource({"1, 0.3, 0.42", "25, 0.05, 0.8759670730163173", "10, 0.5, 1.23046875",
                "100, 0.37, 3.841674221623816", "7, 0.999, 0.01390229351048939", "3, 0.6, 0.6912"})
        void deMoivreFormulaMatchesHandValues(int n, double p, double expected) {
            assertThat(HourOfWeekSignal.binomialMeanAbsoluteDeviation(n, p)).isCloseTo(expected, within(1e-12));
        }

        /** Second method: Σ P(X = x)·|x − np| with Commons Math's binomial distribution. */
        /** 300 drawn n in 1..400 and p in [0.0005, 0.9995], plus the corners. */
        static Stream<Arguments> binomials() {
            return cases(300, r -> Arguments.of(intBetween(r, 1, 400), doubleBetween(r, 0.0005, 0.9995)),
                    edge("n 1, smallest p", 1, 0.0005), edge("n 1, largest p", 1, 0.9995),
                    edge("n 400, smallest p", 400, 0.0005), edge("n 400, largest p", 400, 0.9995),
                    edge("n 400, p 1/2", 400, 0.5), edge("n 399, p 1/3", 399, 1.0 / 3));
        }

        @ParameterizedTest
        @MethodSource("binomials")
        void deMoivreFormulaMatchesDirectSummation(int n, double p) {
            BinomialDistribution b = new BinomialDistribution(null, n, p);
            double direct = 0;
            for (int x = 0; x <= n; x++) {
                direct += b.probability(x) * Math.abs(x - n * p);
            }
            assertThat(HourOfWeekSignal.binomialMeanAbsoluteDeviation(n, p)).isCloseTo(direct, within(1e-9 * Math.max(1, direct)));
        }

        @Test
        void emptyAndCertainBinsHaveNoDeviation() {
            assertThat(HourOfWeekSignal.binomialMeanAbsoluteDeviation(10, 0)).isZero();
            assertThat(HourOfWeekSignal.binomialMeanAbsoluteDeviation(10, 1)).isZero();
        }

        /**
         * Uniform profile over 20 bins: with n·q &lt; 1 every term is 2nq(1−q)^n, so
         * E_n = Σ q(1−q)^n = 0.95^n; n = 5 gives 0.7737809375. One post: E_1 = 1 − Σq².
         */
        @Test
        void expectedDistanceOfUniformProfileByHand() {
            double[] q = new double[HourOfWeekSignal.BINS];
            Arrays.fill(q, 0, 20, 0.05);
            assertThat(HourOfWeekSignal.expectedDistance(q, 5)).isCloseTo(0.7737809375, within(1e-12));
            assertThat(HourOfWeekSignal.expectedDistance(q, 1)).isCloseTo(1 - 20 * 0.0025, within(1e-12));
            assertThat(HourOfWeekSignal.expectedDistance(q, 0)).isZero();
        }

        /** Third method: the mean TVD of simulated samples (fixed seed, 20 000 draws, ±0.005). */
        @Test
        void expectedDistanceMatchesSimulation() {
            double[] q = new double[HourOfWeekSignal.BINS];
            double sum = 0;
            for (int h = 0; h < q.length; h++) {
                q[h] = h % 24 >= 8 ? 1 + (h % 24) / 6.0 : 0.1; // a daytime-heavy week
                sum += q[h];
            }
            for (int h = 0; h < q.length; h++) {
                q[h] /= sum;
            }
            double[] cdf = new double[q.length];
            double c = 0;
            for (int h = 0; h < q.length; h++) {
                c += q[h];
                cdf[h] = c;
            }
            java.util.SplittableRandom r = new java.util.SplittableRandom(11);
            int n = 12;
            int draws = 20_000;
            double total = 0;
            int[] counts = new int[q.length];
            for (int i = 0; i < draws; i++) {
                Arrays.fill(counts, 0);
                for (int k = 0; k < n; k++) {
                    int h = Arrays.binarySearch(cdf, r.nextDouble());
                    counts[Math.min(q.length - 1, h < 0 ? -h - 1 : h)]++;
                }
                double tvd = 0;
                for (int h = 0; h < q.length; h++) {
                    tvd += Math.abs((double) counts[h] / n - q[h]);
                }
                total += tvd / 2;
            }
            assertThat(HourOfWeekSignal.expectedDistance(q, n)).isCloseTo(total / draws, within(0.005));
        }
    }

    @Test
    void scoreIsShrinkageTimesShareOfRoomAboveChance() {
        // 25/35 · (0.95 − 0.35)/(1 − 0.35)
        assertThat(HourOfWeekSignal.score(25, 0.95, 0.35)).isCloseTo(25.0 / 35 * 0.6 / 0.65, within(1e-12));
        assertThat(HourOfWeekSignal.score(25, 0.30, 0.35)).isZero();
        assertThat(HourOfWeekSignal.score(0, 1, 0)).isZero();
        assertThat(HourOfWeekSignal.score(5, 1, 1)).isZero();
    }
}
