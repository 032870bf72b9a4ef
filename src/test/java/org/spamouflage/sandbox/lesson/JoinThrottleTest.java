package org.spamouflage.sandbox.lesson;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Wrong join codes are counted per client and for the server, over a sliding window. */
class JoinThrottleTest {
    static final Instant T0 = Instant.parse("2025-01-13T09:00:00Z");

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void aClientIsRefusedAfterItsLimitUntilItsOldestWrongCodeLeavesTheWindow() {
        JoinThrottle t = new JoinThrottle(3, 100, Duration.ofMinutes(10));
        t.wrongCode("a", at(0));
        t.wrongCode("a", at(60));
        assertThatCode(() -> t.check("a", at(61))).doesNotThrowAnyException();
        t.wrongCode("a", at(120));
        // third wrong code at 120 s: refused until the first (t = 0) leaves the window at 600 s
        assertThatThrownBy(() -> t.check("a", at(121))).isInstanceOf(Refused.class)
                .hasMessage("Too many wrong join codes were typed; try again in 8 minutes, and check the code with your "
                        + "instructor.")
                .extracting(e -> ((Refused) e).reason()).isEqualTo(Refused.Reason.RATE_LIMITED);
        assertThatThrownBy(() -> t.check("a", at(545))).hasMessageContaining("try again in 55 seconds");
        assertThatCode(() -> t.check("a", at(600))).doesNotThrowAnyException();
    }

    @Test
    void otherClientsAreNotSlowedByOneClientsMistakes() {
        JoinThrottle t = new JoinThrottle(2, 100, Duration.ofMinutes(10));
        t.wrongCode("a", at(0));
        t.wrongCode("a", at(1));
        assertThatThrownBy(() -> t.check("a", at(2))).isInstanceOf(Refused.class);
        assertThatCode(() -> t.check("b", at(2))).doesNotThrowAnyException();
    }

    @Test
    void manyWrongCodesOnTheServerStopEveryClientThatGuessedButNotTheOthers() {
        JoinThrottle t = new JoinThrottle(10, 4, Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            t.wrongCode("guesser" + i, at(i));
        }
        // each guesser has one wrong code (under its own limit of 10), but the server has 4 = its limit
        assertThatThrownBy(() -> t.check("guesser0", at(10))).isInstanceOf(Refused.class)
                .hasMessageContaining("try again in 10 minutes"); // 590 s, rounded up
        assertThatCode(() -> t.check("student", at(10))).as("a client without a wrong code").doesNotThrowAnyException();
        // the first wrong code (t = 0) leaves the window at 600 s: the server is under its limit again
        assertThatCode(() -> t.check("guesser1", at(600))).doesNotThrowAnyException();
    }

    @Test
    void rejectsLimitsThatCouldNeverAdmitAnyone() {
        assertThatThrownBy(() -> new JoinThrottle(0, 1, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JoinThrottle(1, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
