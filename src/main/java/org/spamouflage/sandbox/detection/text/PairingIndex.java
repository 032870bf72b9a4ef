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
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The index {@link BilingualPairing} builds once per input: anchors and their weights, the profiles (posts of
 * one language with one anchor set) and the inverted index from anchors to profiles, with the candidate
 * search over it ({@link #similar}).
 */
final class PairingIndex {
    final PairingSettings settings;
    final List<String> keyOf = new ArrayList<>();
    final double[] weight;
    final int[] df;
    final List<AnchorProfile> profiles = new ArrayList<>();
    final IntArrayList[][] postings;
    final double[] total;
    final long maxCarriers;

    PairingIndex(List<String> texts, List<String> languages, long[] times, PairingSettings settings) {
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
        Map<AnchorProfile.Key, Integer> profileOf = new HashMap<>();
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
            AnchorProfile.Key key = new AnchorProfile.Key(side[i], ids);
            Integer p = profileOf.get(key);
            if (p == null) {
                p = profiles.size();
                profileOf.put(key, p);
                profiles.add(new AnchorProfile(side[i], ids));
            }
            profiles.get(p).members.add(i);
        }
        for (AnchorProfile p : profiles) {
            p.sortByTime(times);
        }

        // Inverted index: anchor -> profiles of each side, ascending.
        postings = new IntArrayList[3][anchorCount];
        for (int p = 0; p < profiles.size(); p++) {
            AnchorProfile prof = profiles.get(p);
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
        AnchorProfile prof = profiles.get(p);
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
            AnchorProfile qp = profiles.get(q);
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

    boolean isSpecific(AnchorProfile a, AnchorProfile b) {
        return BilingualPairing.isSpecific(a.anchors, b.anchors, postings, profiles, df, maxCarriers);
    }

    /** Per-worker buffers of {@link PairingIndex#similar}. */
    static final class Scratch {
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
}
