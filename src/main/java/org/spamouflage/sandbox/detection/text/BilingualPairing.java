package org.spamouflage.sandbox.detection.text;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Index ix = new Index(texts, languages, times, settings);
        int profileCount = ix.profiles.size();
        List<Profile> profiles = ix.profiles;
        int[] best = new int[profileCount];
        double[] bestSimilarity = new double[profileCount];
        // Profiles are split into a fixed number of interleaved chunks (not one per thread), each with its
        // own accumulator, so the result does not depend on the number of threads.
        int chunks = Math.max(1, Math.min(profileCount, 16));
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            Scratch s = new Scratch(profileCount);
            for (int p = chunk; p < profileCount; p += chunks) {
                best[p] = -1;
                Profile prof = profiles.get(p);
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
                    Profile qp = profiles.get(q);
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
            Profile prof = profiles.get(p);
            Profile q = profiles.get(best[p]);
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
        Index ix = new Index(texts, languages, null, settings);
        int profileCount = ix.profiles.size();
        List<Profile> profiles = ix.profiles;
        TreeMap<Long, TranslationPair> pairs = new TreeMap<>();
        Scratch s = new Scratch(profileCount);
        for (int p = 0; p < profileCount; p++) {
            Profile prof = profiles.get(p);
            int count = ix.similar(p, s);
            int[] order = s.order(count);
            // partners[m]: partners taken so far by member m of this profile
            int[] partners = new int[prof.members.size()];
            int full = 0;
            for (int i = 0; i < count && full < partners.length; i++) {
                int q = s.candidateIds[order[i]];
                double similarity = s.candidateSims[order[i]];
                Profile qp = profiles.get(q);
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

    /** Anchors, their weights, profiles and the inverted index of one input, built once. */
    private static final class Index {
        final PairingSettings settings;
        final List<String> keyOf = new ArrayList<>();
        final double[] weight;
        final int[] df;
        final List<Profile> profiles = new ArrayList<>();
        final IntArrayList[][] postings;
        final double[] total;
        final long maxCarriers;

        Index(List<String> texts, List<String> languages, long[] times, PairingSettings settings) {
            this.settings = settings;
            int n = texts.size();
            List<String> problems = new ArrayList<>();
            if (languages.size() != n) {
                problems.add("languages has " + languages.size() + " entries but texts has " + n);
            }
            if (times != null && times.length != n) {
                problems.add("times has " + times.length + " entries but texts has " + n);
            }
            if (n > NearDuplicates.MAX_POSTS) {
                problems.add(n + " texts is more than the limit of " + NearDuplicates.MAX_POSTS);
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }

            byte[] side = new byte[n];
            int posts = 0;
            for (int i = 0; i < n; i++) {
                String l = languages.get(i);
                side[i] = settings.firstLanguage().equals(l) ? (byte) 1 : settings.secondLanguage().equals(l) ? (byte) 2 : 0;
                if (side[i] != 0) {
                    posts++;
                }
            }
            Anchors[] anchors = new Anchors[n];
            IntStream.range(0, n).parallel().forEach(i -> {
                if (side[i] != 0) {
                    anchors[i] = AnchorExtractor.extract(texts.get(i));
                }
            });

            Set<String> midSentenceNames = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (side[i] != 0) {
                    midSentenceNames.addAll(anchors[i].names());
                }
            }

            // Anchor ids in order of first appearance (post order, then sorted key order): deterministic.
            Map<String, Integer> idOf = new HashMap<>();
            IntArrayList df1 = new IntArrayList();
            IntArrayList df2 = new IntArrayList();
            int[][] postAnchors = new int[n][];
            for (int i = 0; i < n; i++) {
                if (side[i] == 0) {
                    continue;
                }
                List<String> keys = anchors[i].keys();
                for (String w : anchors[i].sentenceInitial()) {
                    if (midSentenceNames.contains(w)) {
                        TreeSet<String> merged = new TreeSet<>(keys);
                        for (String v : anchors[i].sentenceInitial()) {
                            if (midSentenceNames.contains(v)) {
                                merged.add(Anchors.nameKey(v));
                            }
                        }
                        keys = new ArrayList<>(merged);
                        break;
                    }
                }
                int[] ids = new int[keys.size()];
                int j = 0;
                // keys are sorted and distinct, so ids are assigned in a deterministic order
                for (String key : keys) {
                    Integer id = idOf.get(key);
                    if (id == null) {
                        id = keyOf.size();
                        idOf.put(key, id);
                        keyOf.add(key);
                        df1.add(0);
                        df2.add(0);
                    }
                    int anchor = id;
                    ids[j++] = anchor;
                    IntArrayList d = side[i] == 1 ? df1 : df2;
                    d.set(anchor, d.getInt(anchor) + 1);
                }
                postAnchors[i] = ids;
            }
            int anchorCount = keyOf.size();
            weight = new double[anchorCount];
            df = new int[anchorCount];
            for (int a = 0; a < anchorCount; a++) {
                int d1 = df1.getInt(a);
                int d2 = df2.getInt(a);
                df[a] = d1 + d2;
                weight[a] = d1 > 0 && d2 > 0 ? Math.log((double) posts / (d1 + d2)) : 0.0;
            }

            // Profiles: distinct (side, kept anchors), numbered by first post.
            Map<ProfileKey, Integer> profileOf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (side[i] == 0) {
                    continue;
                }
                IntArrayList kept = new IntArrayList();
                for (int a : postAnchors[i]) {
                    if (weight[a] > 0) {
                        kept.add(a);
                    }
                }
                if (kept.isEmpty()) {
                    continue;
                }
                int[] ids = kept.toIntArray();
                Arrays.sort(ids);
                ProfileKey key = new ProfileKey(side[i], ids);
                Integer p = profileOf.get(key);
                if (p == null) {
                    p = profiles.size();
                    profileOf.put(key, p);
                    profiles.add(new Profile(side[i], ids));
                }
                profiles.get(p).members.add(i);
            }
            for (Profile p : profiles) {
                p.sortByTime(times);
            }

            // Inverted index: anchor -> profiles of each side, ascending.
            postings = new IntArrayList[3][anchorCount];
            for (int p = 0; p < profiles.size(); p++) {
                Profile prof = profiles.get(p);
                for (int a : prof.anchors) {
                    IntArrayList list = postings[prof.side][a];
                    if (list == null) {
                        list = new IntArrayList();
                        postings[prof.side][a] = list;
                    }
                    list.add(p);
                }
            }

            // Specificity: the shared anchors together may be carried by at most N·e^(−minEvidence) posts.
            // Never below 2: the two posts of a pair carry their shared anchors themselves (small inputs).
            maxCarriers = Math.max(2, (long) Math.floor(posts * Math.exp(-settings.minEvidence())));
            total = new double[profiles.size()];
            for (int p = 0; p < profiles.size(); p++) {
                for (int a : profiles.get(p).anchors) {
                    total[p] += weight[a];
                }
            }
        }

        /**
         * Other-language profiles whose anchor similarity with profile {@code p} reaches the threshold, into
         * {@code s.candidateIds}/{@code s.candidateSims}; returns their number. The shared weight with every
         * profile reachable through a not-too-common anchor is accumulated posting by posting (no
         * per-candidate merge); anchors in more than {@code maxPostings} profiles are only looked up in the
         * profiles reached otherwise.
         */
        int similar(int p, Scratch s) {
            Profile prof = profiles.get(p);
            int other = 3 - prof.side;
            double[] overlap = s.overlap;
            IntArrayList touched = s.touched;
            IntArrayList skipped = s.skipped;
            touched.clear();
            skipped.clear();
            for (int a : prof.anchors) {
                IntArrayList list = postings[other][a];
                if (list == null) {
                    continue;
                }
                if (list.size() > settings.maxPostings()) {
                    skipped.add(a);
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    int q = list.getInt(i);
                    if (overlap[q] == 0) {
                        touched.add(q);
                    }
                    overlap[q] += weight[a];
                }
            }
            double skippedWeight = 0;
            for (int i = 0; i < skipped.size(); i++) {
                skippedWeight += weight[skipped.getInt(i)];
            }
            int count = 0;
            for (int t = 0; t < touched.size(); t++) {
                int q = touched.getInt(t);
                double shared = overlap[q];
                overlap[q] = 0;
                // Upper bound before looking up the skipped (common) anchors in q.
                if (shared + skippedWeight < settings.threshold() * Math.max(total[p], total[q])) {
                    continue;
                }
                Profile qp = profiles.get(q);
                for (int i = 0; i < skipped.size(); i++) {
                    if (Arrays.binarySearch(qp.anchors, skipped.getInt(i)) >= 0) {
                        shared += weight[skipped.getInt(i)];
                    }
                }
                double similarity = shared / (total[p] + total[q] - shared);
                if (similarity >= settings.threshold()) {
                    s.add(count++, q, similarity);
                }
            }
            return count;
        }

        boolean isSpecific(Profile a, Profile b) {
            return BilingualPairing.isSpecific(a.anchors, b.anchors, postings, profiles, df, maxCarriers);
        }
    }

    /** Per-worker buffers of {@link Index#similar}. */
    private static final class Scratch {
        final double[] overlap;
        final IntArrayList touched = new IntArrayList();
        final IntArrayList skipped = new IntArrayList();
        int[] candidateIds = new int[16];
        double[] candidateSims = new double[16];

        Scratch(int profileCount) {
            overlap = new double[profileCount];
        }

        void add(int at, int q, double similarity) {
            if (at == candidateIds.length) {
                candidateIds = Arrays.copyOf(candidateIds, at * 2);
                candidateSims = Arrays.copyOf(candidateSims, at * 2);
            }
            candidateIds[at] = q;
            candidateSims[at] = similarity;
        }

        /** Positions 0..count−1 ordered by decreasing similarity, ties by smaller profile id. */
        int[] order(int count) {
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            int[] ids = candidateIds;
            double[] sims = candidateSims;
            IntArrays.quickSort(order, 0, count, (x, y) -> {
                int c = Double.compare(sims[y], sims[x]);
                return c != 0 ? c : Integer.compare(ids[x], ids[y]);
            });
            return order;
        }
    }

    /**
     * True when at most {@code maxCarriers} posts (of both languages) carry every anchor the two profiles
     * share. When even the rarest shared anchor is too common on its own, scans that anchor's postings and
     * stops as soon as the count is exceeded.
     */
    private static boolean isSpecific(int[] a, int[] b, IntArrayList[][] postings, List<Profile> profiles, int[] df,
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
                Profile p = profiles.get(list.getInt(i));
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
    private static long minGap(Profile p, Profile q) {
        long[] small = p.times.length <= q.times.length ? p.times : q.times;
        long[] large = small == p.times ? q.times : p.times;
        long best = Long.MAX_VALUE;
        if (large.length > 16L * small.length) {
            // Very different sizes (one post against a template's thousand copies): binary search.
            for (long t : small) {
                int i = Profile.lowerBound(large, t);
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

    private record ProfileKey(byte side, int[] anchors) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ProfileKey k && k.side == side && Arrays.equals(k.anchors, anchors);
        }

        @Override
        public int hashCode() {
            return 31 * side + Arrays.hashCode(anchors);
        }
    }

    /** Posts of one language sharing one anchor set; members sorted by (time, index) once times are known. */
    private static final class Profile {
        final byte side;
        final int[] anchors;
        final IntArrayList members = new IntArrayList();
        long[] times = new long[0];

        Profile(byte side, int[] anchors) {
            this.side = side;
            this.anchors = anchors;
        }

        void sortByTime(long[] postTimes) {
            if (postTimes == null) {
                return;
            }
            int[] m = members.toIntArray();
            IntArrays.quickSort(m, (x, y) -> {
                int c = Long.compare(postTimes[x], postTimes[y]);
                return c != 0 ? c : Integer.compare(x, y);
            });
            members.clear();
            members.addElements(0, m);
            times = new long[m.length];
            for (int i = 0; i < m.length; i++) {
                times[i] = postTimes[m[i]];
            }
        }

        /** Member nearest in time to t (ties: the smaller post index). */
        int nearestInTime(long t) {
            int right = lowerBound(times, t);
            int bestPost = -1;
            long bestGap = Long.MAX_VALUE;
            if (right < times.length) {
                bestPost = members.getInt(right);
                bestGap = times[right] - t;
            }
            if (right > 0) {
                int left = lowerBound(times, times[right - 1]); // first of the run: smallest post index
                long gap = t - times[left];
                int post = members.getInt(left);
                if (gap < bestGap || (gap == bestGap && post < bestPost)) {
                    bestPost = post;
                }
            }
            return bestPost;
        }

        static int lowerBound(long[] a, long key) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
