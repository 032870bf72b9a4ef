package org.spamouflage.sandbox.scenario;

import java.util.List;
import java.util.function.UnaryOperator;

/** Operator shift blocks: each starts before it ends, within one day, and no two overlap. */
final class ShiftChecks {
    private static final String SHIFTS = "$.campaign.timing.shifts";

    private final List<Scenario.Shift> shifts;
    private final Problems problems;
    private final UnaryOperator<String> shown;

    ShiftChecks(List<Scenario.Shift> shifts, Problems problems, UnaryOperator<String> shown) {
        this.shifts = shifts;
        this.problems = problems;
        this.shown = shown;
    }

    void run() {
        if (!problems.usable(SHIFTS)) {
            return;
        }
        boolean[] valid = new boolean[shifts.size()];
        for (int i = 0; i < shifts.size(); i++) {
            Scenario.Shift s = shifts.get(i);
            valid[i] = s.start().isBefore(s.end());
            if (!valid[i]) {
                String at = SHIFTS + "[" + i + "]";
                problems.add(at, shown.apply(at), "ends at " + s.end() + ", not after its start " + s.start()
                        + "; allowed: an end later than the start on the same day"
                        + " (split a block that crosses midnight into two)");
            }
        }
        for (int j = 0; j < shifts.size(); j++) {
            for (int i = 0; i < j && valid[j]; i++) {
                if (valid[i] && overlap(shifts.get(i), shifts.get(j))) {
                    String at = SHIFTS + "[" + j + "]";
                    problems.add(at, shown.apply(at), "overlaps " + SHIFTS + "[" + i + "] (" + shifts.get(i).start()
                            + "–" + shifts.get(i).end() + "); allowed: blocks that do not overlap"
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
