package org.spamouflage.sandbox.detection.text;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.spamouflage.sandbox.dataset.Post;

/**
 * Links posts that carry the same message in two languages (English and French by default) without a
 * translation model, from what machine translation leaves alone: names, handles, hashtags, links,
 * numbers and emoji ({@link AnchorExtractor}), plus timing.
 *
 * <h2>Scoring</h2>
 * <ol>
 *   <li>Anchors are extracted from every post of the two languages. A capitalised sentence-initial word
 *       counts as a name only if it appears capitalised inside a sentence somewhere in the input.</li>
 *   <li>Only anchors seen in <em>both</em> languages somewhere in the input are kept: "Prime Minister" and
 *       "Premier ministre" can never match each other, so they would only dilute the score. An anchor
 *       carried by a single post is dropped by the same rule unless it occurs in both languages.</li>
 *   <li>Each kept anchor a has weight w(a) = ln(N / df(a)), N = posts in the two languages, df = posts
 *       carrying it: the prime minister's name weighs little, a link to one video a lot.</li>
 *   <li>Anchor similarity of posts A, B = Σ_{a∈A∩B} w(a) / Σ_{a∈A∪B} w(a) (weighted Jaccard).</li>
 *   <li>Specificity: the shared anchors A∩B, taken together, must be carried by at most
 *       N·e^(−minEvidence) posts. Counting the combination (not summing single weights) matters
 *       because a politician's first and last name always travel together.</li>
 *   <li>Time: score = similarity × f(|Δt|), f = 1 inside the window, then e^{−(gap−window)/decay}, never
 *       below the floor. Without times f = 1.</li>
 * </ol>
 *
 * <h2>Candidates without all pairs</h2>
 * Posts of one language with exactly the same kept anchors form one "profile" (the copies of a template
 * usually do), so work grows with distinct anchor sets, not posts. An inverted index maps each anchor to
 * the profiles of each language that carry it. For each profile, the shared weight with every
 * other-language profile reachable through one of its anchors is accumulated posting by posting; an
 * anchor whose posting list holds more than {@code maxPostings} profiles (the prime minister's name in
 * a large corpus) does not reach candidates, but still counts in the similarity of those reached
 * otherwise. Each profile keeps its best candidate (highest score using the two profiles' closest posts
 * in time; ties: the earlier profile). Then every post of the profile is paired with the partner
 * profile's post nearest in time, and the pair is reported when that post-level score reaches the
 * threshold. Both directions are run, so the output has at most one pair per post and direction.
 *
 * <h2>What it cannot do</h2>
 * A message with no anchors, or only common ones (a name every post carries), cannot be paired. Two
 * templates with the same anchors cannot be told apart except by time. Organic posts in the two
 * languages about the same news share anchors too: they are "the same message", not a translation, and
 * will be paired. Posts with another or no language code are ignored.
 *
 * <p>Cost: O(total text length + Σ over profiles of the posting lengths of their anchors); memory
 * O(anchors + posts) plus one accumulator of (profiles) doubles per worker chunk. Measured: 100,000
 * posts in about 1 s of CPU time (see BENCHMARKS.md).
 */
public final class BilingualPairing {

    private BilingualPairing() {
    }

    /** Pairs posts by their text, language and time ({@link Post#time()}). */
    public static List<TranslationPair> pairPosts(List<Post> posts, PairingSettings settings) {
        List<String> texts = new ArrayList<>(posts.size());
        List<String> languages = new ArrayList<>(posts.size());
        long[] times = new long[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            texts.add(p.text());
            languages.add(p.lang());
            times[i] = p.time();
        }
        return pair(texts, languages, times, settings);
    }

    /**
     * Pairs posts across the two languages of the settings.
     *
     * @param texts     raw post texts
     * @param languages language code per post (posts in other languages are ignored)
     * @param times     epoch seconds per post, or null to ignore timing
     * @return pairs sorted by first-language post index, then second-language post index
     */
    public static List<TranslationPair> pair(List<String> texts, List<String> languages, long[] times,
                                             PairingSettings settings) {
        PairingIndex ix = new PairingIndex(texts, languages, times, settings);
        int profileCount = ix.profiles.size();
        List<AnchorProfile> profiles = ix.profiles;
        int[] best = new int[profileCount];
        double[] bestSimilarity = new double[profileCount];
        // Profiles are split into a fixed number of interleaved chunks (not one per thread), each with its
        // own accumulator, so the result does not depend on the number of threads.
        int chunks = Math.max(1, Math.min(profileCount, 16));
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            PairingIndex.Scratch s = new PairingIndex.Scratch(profileCount);
            for (int p = chunk; p < profileCount; p += chunks) {
                best[p] = -1;
                AnchorProfile prof = profiles.get(p);
                int count = ix.similar(p, s);
                // Candidates are tried in order of decreasing similarity (ties: smaller profile id), so the
                // search stops as soon as no remaining candidate can beat the best score (the time factor is
                // at most 1).
                int[] order = s.order(count);
                double bestScore = 0;
                for (int i = 0; i < count; i++) {
                    int q = s.candidateIds[order[i]];
                    double similarity = s.candidateSims[order[i]];
                    if (similarity <= bestScore) {
                        break;
                    }
                    AnchorProfile qp = profiles.get(q);
                    double score = times == null ? similarity : similarity * settings.timeFactor(minGap(prof, qp));
                    if (score > bestScore && ix.isSpecific(prof, qp)) {
                        bestScore = score;
                        best[p] = q;
                        bestSimilarity[p] = similarity;
                    }
                }
            }
        });

        TreeMap<Long, TranslationPair> pairs = new TreeMap<>();
        Map<Long, List<String>> sharedCache = new HashMap<>();
        for (int p = 0; p < profileCount; p++) {
            if (best[p] < 0) {
                continue;
            }
            AnchorProfile prof = profiles.get(p);
            AnchorProfile q = profiles.get(best[p]);
            long cacheKey = Math.min(p, best[p]) * (long) profileCount + Math.max(p, best[p]);
            List<String> shared = sharedCache.computeIfAbsent(cacheKey, k -> sharedKeys(prof.anchors, q.anchors, ix.keyOf));
            for (int m = 0; m < prof.members.size(); m++) {
                int post = prof.members.getInt(m);
                int partner = times == null ? q.members.getInt(0) : q.nearestInTime(times[post]);
                long gap = times == null ? -1 : Math.abs(times[post] - times[partner]);
                double score = bestSimilarity[p] * (times == null ? 1.0 : settings.timeFactor(gap));
                if (score < settings.threshold()) {
                    continue;
                }
                int first = prof.side == 1 ? post : partner;
                int second = prof.side == 1 ? partner : post;
                pairs.putIfAbsent(((long) first << 32) | second,
                        new TranslationPair(first, second, score, bestSimilarity[p], gap, shared));
            }
        }
        return List.copyOf(pairs.values());
    }

    /**
     * Every pair of texts of the two languages whose anchor similarity reaches the threshold and whose shared
     * anchors are specific (the rules of {@link #pair}), not only each text's best partner, and without
     * timing. For callers that choose among the candidates with other evidence, such as
     * {@link FamilyPairing} (who posted the two texts, and when).
     *
     * <p>Bounded output: each text keeps at most {@code maxPerText} partners in each direction (highest
     * similarity first; ties: the partner with the smaller index), so the output has at most
     * 2 · maxPerText · texts pairs even when many texts share one anchor set. Cost as {@link #pair} plus
     * O(pairs · log pairs) to sort.
     *
     * @param maxPerText partners kept per text and direction, ≥ 1
     * @return pairs sorted by first-language index, then second-language index; {@code score} equals
     *         {@code anchorSimilarity} and {@code timeGapSeconds} is −1
     */
    public static List<TranslationPair> candidates(List<String> texts, List<String> languages, PairingSettings settings,
                                                   int maxPerText) {
        if (maxPerText < 1) {
            throw new IllegalArgumentException("maxPerText " + maxPerText + " is out of range (allowed: ≥ 1)");
        }
        PairingIndex ix = new PairingIndex(texts, languages, null, settings);
        int profileCount = ix.profiles.size();
        List<AnchorProfile> profiles = ix.profiles;
        TreeMap<Long, TranslationPair> pairs = new TreeMap<>();
        PairingIndex.Scratch s = new PairingIndex.Scratch(profileCount);
        for (int p = 0; p < profileCount; p++) {
            AnchorProfile prof = profiles.get(p);
            int count = ix.similar(p, s);
            int[] order = s.order(count);
            // partners[m]: partners taken so far by member m of this profile
            int[] partners = new int[prof.members.size()];
            int full = 0;
            for (int i = 0; i < count && full < partners.length; i++) {
                int q = s.candidateIds[order[i]];
                double similarity = s.candidateSims[order[i]];
                AnchorProfile qp = profiles.get(q);
                if (!ix.isSpecific(prof, qp)) {
                    continue;
                }
                List<String> shared = sharedKeys(prof.anchors, qp.anchors, ix.keyOf);
                for (int m = 0; m < partners.length; m++) {
                    int post = prof.members.getInt(m);
                    // members are in index order (no times), so the smaller partner indices come first
                    for (int k = 0; k < qp.members.size() && partners[m] < maxPerText; k++) {
                        int partner = qp.members.getInt(k);
                        int first = prof.side == 1 ? post : partner;
                        int second = prof.side == 1 ? partner : post;
                        pairs.putIfAbsent(((long) first << 32) | second,
                                new TranslationPair(first, second, similarity, similarity, -1, shared));
                        partners[m]++;
                        if (partners[m] == maxPerText) {
                            full++;
                        }
                    }
                }
            }
        }
        return List.copyOf(pairs.values());
    }


    /**
     * True when at most {@code maxCarriers} posts (of both languages) carry every anchor the two profiles
     * share. When even the rarest shared anchor is too common on its own, scans that anchor's postings and
     * stops as soon as the count is exceeded.
     */
    static boolean isSpecific(int[] a, int[] b, IntArrayList[][] postings, List<AnchorProfile> profiles, int[] df,
                                      long maxCarriers) {
        int[] shared = intersect(a, b);
        // Fast path: no more posts carry all shared anchors than carry the rarest one.
        long fewest = Long.MAX_VALUE;
        for (int anchor : shared) {
            fewest = Math.min(fewest, df[anchor]);
        }
        if (fewest <= maxCarriers) {
            return true;
        }
        int rarest = -1;
        int rarestSize = Integer.MAX_VALUE;
        for (int anchor : shared) {
            int size = size(postings[1][anchor]) + size(postings[2][anchor]);
            if (size < rarestSize) {
                rarestSize = size;
                rarest = anchor;
            }
        }
        long carriers = 0;
        for (int s = 1; s <= 2; s++) {
            IntArrayList list = postings[s][rarest];
            if (list == null) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                AnchorProfile p = profiles.get(list.getInt(i));
                if (containsAll(p.anchors, shared)) {
                    carriers += p.members.size();
                    if (carriers > maxCarriers) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static int size(IntArrayList list) {
        return list == null ? 0 : list.size();
    }

    private static int[] intersect(int[] a, int[] b) {
        IntArrayList out = new IntArrayList();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out.add(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return out.toIntArray();
    }

    /** Whether sorted {@code set} contains every element of sorted {@code subset}. */
    private static boolean containsAll(int[] set, int[] subset) {
        int i = 0;
        for (int x : subset) {
            while (i < set.length && set[i] < x) {
                i++;
            }
            if (i >= set.length || set[i] != x) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static List<String> sharedKeys(int[] a, int[] b, List<String> keyOf) {
        TreeSet<String> out = new TreeSet<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out.add(keyOf.get(a[i]));
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return List.copyOf(out);
    }

    /** Smallest time gap between a post of one profile and a post of the other (both sorted by time). */
    private static long minGap(AnchorProfile p, AnchorProfile q) {
        long[] small = p.times.length <= q.times.length ? p.times : q.times;
        long[] large = small == p.times ? q.times : p.times;
        long best = Long.MAX_VALUE;
        if (large.length > 16L * small.length) {
            // Very different sizes (one post against a template's thousand copies): binary search.
            for (long t : small) {
                int i = AnchorProfile.lowerBound(large, t);
                if (i < large.length) {
                    best = Math.min(best, large[i] - t);
                }
                if (i > 0) {
                    best = Math.min(best, t - large[i - 1]);
                }
            }
            return best;
        }
        int i = 0;
        int j = 0;
        while (i < small.length && j < large.length) {
            long d = small[i] - large[j];
            best = Math.min(best, Math.abs(d));
            if (d < 0) {
                i++;
            } else {
                j++;
            }
        }
        return best;
    }

}
