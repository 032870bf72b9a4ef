package org.spamouflage.sandbox.scenario;

import java.util.List;
import java.util.function.UnaryOperator;

/** Operator shift blocks: each starts before it ends, within one day, and no two overlap. */
final class ShiftChecks {
    private final List<CrossFieldChecks.Item<Scenario.Shift>> shifts;
    private final Problems problems;
    private final UnaryOperator<String> shown;

    ShiftChecks(List<CrossFieldChecks.Item<Scenario.Shift>> shifts, Problems problems, UnaryOperator<String> shown) {
        this.shifts = shifts;
        this.problems = problems;
        this.shown = shown;
    }

    void run() {
        boolean[] valid = new boolean[shifts.size()];
        for (int i = 0; i < shifts.size(); i++) {
            Scenario.Shift s = shifts.get(i).value();
            valid[i] = s.start().isBefore(s.end());
            if (!valid[i]) {
                String at = shifts.get(i).path();
                problems.add(at, shown.apply(at), "ends at " + s.end() + ", not after its start " + s.start()
                        + "; allowed: an end later than the start on the same day"
                        + " (split a block that crosses midnight into two)");
            }
        }
        for (int j = 0; j < shifts.size(); j++) {
            for (int i = 0; i < j && valid[j]; i++) {
                Scenario.Shift earlier = shifts.get(i).value();
                if (valid[i] && overlap(earlier, shifts.get(j).value())) {
                    String at = shifts.get(j).path();
                    problems.add(at, shown.apply(at), "overlaps " + shifts.get(i).path() + " (" + earlier.start()
                            + "–" + earlier.end() + "); allowed: blocks that do not overlap"
                            + " (one may start when another ends)");
                    break;
                }
            }
        }
    }

    private static boolean overlap(Scenario.Shift a, Scenario.Shift b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }
}
