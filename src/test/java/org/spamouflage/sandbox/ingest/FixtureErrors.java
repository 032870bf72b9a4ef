package org.spamouflage.sandbox.ingest;

import java.util.List;

/** Row errors of the import fixtures, word for word, for the importer's tests and the Import page's. */
public final class FixtureErrors {
    /** What {@code coortweet/bad-timestamps.csv} gets, word for word (the Import page shows the same lines). */
    public static final List<String> BAD_TIMESTAMPS = List.of(
            "row 3, column \"timestamp_share\": bad timestamp \"abc\" (expected epoch seconds, e.g. 1623881091)",
            "row 4, column \"timestamp_share\": missing required value (post time)",
            "row 5, column \"timestamp_share\": bad timestamp \"1.62388E+09\" (expected epoch seconds, e.g. "
                    + "1623881091; scientific notation has lost digits: was the file saved by a spreadsheet?)",
            "row 6, column \"timestamp_share\": timestamp \"1623881091000\" is outside 1970–2099 (expected "
                    + "epoch seconds, e.g. 1623881091; this looks like milliseconds: use time format epoch-ms)",
            "row 7, column \"timestamp_share\": bad timestamp \"2021-06-16 22:04:51\" (expected epoch seconds, "
                    + "e.g. 1623881091)",
            "row 9, column \"object_id\": missing required value (shared object id)");

    private FixtureErrors() {
    }
}
