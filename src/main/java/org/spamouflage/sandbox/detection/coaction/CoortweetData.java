package org.spamouflage.sandbox.detection.coaction;

/**
 * Shares read from a file in CooRTweet's columns.
 *
 * @param table               the pairable shares; {@link ActionTable#source(int)} is the 1-based data
 *                            record number in the file (header excluded)
 * @param selfReferencingRows per account index, rows whose {@code object_id} equals their own
 *                            {@code content_id} (an original post listed as a share of itself); CooRTweet
 *                            never pairs them but counts them as activity, see {@link CooRTweetMode}
 * @param rows                data records read, including self-referencing ones
 */
public record CoortweetData(ActionTable table, int[] selfReferencingRows, long rows) {
}
