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
 * @param coActions     the co-actions behind the coordination signals: for the strongest partners in
 *                      each layer, which object both acted on and when
 * @param messages      the copied messages among the account's posts (posted by at least
 *                      {@code minFamilyAccounts} accounts)
 */
public record AccountEvidence(String accountId, double score, int cluster, List<SignalEvidence> signals,
                              int[] hourHistogram, List<CoAction> coActions, List<CopiedMessage> messages) {

    /**
     * One co-action with a partner.
     *
     * @param layer         co-comment, co-share, co-hashtag or duplicate-text
     * @param partnerId     the other account
     * @param object        what both acted on (a post id, a link, a hashtag, or a message family)
     * @param postId        this account's post (empty for a like or bare share)
     * @param time          when this account acted, epoch seconds
     * @param partnerPostId the partner's post (empty for a like or bare share)
     * @param partnerTime   when the partner acted, epoch seconds
     */
    public record CoAction(String layer, String partnerId, String object, String postId, long time,
                           String partnerPostId, long partnerTime) {
    }

    /**
     * A copied message the account posted.
     *
     * @param message  the family key
     * @param accounts distinct accounts that posted it
     * @param postIds  this account's posts in the family
     * @param example  one member's text (not necessarily this account's)
     * @param languages the languages it appears in, e.g. "en, fr"
     */
    public record CopiedMessage(String message, int accounts, List<String> postIds, String example, String languages) {
    }

    /** One signal's part of the evidence. */
    public record SignalEvidence(String signalId, String title, double score, boolean fired, boolean enabled,
                                 double weight, String explanation) {
    }
}
