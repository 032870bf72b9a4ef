package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.AccountClass;

class ListCellsAndLabelsTest {

    @Nested
    class Lists {
        @Test
        void readsTheArchiveAndPandasListStyles() {
            assertThat(ListCells.parse("[]", ListCells.Kind.HASHTAGS)).isEmpty();
            assertThat(ListCells.parse("['uno', 'dos']", ListCells.Kind.HASHTAGS)).containsExactly("uno", "dos");
            assertThat(ListCells.parse("[tres, cuatro]", ListCells.Kind.HASHTAGS)).containsExactly("tres", "cuatro");
            assertThat(ListCells.parse("[\"#a\",\"#b\"]", ListCells.Kind.HASHTAGS)).containsExactly("a", "b");
            assertThat(ListCells.parse("['it\\'s', \"x, y\"]", ListCells.Kind.LINKS)).containsExactly("it's", "x, y");
        }

        @Test
        void keepsCommasInsideQuotedOrSpaceSeparatedLinks() {
            assertThat(ListCells.parse("['http://a.com/x,y', 'http://b.com']", ListCells.Kind.LINKS))
                    .containsExactly("http://a.com/x,y", "http://b.com");
            assertThat(ListCells.parse("http://a.com/x,y  http://b.com", ListCells.Kind.LINKS))
                    .containsExactly("http://a.com/x,y", "http://b.com");
        }

        @Test
        void splitsPlainHashtagsAndMentionsAtSpacesAndCommasAndDropsTheSigils() {
            assertThat(ListCells.parse("#cdnpoli, #trudeau #x", ListCells.Kind.HASHTAGS))
                    .containsExactly("cdnpoli", "trudeau", "x");
            assertThat(ListCells.parse("@pm,@opp", ListCells.Kind.MENTIONS)).containsExactly("pm", "opp");
        }

        @Test
        void neverFailsOnMalformedLists() {
            assertThat(ListCells.parse("['a', 'b", ListCells.Kind.HASHTAGS)).containsExactly("a", "b");
            assertThat(ListCells.parse("[", ListCells.Kind.HASHTAGS)).isEmpty();
            assertThat(ListCells.parse("['", ListCells.Kind.HASHTAGS)).isEmpty();
            assertThat(ListCells.parse("[,,]", ListCells.Kind.LINKS)).isEmpty();
            assertThat(ListCells.parse("   ", ListCells.Kind.LINKS)).isEqualTo(List.of());
        }
    }

    @Nested
    class LabelValues {
        @Test
        void mapsTheDocumentedSynonyms() {
            for (String s : List.of("campaign", "Coordinated", "BOT", " troll ", "1", "1.0", "true", "yes", "y")) {
                assertThat(Labels.parse(s)).as(s).contains(AccountClass.CAMPAIGN);
            }
            for (String s : List.of("organic", "Human", "real", "0", "0.0", "false", "no", "n")) {
                assertThat(Labels.parse(s)).as(s).contains(AccountClass.ORGANIC);
            }
            assertThat(Labels.parse("background")).contains(AccountClass.BACKGROUND);
            assertThat(Labels.parse("spam")).contains(AccountClass.BACKGROUND);
        }

        @Test
        void knowsNothingElse() {
            for (String s : List.of("", "maybe", "2", "-1", "bots", "automated", "0.5")) {
                assertThat(Labels.parse(s)).as(s).isEmpty();
            }
            assertThat(Labels.parse(null)).isEmpty();
        }
    }
}
