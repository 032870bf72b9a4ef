package org.spamouflage.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(10, Duration.ofMinutes(1));

    @Test
    void tenFailuresForOneNameLockItUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.waitFor("alice", "10.0.0." + i, T0.plusSeconds(i))).isEmpty();
            throttle.failed("alice", "10.0.0." + i, T0.plusSeconds(i));
        }
        // the 11th attempt, from yet another address, 12 s after the first failure
        assertThat(throttle.waitFor("ALICE ", "10.0.0.99", T0.plusSeconds(12))).contains(Duration.ofSeconds(48));
        assertThat(throttle.waitFor("bob", "10.0.0.99", T0.plusSeconds(12))).isEmpty();
        assertThat(throttle.waitFor("alice", "10.0.0.99", T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void tenFailuresFromOneAddressLockItForEveryName() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("name" + i, "192.0.2.7", T0.plusSeconds(i));
        }
        assertThat(throttle.waitFor("someone-new", "192.0.2.7", T0.plusSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("someone-new", "192.0.2.8", T0.plusSeconds(30))).isEmpty();
    }

    @Test
    void nineFailuresDoNotLock() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("alice", "192.0.2.7", T0);
        }
        assertThat(throttle.waitFor("alice", "192.0.2.7", T0)).isEmpty();
    }

    @Test
    void theMessageSaysHowLongToWait() {
        assertThat(SignInThrottle.message(Duration.ofMillis(47_200))).isEqualTo(
                "Too many failed sign-ins for this name or from this address. Wait 48 seconds, then try again.");
        assertThat(SignInThrottle.message(Duration.ofMinutes(10))).contains("Wait 10 minutes");
    }
}
