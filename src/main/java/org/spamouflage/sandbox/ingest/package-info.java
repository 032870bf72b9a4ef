/**
 * Reading real data: CSV, TSV and JSON Lines files (UTF-8 with or without a byte-order mark,
 * quoted fields with embedded newlines, optionally gzip-compressed) turned into the same
 * {@link org.spamouflage.sandbox.dataset.Dataset} the generator makes, with optional
 * {@link org.spamouflage.sandbox.dataset.GroundTruth} from a label column.
 *
 * <p>Entry point: {@link org.spamouflage.sandbox.ingest.Importer}. Column layouts come from a
 * {@link org.spamouflage.sandbox.ingest.Preset} (CooRTweet, QUT coordination-network-toolkit,
 * X/Twitter information-operations archive) or from a user mapping of
 * {@link org.spamouflage.sandbox.ingest.Field}s to columns.
 *
 * <p>Rows that cannot be read are never dropped silently: each becomes a
 * {@link org.spamouflage.sandbox.ingest.RowError} naming the row, the column and the reason.
 * Problems with the file as a whole (empty, binary, missing columns…) raise an
 * {@link org.spamouflage.sandbox.ingest.ImportException}. Memory stays bounded: the file is
 * streamed, and {@link org.spamouflage.sandbox.ingest.ImportLimits} caps rows, field length,
 * record length and column count. Plain Java: no Vaadin, Spring or JDBC.
 */
package org.spamouflage.sandbox.ingest;
