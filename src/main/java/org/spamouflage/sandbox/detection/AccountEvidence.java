package org.spamouflage.sandbox.detection;

import java.util.List;

/**
 * Why an account scored what it did, in words a person can check.
 *
 * @param accountId the account
 * @param score     the combined score (not a probability)
 * @param cluster   detected cluster id, or -1
 * @param signals   every signal's score and sentence, strongest first
 * @param hourHistogram posts per hour of day (0..23) in the reference time zone
 */
public record AccountEvidence(String accountId, double score, int cluster, List<SignalEvidence> signals,
                              int[] hourHistogram) {

    /** One signal's part of the evidence. */
    public record SignalEvidence(String signalId, String title, double score, boolean fired, boolean enabled,
                                 double weight, String explanation) {
    }
}
