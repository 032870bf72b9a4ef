package org.spamouflage.sandbox.metrics;

import java.util.List;

/**
 * Input that no metric can be computed from (a NaN score, arrays of different lengths, a
 * duplicate account id, an unknown setting). The message lists every problem found, one per line,
 * each naming the account or field, the bad value and what is allowed.
 */
public class InvalidMetricInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidMetricInputException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as one sentence. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return problems.size() + " problems:\n  - " + String.join("\n  - ", problems);
    }

    /** Throws when {@code problems} is not empty. */
    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidMetricInputException(problems);
        }
    }
}
