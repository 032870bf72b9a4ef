package org.spamouflage.sandbox.explore;

import java.util.List;

/**
 * A detected cluster for a reader: who is in it and the texts its members repeat, English and
 * French side by side.
 *
 * @param cluster  cluster id
 * @param members  number of accounts
 * @param handles  up to eight members' handles, highest score first
 * @param english  the most repeated English texts with how often each was posted
 * @param french   the same for French
 * @param other    the same for every other language, unknown included (imported data often has no
 *                 language column)
 * @param summary  one line from the engine's cluster summary: posts by language, edges by layer, mean score
 * @param pairs    English and French posts of the cluster that carry the same message (the engine's
 *                 bilingual pairing), strongest first, distinct texts only
 * @param facts    who the members are, from the data alone, next to all scored accounts ({@link AccountFacts}):
 *                 what tells an advocacy cluster from a campaign cell
 */
public record ClusterCard(int cluster, int members, List<String> handles, List<RepeatedText> english,
                          List<RepeatedText> french, List<RepeatedText> other, String summary, List<Pair> pairs,
                          String facts) {

    /** An English post and a French post paired as one message. */
    public record Pair(String english, String french, double score) {
    }

    /** A text and how many times the cluster posted it (after ignoring case and spacing). */
    public record RepeatedText(String text, int count) {
    }
}
