package org.spamouflage.sandbox.store;

import java.time.Instant;

/**
 * A stored import, without its data (the upload bytes are read separately, only when opened).
 *
 * @param id            database id (0 before saving)
 * @param name          the name the user gave it (shown as text)
 * @param fileName      the uploaded file's name
 * @param preset        the preset key it was imported with
 * @param settingsJson  the import settings ({@code ImportSettingsJson})
 * @param accepted      rows imported
 * @param rejected      rows rejected (each with its row error)
 * @param accounts      accounts in the dataset
 * @param posts         posts in the dataset
 * @param labelled      true when a label column was mapped (the dataset has ground truth)
 * @param truncated     true when the import stopped early (row cap or error limit)
 * @param uploadBytes   size of the upload
 * @param storedBytes   size of what is stored (gzip-compressed)
 * @param gzipAdded     true when the upload was compressed for storing (false: it was gzip already)
 * @param engineVersion engine version that made the import
 * @param createdAt     when it was imported (wall clock: bookkeeping only, never part of results)
 */
public record ImportedDataset(long id, String name, String fileName, String preset, String settingsJson,
                              int accepted, int rejected, int accounts, int posts, boolean labelled, boolean truncated,
                              long uploadBytes, long storedBytes, boolean gzipAdded, String engineVersion,
                              Instant createdAt) {
}
