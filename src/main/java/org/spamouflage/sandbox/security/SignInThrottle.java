package org.spamouflage.sandbox.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing. Failed sign-ins are counted over a sliding {@code window} per
 * account name and per client address; once either has {@code maxFailures} failures in the
 * window, further sign-ins for that name or from that address are refused without checking the
 * password until the oldest failure leaves the window. With the defaults (10 per minute) the 11th
 * wrong password within a minute is refused, and guessing runs at 10 passwords a minute instead of
 * the ~13 a second seen without it.
 *
 * <p>Per name, so guessing one instructor's password from many addresses is slow; per address, so
 * trying many names from one address is slow too. The price: someone who knows an instructor's
 * name can keep that name locked by failing 10 times a minute; the instructor then signs in after
 * the wait, or the operator lowers the window.
 *
 * <p>Memory: each key keeps at most {@code maxFailures} instants; keys with no failure in the window
 * are forgotten, and at most {@value #MAX_KEYS} keys per kind are kept (the oldest goes first).
 * Thread-safe (synchronised: sign-ins are rare).
 */
public final class SignInThrottle {
    /** Names or addresses remembered at once per kind. */
    static final int MAX_KEYS = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> byName = new LinkedHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new LinkedHashMap<>();

    public SignInThrottle(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("sign-in throttle: at least 1 failure and a positive window; got "
                    + maxFailures + " and " + window);
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long {@code name} from {@code address} must wait before trying again, or empty when it may try now. */
    public synchronized Optional<Duration> waitFor(String name, String address, Instant now) {
        Instant cutoff = now.minus(window);
        Instant free = null;
        for (Deque<Instant> q : new Deque[] {recent(byName, key(name), cutoff), recent(byAddress, address, cutoff)}) {
            if (q != null && q.size() >= maxFailures) {
                Instant f = q.peekFirst().plus(window);
                free = free == null || f.isAfter(free) ? f : free;
            }
        }
        return free == null ? Optional.empty() : Optional.of(Duration.between(now, free));
    }

    /** Counts one failed sign-in. */
    public synchronized void failed(String name, String address, Instant now) {
        Instant cutoff = now.minus(window);
        add(byName, key(name), now, cutoff);
        add(byAddress, address, now, cutoff);
    }

    /** "Too many failed sign-ins …; try again in 42 seconds." */
    public static String message(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "Too many failed sign-ins for this name or from this address. Wait "
                + (seconds < 120 ? seconds + (seconds == 1 ? " second" : " seconds") : (seconds + 59) / 60 + " minutes")
                + ", then try again.";
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private Deque<Instant> recent(Map<String, Deque<Instant>> map, String key, Instant cutoff) {
        Deque<Instant> q = map.get(key == null ? "" : key);
        if (q == null) {
            return null;
        }
        while (!q.isEmpty() && !q.peekFirst().isAfter(cutoff)) {
            q.removeFirst();
        }
        if (q.isEmpty()) {
            map.remove(key == null ? "" : key);
            return null;
        }
        return q;
    }

    private void add(Map<String, Deque<Instant>> map, String key, Instant now, Instant cutoff) {
        String k = key == null ? "" : key;
        Deque<Instant> q = recent(map, k, cutoff);
        if (q == null) {
            q = new ArrayDeque<>();
            map.put(k, q);
            if (map.size() > MAX_KEYS) {
                map.remove(map.keySet().iterator().next());
            }
        }
        q.addLast(now);
        while (q.size() > maxFailures) {
            q.removeFirst(); // older failures add nothing: the wait runs from the oldest of the last maxFailures
        }
    }
}
