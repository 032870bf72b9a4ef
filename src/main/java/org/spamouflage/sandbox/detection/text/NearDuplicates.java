package org.spamouflage.sandbox.detection.text;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntLists;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.spamouflage.sandbox.dataset.Post;

/**
 * Near-duplicate text families: the campaign's templates, their "personal" near copies (swapped names,
 * emoji, leftover list numbers, typos) and exact copies, found without comparing all pairs.
 *
 * <h2>Steps</h2>
 * <ol>
 *   <li>Normalise every text ({@link TextNormalizer}); texts that normalise to nothing (only a link, an
 *       emoji or a mention) belong to no family.</li>
 *   <li>Group identical normalised texts first (a hash map keyed by the text). 10,000 copies of a slogan
 *       are one entry from here on, so they cost one signature and no pair enumeration.</li>
 *   <li>Texts with fewer than {@code minTokens} tokens stop here: they are grouped by exact normalised
 *       text only.</li>
 *   <li>Every other distinct text gets shingles ({@link Shingler}) and a MinHash signature of
 *       k = bands·rows values ({@link MinHasher}); this step runs in parallel over texts and writes each
 *       result at the text's own index, so the outcome does not depend on thread timing.</li>
 *   <li>LSH banding: for each band, the band's r values are hashed to a key and the (key, text) pairs are
 *       radix-sorted; texts with equal keys form a bucket. A pair with Jaccard s shares at least one
 *       bucket with probability 1 − (1 − s^r)^b.</li>
 *   <li>Within a bucket, pairs whose texts are not yet in one family are verified with the MinHash
 *       estimate and joined (union-find) when it reaches the threshold. A bucket with more than
 *       {@code maxBucketSize} texts is not compared all-pairs: each member is verified only against the
 *       bucket's first member and its predecessor, so the cost stays linear. Members that pass neither
 *       check can still be joined through other bands; they are counted in
 *       {@link DuplicateFamilies.Stats#oversizedBuckets()}.</li>
 *   <li>Families are the connected components with at least two posts, numbered by smallest post index.
 *       Because linking is single-linkage, two members of one family may be less similar than the
 *       threshold if a chain of similar texts connects them.</li>
 * </ol>
 * Cost: O(total text length + distinct texts · (shingles · k + b log)) time; memory about 4·k bytes per
 * distinct long text (480 bytes with the defaults) plus the texts. Input is capped at
 * {@value #MAX_POSTS} posts.
 */
public final class NearDuplicates {

    /** Upper bound on the number of posts in one call (about 2.4 GB of signatures at the defaults). */
    public static final int MAX_POSTS = 5_000_000;

    private NearDuplicates() {
    }

    /** Families of near-duplicate texts (no account or language information). */
    public static DuplicateFamilies find(List<String> texts, NearDuplicateSettings settings) {
        return find(texts, null, null, settings);
    }

    /** Families of near-duplicate post texts, with accounts and languages filled in from the posts. */
    public static DuplicateFamilies findInPosts(List<Post> posts, NearDuplicateSettings settings) {
        List<String> texts = new ArrayList<>(posts.size());
        List<String> accounts = new ArrayList<>(posts.size());
        List<String> languages = new ArrayList<>(posts.size());
        for (Post p : posts) {
            texts.add(p.text());
            accounts.add(p.accountId());
            languages.add(p.lang());
        }
        return find(texts, accounts, languages, settings);
    }

    /**
     * Families of near-duplicate texts.
     *
     * @param texts      post texts (null counts as empty)
     * @param accountIds author of each text, or null when unknown (then {@code distinctAccounts} is −1)
     * @param languages  language of each text, or null when unknown (then {@code languages} is empty)
     */
    public static DuplicateFamilies find(List<String> texts, List<String> accountIds, List<String> languages,
                                         NearDuplicateSettings settings) {
        int n = texts.size();
        List<String> problems = new ArrayList<>();
        if (n > MAX_POSTS) {
            problems.add(n + " texts is more than the limit of " + MAX_POSTS);
        }
        if (accountIds != null && accountIds.size() != n) {
            problems.add("accountIds has " + accountIds.size() + " entries but texts has " + n);
        }
        if (languages != null && languages.size() != n) {
            problems.add("languages has " + languages.size() + " entries but texts has " + n);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }

        String[] normalized = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> normalized[i] = TextNormalizer.normalize(texts.get(i)));

        // Exact grouping: distinct ids in order of first occurrence (deterministic, no map iteration).
        Map<String, Integer> idOf = new HashMap<>(Math.max(16, n * 2));
        int[] textOf = new int[n];
        IntArrayList firstPost = new IntArrayList();
        List<String> distinct = new ArrayList<>();
        int empty = 0;
        for (int i = 0; i < n; i++) {
            String s = normalized[i];
            if (s.isEmpty()) {
                textOf[i] = -1;
                empty++;
                continue;
            }
            Integer id = idOf.get(s);
            if (id == null) {
                id = distinct.size();
                idOf.put(s, id);
                distinct.add(s);
                firstPost.add(i);
            }
            textOf[i] = id;
        }
        int d = distinct.size();

        // Long texts get a signature slot; short ones are matched exactly.
        int[] slotOf = new int[d];
        IntArrayList longIds = new IntArrayList();
        for (int t = 0; t < d; t++) {
            if (TextNormalizer.tokenCount(distinct.get(t)) >= settings.minTokens()) {
                slotOf[t] = longIds.size();
                longIds.add(t);
            } else {
                slotOf[t] = -1;
            }
        }
        int shortTexts = 0;
        for (int i = 0; i < n; i++) {
            if (textOf[i] >= 0 && slotOf[textOf[i]] < 0) {
                shortTexts++;
            }
        }

        int slots = longIds.size();
        int k = settings.permutations();
        Shingler shingler = settings.shingleType().shingler(settings.shingleSize());
        MinHasher hasher = new MinHasher(k, settings.seed());
        int[] sigs = new int[Math.multiplyExact(slots, k)];
        IntStream.range(0, slots).parallel()
                .forEach(j -> hasher.signature(shingler.shingles(distinct.get(longIds.getInt(j))), sigs, j * k));

        UnionFind uf = new UnionFind(slots);
        long[] counters = lsh(sigs, slots, settings, uf);

        // Group id in distinct-text space: the family root for long texts, the text itself for short ones.
        int[] group = new int[d];
        for (int t = 0; t < d; t++) {
            group[t] = slotOf[t] >= 0 ? longIds.getInt(uf.find(slotOf[t])) : t;
        }
        int[] postsInGroup = new int[d];
        for (int i = 0; i < n; i++) {
            if (textOf[i] >= 0) {
                postsInGroup[group[textOf[i]]]++;
            }
        }
        int[] familyOfGroup = new int[d];
        java.util.Arrays.fill(familyOfGroup, -1);
        int[] familyOf = new int[n];
        int families = 0;
        int inFamilies = 0;
        for (int i = 0; i < n; i++) {
            int t = textOf[i];
            if (t < 0 || postsInGroup[group[t]] < 2) {
                familyOf[i] = -1;
                continue;
            }
            int g = group[t];
            if (familyOfGroup[g] < 0) {
                familyOfGroup[g] = families++;
            }
            familyOf[i] = familyOfGroup[g];
            inFamilies++;
        }

        List<DuplicateFamily> result = describe(familyOf, families, textOf, firstPost, slotOf, texts, accountIds,
                languages);
        DuplicateFamilies.Stats stats = new DuplicateFamilies.Stats(n, empty, shortTexts, d, slots, counters[0],
                (int) counters[1], inFamilies);
        return new DuplicateFamilies(familyOf, result, stats);
    }

    /** Banding and verification; returns {similarity checks, oversized buckets}. */
    private static long[] lsh(int[] sigs, int slots, NearDuplicateSettings settings, UnionFind uf) {
        int b = settings.bands();
        int r = settings.rows();
        int k = settings.permutations();
        double threshold = settings.threshold();
        // Integer comparison avoids rounding at the boundary: equal positions ≥ ceil(threshold·k).
        int needed = (int) Math.ceil(threshold * k - 1e-9);
        int maxBucket = settings.maxBucketSize();
        long checks = 0;
        long oversized = 0;
        long[] keys = new long[slots];
        long[] members = new long[slots];
        for (int band = 0; band < b; band++) {
            int offset = band * r;
            for (int j = 0; j < slots; j++) {
                long h = Hash64.mix(band + 0x5bd1e995L);
                int base = j * k + offset;
                for (int t = 0; t < r; t++) {
                    h = Hash64.combine(h, sigs[base + t]);
                }
                keys[j] = h;
                members[j] = j;
            }
            LongArrays.radixSort(keys, members);
            int from = 0;
            while (from < slots) {
                int to = from + 1;
                while (to < slots && keys[to] == keys[from]) {
                    to++;
                }
                int size = to - from;
                if (size > maxBucket) {
                    oversized++;
                    int leader = (int) members[from];
                    for (int y = from + 1; y < to; y++) {
                        int m = (int) members[y];
                        checks += link(sigs, k, needed, uf, leader, m);
                        checks += link(sigs, k, needed, uf, (int) members[y - 1], m);
                    }
                } else if (size > 1) {
                    for (int x = from; x < to; x++) {
                        for (int y = x + 1; y < to; y++) {
                            checks += link(sigs, k, needed, uf, (int) members[x], (int) members[y]);
                        }
                    }
                }
                from = to;
            }
        }
        return new long[] {checks, oversized};
    }

    /** Verifies and joins two texts unless already joined; returns 1 if a comparison was made. */
    private static int link(int[] sigs, int k, int needed, UnionFind uf, int a, int b) {
        if (uf.find(a) == uf.find(b)) {
            return 0;
        }
        int offA = a * k;
        int offB = b * k;
        int equal = 0;
        for (int i = 0; i < k; i++) {
            if (sigs[offA + i] == sigs[offB + i]) {
                equal++;
            }
        }
        if (equal >= needed) {
            uf.union(a, b);
        }
        return 1;
    }

    private static List<DuplicateFamily> describe(int[] familyOf, int families, int[] textOf, IntArrayList firstPost,
                                                  int[] slotOf, List<String> texts, List<String> accountIds,
                                                  List<String> languages) {
        IntArrayList[] members = new IntArrayList[families];
        for (int f = 0; f < families; f++) {
            members[f] = new IntArrayList();
        }
        for (int i = 0; i < familyOf.length; i++) {
            if (familyOf[i] >= 0) {
                members[familyOf[i]].add(i);
            }
        }
        List<DuplicateFamily> out = new ArrayList<>(families);
        Map<Integer, Integer> textCounts = new HashMap<>();
        for (int f = 0; f < families; f++) {
            IntArrayList m = members[f];
            textCounts.clear();
            int best = -1;
            int bestCount = 0;
            for (int j = 0; j < m.size(); j++) {
                int t = textOf[m.getInt(j)];
                int c = textCounts.merge(t, 1, Integer::sum);
                // Distinct ids follow first occurrence, so the smaller id wins a tie.
                if (c > bestCount || (c == bestCount && t < best)) {
                    best = t;
                    bestCount = c;
                }
            }
            int representative = firstPost.getInt(best);
            int accounts = -1;
            if (accountIds != null) {
                Set<String> seen = new HashSet<>();
                for (int j = 0; j < m.size(); j++) {
                    seen.add(String.valueOf(accountIds.get(m.getInt(j))));
                }
                accounts = seen.size();
            }
            TreeMap<String, Integer> langs = new TreeMap<>();
            if (languages != null) {
                for (int j = 0; j < m.size(); j++) {
                    String l = languages.get(m.getInt(j));
                    langs.merge(l == null ? "" : l, 1, Integer::sum);
                }
            }
            String repText = texts.get(representative);
            out.add(new DuplicateFamily(f, IntLists.unmodifiable(m), representative, repText == null ? "" : repText,
                    textCounts.size(), accounts, Collections.unmodifiableSortedMap(langs), slotOf[best] < 0));
        }
        return out;
    }
}
