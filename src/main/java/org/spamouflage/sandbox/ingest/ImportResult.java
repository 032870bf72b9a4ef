package org.spamouflage.sandbox.ingest;

import java.util.List;
import java.util.Optional;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;

/**
 * What an import produced.
 *
 * @param dataset    the accepted rows as posts (by time, then id) and their authors (by id);
 *                   {@code info().synthetic()} is false and {@code info().source()} says
 *                   {@code import of FILE (preset P)}
 * @param truth      account labels when a label column was mapped (one entry per account, by id)
 * @param accepted   rows turned into posts
 * @param rejected   rows not imported; each has at least one entry in {@code errors}
 * @param errors     why rows were rejected, in file order
 * @param truncated  true when the import stopped before the end of the file (row cap or error
 *                   limit); {@code stopReason} says which
 * @param stopReason why the import stopped early, or empty
 * @param notes      things the user should know that are not errors (how the file was read,
 *                   optional columns that were absent, ids made unique…), in a fixed order
 */
public record ImportResult(Dataset dataset, Optional<GroundTruth> truth, int accepted, int rejected,
                           List<RowError> errors, boolean truncated, String stopReason, List<String> notes) {

    public ImportResult {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
        stopReason = stopReason == null ? "" : stopReason;
    }

    /**
     * One line: {@code 35,125 rows accepted, 0 rejected: 35,125 posts by 9,509 accounts} ("1 row", "1 post"… in the singular), plus
     * {@code ; stopped early: …} when truncated.
     */
    public String summary() {
        String s = Text.count(accepted, "row") + " accepted, " + Text.count(rejected) + " rejected: "
                + Text.count(dataset.posts().size(), "post") + " by " + Text.count(dataset.accounts().size(), "account");
        return truncated ? s + "; stopped early: " + stopReason : s;
    }
}
