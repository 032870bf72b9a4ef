package org.spamouflage.sandbox.detection.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEntitiesTest {

    @Test
    void findsLinksHashtagsAndMentionsInOrderOnce() {
        TextEntities e = TextEntities.of("Great #News today @Bob_1, see https://t.co/xyz. #news again @bob_1 (via www.ex.org/a)");
        assertThat(e.links()).containsExactly("https://t.co/xyz", "www.ex.org/a");
        assertThat(e.hashtags()).containsExactly("news");
        assertThat(e.mentions()).containsExactly("bob_1");
    }

    @Test
    void readsHashtagsTheWayPlatformsDo() {
        assertThat(TextEntities.of("#1 in a row, x#y, &#39; but #Québec and ＃日本 and #tag_2").hashtags())
                .containsExactly("québec", "日本", "tag_2");
    }

    @Test
    void emailAddressesAreNotMentionsAndHandlesStopAtFifteenCharacters() {
        TextEntities e = TextEntities.of("write to a@b.com or @abcdefghijklmnop or @ok");
        assertThat(e.mentions()).containsExactly("ok");
    }

    @Test
    void nothingInsideALinkCounts() {
        TextEntities e = TextEntities.of("https://example.com/page#section?x=@someone");
        assertThat(e.hashtags()).isEmpty();
        assertThat(e.mentions()).isEmpty();
        assertThat(e.links()).containsExactly("https://example.com/page#section?x=@someone");
    }

    @Test
    void dropsTrailingPunctuationAndCutOffLinks() {
        assertThat(TextEntities.of("(see https://example.com/a), and https://t.co/ab…").links())
                .containsExactly("https://example.com/a");
        assertThat(TextEntities.of("truncated https://t.…").links()).isEmpty();
    }

    @Test
    void emptyTextHasNoEntities() {
        assertThat(TextEntities.of("").links()).isEmpty();
        assertThat(TextEntities.of(null).hashtags()).isEmpty();
    }
}
