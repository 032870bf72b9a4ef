package org.spamouflage.sandbox.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the problems of one file. Remembers where each path occurs in the file so the final
 * list is in document order, and which values were unusable so rules that combine several fields
 * do not pile consequential complaints on top of the first one.
 */
final class Problems {
    private final String file;
    private final List<ScenarioProblem> found = new ArrayList<>();
    private final Map<String, Integer> documentOrder = new HashMap<>();
    private final Set<String> unusable = new HashSet<>();

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

    void add(String path, String value, String message) {
        found.add(new ScenarioProblem(file, path, value, message));
    }

    /** Adds a problem whose value cannot be used by later rules. */
    void addUnusable(String path, String value, String message) {
        add(path, value, message);
        unusable.add(path);
    }

    /** True when the path itself or one of its containers had an unusable value (its parts are not asked). */
    boolean unusableAtOrAbove(String path) {
        for (String u : unusable) {
            if (u.equals(path) || within(path, u)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** True when none of the paths, their parts or their containers had an unusable value. */
    boolean usable(String... paths) {
        for (String p : paths) {
            for (String u : unusable) {
                if (u.equals(p) || within(p, u) || within(u, p)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The problems in document order of the path they name (a path not written in the file sorts
     * with its nearest written container); problems about the whole file ({@code $}) come last.
     * Ties keep the order in which they were found.
     */
    List<ScenarioProblem> inDocumentOrder() {
        List<ScenarioProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(p -> position(p.path())));
        return List.copyOf(sorted);
    }

    /**
     * True when nothing at or inside {@code path} had an unusable value; unlike {@link #usable} it
     * ignores the containers, so one bad list item does not hide rules about the good ones.
     */
    boolean usableItem(String path) {
        for (String u : unusable) {
            if (u.equals(path) || within(u, path)) {
                return false;
            }
        }
        return true;
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

    private static boolean within(String inner, String outer) {
        return inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }
}
