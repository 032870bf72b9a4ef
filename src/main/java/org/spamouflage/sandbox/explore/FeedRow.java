package org.spamouflage.sandbox.explore;

/**
 * One comment in a politician's feed, ready to show as text.
 *
 * @param post      index into the dataset's posts
 * @param time      short local time in the audience's zone ("Aug 28 02:47")
 * @param accountId author's id
 * @param handle    author's handle (data: shown as text)
 * @param lang      language code, or "unknown"
 * @param text      the comment (data: shown as text); for a post without text, what it shared ("shared object 123")
 * @param truth     the author's true class ("campaign", "organic", "background bot")
 */
public record FeedRow(int post, String time, String accountId, String handle, String lang, String text,
                      String truth) {
}
