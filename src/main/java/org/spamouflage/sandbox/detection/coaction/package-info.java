/**
 * Co-action layers: accounts that act on the same object (comment on the same post, share the same
 * object or link, use the same hashtag) within a time window of each other.
 *
 * <p>Pipeline: an {@link org.spamouflage.sandbox.detection.coaction.ActionTable} (built from a
 * {@code Dataset} by {@link org.spamouflage.sandbox.detection.coaction.DatasetActions} or from a
 * CooRTweet CSV by {@link org.spamouflage.sandbox.formats.CoortweetCsvReader}) →
 * {@link org.spamouflage.sandbox.detection.coaction.CoActionCounter} (true sliding window, inclusive) →
 * {@link org.spamouflage.sandbox.detection.coaction.CoActionNetwork} (edges with weight, objects,
 * Jaccard normalisation) → {@link org.spamouflage.sandbox.detection.coaction.EdgeSignificance}
 * (p-values against an account-label permutation null, Benjamini–Hochberg q-values). 
 * {@link org.spamouflage.sandbox.detection.coaction.CooRTweetMode} reproduces CooRTweet's network
 * exactly.
 *
 * <p>Plain Java: no Vaadin, Spring or JDBC, and no access to ground truth.
 */
package org.spamouflage.sandbox.detection.coaction;
