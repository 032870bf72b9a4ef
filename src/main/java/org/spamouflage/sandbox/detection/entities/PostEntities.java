package org.spamouflage.sandbox.detection.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Post;

/**
 * What each post of one dataset points at, by one rule for generated and imported data alike.
 *
 * <p><b>Column or text.</b> Hashtags, links and mentions come from the dataset's own lists when the
 * dataset has them (some post has a non-empty list: a hashtags column, the generator's lists), otherwise
 * from the text ({@link TextEntities}). The choice is made once per dataset and per kind, never per post:
 * a platform export that lists a post's hashtags lists them for every post, so an empty list then means
 * "none", and reading the text as well would count links twice (an archive's {@code urls} column holds the
 * expanded link, the text the t.co one).
 *
 * <p><b>Re-shares.</b> A post's shared object is its {@code sharedObject} when the data give one;
 * otherwise a re-share recognised from the text ({@link Retweets}) shares the object
 * {@code rt:author:normalised original}. The links and hashtags inside a recognised re-share belong to
 * the original: the re-share acts on the original only, so one re-share is one co-share action, not one
 * per link it carries.
 *
 * <p>Keys: {@code share:ID} for a shared object, {@code rt:…} for a recognised re-share,
 * {@code link:KEY} for a link ({@link Links#canonical}; short links stay apart), {@code #tag} for a
 * hashtag in lower case. Cost: O(posts) to decide the sources; O(length) per post.
 */
public final class PostEntities {
    private final boolean hashtagsFromText;
    private final boolean linksFromText;
    private final boolean mentionsFromText;

    private PostEntities(boolean hashtagsFromText, boolean linksFromText, boolean mentionsFromText) {
        this.hashtagsFromText = hashtagsFromText;
        this.linksFromText = linksFromText;
        this.mentionsFromText = mentionsFromText;
    }

    /** Decides, for this dataset, where hashtags, links and mentions are read from. */
    public static PostEntities of(Dataset dataset) {
        boolean tags = false;
        boolean links = false;
        boolean mentions = false;
        for (Post p : dataset.posts()) {
            tags |= !p.hashtags().isEmpty();
            links |= !p.links().isEmpty();
            mentions |= !p.mentions().isEmpty();
            if (tags && links && mentions) {
                break;
            }
        }
        return new PostEntities(!tags, !links, !mentions);
    }

    /** True when hashtags are read from the texts (the data have no hashtag lists). */
    public boolean hashtagsFromText() {
        return hashtagsFromText;
    }

    /** True when links are read from the texts. */
    public boolean linksFromText() {
        return linksFromText;
    }

    /** True when mentions are read from the texts. */
    public boolean mentionsFromText() {
        return mentionsFromText;
    }

    /** The re-share recognised from the post's text, or null (always null when the post names its shared object). */
    public Retweets.Retweet retweet(Post p) {
        return p.sharedObject() != null ? null : Retweets.recognise(p.text());
    }

    /** The objects a post shares, each once: its shared object or recognised re-share, then its links. */
    public List<String> shareObjects(Post p) {
        String shared = null;
        if (p.sharedObject() != null && !p.sharedObject().isBlank()) {
            shared = "share:" + p.sharedObject().strip();
        } else {
            Retweets.Retweet rt = Retweets.recognise(p.text());
            if (rt != null) {
                return List.of(Retweets.objectKey(rt));
            }
        }
        List<String> links = links(p);
        if (links.isEmpty()) {
            return shared == null ? List.of() : List.of(shared);
        }
        Set<String> out = new LinkedHashSet<>(4);
        if (shared != null) {
            out.add(shared);
        }
        for (String link : links) {
            String key = Links.canonical(link);
            if (key == null) {
                // not an http(s) link (an id, a bare domain): compared as written, as before
                String l = link.strip();
                if (!l.isEmpty()) {
                    out.add("link:" + l);
                }
            } else {
                out.add("link:" + key);
            }
        }
        return List.copyOf(out);
    }

    /** The post's links as written: from the links list, or from the text when the data have no lists. */
    public List<String> links(Post p) {
        return linksFromText ? TextEntities.of(p.text()).links() : p.links();
    }

    /** The post's hashtags in lower case without {@code #}, each once. */
    public List<String> hashtags(Post p) {
        if (hashtagsFromText) {
            return TextEntities.of(p.text()).hashtags();
        }
        List<String> tags = p.hashtags();
        if (tags.size() == 1) {
            String t = clean(tags.get(0));
            return t.isEmpty() ? List.of() : List.of(t);
        }
        Set<String> out = new LinkedHashSet<>(tags.size() * 2);
        for (String tag : tags) {
            String t = clean(tag);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** A listed hashtag as compared: stripped, lower case, without {@code #}. */
    private static String clean(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("#") ? t.substring(1) : t;
    }

    /** The post's mentioned handles without {@code @} (lower case when read from the text). */
    public List<String> mentions(Post p) {
        return mentionsFromText ? TextEntities.of(p.text()).mentions() : p.mentions();
    }

    /** Counts for the methods note: how much was read from texts. */
    public record Summary(boolean hashtagsFromText, boolean linksFromText, boolean mentionsFromText, long posts,
                          long withHashtags, long withLinks, long shortLinks, long recognisedReshares) {
    }

    /**
     * One pass over the posts counting what {@link #shareObjects} and {@link #hashtags} find; in parallel over
     * posts (counts add up the same in any order).
     */
    public Summary summarise(Dataset dataset) {
        List<Post> posts = dataset.posts();
        long[] c = java.util.stream.IntStream.range(0, posts.size()).parallel()
                .mapToObj(i -> count(posts.get(i)))
                .reduce(new long[4], PostEntities::add);
        return new Summary(hashtagsFromText, linksFromText, mentionsFromText, posts.size(), c[0], c[1], c[2], c[3]);
    }

    /** One post's counts: {with hashtags, with links, short links, recognised re-shares}. */
    private long[] count(Post p) {
        long[] c = new long[4];
        if (!hashtags(p).isEmpty()) {
            c[0] = 1;
        }
        for (String o : shareObjects(p)) {
            if (o.startsWith("rt:")) {
                c[3]++;
            } else if (o.startsWith("link:")) {
                c[1] = 1;
                if (o.startsWith("link:short:")) {
                    c[2]++;
                }
            }
        }
        return c;
    }

    private static long[] add(long[] x, long[] y) {
        return new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2], x[3] + y[3]};
    }
}
