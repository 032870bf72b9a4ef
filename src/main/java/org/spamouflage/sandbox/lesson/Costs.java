package org.spamouflage.sandbox.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * What each kind of mistake costs in an exercise, set by the instructor: wrongly flagging an
 * honest account (a false alarm, e.g. suspending a real voter) and missing a campaign account. The
 * cost-weighted error of a submission is {@code falsePositive·FP + falseNegative·FN}.
 *
 * @param falsePositive cost of one false alarm, 0–{@value #MAX}
 * @param falseNegative cost of one missed campaign account, 0–{@value #MAX}
 */
public record Costs(double falsePositive, double falseNegative) {
    /** Largest cost per mistake. */
    public static final double MAX = 1000;
    /** New lessons: a false alarm costs as much as a miss. */
    public static final Costs EQUAL = new Costs(1, 1);

    public Costs {
        List<String> p = problems(falsePositive, falseNegative);
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
    }

    /** Why these costs cannot be used (empty when they can). */
    public static List<String> problems(double falsePositive, double falseNegative) {
        List<String> out = new ArrayList<>();
        check(out, "cost per false positive", falsePositive);
        check(out, "cost per false negative", falseNegative);
        return out;
    }

    private static void check(List<String> out, String what, double v) {
        if (!(v >= 0 && v <= MAX)) {
            out.add(what + " " + v + " is outside 0–" + (int) MAX);
        }
    }

    /** The cost-weighted error of a submission with these mistakes. */
    public double of(int falsePositives, int falseNegatives) {
        return falsePositive * falsePositives + falseNegative * falseNegatives;
    }
}
