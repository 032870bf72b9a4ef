package org.spamouflage.sandbox.dataset;

/**
 * Where a dataset came from.
 *
 * @param synthetic    true when generated: every export repeats it
 * @param source       human-readable origin ("scenario canada-2023", "import of shares.csv")
 * @param scenarioName scenario name, or empty for imports
 * @param scenarioHash SHA-256 of the canonical scenario JSON, or empty for imports
 * @param seed         generator seed, or 0 for imports
 * @param start        start of the observed period, epoch seconds UTC
 * @param end          end of the observed period (exclusive), epoch seconds UTC
 */
public record DatasetInfo(boolean synthetic, String source, String scenarioName, String scenarioHash,
                          long seed, long start, long end) {
    public DatasetInfo {
        source = source == null ? "" : source;
        scenarioName = scenarioName == null ? "" : scenarioName;
        scenarioHash = scenarioHash == null ? "" : scenarioHash;
    }
}
