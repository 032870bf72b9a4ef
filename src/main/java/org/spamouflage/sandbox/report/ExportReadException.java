package org.spamouflage.sandbox.report;

import java.util.List;

/** A file of a detection folder (or a truth file) could not be read: one line per problem, each naming file, line and column. */
public final class ExportReadException extends Exception {
    private final List<String> problems;

    public ExportReadException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
