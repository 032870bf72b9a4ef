package org.spamouflage.sandbox.explore;

import java.util.List;
import org.spamouflage.sandbox.detection.AccountEvidence;
import org.spamouflage.sandbox.chart.ChartSpec;

/**
 * Why an account scored what it did, for a reader: the profile, the engine's evidence sentences,
 * each signal's score, when the account posts, and a few of its comments. Every string that comes
 * from data is meant to be shown as text.
 *
 * @param accountId   the account
 * @param handle      its handle
 * @param displayName its shown name (may be empty)
 * @param bio         its profile text (may be empty)
 * @param profile     one line: created, followers, following
 * @param scored      false for accounts detection does not score (politicians, silent accounts)
 * @param score       combined score (NaN when not scored)
 * @param rank        1-based rank by combined score among scored accounts (0 when not scored)
 * @param scoredCount how many accounts were scored
 * @param cluster     detected cluster, or -1
 * @param truth       the true class in words ("campaign · cell 1 · new account")
 * @param signals     every signal's evidence, strongest first (empty when not scored)
 * @param hours       posts per hour of day in the audience's zone
 * @param comments    up to five of the account's posts, newest first: "time · lang · text"
 * @param coActions   the co-actions behind the coordination signals, one sentence each
 * @param copied      the copied messages the account posted, one sentence each
 * @param facts       age, history, daytime posting, languages and linked sites in one line, from the
 *                    data alone ({@link AccountFacts}); empty for accounts detection does not score
 */
public record AccountCard(String accountId, String handle, String displayName, String bio, String profile,
                          boolean scored, double score, int rank, int scoredCount, int cluster, String truth,
                          List<AccountEvidence.SignalEvidence> signals, ChartSpec hours, List<String> comments,
                          List<String> coActions, List<String> copied, String facts) {
}
