package org.spamouflage.sandbox.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.GroundTruth.AccountTruth;

/**
 * The adapter from {@link GroundTruth} to labels: for the list of accounts that were scored (in
 * the caller's order), which are evaluated and which of those are campaign (positive).
 *
 * <p>The accounts evaluated are those scored, minus any left out by the {@link LabelOptions}.
 * By default background bots count as negatives (flagging one is a false alarm: it is not the
 * campaign) and scored accounts unknown to the truth are an error; both can be changed. Campaign
 * accounts are the positives whatever their origin (new, hijacked or bought).
 *
 * <p>Score and cluster arrays passed to {@link #scores(String, double[])} and
 * {@link #select(int[], String)} are aligned with the <em>input</em> list; rows that were left out
 * are dropped here, so callers never re-index.
 */
public final class TruthLabels {

    private final List<String> ids;
    private final boolean[] positive;
    /** Truth per kept account; null for unknown accounts counted as negatives. */
    private final List<AccountTruth> truths;
    /** Index into the input list for each kept account. */
    private final int[] inputIndex;
    private final int inputSize;
    private final int excludedBackground;
    private final int excludedUnknown;
    private final int unknownAsNegative;
    private final int positives;
    private final LabelOptions options;

    private TruthLabels(List<String> ids, boolean[] positive, List<AccountTruth> truths, int[] inputIndex,
            int inputSize, int excludedBackground, int excludedUnknown, int unknownAsNegative, LabelOptions options) {
        this.ids = List.copyOf(ids);
        this.positive = positive;
        this.truths = java.util.Collections.unmodifiableList(truths);
        this.inputIndex = inputIndex;
        this.inputSize = inputSize;
        this.excludedBackground = excludedBackground;
        this.excludedUnknown = excludedUnknown;
        this.unknownAsNegative = unknownAsNegative;
        this.options = options;
        int p = 0;
        for (boolean b : positive) {
            if (b) {
                p++;
            }
        }
        this.positives = p;
    }

    /** Labels with {@link LabelOptions#DEFAULT}. */
    public static TruthLabels of(GroundTruth truth, List<String> scoredAccountIds) {
        return of(truth, scoredAccountIds, LabelOptions.DEFAULT);
    }

    /**
     * @param truth            the labels
     * @param scoredAccountIds the accounts that were scored, unique, in the order of the score arrays
     * @param options          treatment of background and unknown accounts
     * @throws InvalidMetricInputException listing every problem (missing, duplicate or, by
     *                                     default, unknown ids)
     */
    public static TruthLabels of(GroundTruth truth, List<String> scoredAccountIds, LabelOptions options) {
        List<String> problems = new ArrayList<>();
        if (truth == null) {
            problems.add("ground truth is required to evaluate");
        }
        if (scoredAccountIds == null) {
            problems.add("the list of scored account ids is required");
        }
        InvalidMetricInputException.throwIfAny(problems);
        LabelOptions opts = options == null ? LabelOptions.DEFAULT : options;
        int n = scoredAccountIds.size();
        List<String> kept = new ArrayList<>(n);
        List<AccountTruth> keptTruth = new ArrayList<>(n);
        boolean[] pos = new boolean[n];
        int[] index = new int[n];
        int excludedBackground = 0;
        int excludedUnknown = 0;
        int unknownNegative = 0;
        Set<String> seen = new HashSet<>(n * 2);
        List<String> missing = new ArrayList<>();
        int missingCount = 0;
        List<String> duplicates = new ArrayList<>();
        int duplicateCount = 0;
        List<String> unknown = new ArrayList<>();
        int unknownCount = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            String id = scoredAccountIds.get(i);
            if (id == null || id.isEmpty()) {
                if (missingCount++ < ScoredLabels.MAX_LISTED) {
                    missing.add("position " + i);
                }
                continue;
            }
            if (!seen.add(id)) {
                if (duplicateCount++ < ScoredLabels.MAX_LISTED) {
                    duplicates.add("'" + id + "'");
                }
                continue;
            }
            AccountTruth t = truth.accounts().get(id);
            if (t == null) {
                switch (opts.unknown()) {
                    case REJECT -> {
                        if (unknownCount++ < ScoredLabels.MAX_LISTED) {
                            unknown.add("'" + id + "'");
                        }
                    }
                    case EXCLUDE -> excludedUnknown++;
                    case NEGATIVE -> {
                        unknownNegative++;
                        kept.add(id);
                        keptTruth.add(null);
                        index[k++] = i;
                    }
                }
                continue;
            }
            if (t.cls() == AccountClass.BACKGROUND && opts.background() == LabelOptions.Background.EXCLUDE) {
                excludedBackground++;
                continue;
            }
            kept.add(id);
            keptTruth.add(t);
            pos[k] = t.isCampaign();
            index[k++] = i;
        }
        if (missingCount > 0) {
            problems.add("scored account id is empty at " + ScoredLabels.listed(missing, missingCount));
        }
        if (duplicateCount > 0) {
            problems.add("scored account id appears more than once: "
                    + ScoredLabels.listed(duplicates, duplicateCount) + "; each account may be scored once");
        }
        if (unknownCount > 0) {
            problems.add(unknownCount + " scored account(s) are not in the ground truth: "
                    + ScoredLabels.listed(unknown, unknownCount)
                    + "; check that the truth file belongs to this data, or choose to count unknown accounts"
                    + " as negatives or to exclude them");
        }
        InvalidMetricInputException.throwIfAny(problems);
        return new TruthLabels(kept, java.util.Arrays.copyOf(pos, k), keptTruth, java.util.Arrays.copyOf(index, k),
                n, excludedBackground, excludedUnknown, unknownNegative, opts);
    }

    /** The evaluated account ids, in input order. */
    public List<String> ids() {
        return ids;
    }

    /** Number of evaluated accounts. */
    public int size() {
        return ids.size();
    }

    /** Campaign accounts among the evaluated. */
    public int positives() {
        return positives;
    }

    /** Other accounts among the evaluated. */
    public int negatives() {
        return ids.size() - positives;
    }

    /** Whether the i-th evaluated account is campaign. */
    public boolean isPositive(int i) {
        return positive[i];
    }

    /** Labels of the evaluated accounts (a copy). */
    public boolean[] labels() {
        return positive.clone();
    }

    /** Truth of the i-th evaluated account, or null for an unknown account counted as negative. */
    public AccountTruth truthAt(int i) {
        return truths.get(i);
    }

    /** Length of the input id list (every aligned array must have this length). */
    public int inputSize() {
        return inputSize;
    }

    /** Background accounts left out by the options. */
    public int excludedBackground() {
        return excludedBackground;
    }

    /** Unknown accounts left out by the options. */
    public int excludedUnknown() {
        return excludedUnknown;
    }

    /** Unknown accounts counted as negatives by the options. */
    public int unknownAsNegative() {
        return unknownAsNegative;
    }

    public LabelOptions options() {
        return options;
    }

    /**
     * Checked scores of the evaluated accounts from an array aligned with the input ids.
     *
     * @param signal           named in error messages
     * @param scoresAlignedWithInput one score per input id
     * @throws InvalidMetricInputException for a wrong length or non-finite scores (each named by id)
     */
    public ScoredLabels scores(String signal, double[] scoresAlignedWithInput) {
        checkLength(signal, scoresAlignedWithInput == null ? -1 : scoresAlignedWithInput.length);
        double[] kept = new double[inputIndex.length];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = scoresAlignedWithInput[inputIndex[i]];
        }
        // Ids were checked when these labels were built; only the scores need checking.
        return ScoredLabels.ofCheckedIds(ids, kept, positive.clone(), signal);
    }

    /**
     * Like {@link #scores} but for a signal that may not apply to every account: accounts whose score is
     * NaN (the signal abstained for them) are left out, so the signal is measured where it applies. Null
     * when it applies to no evaluated account.
     *
     * @throws InvalidMetricInputException for a wrong length or an infinite score
     */
    public ScoredLabels scoresWhereApplicable(String signal, double[] scoresAlignedWithInput) {
        checkLength(signal, scoresAlignedWithInput == null ? -1 : scoresAlignedWithInput.length);
        int kept = 0;
        for (int i : inputIndex) {
            if (!Double.isNaN(scoresAlignedWithInput[i])) {
                kept++;
            }
        }
        if (kept == 0) {
            return null;
        }
        if (kept == inputIndex.length) {
            return scores(signal, scoresAlignedWithInput);
        }
        List<String> keptIds = new ArrayList<>(kept);
        double[] keptScores = new double[kept];
        boolean[] keptPositive = new boolean[kept];
        int j = 0;
        for (int k = 0; k < inputIndex.length; k++) {
            double v = scoresAlignedWithInput[inputIndex[k]];
            if (!Double.isNaN(v)) {
                keptIds.add(ids.get(k));
                keptScores[j] = v;
                keptPositive[j] = positive[k];
                j++;
            }
        }
        return ScoredLabels.ofCheckedIds(keptIds, keptScores, keptPositive, signal);
    }

    /**
     * The values for the evaluated accounts from an int array aligned with the input ids (e.g.
     * detected cluster numbers).
     *
     * @throws InvalidMetricInputException for a wrong length
     */
    public int[] select(int[] alignedWithInput, String what) {
        checkLength(what, alignedWithInput == null ? -1 : alignedWithInput.length);
        int[] kept = new int[inputIndex.length];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = alignedWithInput[inputIndex[i]];
        }
        return kept;
    }

    private void checkLength(String what, int length) {
        if (length != inputSize) {
            throw new InvalidMetricInputException(List.of("'" + what + "' must have one value per scored account ("
                    + inputSize + "), got " + (length < 0 ? "none" : String.valueOf(length))));
        }
    }
}
