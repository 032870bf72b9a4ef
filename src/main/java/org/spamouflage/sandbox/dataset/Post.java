package org.spamouflage.sandbox.dataset;

import java.util.List;

/**
 * A post or comment.
 *
 * @param id           unique post id
 * @param accountId    author
 * @param time         epoch seconds UTC
 * @param lang         ISO 639-1 code ({@code en}, {@code fr}, {@code zh}, …) or empty when unknown
 * @param text         the text as written; may be empty (e.g. a bare re-share)
 * @param replyTo      id of the post this comments on (usually a politician's post), or null
 * @param sharedObject id of a re-shared object (a retweet's original, a shared video…), or null
 * @param links        URLs in the post, in order
 * @param hashtags     hashtags without '#', in order
 * @param mentions     mentioned handles without '@', in order
 * @param platform     {@code x}, {@code facebook}, {@code youtube}, … or empty
 * @param source       client application (e.g. "Web App"), or empty when unknown
 */
public record Post(String id, String accountId, long time, String lang, String text, String replyTo,
                   String sharedObject, List<String> links, List<String> hashtags, List<String> mentions,
                   String platform, String source) {

    public Post {
        Checks.id(id, "post id");
        Checks.id(accountId, "account id");
        lang = lang == null ? "" : lang;
        text = text == null ? "" : text;
        links = links == null ? List.of() : List.copyOf(links);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        platform = platform == null ? "" : platform;
        source = source == null ? "" : source;
    }

    public boolean isReply() {
        return replyTo != null;
    }
}
