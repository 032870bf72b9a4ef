package org.spamouflage.sandbox.dataset;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Where a dataset came from.
 *
 * @param synthetic        true when generated: every export repeats it
 * @param source           human-readable origin ("scenario canada-2023", "import of shares.csv")
 * @param scenarioName     scenario name, or empty for imports
 * @param scenarioHash     SHA-256 of the canonical scenario JSON, or empty for imports
 * @param seed             generator seed, or 0 for imports
 * @param start            start of the observed period, epoch seconds UTC
 * @param end              end of the observed period (exclusive), epoch seconds UTC
 * @param audienceTimeZone the time zone where the real audience lives (an IANA name such as
 *                         {@code America/Toronto}), or empty when nobody said: generated data always
 *                         declare it (the zone most of the invented population lives in); an import
 *                         declares it only when the user gives it. Signals that read local time (night
 *                         posting, hour of week) abstain without it rather than guess.
 */
public record DatasetInfo(boolean synthetic, String source, String scenarioName, String scenarioHash,
                          long seed, long start, long end, String audienceTimeZone) {
    public DatasetInfo {
        source = source == null ? "" : source;
        scenarioName = scenarioName == null ? "" : scenarioName;
        scenarioHash = scenarioHash == null ? "" : scenarioHash;
        audienceTimeZone = audienceTimeZone == null ? "" : audienceTimeZone.strip();
        if (!audienceTimeZone.isEmpty()) {
            try {
                ZoneId.of(audienceTimeZone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("audience time zone \"" + audienceTimeZone
                        + "\" is not a time zone (use a name like America/Toronto or Europe/Paris)");
            }
        }
    }

    /** Without a declared audience time zone. */
    public DatasetInfo(boolean synthetic, String source, String scenarioName, String scenarioHash, long seed,
                       long start, long end) {
        this(synthetic, source, scenarioName, scenarioHash, seed, start, end, "");
    }

    /** The same with the audience time zone set (empty = unknown). */
    public DatasetInfo withAudienceTimeZone(String zone) {
        return new DatasetInfo(synthetic, source, scenarioName, scenarioHash, seed, start, end, zone);
    }

    /** True when the audience's time zone is known. */
    public boolean hasAudienceTimeZone() {
        return !audienceTimeZone.isEmpty();
    }
}
