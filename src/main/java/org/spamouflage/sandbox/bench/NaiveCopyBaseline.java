package org.spamouflage.sandbox.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Post;

/**
 * The ten-line detector the engine must beat on real data (the IRA windows' README): flag two accounts
 * when the same normalised text (lower case, URLs and {@code @mentions} removed, white space collapsed, at
 * least {@value #MIN_CHARS} characters) is posted by both within {@value #WINDOW_SECONDS} seconds
 * (inclusive). It is a reference, not part of the engine: it has no null model and flags every pair of
 * copiers, honest or not. Cost: O(posts log posts + pairs within the window).
 */
public final class NaiveCopyBaseline {
    static final int MIN_CHARS = 15;
    static final long WINDOW_SECONDS = 600;
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern MENTION = Pattern.compile("@\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private NaiveCopyBaseline() {
    }

    /** The README's normalisation. */
    static String normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        t = URL.matcher(t).replaceAll("");
        t = MENTION.matcher(t).replaceAll("");
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    /** Accounts flagged on {@code dataset}, in id order. */
    public static Set<String> flagged(Dataset dataset) {
        Map<String, List<Post>> byText = new HashMap<>();
        for (Post p : dataset.posts()) {
            String k = normalise(p.text());
            if (k.length() >= MIN_CHARS) {
                byText.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        Set<String> out = new TreeSet<>();
        for (List<Post> group : byText.values()) {
            group.sort(Comparator.comparingLong(Post::time));
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size() && group.get(j).time() - group.get(i).time() <= WINDOW_SECONDS; j++) {
                    if (!group.get(i).accountId().equals(group.get(j).accountId())) {
                        out.add(group.get(i).accountId());
                        out.add(group.get(j).accountId());
                    }
                }
            }
        }
        return out;
    }
}
