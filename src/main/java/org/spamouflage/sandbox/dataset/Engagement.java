package org.spamouflage.sandbox.dataset;

/**
 * An account engaging with a post without writing one (a like, or a re-share without text).
 *
 * @param accountId who engaged
 * @param postId    the post engaged with
 * @param type      the kind of engagement
 * @param time      epoch seconds UTC
 */
public record Engagement(String accountId, String postId, Type type, long time) {

    public enum Type { LIKE, SHARE }

    public Engagement {
        Checks.id(accountId, "account id");
        Checks.id(postId, "post id");
        if (type == null) {
            throw new IllegalArgumentException("engagement type is required");
        }
    }
}
