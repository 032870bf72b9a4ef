package org.spamouflage.sandbox.scenario;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * "Did you mean …?" for misspelt field names, choices, province codes and time zones, by edit
 * distance. A fifteen-line Levenshtein is kept here rather than adding commons-text for one function.
 */
final class Suggestions {

    /** Longer inputs get no suggestion: they are junk, and edit distance is quadratic. */
    private static final int MAX_INPUT = 64;

    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    private static final List<String> ZONES_NORMALIZED = ZONES.stream().map(Suggestions::normalize).toList();
    private static final List<String> CITIES_NORMALIZED =
            ZONES.stream().map(z -> normalize(z.substring(z.lastIndexOf('/') + 1))).toList();

    private Suggestions() {
    }

    /** The closest candidate (first in the given order on ties), if close enough to be a likely typo. */
    static Optional<String> closest(String input, List<String> candidates) {
        String in = normalize(input);
        if (in.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(in, normalize(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= threshold(in) ? Optional.of(best) : Optional.empty();
    }

    /** Up to three time-zone ids close to the input, comparing whole ids and their city parts. */
    static List<String> closeZones(String input) {
        String in = normalize(input);
        if (in.isEmpty() || in.length() > MAX_INPUT) {
            return List.of();
        }
        record Scored(String zone, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < ZONES.size(); i++) {
            int d = Math.min(distance(in, ZONES_NORMALIZED.get(i)), distance(in, CITIES_NORMALIZED.get(i)));
            if (d <= threshold(in)) {
                scored.add(new Scored(ZONES.get(i), d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::zone));
        return scored.stream().limit(3).map(Scored::zone).toList();
    }

    /** Case, underscores, hyphens and spaces are ignored: {@code new_accounts} is close to {@code newAccounts}. */
    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    /** Short inputs (province codes) only match up to case: one letter off in two is a guess, not a typo. */
    private static int threshold(String normalizedInput) {
        int n = normalizedInput.length();
        return n <= 3 ? 0 : Math.max(1, Math.min(3, n / 3));
    }

    /** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitution, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
