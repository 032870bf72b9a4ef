package org.spamouflage.sandbox.dataset;

/**
 * What {@code manifest.json} says about a dataset folder: where the data came from and how many
 * records each file holds. Reading it is cheap, so a tool can list datasets without loading them.
 *
 * @param formatVersion the folder format version ({@link DatasetFolder#FORMAT_VERSION})
 * @param info          origin, scenario, seed and period
 * @param accounts      records in {@code accounts.jsonl}
 * @param posts         records in {@code posts.jsonl}
 * @param engagements   records in {@code engagements.jsonl}
 * @param targets       records in {@code targets.jsonl}
 * @param hasTruth      true when the folder holds {@code truth.csv} and {@code post_truth.csv}
 */
public record Manifest(int formatVersion, DatasetInfo info, long accounts, long posts, long engagements,
                       long targets, boolean hasTruth) {
}
