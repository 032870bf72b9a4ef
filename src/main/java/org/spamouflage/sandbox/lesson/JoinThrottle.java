package org.spamouflage.sandbox.lesson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down guessing of join codes. A code has {@value JoinCodes#LENGTH} characters from an alphabet of
 * 31, about 8.5 × 10¹¹ codes, so one guess in a billion hits even with hundreds of open lessons; this
 * makes the guessing itself slow too. Wrong codes are counted over a sliding {@code window} per client
 * (the browser session) and over the whole server:
 * <ul>
 *   <li>a client with {@code perClient} wrong codes in the window is refused until the oldest of them
 *       leaves it (a class of students mistypes a code once or twice each, never ten times);</li>
 *   <li>once the server has seen {@code overall} wrong codes in the window (guessing from many sessions),
 *       every client that has typed a wrong code in it is refused until the server's count drops below
 *       the limit. Clients without a wrong code are let through, so someone else's guessing never locks
 *       a class out; a guesser must open a fresh session for every single guess.</li>
 * </ul>
 * A refused attempt is not looked up, so it reveals nothing about the code.
 * Memory: at most {@code overall} instants in all, and clients with no wrong code in the window are
 * forgotten ({@value #MAX_CLIENTS} clients at most). Thread-safe (synchronised: joins are rare).
 */
public final class JoinThrottle {
    /** Clients remembered at once; the oldest is forgotten beyond this. */
    static final int MAX_CLIENTS = 10_000;

    private final int perClient;
    private final int overall;
    private final Duration window;
    private final Deque<Instant> all = new ArrayDeque<>();
    private final Map<String, Deque<Instant>> byClient = new LinkedHashMap<>();

    public JoinThrottle(int perClient, int overall, Duration window) {
        if (perClient < 1 || overall < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits must be at least 1 and the window positive");
        }
        this.perClient = perClient;
        this.overall = overall;
        this.window = window;
    }

    /** 10 wrong codes per browser session and 300 on the whole server, per 10 minutes. */
    public static JoinThrottle defaults() {
        return new JoinThrottle(10, 300, Duration.ofMinutes(10));
    }

    /**
     * Refuses when {@code client} (or the server as a whole) has used up its wrong codes.
     *
     * @throws Refused with reason {@link Refused.Reason#RATE_LIMITED} and when to try again
     */
    public synchronized void check(String client, Instant now) {
        forgetBefore(now.minus(window));
        Deque<Instant> mine = byClient.get(client);
        if (mine != null && mine.size() >= perClient) {
            throw refused(mine.peekFirst().plus(window), now);
        }
        if (mine != null && all.size() >= overall) {
            throw refused(all.peekFirst().plus(window), now);
        }
    }

    /** Counts one wrong code by {@code client}. */
    public synchronized void wrongCode(String client, Instant now) {
        forgetBefore(now.minus(window));
        all.addLast(now);
        byClient.computeIfAbsent(client, k -> new ArrayDeque<>()).addLast(now);
        if (byClient.size() > MAX_CLIENTS) {
            String oldest = byClient.keySet().iterator().next();
            byClient.remove(oldest);
        }
    }

    private void forgetBefore(Instant cutoff) {
        while (!all.isEmpty() && !all.peekFirst().isAfter(cutoff)) {
            all.removeFirst();
        }
        byClient.values().removeIf(q -> {
            while (!q.isEmpty() && !q.peekFirst().isAfter(cutoff)) {
                q.removeFirst();
            }
            return q.isEmpty();
        });
    }

    private static Refused refused(Instant free, Instant now) {
        long seconds = Math.max(1, Duration.between(now, free).toSeconds());
        return new Refused(Refused.Reason.RATE_LIMITED, "Too many wrong join codes were typed; try again in "
                + (seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes")
                + ", and check the code with your instructor.");
    }
}
