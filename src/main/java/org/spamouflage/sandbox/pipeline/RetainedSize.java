package org.spamouflage.sandbox.pipeline;

import java.util.List;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.Detection;

/**
 * Estimates of the heap a result retains, for {@link ResultCache}'s bound. Datasets are walked
 * (texts dominate, and a text takes one byte per character when it fits Latin-1, two otherwise);
 * the engine's own structures are sized from counts with factors measured on the shipped scenarios
 * (heap after a full collection with N results held, minus before, divided by N: see
 * {@code bench retained} and BENCHMARKS.md). The factors are rounded up: an estimate a little too
 * high costs a few cached results, one too low costs heap.
 *
 * <p>Assumes a 64-bit JVM with compressed references (heaps below 32 GB), object headers of 12
 * bytes and 8-byte alignment.
 */
public final class RetainedSize {
    /** Per post of the detection's own structures (indexes, shingles, co-action tables), measured. */
    static final long DETECTION_PER_POST = 200;
    /** Per account of the detection (signal scores, evidence inputs, network nodes), measured. */
    static final long DETECTION_PER_ACCOUNT = 800;
    /** Per coordination-network edge. */
    static final long DETECTION_PER_EDGE = 300;
    /** Per scored account of an evaluation: a threshold table per signal and the combined one, labels. */
    public static final long EVALUATION_PER_ACCOUNT = 400;

    private RetainedSize() {
    }

    /** A dataset with its truth (either may be null). */
    public static long dataset(Dataset ds, GroundTruth truth) {
        long n = 0;
        if (ds != null) {
            for (Post p : ds.posts()) {
                // the record (12 fields) + its id and text; account ids and reply targets point at shared strings
                n += 64 + string(p.id()) + string(p.text()) + strings(p.links()) + strings(p.hashtags())
                        + strings(p.mentions());
                n += 48; // the post index entry, built on first lookup
            }
            for (Account a : ds.accounts()) {
                n += 48 + string(a.id()) + string(a.handle()) + string(a.displayName()) + string(a.bio()) + 48;
            }
            n += 32L * ds.engagements().size(); // engagement records; their ids are shared strings
            n += 16L * (ds.posts().size() + ds.accounts().size() + ds.engagements().size()); // list slots, growth slack
        }
        if (truth != null) {
            n += 96L * truth.accounts().size() + 80L * truth.posts().size();
        }
        return n;
    }

    /** The detection's own structures, not counting the dataset it holds. */
    public static long detection(Detection d) {
        Dataset ds = d.context().dataset();
        return DETECTION_PER_POST * ds.posts().size() + DETECTION_PER_ACCOUNT * ds.accounts().size()
                + DETECTION_PER_EDGE * d.network().edges().size();
    }

    /** An evaluation of {@code accounts} scored accounts, with the re-weighted scores it was made on. */
    public static long evaluation(int accounts) {
        return EVALUATION_PER_ACCOUNT * accounts + 1024;
    }

    /** A string: object, array header and its characters (one byte each in Latin-1, else two). */
    public static long string(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        int len = s.length();
        boolean latin1 = true;
        for (int i = 0; i < len && latin1; i++) {
            latin1 = s.charAt(i) <= 0xFF;
        }
        long chars = latin1 ? len : 2L * len;
        return 24 + align(16 + chars);
    }

    private static long strings(List<String> list) {
        if (list.isEmpty()) {
            return 0;
        }
        long n = align(16 + 4L * list.size());
        for (String s : list) {
            n += string(s);
        }
        return n;
    }

    private static long align(long n) {
        return (n + 7) & ~7L;
    }
}
