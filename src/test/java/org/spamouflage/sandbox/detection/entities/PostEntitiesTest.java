package org.spamouflage.sandbox.detection.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Post;

class PostEntitiesTest {

    private static Post post(String id, String text, String shared, List<String> links, List<String> tags) {
        return new Post(id, "a", 0, "en", text, null, shared, links, tags, List.of(), "", "");
    }

    private static Dataset data(Post... posts) {
        return new Dataset(new DatasetInfo(false, "t", "", "", 0, 0, 1), List.of(new Account("a", "a", "", Account.UNKNOWN,
                -1, -1, "", "", false)), List.of(posts), List.of(), List.of());
    }

    @Test
    void readsTheTextWhenTheDataHaveNoLists() {
        Post p = post("1", "Vote #Now https://example.com/x?utm_medium=s", null, List.of(), List.of());
        PostEntities e = PostEntities.of(data(p));
        assertThat(e.hashtagsFromText()).isTrue();
        assertThat(e.hashtags(p)).containsExactly("now");
        assertThat(e.shareObjects(p)).containsExactly("link:example.com/x");
    }

    @Test
    void trustsTheListsWhenTheDataHaveThem() {
        Post listed = post("1", "text #fromtext https://t.co/a", null, List.of("https://example.com/b"), List.of("#Listed"));
        Post bare = post("2", "#alsoIgnored https://t.co/b", null, List.of(), List.of());
        PostEntities e = PostEntities.of(data(listed, bare));
        assertThat(e.hashtags(listed)).containsExactly("listed");
        assertThat(e.hashtags(bare)).isEmpty();
        assertThat(e.shareObjects(listed)).containsExactly("link:example.com/b");
        assertThat(e.shareObjects(bare)).isEmpty();
    }

    @Test
    void aRecognisedReshareActsOnTheOriginalOnly() {
        Post rt = post("1", "RT @Src: big news https://t.co/abc", null, List.of(), List.of());
        assertThat(PostEntities.of(data(rt)).shareObjects(rt)).containsExactly("rt:src:big news");
    }

    @Test
    void aSharedObjectColumnWinsOverTheText() {
        Post p = post("1", "RT @Src: big news", "orig-9", List.of(), List.of());
        PostEntities e = PostEntities.of(data(p));
        assertThat(e.shareObjects(p)).containsExactly("share:orig-9");
        assertThat(e.retweet(p)).isNull();
    }

    @Test
    void summaryCountsWhatWasRead() {
        Post a = post("1", "RT @Src: big news", null, List.of(), List.of());
        Post b = post("2", "#x https://t.co/q and https://example.com", null, List.of(), List.of());
        Dataset d = data(a, b);
        PostEntities.Summary s = PostEntities.of(d).summarise(d);
        assertThat(s.recognisedReshares()).isEqualTo(1);
        assertThat(s.withHashtags()).isEqualTo(1);
        assertThat(s.withLinks()).isEqualTo(1);
        assertThat(s.shortLinks()).isEqualTo(1);
    }
}
