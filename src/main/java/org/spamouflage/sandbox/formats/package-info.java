/**
 * The CooRTweet share CSV and the co-share edge CSV: reading shares in CooRTweet's columns
 ({@link org.spamouflage.sandbox.formats.CoortweetCsvReader}, the one entry point, plain or gzip;
 * hand-written because the whole-process co-share benchmarks include parsing, see its Javadoc and
 * BENCHMARKS.md), writing the edge list and its summary the way CooRTweet and the QUT toolkit write
 * them, and the file-to-file {@code detect --coortweet} pipeline. Other formats have one place each:
 * the dataset folder (manifest, JSON Lines, CSV) is {@code dataset.DatasetFolder}, imports of other
 * tools' files are {@code ingest}, detection exports are {@code report}.
 *
 * <p>Plain Java: no Vaadin, Spring or JDBC (ArchitectureTest).
 */
package org.spamouflage.sandbox.formats;
