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
 * @param ownerHash     SHA-256 (hex) of the owner token of the browser that made it, or null (made
 *                      before imports had owners: only instructors see it)
 * @param detectorSettingsJson the detector settings chosen for it (DetectorSettings JSON), or null for
 *                      the engine's defaults
 */
public record ImportedDataset(long id, String name, String fileName, String preset, String settingsJson,
                              int accepted, int rejected, int accounts, int posts, boolean labelled, boolean truncated,
                              long uploadBytes, long storedBytes, boolean gzipAdded, String engineVersion,
                              Instant createdAt, String ownerHash, String detectorSettingsJson) {

    /** The same import with other detector settings. */
    public ImportedDataset withDetectorSettingsJson(String json) {
        return new ImportedDataset(id, name, fileName, preset, settingsJson, accepted, rejected, accounts, posts, labelled,
                truncated, uploadBytes, storedBytes, gzipAdded, engineVersion, createdAt, ownerHash, json);
    }
}
