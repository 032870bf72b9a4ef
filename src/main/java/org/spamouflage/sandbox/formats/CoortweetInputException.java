package org.spamouflage.sandbox.formats;

import java.util.List;

/**
 * A CooRTweet CSV file could not be used. {@link #problems()} lists up to a limit of problems, each
 * naming the line, the column, the bad value and what is allowed; {@link #totalProblems()} counts all.
 */
public final class CoortweetInputException extends RuntimeException {
    private final List<String> problems;
    private final long totalProblems;

    public CoortweetInputException(String file, List<String> problems, long totalProblems) {
        super(message(file, problems, totalProblems));
        this.problems = List.copyOf(problems);
        this.totalProblems = totalProblems;
    }

    private static String message(String file, List<String> problems, long total) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(total).append(total == 1 ? " problem" : " problems");
        for (String p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        if (total > problems.size()) {
            sb.append(System.lineSeparator()).append("  … and ").append(total - problems.size()).append(" more");
        }
        return sb.toString();
    }

    /** The reported problems, in file order. */
    public List<String> problems() {
        return problems;
    }

    /** All problems found, including those not listed. */
    public long totalProblems() {
        return totalProblems;
    }
}
