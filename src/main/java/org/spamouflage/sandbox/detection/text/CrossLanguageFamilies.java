package org.spamouflage.sandbox.detection.text;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import it.unimi.dsi.fastutil.ints.IntLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Merges near-duplicate families across languages using translation pairs: an English family and a
 * French family (or single posts) joined by at least {@code minLinks} pairs become one cross-language
 * family. Requiring several links lets one accidental pair not glue two large families together.
 *
 * <p>Ids are numbered by each cross-language family's smallest post index; posts whose unit (family or
 * single post) was not joined to anything have −1. Cost: O(posts + pairs · log pairs).
 */
public final class CrossLanguageFamilies {

    /**
     * One cross-language family.
     *
     * @param id                 family id (by smallest member post)
     * @param members            post indices, ascending
     * @param duplicateFamilies  ids of the near-duplicate families merged into it, ascending
     * @param links              translation pairs inside the family that were counted
     */
    public record Family(int id, IntList members, IntList duplicateFamilies, int links) {
    }

    private final int[] familyOf;
    private final List<Family> families;

    private CrossLanguageFamilies(int[] familyOf, List<Family> families) {
        this.familyOf = familyOf;
        this.families = List.copyOf(families);
    }

    /**
     * @param duplicates near-duplicate families of the same posts the pairs refer to
     * @param pairs      translation pairs (post indices into the same list)
     * @param minLinks   pairs needed between two units to merge them (≥ 1)
     */
    public static CrossLanguageFamilies merge(DuplicateFamilies duplicates, List<TranslationPair> pairs, int minLinks) {
        if (minLinks < 1) {
            throw new IllegalArgumentException("minLinks " + minLinks + " is out of range (allowed: ≥ 1)");
        }
        int n = duplicates.postCount();
        int familyCount = duplicates.families().size();
        // Unit of a post: its near-duplicate family, or itself (offset past the family ids).
        long[] keys = new long[pairs.size()];
        int k = 0;
        for (TranslationPair p : pairs) {
            if (p.first() < 0 || p.first() >= n || p.second() < 0 || p.second() >= n) {
                throw new IllegalArgumentException("pair (" + p.first() + ", " + p.second()
                        + ") refers to a post outside 0–" + (n - 1));
            }
            int a = unit(duplicates, p.first(), familyCount);
            int b = unit(duplicates, p.second(), familyCount);
            if (a != b) {
                keys[k++] = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            }
        }
        Arrays.sort(keys, 0, k);
        UnionFind uf = new UnionFind(familyCount + n);
        boolean[] joined = new boolean[familyCount + n];
        int[] linksPerUnitRoot = new int[familyCount + n];
        List<long[]> accepted = new ArrayList<>();
        for (int i = 0; i < k; ) {
            int j = i;
            while (j < k && keys[j] == keys[i]) {
                j++;
            }
            if (j - i >= minLinks) {
                int a = (int) (keys[i] >>> 32);
                int b = (int) keys[i];
                uf.union(a, b);
                joined[a] = true;
                joined[b] = true;
                accepted.add(new long[] {a, j - i});
            }
            i = j;
        }
        for (long[] acc : accepted) {
            linksPerUnitRoot[uf.find((int) acc[0])] += (int) acc[1];
        }

        int[] familyOf = new int[n];
        int[] idOfRoot = new int[familyCount + n];
        Arrays.fill(idOfRoot, -1);
        List<IntArrayList> members = new ArrayList<>();
        List<TreeMap<Integer, Boolean>> dupFamilies = new ArrayList<>();
        List<Integer> links = new ArrayList<>();
        for (int post = 0; post < n; post++) {
            int u = unit(duplicates, post, familyCount);
            if (!joined[u]) {
                familyOf[post] = -1;
                continue;
            }
            int root = uf.find(u);
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = members.size();
                members.add(new IntArrayList());
                dupFamilies.add(new TreeMap<>());
                links.add(linksPerUnitRoot[root]);
            }
            int id = idOfRoot[root];
            familyOf[post] = id;
            members.get(id).add(post);
            if (u < familyCount) {
                dupFamilies.get(id).put(u, Boolean.TRUE);
            }
        }
        List<Family> out = new ArrayList<>();
        for (int id = 0; id < members.size(); id++) {
            IntArrayList dup = new IntArrayList(dupFamilies.get(id).keySet());
            out.add(new Family(id, IntLists.unmodifiable(members.get(id)), IntLists.unmodifiable(dup), links.get(id)));
        }
        return new CrossLanguageFamilies(familyOf, out);
    }

    private static int unit(DuplicateFamilies duplicates, int post, int familyCount) {
        int f = duplicates.familyOf(post);
        return f >= 0 ? f : familyCount + post;
    }

    /** Cross-language family of a post, or −1. */
    public int familyOf(int postIndex) {
        return familyOf[postIndex];
    }

    public List<Family> families() {
        return families;
    }
}
