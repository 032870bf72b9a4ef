package org.spamouflage.sandbox.detection.coaction;

import java.util.List;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.entities.PostEntities;

/**
 * Builds the {@link ActionTable} of one {@link CoActionLayer} from a {@link Dataset}. Each post acts on
 * each of its objects at most once (a post with the same link twice is one share of it).
 *
 * <p>Objects are namespaced so that layers never mix inside one table: {@code reply:ID} (co-comment),
 * {@code share:ID} for a shared object or a re-shared post, {@code rt:…} for a re-share recognised from
 * the text, {@code link:KEY} for a canonical link (co-share), {@code #tag} (co-hashtag, lower case).
 * Hashtags, links and re-shares are read by {@link PostEntities}: from the data's lists when it has them,
 * otherwise from the texts, with links canonicalised and short links kept apart.
 *
 * <p>{@link ActionTable#source(int)} is the index of the post in {@link Dataset#posts()}, or, for a
 * {@code SHARE} engagement, {@code -(index in Dataset#engagements() + 1)}; see {@link #isEngagement}.
 */
public final class DatasetActions {

    private DatasetActions() {
    }

    /** The actions of {@code layer} in {@code dataset}, entities read by {@link PostEntities#of}. */
    public static ActionTable of(Dataset dataset, CoActionLayer layer) {
        return of(dataset, PostEntities.of(dataset), layer);
    }

    /** The actions of {@code layer} in {@code dataset}. O(posts + engagements). */
    public static ActionTable of(Dataset dataset, PostEntities entities, CoActionLayer layer) {
        ActionTable.Builder b = ActionTable.builder();
        List<Post> posts = dataset.posts();
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            switch (layer) {
                case CO_COMMENT -> {
                    if (p.replyTo() != null) {
                        b.add("reply:" + p.replyTo(), p.accountId(), p.time(), i);
                    }
                }
                case CO_SHARE -> {
                    for (String object : entities.shareObjects(p)) {
                        b.add(object, p.accountId(), p.time(), i);
                    }
                }
                case CO_HASHTAG -> {
                    for (String tag : entities.hashtags(p)) {
                        b.add("#" + tag, p.accountId(), p.time(), i);
                    }
                }
            }
        }
        if (layer == CoActionLayer.CO_SHARE) {
            List<Engagement> engagements = dataset.engagements();
            for (int j = 0; j < engagements.size(); j++) {
                Engagement g = engagements.get(j);
                if (g.type() == Engagement.Type.SHARE) {
                    b.add("share:" + g.postId(), g.accountId(), g.time(), -(j + 1));
                }
            }
        }
        return b.build();
    }

    /** True when a source index points into {@link Dataset#engagements()} rather than the posts. */
    public static boolean isEngagement(int source) {
        return source < 0;
    }

    /** The index in {@link Dataset#engagements()} of an engagement source. */
    public static int engagementIndex(int source) {
        return -source - 1;
    }
}
