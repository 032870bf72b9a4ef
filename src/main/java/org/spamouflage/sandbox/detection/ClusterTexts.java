package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.text.BilingualPairing;
import org.spamouflage.sandbox.detection.text.PairingSettings;
import org.spamouflage.sandbox.detection.text.TranslationPair;

/**
 * The text evidence of a group of accounts, beside {@link ClusterSummary}: the messages its members repeat most
 * and the English–French pairs among their posts. Pairs are found with the same pairing settings the engine's
 * text layer uses ({@link PairingSettings#defaults()}), so a card shows the pairs the engine could have seen.
 */
public final class ClusterTexts {
    private ClusterTexts() {
    }

    /** A message and how often the members posted it. */
    public record Repeated(String text, int count) {
    }

    /** An English post and its French twin, with the pairing score. */
    public record Pair(String english, String french, double score) {
    }

    /**
     * The most repeated texts of one language among the members' posts, most repeated first (ties: text order).
     * Texts compare after trimming, collapsing white space and lower-casing; the first spelling seen is shown.
     *
     * @param language a language code, or {@code null} for every language but English and French (unknown included)
     */
    public static List<Repeated> repeated(DetectionContext context, List<Integer> members, String language, int limit) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (int a : members) {
            for (int p : context.posts(a)) {
                Post post = context.post(p);
                boolean wanted = language == null ? !"en".equals(post.lang()) && !"fr".equals(post.lang())
                        : language.equals(post.lang());
                if (!wanted || post.text().isBlank()) {
                    continue;
                }
                String key = post.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                firstSeen.putIfAbsent(key, post.text().strip());
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new Repeated(firstSeen.get(e.getKey()), e.getValue()[0]))
                .toList();
    }

    /** Distinct English–French pairs among the members' posts, strongest first (ties: post order). */
    public static List<Pair> pairs(DetectionContext context, List<Integer> members, int limit) {
        List<Post> posts = new ArrayList<>();
        for (int a : members) {
            for (int p : context.posts(a)) {
                Post post = context.post(p);
                if ("en".equals(post.lang()) || "fr".equals(post.lang())) {
                    posts.add(post);
                }
            }
        }
        List<TranslationPair> found = new ArrayList<>(BilingualPairing.pairPosts(posts, PairingSettings.defaults()));
        found.sort(Comparator.comparingDouble(TranslationPair::score).reversed()
                .thenComparingInt(TranslationPair::first).thenComparingInt(TranslationPair::second));
        List<Pair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TranslationPair tp : found) {
            String en = posts.get(tp.first()).text().strip();
            String fr = posts.get(tp.second()).text().strip();
            if (seen.add(en.toLowerCase(Locale.ROOT) + "\u0000" + fr.toLowerCase(Locale.ROOT))) {
                out.add(new Pair(en, fr, tp.score()));
            }
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }
}
