package org.spamouflage.sandbox.detection.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetweetsTest {

    @Test
    void recognisesTheNativeRetweetPrefix() {
        Retweets.Retweet rt = Retweets.recognise("RT @Alice_W: Hello world, this is it https://t.co/x");
        assertThat(rt).isNotNull();
        assertThat(rt.handle()).isEqualTo("alice_w");
        assertThat(rt.original()).isEqualTo("Hello world, this is it https://t.co/x");
        assertThat(rt.comment()).isEmpty();
    }

    @Test
    void everyVariantOfOneRetweetIsOneObject() {
        String a = Retweets.objectKey(Retweets.recognise("RT @alice: Hello   world!"));
        String b = Retweets.objectKey(Retweets.recognise("rt @Alice hello world"));
        String c = Retweets.objectKey(Retweets.recognise("RT: @ALICE: Hello world https://t.co/other"));
        String d = Retweets.objectKey(Retweets.recognise("MT @alice: Hello world"));
        assertThat(a).isEqualTo("rt:alice:hello world").isEqualTo(b).isEqualTo(c).isEqualTo(d);
    }

    @Test
    void anOldStyleQuoteKeepsTheCommentApart() {
        Retweets.Retweet rt = Retweets.recognise("Nah, need cops to stop killing people. RT @alisaamiller: @theferocity need"
                + " a heart-break button on Twitter.");
        assertThat(rt.handle()).isEqualTo("alisaamiller");
        assertThat(rt.comment()).isEqualTo("Nah, need cops to stop killing people.");
        assertThat(Retweets.objectKey(rt)).isEqualTo("rt:alisaamiller:need a heart break button on twitter");
    }

    @Test
    void recognisesTheQuoteMarksRetweet() {
        assertThat(Retweets.recognise("\"@bob: the original words\"").handle()).isEqualTo("bob");
        assertThat(Retweets.recognise("“@bob: the original words”").original()).isEqualTo("the original words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ART @gallery opens today", "Support our troops @army", "RT @alice https://t.co/x",
        "RT @alice @bob", "via @nytimes: big story", "Short", "PART @x: y"})
    void leavesOtherTextsAlone(String text) {
        assertThat(Retweets.recognise(text)).isNull();
    }
}
