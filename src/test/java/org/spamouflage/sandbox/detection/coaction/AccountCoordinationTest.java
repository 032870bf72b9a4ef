package org.spamouflage.sandbox.detection.coaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountCoordinationTest {

    @Nested
    class Numbers {
        /** Oracle: scipy.stats.binom.sf(k - 1, n, p) (SciPy 1.17); the first row also by hand. */
        @ParameterizedTest(name = "P(X >= {0}), n = {1}, p = {2}")
        @CsvSource({
            "3, 5, 0.2, 0.05792",
            "10, 10, 0.5, 0.0009765625",
            "1, 1, 0.3, 0.3",
            "23, 64, 0.175625, 0.0003481421974828537",
            "0, 4, 0.5, 1.0",
            "7, 9, 0.25, 0.0013427734375",
        })
        void binomialTailMatchesScipy(int k, int n, double p, double expected) {
            assertThat(AccountCoordination.binomialUpperTail(k, n, p)).isCloseTo(expected, within(expected * 1e-9 + 1e-15));
        }

        /** Oracle: statsmodels proportion_confint(c, n, alpha=0.05, method="wilson")[0]. */
        @ParameterizedTest(name = "{0} of {1}")
        @CsvSource({
            "3, 3, 0.4385029682449545",
            "45, 50, 0.7863976856252035",
            "0, 5, 0.0",
            "1, 1, 0.20654931437723742",
            "2, 10, 0.05668215145437522",
            "7, 20, 0.1811918241010821",
        })
        void wilsonLowerBoundMatchesStatsmodels(int c, int n, double expected) {
            assertThat(AccountCoordination.lowerBound(c, n)).isCloseTo(expected, within(1e-12));
        }

        @Test
        void benjaminiHochbergByHand() {
            // p = 0.01, 0.04, 0.03, 0.5 and one account without units (not a test): m = 4.
            // sorted 0.01, 0.03, 0.04, 0.5 -> 0.04, 0.06, 0.0533, 0.5 -> step-up minimum: 0.04, 0.0533, 0.0533, 0.5
            double[] q = AccountCoordination.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.5, 0.001},
                    new int[] {1, 1, 1, 1, 0});
            assertThat(q[0]).isCloseTo(0.04, within(1e-12));
            assertThat(q[1]).isCloseTo(0.16 / 3, within(1e-12));
            assertThat(q[2]).isCloseTo(0.16 / 3, within(1e-12));
            assertThat(q[3]).isCloseTo(0.5, within(1e-12));
            assertThat(q[4]).isEqualTo(1.0);
        }
    }

    @Nested
    class Test_ {
        private static final long DAY = AccountCoordination.BLOCK_SECONDS;

        @Test
        void expectationUsesEachDaysOwnRate() {
            // day 0: 4 units, 2 coordinated (rate 1/2); day 1: 4 units, 1 coordinated (rate 1/4).
            // account 0 has units on day 0 (2, both coordinated) and day 1 (1, coordinated).
            int[] account = {0, 0, 1, 1, 0, 1, 1, 1};
            long[] time = {10, 20, 30, 40, DAY + 1, DAY + 2, DAY + 3, DAY + 4};
            boolean[] coordinated = {true, true, false, false, true, false, false, false};
            AccountCoordination t = AccountCoordination.test(2, account, time, coordinated, 0.05, 1);
            assertThat(t.units(0)).isEqualTo(3);
            assertThat(t.coordinated(0)).isEqualTo(3);
            assertThat(t.expected(0)).isCloseTo(0.5 + 0.5 + 0.25, within(1e-12));
            // p = P(Bin(3, 1.25/3) >= 3) = (1.25/3)^3
            assertThat(t.pValue(0)).isCloseTo(Math.pow(1.25 / 3, 3), within(1e-12));
            assertThat(t.coordinated(1)).isZero();
            assertThat(t.pValue(1)).isEqualTo(1.0);
            assertThat(t.tested()).isEqualTo(2);
        }

        @Test
        void linksOnlyAccountsWithEnoughCoordinatedUnits() {
            // 40 units a day, 2 accounts coordinated in every unit, 36 quiet accounts with one unit each
            int n = 40;
            int[] account = new int[n];
            long[] time = new long[n];
            boolean[] coordinated = new boolean[n];
            for (int i = 0; i < n; i++) {
                account[i] = i < 4 ? i % 2 : i - 2;
                time[i] = i;
                coordinated[i] = i < 4;
            }
            AccountCoordination strict = AccountCoordination.test(38, account, time, coordinated, 0.2, 3);
            AccountCoordination loose = AccountCoordination.test(38, account, time, coordinated, 0.2, 2);
            // each of the two has 2 of 2 coordinated at a day rate of 4/40: p = 0.01, q = 0.01 * 38 / 2 = 0.19
            assertThat(loose.qValue(0)).isCloseTo(0.19, within(1e-12));
            assertThat(loose.linked(0)).isTrue();
            assertThat(loose.linked(1)).isTrue();
            assertThat(strict.linked(0)).isFalse(); // only 2 coordinated units, 3 required
            assertThat(loose.linked(2)).isFalse();
        }

        @Test
        void unitsOfUnscoredAccountsAreLeftOut() {
            AccountCoordination t = AccountCoordination.test(1, new int[] {-1, 0}, new long[] {0, 1},
                    new boolean[] {true, false}, 0.05, 1);
            assertThat(t.units(0)).isEqualTo(1);
            assertThat(t.expected(0)).isZero(); // the day's rate counts scored units only: 0 of 1
        }
    }
}
