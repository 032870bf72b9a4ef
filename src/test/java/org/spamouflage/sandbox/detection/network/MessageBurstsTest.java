package org.spamouflage.sandbox.detection.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageBurstsTest {

    /** Second method: the Poisson upper tail summed term by term. */
    private static double tail(int k, double lambda) {
        double term = Math.exp(-lambda);
        double below = 0;
        for (int i = 0; i < k; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return 1 - below;
    }

    @Test
    void upperTailMatchesTheTermByTermSum() {
        for (double lambda : new double[] {0.05, 0.5, 2, 7.5}) {
            for (int k = 1; k <= 12; k++) {
                assertThat(MessageBursts.upperTail(k, lambda)).isCloseTo(tail(k, lambda), within(1e-12));
            }
        }
    }

    /**
     * Background: 3,000 other posts, one every 10 minutes over ~21 days (so any one-hour window holds
     * 7 of 3,060 posts, f ≈ 0.0023). Flood: 30 accounts paste a message within 10 minutes: λ = 30 × f ≈ 0.07
     * and k = 30, p ≈ 1e-61, far below α/(n·M) = 0.01/60. Habit: 30 posts, one a day: every window holds one.
     */
    @Test
    void thirtyAccountsPastingWithinTenMinutesAreABurstAndADailyHabitIsNot() {
        int n = 30;
        int bg = 3000;
        long[] times = new long[2 * n + bg];
        int[] account = new int[2 * n + bg];
        for (int i = 0; i < bg; i++) {
            times[2 * n + i] = 1_000_000 + i * 600L;
            account[2 * n + i] = 1000 + i;
        }
        int[] flood = new int[n];
        int[] habit = new int[n];
        for (int i = 0; i < n; i++) {
            flood[i] = i;
            times[i] = 1_000_000 + i * 20L;
            account[i] = i;
            habit[i] = n + i;
            times[n + i] = 1_000_000 + i * 86_400L;
            account[n + i] = 100 + i;
        }
        List<MessageBursts.Burst> bursts = MessageBursts.find(List.of(flood, habit), times, account, 3600, 0.01);
        assertThat(bursts).hasSize(1);
        assertThat(bursts.get(0).posts()).containsExactly(flood);
        assertThat(bursts.get(0).accounts()).hasSize(30);
        assertThat(bursts.get(0).pValue()).isLessThan(1e-20);
    }

    @Test
    void oneAccountRepeatingItselfIsNotABurstOfAccounts() {
        int n = 30;
        long[] times = new long[n];
        int[] account = new int[n];
        int[] posts = new int[n];
        for (int i = 0; i < n; i++) {
            posts[i] = i;
            times[i] = 1_000_000 + i * 20L;
            account[i] = 7;
        }
        assertThat(MessageBursts.find(List.of(posts), times, account, 3600, 0.01)).isEmpty();
    }
}
