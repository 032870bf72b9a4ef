package org.spamouflage.sandbox.detection.text;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs English and French near-duplicate families that carry one message <em>and</em> were posted by one
 * operation: anchors say "same message" ({@link BilingualPairing#candidates}), behaviour says "same
 * people, same moments". Anchors alone pair honest slogan families too: "Bonne soirée 🌙" and "Good
 * night 🌙" share their only anchor, and so do two slogans that name the same city. Campaign accounts of a
 * cell post both language versions of a template in the same waves (the generator draws each post's
 * language within a wave; real operations publish one story in several languages at once, Microsoft MTAC
 * 2024), while honest slogans in the two languages are written by different people at different moments.
 *
 * <h2>Evidence of a candidate pair of families A and B</h2>
 * <ul>
 *   <li>author overlap = |authors(A) ∩ authors(B)| / min(|authors(A)|, |authors(B)|) (the overlap
 *       coefficient: a small French family whose authors all also posted the large English one scores 1);</li>
 *   <li>co-timing = the smaller of the two shares "posts of A with a post of B within ±window" and the same
 *       for B (both families must sit in each other's bursts, not only the small one in the big one's day);</li>
 *   <li>behaviour = √(author overlap × co-timing); the pair is kept when it reaches {@code minBehaviour}. The
 *       geometric mean needs both kinds of evidence: a few shared authors without shared moments are active
 *       people who post many slogans; shared moments without shared authors are a news spike.</li>
 *   <li>author Jaccard = |authors(A) ∩ authors(B)| / |authors(A) ∪ authors(B)|; the pair is also kept,
 *       whatever its timing, when the Jaccard reaches {@code minAuthorJaccard} with at least
 *       {@code minSharedAuthors} shared accounts. A careful operator spreads each wave over hours
 *       (sophisticated-network: {@code jitterMinutes} 120, about 2.5 accounts per wave), so co-timing within
 *       10 minutes is near zero, but the few persona accounts post both language versions: a fifth of
 *       everyone who posted either family posted both. Honest slogan pairs that share a fifth of their
 *       authors were not seen on the generator's scenarios (BENCHMARKS.md).</li>
 * </ul>
 * Each family then keeps its kept candidate with the highest anchor similarity (ties: higher behaviour,
 * then the smaller partner index), in both directions, as {@link BilingualPairing#pair} does for posts.
 * Only language-independent evidence is used: anchors, account ids and timestamps.
 *
 * <p>Cost: anchor candidates as {@link BilingualPairing#candidates} over one text per family (at most
 * 2 · {@code maxCandidatesPerFamily} per family), plus O(P log P) to sort the P posts of eligible families
 * by author and time once, plus O(|A| + |B|) per candidate (two merges of sorted arrays; the Jaccard comes
 * from the same merge). Memory O(P +
 * candidates). Deterministic: families in id order, candidates sorted, ties broken by index.
 */
public final class FamilyPairing {

    private FamilyPairing() {
    }

    /**
     * Behavioural evidence that two families were posted by one operation.
     *
     * @param sharedAuthors accounts that posted in both families
     * @param authorOverlap sharedAuthors / the smaller family's number of authors, [0, 1]
     * @param authorJaccard sharedAuthors / the number of accounts that posted either family, [0, 1]
     * @param coTiming      the smaller of the two families' shares of posts with a post of the other family
     *                      within the window, [0, 1]
     * @param behaviour     √(authorOverlap × coTiming), [0, 1]
     */
    public record Evidence(int sharedAuthors, double authorOverlap, double authorJaccard, double coTiming,
                           double behaviour) {
    }

    /**
     * One pair of families.
     *
     * @param firstFamily  id of the first-language family ({@link DuplicateFamily#id()})
     * @param secondFamily id of the second-language family
     * @param pair         the two families' representative posts, anchor similarity and shared anchors
     *                     ({@code score} = anchor similarity, no time gap)
     * @param evidence     the behavioural evidence that kept the pair
     */
    public record FamilyPair(int firstFamily, int secondFamily, TranslationPair pair, Evidence evidence) {
    }

    /**
     * Pairs the families posted by at least {@code minAccounts} accounts.
     *
     * @param families     near-duplicate families of the posts
     * @param authorOfPost an account key per post (any int; equal keys = same account)
     * @param timeOfPost   epoch seconds per post
     * @param minAccounts  families with fewer distinct authors are left out (≥ 1)
     * @param anchors      settings of the anchor step (languages, threshold, specificity)
     * @param settings     behaviour gate and bounds
     * @return pairs sorted by first family, then second family
     */
    public static List<FamilyPair> pair(DuplicateFamilies families, int[] authorOfPost, long[] timeOfPost,
                                        int minAccounts, PairingSettings anchors, FamilyPairingSettings settings) {
        return pair(families, null, authorOfPost, timeOfPost, minAccounts, anchors, settings);
    }

    /**
     * Pairs the families posted by at least {@code minAccounts} accounts; with the posts' texts, each family's
     * anchor variants (copies carrying another set of anchors, posted by at least {@code minAccounts}
     * accounts; at most {@code settings.maxVariantsPerFamily()}) look for partners of their own besides the
     * family's representative.
     *
     * @param textOfPost raw text per post, or null (then only the representatives are paired)
     */
    public static List<FamilyPair> pair(DuplicateFamilies families, List<String> textOfPost, int[] authorOfPost,
                                        long[] timeOfPost, int minAccounts, PairingSettings anchors,
                                        FamilyPairingSettings settings) {
        int n = families.postCount();
        List<String> problems = new ArrayList<>();
        if (authorOfPost.length != n) {
            problems.add("authorOfPost has " + authorOfPost.length + " entries but there are " + n + " posts");
        }
        if (timeOfPost.length != n) {
            problems.add("timeOfPost has " + timeOfPost.length + " entries but there are " + n + " posts");
        }
        if (textOfPost != null && textOfPost.size() != n) {
            problems.add("textOfPost has " + textOfPost.size() + " entries but there are " + n + " posts");
        }
        if (minAccounts < 1) {
            problems.add("minAccounts " + minAccounts + " is out of range (allowed: ≥ 1)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        List<String> texts = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        List<Unit> eligible = new ArrayList<>();
        Map<String, String> keyCache = new java.util.HashMap<>();
        for (DuplicateFamily f : families.families()) {
            if (f.distinctAccounts() >= minAccounts) {
                String lang = mainLanguage(f);
                texts.add(f.representativeText());
                langs.add(lang);
                eligible.add(new Unit(f, f.members(), f.representative()));
                if (textOfPost != null && settings.maxVariantsPerFamily() > 0) {
                    for (Unit v : variants(f, textOfPost, authorOfPost, minAccounts, settings.maxVariantsPerFamily(),
                            keyCache)) {
                        texts.add(textOfPost.get(v.representative()));
                        langs.add(lang);
                        eligible.add(v);
                    }
                }
            }
        }
        List<TranslationPair> candidates = BilingualPairing.candidates(texts, langs, anchors,
                settings.maxCandidatesPerFamily());
        // Sorted authors and times per eligible family that appears in a candidate, computed once.
        Map<Integer, int[]> authors = new TreeMap<>();
        Map<Integer, long[]> times = new TreeMap<>();
        for (TranslationPair c : candidates) {
            for (int item : new int[] {c.first(), c.second()}) {
                if (!authors.containsKey(item)) {
                    IntList members = eligible.get(item).members();
                    authors.put(item, distinctSorted(members, authorOfPost));
                    times.put(item, sortedTimes(members, timeOfPost));
                }
            }
        }
        int m = eligible.size();
        // best[side][item]: index into candidates of the item's chosen partner, or −1
        int[][] best = new int[2][m];
        Arrays.fill(best[0], -1);
        Arrays.fill(best[1], -1);
        Evidence[] evidence = new Evidence[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            TranslationPair c = candidates.get(i);
            Evidence e = evidence(authors.get(c.first()), times.get(c.first()), authors.get(c.second()),
                    times.get(c.second()), settings.coTimingWindowSeconds());
            if (!kept(e, settings)) {
                continue;
            }
            evidence[i] = e;
            for (int side = 0; side < 2; side++) {
                int item = side == 0 ? c.first() : c.second();
                int b = best[side][item];
                if (b < 0 || better(c, e, candidates.get(b), evidence[b], side)) {
                    best[side][item] = i;
                }
            }
        }
        boolean[] chosen = new boolean[candidates.size()];
        for (int side = 0; side < 2; side++) {
            for (int item = 0; item < m; item++) {
                if (best[side][item] >= 0) {
                    chosen[best[side][item]] = true;
                }
            }
        }
        List<FamilyPair> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!chosen[i]) {
                continue;
            }
            TranslationPair c = candidates.get(i);
            Unit first = eligible.get(c.first());
            Unit second = eligible.get(c.second());
            out.add(new FamilyPair(first.family().id(), second.family().id(), new TranslationPair(
                    first.representative(), second.representative(), c.anchorSimilarity(), c.anchorSimilarity(), -1,
                    c.sharedAnchors()), evidence[i]));
        }
        // units of one family sit together, but a family's variants restart the partner order: sort
        out.sort(java.util.Comparator.comparingInt(FamilyPair::firstFamily).thenComparingInt(FamilyPair::secondFamily)
                .thenComparingInt(fp -> fp.pair().first()).thenComparingInt(fp -> fp.pair().second()));
        return List.copyOf(out);
    }

    /** A family, or one anchor variant of it: the posts whose authors and times are the evidence. */
    private record Unit(DuplicateFamily family, IntList members, int representative) {
    }

    /**
     * The family's anchor variants: its posts grouped by their anchors (emoji left out: copies decorate a
     * message with a personal emoji, which does not make it another message), without the group of the
     * representative and groups without anchors, keeping groups posted by at least {@code minAccounts}
     * accounts; the {@code max} with most authors (ties: earliest first post). Each variant's representative
     * is its most common text (ties: the earliest).
     */
    private static List<Unit> variants(DuplicateFamily f, List<String> textOfPost, int[] authorOfPost, int minAccounts,
                                       int max, Map<String, String> keyCache) {
        IntList members = f.members();
        String repKey = anchorKey(textOfPost.get(f.representative()), keyCache);
        Map<String, it.unimi.dsi.fastutil.ints.IntArrayList> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            int post = members.getInt(i);
            String key = anchorKey(textOfPost.get(post), keyCache);
            if (!key.isEmpty() && !key.equals(repKey)) {
                groups.computeIfAbsent(key, k -> new it.unimi.dsi.fastutil.ints.IntArrayList()).add(post);
            }
        }
        List<Unit> out = new ArrayList<>();
        List<Integer> authorsOf = new ArrayList<>();
        for (it.unimi.dsi.fastutil.ints.IntArrayList g : groups.values()) {
            int authors = distinctSorted(g, authorOfPost).length;
            if (authors < minAccounts) {
                continue;
            }
            Map<String, Integer> count = new java.util.HashMap<>();
            int rep = g.getInt(0);
            int best = 0;
            for (int i = 0; i < g.size(); i++) {
                int c = count.merge(textOfPost.get(g.getInt(i)), 1, Integer::sum);
                if (c > best) {
                    best = c;
                    rep = g.getInt(i);
                }
            }
            // the first post reaching the top count is not the earliest such text: take the earliest
            for (int i = 0; i < g.size(); i++) {
                if (count.get(textOfPost.get(g.getInt(i))) == best) {
                    rep = g.getInt(i);
                    break;
                }
            }
            out.add(new Unit(f, g, rep));
            authorsOf.add(authors);
        }
        Integer[] order = new Integer[out.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // groups are in order of their first post: a stable sort by authors keeps that as the tie-break
        Arrays.sort(order, (x, y) -> Integer.compare(authorsOf.get(y), authorsOf.get(x)));
        List<Unit> kept = new ArrayList<>();
        for (int i = 0; i < Math.min(max, order.length); i++) {
            kept.add(out.get(order[i]));
        }
        return kept;
    }

    /** The text's anchor keys without emoji, joined; cached per distinct text (copies repeat texts). */
    private static String anchorKey(String text, Map<String, String> cache) {
        return cache.computeIfAbsent(text, t -> {
            StringBuilder b = new StringBuilder();
            for (String k : AnchorExtractor.extract(t).keys()) {
                if (!k.startsWith("emoji:")) {
                    b.append(k).append('\n');
                }
            }
            return b.toString();
        });
    }

    /**
     * Whether the evidence keeps a pair: behaviour at least {@code minBehaviour}, or (the careful operator who
     * spreads each wave over hours, so co-timing within the window is near zero) largely the same authors in
     * both families: author Jaccard at least {@code minAuthorJaccard} and at least {@code minSharedAuthors}
     * shared accounts.
     */
    static boolean kept(Evidence e, FamilyPairingSettings s) {
        return e.behaviour() >= s.minBehaviour() || (s.minSharedAuthors() > 0
                && e.sharedAuthors() >= s.minSharedAuthors() && e.authorJaccard() >= s.minAuthorJaccard());
    }

    /** Whether candidate c beats the current best b for the item on {@code side} (0: first language). */
    private static boolean better(TranslationPair c, Evidence ce, TranslationPair b, Evidence be, int side) {
        int s = Double.compare(c.anchorSimilarity(), b.anchorSimilarity());
        if (s != 0) {
            return s > 0;
        }
        int e = Double.compare(ce.behaviour(), be.behaviour());
        if (e != 0) {
            return e > 0;
        }
        int partnerC = side == 0 ? c.second() : c.first();
        int partnerB = side == 0 ? b.second() : b.first();
        return partnerC < partnerB;
    }

    /**
     * The evidence for two families given their distinct authors (sorted ascending) and post times (sorted
     * ascending). Empty families give zero evidence.
     */
    public static Evidence evidence(int[] authorsA, long[] timesA, int[] authorsB, long[] timesB, long windowSeconds) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < authorsA.length && j < authorsB.length) {
            if (authorsA[i] == authorsB[j]) {
                shared++;
                i++;
                j++;
            } else if (authorsA[i] < authorsB[j]) {
                i++;
            } else {
                j++;
            }
        }
        int smaller = Math.min(authorsA.length, authorsB.length);
        double overlap = smaller == 0 ? 0 : (double) shared / smaller;
        int union = authorsA.length + authorsB.length - shared;
        double jaccard = union == 0 ? 0 : (double) shared / union;
        double coTiming = Math.min(shareNear(timesA, timesB, windowSeconds), shareNear(timesB, timesA, windowSeconds));
        return new Evidence(shared, overlap, jaccard, coTiming, Math.sqrt(overlap * coTiming));
    }

    /** Share of times in {@code a} with a time in {@code b} at most {@code window} away (both sorted). */
    static double shareNear(long[] a, long[] b, long window) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int hits = 0;
        int j = 0;
        for (long t : a) {
            // first b at or after t − window (a is sorted, so j only moves forward)
            while (j < b.length && b[j] < t - window) {
                j++;
            }
            if (j < b.length && b[j] <= t + window) {
                hits++;
            }
        }
        return (double) hits / a.length;
    }

    private static int[] distinctSorted(IntList members, int[] key) {
        int[] a = new int[members.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = key[members.getInt(i)];
        }
        Arrays.sort(a);
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (i == 0 || a[i] != a[i - 1]) {
                a[k++] = a[i];
            }
        }
        return Arrays.copyOf(a, k);
    }

    private static long[] sortedTimes(IntList members, long[] time) {
        long[] t = new long[members.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = time[members.getInt(i)];
        }
        Arrays.sort(t);
        return t;
    }

    /** The language most of the family's posts carry (ties: the first code in sorted order). */
    static String mainLanguage(DuplicateFamily f) {
        String best = "";
        int count = -1;
        for (Map.Entry<String, Integer> e : f.languages().entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }
}
