package org.spamouflage.sandbox.cli;

import java.io.PrintWriter;
import java.util.List;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.RowError;

/** Prints an import's outcome: the summary, the notes, then the row errors (at most {@code maxShown}). */
final class ImportReport {
    private ImportReport() {
    }

    static void print(ImportResult r, PrintWriter out, PrintWriter err, int maxShown) {
        out.println(r.summary());
        for (String n : r.notes()) {
            out.println("note: " + n);
        }
        List<RowError> errors = r.errors();
        for (int i = 0; i < errors.size() && i < maxShown; i++) {
            err.println(errors.get(i).message());
        }
        if (errors.size() > maxShown) {
            err.println("… and " + (errors.size() - maxShown) + " more row errors");
        }
    }
}
