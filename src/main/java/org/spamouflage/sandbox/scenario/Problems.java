package org.spamouflage.sandbox.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Collects the problems of one file. Remembers where each path occurs in the file so the final
 * list is in document order, and which values were unusable so rules that combine several fields
 * do not pile consequential complaints on top of the first one. Keeps only the first
 * {@link ScenarioValidator#MAX_PROBLEMS} problems in document order and counts the rest, so a
 * file of 100,000 mistakes gives a short list, not tens of megabytes.
 */
final class Problems {
    /** A problem with where it sorts: the position of its path in the file, then the order it was found in. */
    private record Found(int position, long seq, ScenarioProblem problem) {
    }

    private static final Comparator<Found> DOCUMENT_ORDER = Comparator.comparingInt(Found::position)
            .thenComparingLong(Found::seq);

    private final String file;
    /** The first problems in document order, the last of them on top (so the next one can replace it). */
    private final PriorityQueue<Found> kept = new PriorityQueue<>(DOCUMENT_ORDER.reversed());
    private long count;
    private final Map<String, Integer> documentOrder = new HashMap<>();
    /** Sorted, so the parts of a path are found by one ceiling look-up instead of a scan (linear checking). */
    private final TreeSet<String> unusable = new TreeSet<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Records that {@code path} occurs next in the file. */
    void visit(String path) {
        documentOrder.putIfAbsent(path, documentOrder.size());
    }

    /**
     * Adds a problem. Its place in document order is fixed now: every path is visited before a
     * problem names it (or names a part of it that is not written, which sorts with the path).
     */
    void add(String path, String value, String message) {
        kept.add(new Found(position(path), count++, new ScenarioProblem(file, path, value, message)));
        if (kept.size() > ScenarioValidator.MAX_PROBLEMS) {
            kept.poll();
        }
    }

    /** Problems found, listed or not. */
    int count() {
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    /** Adds a problem whose value cannot be used by later rules. */
    void addUnusable(String path, String value, String message) {
        add(path, value, message);
        unusable.add(path);
    }

    /** True when the path itself or one of its containers had an unusable value (its parts are not asked). */
    boolean unusableAtOrAbove(String path) {
        for (int k = path.length(); k > 0; k = cut(path, k)) {
            if (unusable.contains(path.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** True when none of the paths, their parts or their containers had an unusable value. */
    boolean usable(String... paths) {
        for (String p : paths) {
            if (unusableAtOrAbove(p) || unusableWithin(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@link ScenarioValidator#MAX_PROBLEMS} problems in document order of the path they
     * name (a path not written in the file sorts with its nearest written container); problems
     * about the whole file ({@code $}) come last. Ties keep the order in which they were found.
     * When there were more, a last line ({@code $}) says how many were left out.
     */
    List<ScenarioProblem> inDocumentOrder() {
        List<Found> sorted = new ArrayList<>(kept);
        sorted.sort(DOCUMENT_ORDER);
        List<ScenarioProblem> out = new ArrayList<>(sorted.size() + 1);
        for (Found f : sorted) {
            out.add(f.problem());
        }
        if (count > sorted.size()) {
            out.add(new ScenarioProblem(file, "$", "", String.format(java.util.Locale.ROOT, "and %,d more problems, not "
                    + "listed (only the first %d are); fix these and check again", count - sorted.size(), sorted.size())));
        }
        return List.copyOf(out);
    }

    /**
     * True when nothing at or inside {@code path} had an unusable value; unlike {@link #usable} it
     * ignores the containers, so one bad list item does not hide rules about the good ones.
     */
    boolean usableItem(String path) {
        return !unusable.contains(path) && !unusableWithin(path);
    }

    /** True when a part of {@code path} ({@code path.x}, {@code path[3]}…) had an unusable value: two look-ups in sorted order. */
    private boolean unusableWithin(String path) {
        for (String prefix : new String[] {path + ".", path + "["}) {
            String next = unusable.ceiling(prefix);
            if (next != null && next.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the next shorter container path: the last {@code .} or {@code [} before {@code end}, or 0. */
    private static int cut(String path, int end) {
        for (int i = end - 1; i > 0; i--) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                return i;
            }
        }
        return 0;
    }

    private int position(String path) {
        if (path.equals("$")) {
            return Integer.MAX_VALUE;
        }
        String p = path;
        while (true) {
            Integer at = documentOrder.get(p);
            if (at != null) {
                return at;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return -1;
            }
            p = p.substring(0, cut);
        }
    }

}
