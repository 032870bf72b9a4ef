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
 * Each unit (below) then keeps its kept candidate with the highest anchor similarity (ties: higher
 * behaviour, then the smaller partner index), in both directions, as {@link BilingualPairing#pair} does for
 * posts. Only language-independent evidence is used: anchors, account ids and timestamps.
 *
 * <h2>Anchor variants: several messages in one family</h2>
 * Near-duplicate families are single-linkage, so two templates that share a sentence ("… has been lying
 * to voters for years and … has the proof") end up in one family, and the family's one representative
 * text speaks for only one of them. On canada-2023 about half the translated templates had no English and
 * French family whose representatives carried that template, which capped pairing recall at about 0.5
 * (BENCHMARKS.md). So, given the posts' texts, a family's copies are grouped by their anchors (emoji left
 * out: a personal emoji does not make another message); each group other than the representative's that
 * was posted by at least {@code minAccounts} accounts is an <em>anchor variant</em> and looks for partners
 * of its own, with its own most copied text, authors and times as evidence. This runs in two steps: first
 * the whole families alone, exactly as without variants (anchor weights from one text per family); then
 * the families and their variants together, where only the variants choose partners (the best kept one,
 * in both directions). So the pairs of whole families are never lost, and variants only add pairs; adding
 * the variants' texts to the first step instead changed the anchor weights and lost whole-family pairs
 * (sophisticated-network seed 5: 14 → 7 pairs). A pair is reported as a pair of the two families with the
 * units' texts and {@link FamilyPair#variant()} set, so two families can be joined by several pairs, one
 * per message they share.
 *
 * <p>Cost: anchors are read from at most {@value #TEXTS_PER_VARIANT} · {@code maxVariantsPerFamily}
 * distinct texts per family (the most copied; the variants are the copied messages), only for English or
 * French families with at least two texts and 2 · {@code minAccounts} authors, once per distinct text and
 * in parallel; at most {@code maxVariantsPerFamily} variants per family. Then anchor candidates as
 * {@link BilingualPairing#candidates} over one text per unit (at most 2 · {@code maxCandidatesPerFamily}
 * per unit), plus O(P log P) to sort the P posts of the candidate units by author and time once, plus
 * O(|A| + |B|) per candidate (two merges of sorted arrays; the Jaccard comes from the same merge). Memory
 * O(P + candidates). Measured on canada-2023 seed 1 (60,000 posts, load 2 on 2 cores): 80–95 ms against
 * 7–12 ms for representatives only; detection time unchanged within noise (BENCHMARKS.md). Deterministic: units in family id order (the family, then its
 * variants by number of authors, ties by first post), candidates sorted, ties broken by index, output
 * sorted.
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
     * @param pair         the two units' representative posts (a family's representative, or an anchor
     *                     variant's most copied post), anchor similarity and shared anchors ({@code score} =
     *                     anchor similarity, no time gap)
     * @param evidence     the behavioural evidence that kept the pair (of the two units: a whole family or
     *                     one anchor variant of it)
     * @param variant      true when at least one side is an anchor variant rather than a whole family
     */
    public record FamilyPair(int firstFamily, int secondFamily, TranslationPair pair, Evidence evidence,
                             boolean variant) {
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
     * @return pairs sorted by first family, then second family (representatives only: no texts given)
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
     * @return pairs sorted by first family, second family, then the two representative posts
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
        List<Unit> whole = new ArrayList<>();
        List<Unit> all = new ArrayList<>();
        boolean variants = textOfPost != null && settings.maxVariantsPerFamily() > 0;
        Map<String, String> keyOf = variants
                ? anchorKeys(families, textOfPost, minAccounts, anchors, TEXTS_PER_VARIANT * settings.maxVariantsPerFamily())
                : Map.of();
        // Each family's variants depend on that family alone: found in parallel, each list to its family's slot,
        // then the units are taken in family order, as one family after another would give them.
        List<DuplicateFamily> fs = families.families();
        @SuppressWarnings("unchecked")
        List<Unit>[] variantsOf = new List[fs.size()];
        if (variants) {
            java.util.stream.IntStream.range(0, fs.size()).parallel().forEach(i -> {
                DuplicateFamily f = fs.get(i);
                if (f.distinctAccounts() >= minAccounts && mayHaveVariants(f, minAccounts, anchors)) {
                    variantsOf[i] = variants(f, textOfPost, authorOfPost, minAccounts,
                            settings.maxVariantsPerFamily(), keyOf);
                }
            });
        }
        for (int i = 0; i < fs.size(); i++) {
            DuplicateFamily f = fs.get(i);
            if (f.distinctAccounts() >= minAccounts) {
                Unit u = new Unit(f, f.members(), f.representative(), f.representativeText(), mainLanguage(f), false);
                whole.add(u);
                all.add(u);
                if (variantsOf[i] != null) {
                    all.addAll(variantsOf[i]);
                }
            }
        }
        List<FamilyPair> out = new ArrayList<>();
        Map<IntList, int[]> authors = new java.util.IdentityHashMap<>();
        Map<IntList, long[]> times = new java.util.IdentityHashMap<>();
        // 1. Whole families only, exactly as without variants (anchor weights from one text per family).
        out.addAll(choose(whole, false, authorOfPost, timeOfPost, anchors, settings, authors, times));
        // 2. Families and their variants together; only the variants choose partners here, so the pairs of step 1
        //    are neither lost nor duplicated.
        if (all.size() > whole.size()) {
            out.addAll(choose(all, true, authorOfPost, timeOfPost, anchors, settings, authors, times));
        }
        // units of one family sit together, but a family's variants restart the partner order: sort
        out.sort(java.util.Comparator.comparingInt(FamilyPair::firstFamily).thenComparingInt(FamilyPair::secondFamily)
                .thenComparingInt(fp -> fp.pair().first()).thenComparingInt(fp -> fp.pair().second()));
        return List.copyOf(out);
    }

    /**
     * Anchor candidates among the units, the behaviour gate, then each unit's best kept partner in both
     * directions; with {@code variantsChoose}, only variant units choose (a whole family's choice was made
     * among whole families).
     */
    private static List<FamilyPair> choose(List<Unit> units, boolean variantsChoose, int[] authorOfPost,
                                           long[] timeOfPost, PairingSettings anchors, FamilyPairingSettings settings,
                                           Map<IntList, int[]> authors, Map<IntList, long[]> times) {
        List<String> texts = new ArrayList<>(units.size());
        List<String> langs = new ArrayList<>(units.size());
        for (Unit u : units) {
            texts.add(u.text());
            langs.add(u.language());
        }
        List<TranslationPair> candidates = BilingualPairing.candidates(texts, langs, anchors,
                settings.maxCandidatesPerFamily());
        int m = units.size();
        // best[side][item]: index into candidates of the item's chosen partner, or −1
        int[][] best = new int[2][m];
        Arrays.fill(best[0], -1);
        Arrays.fill(best[1], -1);
        Evidence[] evidence = new Evidence[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            TranslationPair c = candidates.get(i);
            Unit a = units.get(c.first());
            Unit b = units.get(c.second());
            if (variantsChoose && !a.variant() && !b.variant()) {
                continue;
            }
            // Sorted authors and times per unit, computed once (cached across both steps).
            Evidence e = evidence(authors.computeIfAbsent(a.members(), k -> distinctSorted(k, authorOfPost)),
                    times.computeIfAbsent(a.members(), k -> sortedTimes(k, timeOfPost)),
                    authors.computeIfAbsent(b.members(), k -> distinctSorted(k, authorOfPost)),
                    times.computeIfAbsent(b.members(), k -> sortedTimes(k, timeOfPost)), settings.coTimingWindowSeconds());
            if (!kept(e, settings)) {
                continue;
            }
            evidence[i] = e;
            for (int side = 0; side < 2; side++) {
                int item = side == 0 ? c.first() : c.second();
                if (variantsChoose && !units.get(item).variant()) {
                    continue;
                }
                int bi = best[side][item];
                if (bi < 0 || better(c, e, candidates.get(bi), evidence[bi], side)) {
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
            Unit first = units.get(c.first());
            Unit second = units.get(c.second());
            out.add(new FamilyPair(first.family().id(), second.family().id(), new TranslationPair(
                    first.representative(), second.representative(), c.anchorSimilarity(), c.anchorSimilarity(), -1,
                    c.sharedAnchors()), evidence[i], first.variant() || second.variant()));
        }
        return out;
    }

    /**
     * Whether looking for variants in the family is worth it: it is in one of the two languages, has more than
     * one text and room for two groups of {@code minAccounts} authors.
     */
    private static boolean mayHaveVariants(DuplicateFamily f, int minAccounts, PairingSettings anchors) {
        String lang = mainLanguage(f);
        return f.distinctTexts() >= 2 && f.distinctAccounts() >= 2 * minAccounts
                && (lang.equals(anchors.firstLanguage()) || lang.equals(anchors.secondLanguage()));
    }

    /** Most copied texts per family whose anchors are read, per variant looked for. */
    static final int TEXTS_PER_VARIANT = 2;

    /** A family, or one anchor variant of it: the posts whose authors and times are the evidence. */
    private record Unit(DuplicateFamily family, IntList members, int representative, String text, String language,
                        boolean variant) {
    }

    /**
     * The family's anchor variants: its posts grouped by their anchors (emoji left out: copies decorate a
     * message with a personal emoji, which does not make it another message), without the group of the
     * representative and groups without anchors, keeping groups posted by at least {@code minAccounts}
     * accounts; the {@code max} with most authors (ties: earliest first post). Each variant's representative
     * is its most common text (ties: the earliest).
     */
    private static List<Unit> variants(DuplicateFamily f, List<String> textOfPost, int[] authorOfPost, int minAccounts,
                                       int max, Map<String, String> keyOf) {
        IntList members = f.members();
        String repKey = keyOf.get(textOfPost.get(f.representative()));
        Map<String, it.unimi.dsi.fastutil.ints.IntArrayList> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            int post = members.getInt(i);
            String key = keyOf.get(textOfPost.get(post));
            if (key != null && !key.isEmpty() && !key.equals(repKey)) {
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
            out.add(new Unit(f, g, rep, textOfPost.get(rep), mainLanguage(f), true));
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

    /**
     * Anchor key (the anchor keys without emoji, joined) of every distinct text of the families that can have
     * a variant, extracted in parallel once per distinct text (copies repeat texts); each result is written at
     * its text's own slot, so the outcome does not depend on thread timing.
     */
    private static Map<String, String> anchorKeys(DuplicateFamilies families, List<String> textOfPost,
                                                  int minAccounts, PairingSettings anchors, int textsPerFamily) {
        // Each family's most copied texts are counted on their own, in parallel (each list to its family's slot);
        // the texts are then numbered in family order, as one family after another would number them.
        List<DuplicateFamily> fs = families.families();
        @SuppressWarnings("unchecked")
        List<String>[] topTexts = new List[fs.size()];
        java.util.stream.IntStream.range(0, fs.size()).parallel().forEach(f -> {
            if (mayHaveVariants(fs.get(f), minAccounts, anchors)) {
                topTexts[f] = mostCopied(fs.get(f), textOfPost, textsPerFamily);
            }
        });
        Map<String, Integer> slot = new java.util.HashMap<>();
        List<String> distinct = new ArrayList<>();
        for (List<String> top : topTexts) {
            if (top == null) {
                continue;
            }
            for (String t : top) {
                if (slot.putIfAbsent(t, distinct.size()) == null) {
                    distinct.add(t);
                }
            }
        }
        String[] keys = new String[distinct.size()];
        java.util.stream.IntStream.range(0, keys.length).parallel().forEach(i -> {
            StringBuilder b = new StringBuilder();
            for (String k : AnchorExtractor.extract(distinct.get(i)).keys()) {
                if (!k.startsWith("emoji:")) {
                    b.append(k).append('\n');
                }
            }
            keys[i] = b.toString();
        });
        Map<String, String> out = new java.util.HashMap<>(slot.size() * 2);
        for (int i = 0; i < keys.length; i++) {
            out.put(distinct.get(i), keys[i]);
        }
        return out;
    }

    /** The family's {@code max} most copied texts (ties: first seen), the representative's first. */
    private static List<String> mostCopied(DuplicateFamily f, List<String> textOfPost, int max) {
        IntList members = f.members();
        Map<String, Integer> copies = new java.util.LinkedHashMap<>();
        copies.put(textOfPost.get(f.representative()), Integer.MAX_VALUE);
        for (int i = 0; i < members.size(); i++) {
            copies.merge(textOfPost.get(members.getInt(i)), 1, (x, y) -> x == Integer.MAX_VALUE ? x : x + y);
        }
        List<String> byCopies = new ArrayList<>(copies.keySet());
        byCopies.sort((x, y) -> Integer.compare(copies.get(y), copies.get(x))); // stable: ties keep first seen
        return byCopies.subList(0, Math.min(max, byCopies.size()));
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
