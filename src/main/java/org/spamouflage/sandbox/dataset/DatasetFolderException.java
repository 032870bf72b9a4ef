package org.spamouflage.sandbox.dataset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dataset folder that cannot be read: missing files, malformed lines, wrong types, references to
 * records that do not exist, counts that disagree with the manifest, or a size over the caps.
 * Carries every problem found (up to {@link DatasetFolder#MAX_PROBLEMS}), each naming the file,
 * the line and the field. The command line reports these as invalid input (exit code 2).
 */
public final class DatasetFolderException extends Exception {
    private final transient List<Problem> problems;

    /**
     * One thing wrong with a dataset folder.
     *
     * @param file    the file name inside the folder ({@code posts.jsonl}), or the folder itself
     * @param line    1-based line number, or 0 when the problem is not about one line
     * @param field   the JSON field or CSV column, or empty
     * @param message what is wrong and what is allowed
     */
    public record Problem(String file, long line, String field, String message) {
        public Problem {
            field = field == null ? "" : field;
        }

        @Override
        public String toString() {
            return file + (line > 0 ? ": line " + line : "") + (field.isEmpty() ? "" : ", field " + field) + ": "
                    + message;
        }
    }

    public DatasetFolderException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is required");
        }
        this.problems = List.copyOf(problems);
    }

    public DatasetFolderException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
