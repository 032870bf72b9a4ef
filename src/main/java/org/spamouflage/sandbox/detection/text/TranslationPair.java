package org.spamouflage.sandbox.detection.text;

import java.util.List;

/**
 * Two posts in the two languages that carry the same anchors, probably one message and its translation.
 *
 * @param first             index of the post in the first language (English by default)
 * @param second            index of the post in the second language (French by default)
 * @param score             anchor similarity × time factor, in [0, 1]; not a probability
 * @param anchorSimilarity  IDF-weighted Jaccard similarity of the two posts' anchor sets, in [0, 1]
 * @param timeGapSeconds    |t_first − t_second|, or −1 when no times were given
 * @param sharedAnchors     the anchors both posts carry (typed keys, see {@link Anchors#keys()}), sorted
 */
public record TranslationPair(int first, int second, double score, double anchorSimilarity, long timeGapSeconds,
                              List<String> sharedAnchors) {
}
