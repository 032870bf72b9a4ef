package org.spamouflage.sandbox.detection.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinksTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "HTTPS://WWW.Example.COM:443/a/b/?utm_source=x&id=3#frag | example.com/a/b?id=3",
        "http://example.com/ | example.com",
        "http://example.com:80/Path/Case | example.com/Path/Case",
        "https://example.com:8443/x | example.com:8443/x",
        "https://news.example/story?fbclid=IwAR0&gclid=1&page=2 | news.example/story?page=2",
        "www.example.org/a | example.org/a",
        "https://user:pw@example.org/a | example.org/a",
        "https://twitter.com/someone/status/1234567?s=20 | x.com/status/1234567",
        "https://mobile.twitter.com/i/web/status/1234567 | x.com/status/1234567",
        "https://x.com/someone?ref_src=twsrc | x.com/someone",
        "https://youtu.be/dQw4w9WgXcQ | youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share | youtube.com/watch?v=dQw4w9WgXcQ",
        "https://t.co/AbC123 | short:t.co/AbC123",
        "http://bit.ly/2xYz/ | short:bit.ly/2xYz",
    })
    void canonicalisesAsDocumented(String link, String key) {
        assertThat(Links.canonical(link)).isEqualTo(key);
    }

    @Nested
    class ShortLinks {
        @Test
        void keepTheirCaseSoOnlyIdenticalOnesMatch() {
            assertThat(Links.canonical("https://t.co/AbC123")).isNotEqualTo(Links.canonical("https://t.co/abc123"));
            assertThat(Links.canonical("http://t.co/AbC123")).isEqualTo(Links.canonical("https://T.CO/AbC123"));
        }

        @Test
        void neverEqualTheDestinationTheyMayPointTo() {
            assertThat(Links.canonical("https://bit.ly/abc")).isNotEqualTo(Links.canonical("https://example.com/abc"));
            assertThat(Links.isShort(Links.canonical("https://bit.ly/abc"))).isTrue();
            assertThat(Links.isShort(Links.canonical("https://example.com/abc"))).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.com/a", "not a link", "https://", "https://localhost/x", "mailto:a@b.c"})
    void rejectsWhatIsNotAWebLink(String s) {
        assertThat(Links.canonical(s)).isNull();
    }
}
