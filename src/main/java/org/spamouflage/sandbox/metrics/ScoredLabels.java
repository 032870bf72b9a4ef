package org.spamouflage.sandbox.metrics;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checked input for every score metric: one row per evaluated account with its id, its score
 * (higher = more suspicious; not a probability) and its label ({@code true} = campaign, the
 * positive class). Immutable; the arrays given are copied.
 *
 * <p>Rejected with one {@link InvalidMetricInputException} listing every problem: arrays of
 * different lengths, missing or duplicate ids, and scores that are NaN or infinite (a NaN cannot
 * be ranked, and silently dropping it would change the result).
 */
public final class ScoredLabels {

    /** How many offending rows one problem message names before it says "and N more". */
    static final int MAX_LISTED = 10;

    private final List<String> ids;
    private final double[] scores;
    private final boolean[] positive;
    private final int positives;

    private ScoredLabels(List<String> ids, double[] scores, boolean[] positive) {
        this.ids = ids;
        this.scores = scores;
        this.positive = positive;
        int p = 0;
        for (boolean b : positive) {
            if (b) {
                p++;
            }
        }
        this.positives = p;
    }

    /**
     * @param ids      account ids, used in messages and kept for callers; unique, not empty
     * @param scores   one finite score per id
     * @param positive one label per id: {@code true} for campaign accounts
     * @throws InvalidMetricInputException listing every problem
     */
    public static ScoredLabels of(List<String> ids, double[] scores, boolean[] positive) {
        List<String> problems = new ArrayList<>();
        if (ids == null || scores == null || positive == null) {
            problems.add("ids, scores and labels are all required (got "
                    + (ids == null ? "no ids" : ids.size() + " ids") + ", "
                    + (scores == null ? "no scores" : scores.length + " scores") + ", "
                    + (positive == null ? "no labels" : positive.length + " labels") + ")");
            throw new InvalidMetricInputException(problems);
        }
        if (ids.size() != scores.length || scores.length != positive.length) {
            problems.add("ids, scores and labels must have the same length, got " + ids.size() + " ids, "
                    + scores.length + " scores and " + positive.length + " labels");
            throw new InvalidMetricInputException(problems);
        }
        List<String> badIds = new ArrayList<>();
        int badIdCount = 0;
        Set<String> seen = new HashSet<>(ids.size() * 2);
        List<String> duplicates = new ArrayList<>();
        int duplicateCount = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isEmpty()) {
                if (badIdCount++ < MAX_LISTED) {
                    badIds.add("row " + i);
                }
            } else if (!seen.add(id)) {
                if (duplicateCount++ < MAX_LISTED) {
                    duplicates.add("'" + id + "'");
                }
            }
        }
        if (badIdCount > 0) {
            problems.add("account id is missing at " + listed(badIds, badIdCount) + "; every row needs an id");
        }
        if (duplicateCount > 0) {
            problems.add("account id appears more than once: " + listed(duplicates, duplicateCount)
                    + "; each account may be scored once");
        }
        List<String> idList = List.copyOf(ids.stream().map(s -> s == null ? "" : s).toList());
        String nonFinite = nonFiniteProblem(idList, scores);
        if (nonFinite != null) {
            problems.add(nonFinite);
        }
        InvalidMetricInputException.throwIfAny(problems);
        return new ScoredLabels(idList, scores.clone(), positive.clone());
    }

    /**
     * Input without account ids: rows are named {@code row 0}, {@code row 1}, … in messages and
     * in {@link #ids()} (names made on demand, so large inputs stay cheap).
     *
     * @throws InvalidMetricInputException for arrays of different lengths or non-finite scores
     */
    public static ScoredLabels of(double[] scores, boolean[] positive) {
        if (scores == null || positive == null) {
            return of(null, scores, positive);
        }
        List<String> rows = rowNames(scores.length);
        if (scores.length != positive.length) {
            throw new InvalidMetricInputException(List.of("scores and labels must have the same length, got "
                    + scores.length + " scores and " + positive.length + " labels"));
        }
        String nonFinite = nonFiniteProblem(rows, scores);
        if (nonFinite != null) {
            throw new InvalidMetricInputException(List.of(nonFinite));
        }
        return new ScoredLabels(rows, scores.clone(), positive.clone());
    }

    /**
     * For callers in this package whose ids are already checked (unique, present) and whose
     * arrays are fresh copies: only the scores are checked, nothing is copied.
     */
    static ScoredLabels ofCheckedIds(List<String> ids, double[] freshScores, boolean[] freshLabels, String signal) {
        String nonFinite = nonFiniteProblem(ids, freshScores);
        if (nonFinite != null) {
            throw new InvalidMetricInputException(List.of("signal '" + signal + "': " + nonFinite));
        }
        return new ScoredLabels(ids, freshScores, freshLabels);
    }

    private static List<String> rowNames(int n) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                if (index < 0 || index >= n) {
                    throw new IndexOutOfBoundsException(index);
                }
                return "row " + index;
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /** A problem sentence naming non-finite scores, or null when all are finite. */
    static String nonFiniteProblem(List<String> ids, double[] scores) {
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                if (count++ < MAX_LISTED) {
                    bad.add("'" + ids.get(i) + "' = " + scores[i]);
                }
            }
        }
        if (count == 0) {
            return null;
        }
        return "score must be a finite number, got " + listed(bad, count)
                + "; a NaN or infinite score cannot be ranked (fix or drop these accounts before evaluating)";
    }

    static String listed(List<String> shown, int total) {
        String s = String.join(", ", shown);
        return total > shown.size() ? s + " and " + (total - shown.size()) + " more" : s;
    }

    /** Number of accounts (rows). */
    public int size() {
        return scores.length;
    }

    /** Number of campaign accounts (positives). */
    public int positives() {
        return positives;
    }

    /** Number of accounts that are not campaign (negatives). */
    public int negatives() {
        return scores.length - positives;
    }

    /** The ids in input order (unmodifiable). */
    public List<String> ids() {
        return ids;
    }

    public String id(int row) {
        return ids.get(row);
    }

    public double score(int row) {
        return scores[row];
    }

    public boolean isPositive(int row) {
        return positive[row];
    }

    /** A copy of the scores, in input order. */
    public double[] scores() {
        return scores.clone();
    }

    /** A copy of the labels, in input order. */
    public boolean[] labels() {
        return positive.clone();
    }

    /** Scores of the campaign accounts, in input order. */
    public double[] positiveScores() {
        return select(true);
    }

    /** Scores of the other accounts, in input order. */
    public double[] negativeScores() {
        return select(false);
    }

    private double[] select(boolean label) {
        double[] out = new double[label ? positives : scores.length - positives];
        int j = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positive[i] == label) {
                out[j++] = scores[i];
            }
        }
        return out;
    }
}
