package org.spamouflage.sandbox.detection.text;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntLists;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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
 *   <li>LSH banding: for each band, the band's r values are hashed to a key, packed with the text's
 *       slot into one long and sorted; texts with equal keys form a bucket. A pair with Jaccard s
 *       shares at least one bucket with probability 1 − (1 − s^r)^b (the S-curve; see
 *       {@link NearDuplicateSettings#candidateProbability(double)}).</li>
 *   <li>Within a bucket, each text that is not yet in the family of an earlier bucket member is verified
 *       against the first member of each family present in the bucket, with the MinHash estimate, and
 *       joined (union-find) when the estimate reaches the threshold. After the first bands most of a
 *       bucket is one family, so this is close to linear. A bucket with more than {@code maxBucketSize}
 *       texts is handled in strictly linear time: each member is verified only against the bucket's
 *       first member and its predecessor. Members that pass neither check can still be joined through
 *       other bands; such buckets are counted in {@link DuplicateFamilies.Stats#oversizedBuckets()}.</li>
 *   <li>Families are the connected components with at least two posts, numbered by smallest post index.
 *       Because linking is single-linkage, two members of one family may be less similar than the
 *       threshold if a chain of similar texts connects them.</li>
 * </ol>
 * Cost: O(total text length + distinct texts · (shingles · k + b)) time plus the verifications;
 * memory about 4·k + 8·⌈k/16⌉ + 60 bytes per distinct long text (signatures, packed low nibbles, four band-key
 * buffers, two of sort scratch, stamps and the union-find: about 600 bytes with the defaults) plus the texts.
 * Measured: 100,000 posts in about 0.3 s wall / 0.45 s CPU on 2 cores
 * (see BENCHMARKS.md). Input is capped at {@value #MAX_POSTS} posts, and at {@value #MAX_SLOTS} distinct
 * long texts (the slot field of the LSH sort keys) whose signatures fit one Java array (k · texts below 2³¹).
 */
public final class NearDuplicates {

    /**
     * Upper bound on the number of posts in one call: the per-post arrays stay far below Java's array
     * limit, and 20 M posts are well beyond what one machine's heap holds as a dataset today.
     */
    public static final int MAX_POSTS = 20_000_000;

    private NearDuplicates() {
    }

    /** Families of near-duplicate texts (no account or language information). */
    public static DuplicateFamilies find(List<String> texts, NearDuplicateSettings settings) {
        return find(texts, null, null, settings);
    }

    /** Families of near-duplicate post texts, with accounts and languages filled in from the posts. */
    public static DuplicateFamilies findInPosts(List<Post> posts, NearDuplicateSettings settings) {
        return signPosts(posts, settings).families();
    }

    /** {@link #sign} for post texts, with accounts and languages filled in from the posts. */
    public static Signed signPosts(List<Post> posts, NearDuplicateSettings settings) {
        List<String> texts = new ArrayList<>(posts.size());
        List<String> accounts = new ArrayList<>(posts.size());
        List<String> languages = new ArrayList<>(posts.size());
        for (Post p : posts) {
            texts.add(p.text());
            accounts.add(p.accountId());
            languages.add(p.lang());
        }
        return sign(texts, accounts, languages, settings);
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
        return sign(texts, accountIds, languages, settings).families();
    }

    /**
     * Steps 1–4 of {@link #find}: texts normalised and grouped, signatures computed. These run in parallel over
     * texts; {@link Signed#families()} does the rest (banding, verification, families), which is sequential.
     * Taking the two halves apart lets a caller give the first one the whole machine and overlap the second
     * with other work; {@code sign(...).families()} is {@link #find}.
     *
     * @param texts      post texts (null counts as empty)
     * @param accountIds author of each text, or null when unknown (then {@code distinctAccounts} is −1)
     * @param languages  language of each text, or null when unknown (then {@code languages} is empty)
     */
    public static Signed sign(List<String> texts, List<String> accountIds, List<String> languages,
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

        // Each distinct raw text is normalised once (a campaign's exact copies are many of the posts); raw
        // texts are numbered in order of first occurrence, so their first posts ascend with their numbers.
        // A String computes its hash once and keeps it: computed here on every core, the numbering below (one
        // thread, to keep first-occurrence order) only probes the table.
        IntStream.range(0, n).parallel().forEach(i -> Objects.hashCode(texts.get(i)));
        Object2IntOpenHashMap<String> rawId = new Object2IntOpenHashMap<>(Math.max(16, n));
        rawId.defaultReturnValue(-1);
        int[] rawOf = new int[n];
        List<String> raws = new ArrayList<>();
        IntArrayList rawFirstPost = new IntArrayList();
        for (int i = 0; i < n; i++) {
            String raw = texts.get(i);
            if (raw == null) {
                rawOf[i] = -1;
                continue;
            }
            int id = rawId.putIfAbsent(raw, raws.size());
            if (id < 0) {
                rawOf[i] = raws.size();
                raws.add(raw);
                rawFirstPost.add(i);
            } else {
                rawOf[i] = id;
            }
        }
        String[] normalized = new String[raws.size()];
        int[] tokens = new int[raws.size()];
        IntStream.range(0, raws.size()).parallel().forEach(r -> {
            normalized[r] = TextNormalizer.normalize(raws.get(r));
            normalized[r].hashCode(); // kept by the string for the grouping below
            tokens[r] = TextNormalizer.tokenCount(normalized[r]);
        });

        // Exact grouping of the normalised texts: distinct ids in order of first occurrence (deterministic, no
        // map iteration); walking raw texts in their order meets each normalised text first at its first post.
        Object2IntOpenHashMap<String> idOf = new Object2IntOpenHashMap<>(Math.max(16, normalized.length));
        idOf.defaultReturnValue(-1);
        int[] distinctOfRaw = new int[normalized.length];
        IntArrayList firstPost = new IntArrayList();
        IntArrayList distinctTokens = new IntArrayList();
        List<String> distinct = new ArrayList<>();
        for (int r = 0; r < normalized.length; r++) {
            String s = normalized[r];
            if (s.isEmpty()) {
                distinctOfRaw[r] = -1;
                continue;
            }
            int id = idOf.putIfAbsent(s, distinct.size());
            if (id < 0) {
                id = distinct.size();
                distinct.add(s);
                firstPost.add(rawFirstPost.getInt(r));
                distinctTokens.add(tokens[r]);
            }
            distinctOfRaw[r] = id;
        }
        int[] textOf = new int[n];
        int empty = 0;
        for (int i = 0; i < n; i++) {
            textOf[i] = rawOf[i] < 0 ? -1 : distinctOfRaw[rawOf[i]];
            if (textOf[i] < 0) {
                empty++;
            }
        }
        int d = distinct.size();

        // Long texts get a signature slot; short ones are matched exactly.
        int[] slotOf = new int[d];
        IntArrayList longIds = new IntArrayList();
        for (int t = 0; t < d; t++) {
            if (distinctTokens.getInt(t) >= settings.minTokens()) {
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
        if (slots > MAX_SLOTS || (long) slots * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%,d distinct texts of %d or more"
                    + " tokens is more than the text layer holds at once (%,d, and %,d signature values)", slots,
                    settings.minTokens(), Math.min(MAX_SLOTS, (Integer.MAX_VALUE - 8) / k), Integer.MAX_VALUE - 8));
        }
        Shingler shingler = settings.shingleType().shingler(settings.shingleSize());
        MinHasher hasher = new MinHasher(k, settings.seed());
        int[] sigs = new int[Math.multiplyExact(slots, k)];
        IntStream.range(0, slots).parallel()
                .forEach(j -> hasher.signature(shingler.shingles(distinct.get(longIds.getInt(j))), sigs, j * k));
        return new Signed(texts, accountIds, languages, settings, empty, shortTexts, d, slots, sigs, longIds, slotOf,
                textOf, firstPost);
    }

    /** Texts grouped and signed by {@link #sign}: what banding and verification start from. */
    public static final class Signed {
        private final List<String> texts;
        private final List<String> accountIds;
        private final List<String> languages;
        private final NearDuplicateSettings settings;
        private final int empty;
        private final int shortTexts;
        private final int d;
        private final int slots;
        private int[] sigs;
        private final IntArrayList longIds;
        private final int[] slotOf;
        private final int[] textOf;
        private final IntArrayList firstPost;

        private Signed(List<String> texts, List<String> accountIds, List<String> languages,
                       NearDuplicateSettings settings, int empty, int shortTexts, int d, int slots, int[] sigs,
                       IntArrayList longIds, int[] slotOf, int[] textOf, IntArrayList firstPost) {
            this.texts = texts;
            this.accountIds = accountIds;
            this.languages = languages;
            this.settings = settings;
            this.empty = empty;
            this.shortTexts = shortTexts;
            this.d = d;
            this.slots = slots;
            this.sigs = sigs;
            this.longIds = longIds;
            this.slotOf = slotOf;
            this.textOf = textOf;
            this.firstPost = firstPost;
        }

        /**
         * Steps 5–7 of {@link NearDuplicates#find}: banding, verification and the families. Once: the signatures
         * (most of the memory, about 4·k bytes a distinct long text) are let go, so a caller that goes on with
         * the families does not hold them (a 10 M-post dataset: about 4 GB).
         *
         * @throws IllegalStateException when called a second time
         */
        public DuplicateFamilies families() {
            if (sigs == null) {
                throw new IllegalStateException("families() was already called: a Signed gives its families once");
            }
            UnionFind uf = new UnionFind(slots);
            long[] counters = lsh(takeSignatures(), slots, settings, uf);
            return NearDuplicates.families(this, uf, counters);
        }

        /** The signatures, no longer held here (the LSH scan is the last to read them). */
        private int[] takeSignatures() {
            int[] s = sigs;
            sigs = null;
            return s;
        }
    }

    private static DuplicateFamilies families(Signed in, UnionFind uf, long[] counters) {
        List<String> texts = in.texts;
        int n = texts.size();
        int d = in.d;
        int slots = in.slots;
        int[] slotOf = in.slotOf;
        int[] textOf = in.textOf;
        IntArrayList longIds = in.longIds;

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

        List<DuplicateFamily> result = describe(familyOf, families, textOf, in.firstPost, slotOf, texts, in.accountIds,
                in.languages);
        DuplicateFamilies.Stats stats = new DuplicateFamilies.Stats(n, in.empty, in.shortTexts, d, slots, counters[0],
                (int) counters[1], inFamilies);
        return new DuplicateFamilies(familyOf, result, stats);
    }

    /** Bits of a sort key that hold the text's slot; the other 41 bits hold the band hash. */
    private static final int SLOT_BITS = 23;
    /** Upper bound on distinct long texts: they are numbered in the low {@value #SLOT_BITS} bits of the sort keys. */
    public static final int MAX_SLOTS = 1 << SLOT_BITS;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;

    /**
     * Banding and verification; returns {similarity checks, oversized buckets}. Each band's keys are
     * packed as (41 bits of band hash | 23 bits of slot) into one long and sorted, so texts with equal
     * band hashes end up adjacent and in ascending slot order. The next band is hashed and sorted on
     * another thread while the buckets of the current one are scanned; buckets are scanned in band order
     * on one thread, so the union-find sees the same sequence of checks on every machine. Two different band values share
     * 41 hash bits with probability 2^−41; such a false bucket costs a verification, never a wrong join.
     */
    private static long[] lsh(int[] sigs, int slots, NearDuplicateSettings settings, UnionFind uf) {
        int b = settings.bands();
        int r = settings.rows();
        int k = settings.permutations();
        // Integer comparison avoids rounding at the boundary: equal positions ≥ ceil(threshold·k).
        int needed = (int) Math.ceil(settings.threshold() * k - 1e-9);
        int maxBucket = settings.maxBucketSize();
        long checks = 0;
        long oversized = 0;
        long[][] keys = new long[4][slots];
        long[][] scratch = new long[2][slots];
        int[] bounds = groupSortBounds(slots);
        int[] repRoots = new int[Math.min(maxBucket, Math.max(1, slots))];
        int[] reps = new int[Math.min(maxBucket, Math.max(1, slots))];
        int words = nibbleWords(k);
        // Every text's low nibbles, packed once (in parallel) instead of once per bucket it turns up in.
        long[] low = new long[Math.multiplyExact(slots, words)];
        IntStream.range(0, slots).parallel().forEach(j -> packLowNibbles(sigs, j * k, k, low, j * words));
        int[] stamp = new int[slots];
        java.util.Arrays.fill(stamp, -1);
        int buckets = 0;
        // The keys of the next two bands are hashed and sorted on another thread while this one scans the current
        // two (four buffers): one pass over the signatures serves two bands, whose values sit side by side in a
        // row. Keys depend on the signatures alone, and the scan still meets the bands in order, so the union-find
        // sees the same sequence of checks as when each band is prepared just before its scan.
        ForkJoinTask<?> next = ForkJoinPool.commonPool().submit(
                () -> bandKeys(sigs, slots, k, r, 0, b, keys, scratch, bounds));
        for (int band = 0; band < b; band++) {
            if ((band & 1) == 0) {
                next.join();
                if (band + 2 < b) {
                    int following = band + 2;
                    next = ForkJoinPool.commonPool().submit(
                            () -> bandKeys(sigs, slots, k, r, following, b, keys, scratch, bounds));
                }
            }
            long[] kk = keys[band & 3];
            int from = 0;
            while (from < slots) {
                long bucket = kk[from] & ~SLOT_MASK;
                int to = from + 1;
                while (to < slots && (kk[to] & ~SLOT_MASK) == bucket) {
                    to++;
                }
                int size = to - from;
                if (size > maxBucket) {
                    oversized++;
                    int leader = (int) (kk[from] & SLOT_MASK);
                    for (int y = from + 1; y < to; y++) {
                        int m = (int) (kk[y] & SLOT_MASK);
                        checks += link(sigs, k, needed, uf, leader, m);
                        checks += link(sigs, k, needed, uf, (int) (kk[y - 1] & SLOT_MASK), m);
                    }
                } else if (size > 1) {
                    checks += linkBucket(kk, from, to, sigs, k, needed, uf, repRoots, stamp, buckets++, reps, low);
                }
                from = to;
            }
        }
        return new long[] {checks, oversized};
    }

    /**
     * The sort keys (41 bits of the band hash | 23 bits of the slot), sorted, of band {@code first} and of the
     * one after it when there is one, into {@code keys[first & 3]} and {@code keys[(first + 1) & 3]}; the
     * signature rows are read once for both.
     */
    private static void bandKeys(int[] sigs, int slots, int k, int r, int first, int bands, long[][] keys,
                                 long[][] scratch, int[] bounds) {
        long[] a = scratch[0];
        long[] b = scratch[1];
        int offset = first * r;
        long seedA = Hash64.mix(first + 0x5bd1e995L);
        if (first + 1 < bands) {
            long seedB = Hash64.mix(first + 1 + 0x5bd1e995L);
            for (int j = 0; j < slots; j++) {
                a[j] = (bandHash(sigs, j * k + offset, r, seedA) & ~SLOT_MASK) | j;
                b[j] = (bandHash(sigs, j * k + offset + r, r, seedB) & ~SLOT_MASK) | j;
            }
            groupSort(a, keys[first & 3], slots, bounds);
            groupSort(b, keys[(first + 1) & 3], slots, bounds);
        } else {
            for (int j = 0; j < slots; j++) {
                a[j] = (bandHash(sigs, j * k + offset, r, seedA) & ~SLOT_MASK) | j;
            }
            groupSort(a, keys[first & 3], slots, bounds);
        }
    }

    /**
     * Links the texts of one bucket. Each text is verified against the first text of every family already
     * present in the bucket, not against every member: after the first bands most members of a bucket
     * are already one family, so this costs O(size · families in the bucket) instead of O(size²). Whether a
     * member's family is already present is one array read: {@code stamp} marks the current root of every
     * family present with the bucket's number (a union moves the mark to the new root), so the checks made,
     * and therefore the families, are those of comparing the member with every representative.
     */
    private static long linkBucket(long[] kk, int from, int to, int[] sigs, int k, int needed, UnionFind uf,
                                   int[] repRoots, int[] stamp, int bucket, int[] reps, long[] low) {
        long checks = 0;
        int words = nibbleWords(k);
        int count = 0;
        for (int y = from; y < to; y++) {
            int member = (int) (kk[y] & SLOT_MASK);
            int memberRoot = uf.find(member);
            if (stamp[memberRoot] == bucket) {
                continue;
            }
            int memberNibbles = member * words;
            boolean joined = false;
            for (int i = 0; i < count; i++) {
                // repRoots[i] is find(representative i): unions happen only here, and each one updates it
                int repRoot = repRoots[i];
                if (repRoot == memberRoot) {
                    joined = true;
                } else {
                    checks++;
                    // Equal values have equal low nibbles, so too few equal nibbles settles "not similar" exactly;
                    // the signatures themselves are read only for the few pairs that pass (under 1% at 1 M posts).
                    if (mayBeSimilar(low, reps[i] * words, low, memberNibbles, words, k, needed)
                            && similar(sigs, reps[i] * k, sigs, member * k, k, needed)) {
                        int merged = uf.union(repRoot, memberRoot);
                        for (int j = 0; j < count; j++) {
                            if (repRoots[j] == repRoot || repRoots[j] == memberRoot) {
                                repRoots[j] = merged;
                            }
                        }
                        memberRoot = merged;
                        stamp[memberRoot] = bucket;
                        joined = true;
                    }
                }
            }
            if (!joined) {
                reps[count] = member;
                repRoots[count++] = memberRoot;
                stamp[memberRoot] = bucket;
            }
        }
        return checks;
    }

    /** Longs that hold the low nibbles of k signature values, sixteen to a long. */
    static int nibbleWords(int k) {
        return (k + 15) / 16;
    }

    /**
     * Whether {@link #equalNibbles} can reach {@code needed}: stops after the first word at which the equal low
     * nibbles so far plus every position still to come fall short (for a dissimilar pair, about halfway). The
     * same answer as {@code equalNibbles(...) >= needed}.
     */
    static boolean mayBeSimilar(long[] reps, int off, long[] members, int memberOff, int words, int k, int needed) {
        int equal = k - words * 16;
        for (int w = 0; w < words; w++) {
            equal += zeroNibbles(reps[off + w] ^ members[memberOff + w]);
            if (equal + (words - 1 - w) * 16 < needed) {
                return false;
            }
        }
        return equal >= needed;
    }

    /**
     * The low four bits of each of the k values from {@code sig[from]}, sixteen to a long, into {@code out}
     * from {@code at}; positions past k are 0 in every signature, so they add the same count (k rounded up to
     * 16, minus k) to every comparison and are subtracted. The low bits, because a minimum's high bits are
     * mostly zero while its low bits are as uniform as the hash (two different values share them with
     * probability 1/16).
     */
    static void packLowNibbles(int[] sig, int from, int k, long[] out, int at) {
        java.util.Arrays.fill(out, at, at + nibbleWords(k), 0L);
        for (int i = 0; i < k; i++) {
            out[at + (i >>> 4)] |= (sig[from + i] & 0xfL) << ((i & 15) << 2);
        }
    }

    /**
     * How many of the k positions have equal low nibbles: at least the number of equal values, so a count
     * below {@code needed} proves two texts dissimilar without comparing the values (which a bucket of
     * honest texts sharing a common phrase asks hundreds of times per member). Sixteen positions are read per
     * long, so a dissimilar pair is settled after about five longs (a byte per position took about nine).
     */
    static int equalNibbles(long[] reps, int off, long[] members, int memberOff, int words, int k) {
        int equal = 0;
        for (int w = 0; w < words; w++) {
            equal += zeroNibbles(reps[off + w] ^ members[memberOff + w]);
        }
        return equal - (words * 16 - k);
    }

    /**
     * Zero nibbles of x, sixteen at a time with the carry-free "has zero byte" trick on 4-bit lanes: adding 7
     * to a nibble's low three bits sets its top bit unless they are all zero, and never carries into the
     * next nibble; exact per nibble.
     */
    private static int zeroNibbles(long x) {
        long t = (x & 0x7777777777777777L) + 0x7777777777777777L;
        return Long.bitCount(~(t | x | 0x7777777777777777L));
    }

    /** The bounds array {@link #groupSort} needs for n keys (allocated once, reused for every band). */
    static int[] groupSortBounds(int n) {
        return new int[(1 << groupBits(n)) + 1];
    }

    private static int groupBits(int n) {
        return Math.max(1, Math.min(20, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1))));
    }

    /**
     * Sorts well-mixed keys from {@code in} into {@code out}: one counting pass on the top bits spreads them into
     * about one key per group, then each group is sorted on its own. Equal keys share their top bits, so they
     * end up adjacent, as with a full sort, in two linear passes instead of eight. The groups come in unsigned
     * order of their top bits, and the keys of one group share their sign, so {@code out} is in unsigned order.
     * {@code bounds} comes from {@link #groupSortBounds} for at least n keys; its contents do not matter.
     */
    static void groupSort(long[] in, long[] out, int n, int[] bounds) {
        int bits = groupBits(n);
        int groups = 1 << bits;
        int shift = 64 - bits;
        java.util.Arrays.fill(bounds, 0, groups + 1, 0);
        for (int i = 0; i < n; i++) {
            bounds[(int) (in[i] >>> shift) + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            bounds[g + 1] += bounds[g];
        }
        // bounds[g] is where group g starts; placing its keys moves it to where group g ends
        for (int i = 0; i < n; i++) {
            out[bounds[(int) (in[i] >>> shift)]++] = in[i];
        }
        int from = 0;
        for (int g = 0; g < groups; g++) {
            int to = bounds[g];
            if (to - from > 16) {
                java.util.Arrays.sort(out, from, to);
            } else {
                // most groups hold zero, one or two keys: sorted in place without the library sort's dispatch
                for (int i = from + 1; i < to; i++) {
                    long key = out[i];
                    int j = i - 1;
                    while (j >= from && out[j] > key) {
                        out[j + 1] = out[j];
                        j--;
                    }
                    out[j + 1] = key;
                }
            }
            from = to;
        }
    }

    /** Hash of r signature values: two values are packed per 64-bit word, one finaliser per word. */
    static long bandHash(int[] sigs, int from, int r, long seed) {
        long h = seed;
        int t = 0;
        for (; t + 1 < r; t += 2) {
            h = Hash64.mix(h ^ (((long) sigs[from + t] << 32) | (sigs[from + t + 1] & 0xffffffffL)));
        }
        if (t < r) {
            h = Hash64.mix(h ^ (sigs[from + t] & 0xffffffffL) ^ 0x9e3779b97f4a7c15L);
        }
        return h;
    }

    /** Verifies and joins two texts unless already joined; returns 1 if a comparison was made. */
    private static int link(int[] sigs, int k, int needed, UnionFind uf, int a, int b) {
        if (uf.find(a) == uf.find(b)) {
            return 0;
        }
        if (similar(sigs, a * k, sigs, b * k, k, needed)) {
            uf.union(a, b);
        }
        return 1;
    }

    /**
     * Whether at least {@code needed} of the k MinHash values agree. Counts eight positions at a time without
     * branches and stops after a block once the outcome is decided (enough agreements, or too many
     * disagreements): the same answer as counting all k.
     */
    private static boolean similar(int[] x, int offX, int[] y, int offY, int k, int needed) {
        int allowedMisses = k - needed;
        int equal = 0;
        int i = 0;
        for (; i + 8 <= k; i += 8) {
            int a = offX + i;
            int b = offY + i;
            equal += (x[a] == y[b] ? 1 : 0) + (x[a + 1] == y[b + 1] ? 1 : 0) + (x[a + 2] == y[b + 2] ? 1 : 0)
                    + (x[a + 3] == y[b + 3] ? 1 : 0) + (x[a + 4] == y[b + 4] ? 1 : 0) + (x[a + 5] == y[b + 5] ? 1 : 0)
                    + (x[a + 6] == y[b + 6] ? 1 : 0) + (x[a + 7] == y[b + 7] ? 1 : 0);
            if (equal >= needed) {
                return true;
            }
            if (i + 8 - equal > allowedMisses) {
                return false;
            }
        }
        for (; i < k; i++) {
            if (x[offX + i] == y[offY + i]) {
                equal++;
            }
        }
        return equal >= needed;
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
        // Each family is described from its own members alone: in parallel, each to its own slot.
        DuplicateFamily[] out = new DuplicateFamily[families];
        IntStream.range(0, families).parallel().forEach(f -> {
            IntArrayList m = members[f];
            // a map per family: clearing one map costs its largest size so far, for every family after it
            Map<Integer, Integer> textCounts = new HashMap<>();
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
            out[f] = new DuplicateFamily(f, IntLists.unmodifiable(m), representative, repText == null ? "" : repText,
                    textCounts.size(), accounts, Collections.unmodifiableSortedMap(langs), slotOf[best] < 0);
        });
        return java.util.Arrays.asList(out);
    }
}
