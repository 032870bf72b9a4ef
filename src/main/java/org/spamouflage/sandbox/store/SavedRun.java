package org.spamouflage.sandbox.store;

import java.time.Instant;

/**
 * A kept run: enough to regenerate the dataset and re-run detection exactly.
 *
 * @param id            database id (0 before saving)
 * @param scenarioName  scenario name shown in lists
 * @param scenarioJson  the canonical scenario JSON
 * @param seed          generator seed
 * @param settingsJson  detector settings JSON
 * @param engineVersion version of the engine that produced the summary
 * @param summaryJson   summary metrics (JSON object)
 * @param createdAt     when the run was saved (wall clock: bookkeeping only, never part of results)
 * @param playgroundQuery the Playground state it was saved from (lesson-link query), or null
 */
public record SavedRun(long id, String scenarioName, String scenarioJson, long seed, String settingsJson,
                       String engineVersion, String summaryJson, Instant createdAt, String playgroundQuery) {
}
