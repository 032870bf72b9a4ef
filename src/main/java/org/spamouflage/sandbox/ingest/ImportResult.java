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
 * @param rows       data rows in the file (blank lines are not rows): always
 *                   {@code accepted + rejected + unchecked}
 * @param accepted   rows turned into posts
 * @param rejected   rows not imported; each has at least one entry in {@code errors}
 * @param unchecked  rows from the point where the import stopped to the end of the file (the row it
 *                   stopped at included): counted, not imported; 0 unless {@code truncated}
 * @param errors     why rows were rejected, in file order
 * @param truncated  true when the import stopped before the end of the file (row cap or error
 *                   limit); {@code stopReason} says which
 * @param stopReason why the import stopped early, or empty
 * @param notes      things the user should know that are not errors (how the file was read,
 *                   optional columns that were absent, ids made unique…), in a fixed order
 */
public record ImportResult(Dataset dataset, Optional<GroundTruth> truth, long rows, int accepted, int rejected,
                           long unchecked, List<RowError> errors, boolean truncated, String stopReason,
                           List<String> notes) {

    public ImportResult {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
        stopReason = stopReason == null ? "" : stopReason;
        if (rows != accepted + rejected + unchecked) {
            throw new IllegalArgumentException("rows (" + rows + ") must be accepted (" + accepted + ") + rejected ("
                    + rejected + ") + unchecked (" + unchecked + ")");
        }
    }

    /**
     * One line: {@code 35,125 rows in the file: 35,124 accepted, 1 rejected: 35,124 posts by 9,509 accounts}
     * ("1 row", "1 post"… in the singular); when the import stopped early,
     * {@code 6,000 rows in the file: 9 accepted, 3 rejected, 5,988 unchecked: …; stopped early: …}.
     */
    public String summary() {
        String s = Text.count(rows, "row") + " in the file: " + Text.count(accepted) + " accepted, " + Text.count(rejected)
                + " rejected" + (truncated ? ", " + Text.count(unchecked) + " unchecked" : "") + ": "
                + Text.count(dataset.posts().size(), "post") + " by " + Text.count(dataset.accounts().size(), "account");
        return truncated ? s + "; stopped early: " + stopReason : s;
    }
}
