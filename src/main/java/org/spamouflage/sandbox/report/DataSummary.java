package org.spamouflage.sandbox.report;

import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;

/**
 * Where the data came from and how much of it there was, as the methods note and
 * {@code detection.json} state it.
 *
 * @param synthetic    true for generated data (every export says so)
 * @param source       human-readable origin ("scenario canada-2023", "import of shares.csv (preset generic)")
 * @param scenarioName scenario name, empty for imports
 * @param scenarioHash SHA-256 of the canonical scenario JSON, empty for imports
 * @param seed         generator seed, 0 for imports
 * @param start        start of the observed period, epoch seconds UTC
 * @param end          end of the observed period (exclusive), epoch seconds UTC
 * @param accounts     accounts in the dataset
 * @param posts        posts and comments
 * @param engagements  likes and bare re-shares
 * @param targets      public figures whose posts are commented on (not scored)
 */
public record DataSummary(boolean synthetic, String source, String scenarioName, String scenarioHash, long seed,
                          long start, long end, long accounts, long posts, long engagements, long targets) {

    public DataSummary {
        source = source == null ? "" : source;
        scenarioName = scenarioName == null ? "" : scenarioName;
        scenarioHash = scenarioHash == null ? "" : scenarioHash;
    }

    /** The summary of a dataset. */
    public static DataSummary of(Dataset dataset) {
        DatasetInfo i = dataset.info();
        return new DataSummary(i.synthetic(), i.source(), i.scenarioName(), i.scenarioHash(), i.seed(), i.start(),
                i.end(), dataset.accounts().size(), dataset.posts().size(), dataset.engagements().size(),
                dataset.targets().size());
    }
}
