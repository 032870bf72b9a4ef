package org.spamouflage.sandbox.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The file as a whole cannot be imported (empty, not text, compressed in an unsupported way,
 * required columns missing, header too wide, unreadable). Carries every problem found, each
 * phrased for the user; the message is one line per problem, prefixed with the file name:
 * {@code shares.csv: missing required column "timestamp_share" (did you mean "timestamp"?)}.
 */
public final class ImportException extends Exception {
    private final String file;
    private final transient List<String> problems;

    public ImportException(String file, List<String> problems) {
        super(problems.stream().map(p -> file + ": " + p).collect(Collectors.joining("\n")), null, false, false);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public ImportException(String file, String problem) {
        this(file, List.of(problem));
    }

    /** The file name as shown in messages. */
    public String file() {
        return file;
    }

    /** The problems, without the file-name prefix. */
    public List<String> problems() {
        return problems;
    }
}
