package org.spamouflage.sandbox.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two bundles hold the same keys, every message is a valid pattern, and words agree with counts. */
class MessageBundlesTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        String path = "/" + Texts.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The argument numbers a pattern uses ({0}, {1,choice,…}). */
    static TreeSet<Integer> arguments(String pattern) {
        TreeSet<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Nested
    class Bundles {
        @Test
        void englishAndFrenchHaveExactlyTheSameKeys() throws IOException {
            Properties en = bundle("");
            Properties fr = bundle("_fr");
            assertThat(new TreeSet<>(fr.stringPropertyNames())).as("keys only in English")
                    .containsAll(en.stringPropertyNames());
            assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys only in French")
                    .containsAll(fr.stringPropertyNames());
            assertThat(en).hasSizeGreaterThan(300);
        }

        @Test
        void everyMessageIsAValidPatternUsingTheSameArgumentsInBothLanguages() throws IOException {
            Properties en = bundle("");
            Properties fr = bundle("_fr");
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                new MessageFormat(en.getProperty(key)); // throws on a broken pattern
                new MessageFormat(fr.getProperty(key, ""));
                assertThat(arguments(fr.getProperty(key, ""))).as(key).isEqualTo(arguments(en.getProperty(key)));
            }
        }

        @Test
        void frenchTextsAreNotLeftInEnglish() throws IOException {
            Properties en = bundle("");
            Properties fr = bundle("_fr");
            // Words that are the same in both languages are listed; any other French text equal to
            // its English one was forgotten.
            var same = new TreeSet<String>();
            for (String key : en.stringPropertyNames()) {
                String e = en.getProperty(key);
                if (e.equals(fr.getProperty(key)) && e.matches(".*[a-z]{4,}.*") && !e.matches("[A-Z].*[A-Z].*")) {
                    same.add(key + "=" + e);
                }
            }
            same.removeIf(s -> s.startsWith("glossary.term.")); // the glossary holds both languages in both files
            assertThat(same).containsExactlyInAnyOrder("chart.axis.score=score", "chart.element.points=points",
                    "chart.graph.score=score", "control.group.population=Population", "exercise.col.score=Score", "layout.pages=Pages",
                    "title.suffix={0} · Spamouflage Sandbox");
        }
    }

    @Nested
    class Formatting {
        @Test
        void countsAgreeWithTheirNounInBothLanguages() {
            assertThat(Texts.english().get("card.followers", 1)).isEqualTo("1 follower");
            assertThat(Texts.english().get("card.followers", 2)).isEqualTo("2 followers");
            assertThat(Texts.of(Language.FRENCH).get("card.followers", 1)).isEqualTo("1 abonné");
            assertThat(Texts.of(Language.FRENCH).get("card.followers", 12500)).isEqualTo("12\u202f500 abonnés");
        }

        @Test
        void numbersFollowTheLanguage() {
            assertThat(Texts.english().num(0.9344, 3)).isEqualTo("0.934");
            assertThat(Texts.of(Language.FRENCH).num(0.9344, 3)).isEqualTo("0,934");
            assertThat(Texts.english().pct(0.125)).isEqualTo("12.5%");
            assertThat(Texts.of(Language.FRENCH).pct(0.125)).isEqualTo("12,5 %");
            assertThat(Texts.of(Language.FRENCH).num(Double.NaN, 3)).isEqualTo("non défini");
        }

        @Test
        void aDeferredMessageIsTranslatedWithItsArguments() {
            Msg m = Msg.of("chart.threshold", "0.5");
            assertThat(Texts.english().get(m)).isEqualTo("threshold 0.5");
            assertThat(Texts.of(Language.FRENCH).get(m)).isEqualTo("seuil 0.5");
            assertThat(Texts.english().get("no.such.key")).isEqualTo("!no.such.key!");
        }
    }

    @Nested
    class Choosing {
        @Test
        void theBrowsersFirstSupportedLanguageWins() {
            assertThat(Language.fromAcceptLanguage("fr-CA,fr;q=0.9,en;q=0.8")).isEqualTo(Language.FRENCH);
            assertThat(Language.fromAcceptLanguage("de-DE,fr;q=0.5,en;q=0.4")).isEqualTo(Language.FRENCH);
            assertThat(Language.fromAcceptLanguage("de-DE")).isEqualTo(Language.ENGLISH);
            assertThat(Language.fromAcceptLanguage("not a header;;")).isEqualTo(Language.ENGLISH);
            assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.ENGLISH);
        }

        @Test
        void aSessionChoiceBeatsTheCookieWhichBeatsTheBrowser() {
            assertThat(Language.choose("en", "fr", "fr-CA")).isEqualTo(Language.ENGLISH);
            assertThat(Language.choose(null, "en", "fr-CA")).isEqualTo(Language.ENGLISH);
            assertThat(Language.choose(null, "xx", "fr-CA")).isEqualTo(Language.FRENCH);
            assertThat(Language.choose(null, null, "fr-CA")).isEqualTo(Language.FRENCH);
        }
    }
}
