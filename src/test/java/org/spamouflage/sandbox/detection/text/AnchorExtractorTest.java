package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnchorExtractorTest {

    private static Anchors a(String text) {
        return AnchorExtractor.extract(text);
    }

    @Nested
    class Names {

        @Test
        void capitalisedWordsInsideASentenceAreNames() {
            Anchors x = a("Why is nobody talking about what Martin Ouyang revealed? Daniel Okafor met lobbyists.");
            assertThat(x.names()).containsExactly("martin", "okafor", "ouyang");
            assertThat(x.sentenceInitial()).containsExactly("daniel", "why");
        }

        @Test
        void elisionsAndPossessivesAreRemovedBeforeTheCapitalCheck() {
            assertThat(a("Le chef de cabinet d'Alistair Brennan et l’Alliance du Nord").names())
                    .containsExactly("alistair", "alliance", "brennan", "nord");
            assertThat(a("We saw Alistair Brennan's chief of staff and Okafor’s brother").names())
                    .containsExactly("alistair", "brennan", "okafor");
        }

        @Test
        void accentsAndHyphensAreKeptInOneFoldedName() {
            assertThat(a("Hier, Marie-Ève Gagnon et Sophie Tremblay-Roy à Montréal").names())
                    .containsExactly("gagnon", "marie-eve", "montreal", "sophie", "tremblay-roy");
        }

        @Test
        void aWordAfterAColonOrAnOpeningQuoteIsSentenceInitial() {
            Anchors x = a("Martin Ouyang : « Alistair Brennan doit aux Canadiens une explication. »");
            assertThat(x.sentenceInitial()).containsExactly("alistair", "martin");
            assertThat(x.names()).containsExactly("brennan", "canadiens", "ouyang");
        }

        @Test
        void lowerCaseAndOneLetterWordsAreNotNames() {
            assertThat(a("then I said the minister lied").names()).isEmpty();
            assertThat(a("then I said the minister lied").sentenceInitial()).isEmpty();
        }
    }

    @Nested
    class NumbersLinksHandles {

        @Test
        void numbersLoseTheirSeparatorsInBothLanguages() {
            assertThat(a("500,000 dollars, 3.2 million, 83,000 and 2.5%").numbers())
                    .containsExactly("25", "32", "500000", "83000");
            assertThat(a("500 000 dollars, 3,2 millions, 83\u202f000 et 2,5 %").numbers())
                    .containsExactly("25", "32", "500000", "83000");
        }

        @Test
        void numbersSeparatedByOtherTextStayApart() {
            assertThat(a("le 19 août, 14 fois en 2022").numbers()).containsExactly("14", "19", "2022");
            assertThat(a("votes: 34, 310 voters").numbers()).containsExactly("310", "34");
        }

        @Test
        void aLeadingListNumberIsNotAnAnchor() {
            assertThat(a("3. He took 40 bribes").numbers()).containsExactly("40");
        }

        @Test
        void urlsAreNormalisedButKeepTheirCaseSensitivePath() {
            assertThat(a("Watch: https://www.YouTu.be/Xq7PzL2mV0c/, (http://pacific-ledger.news/47m-contract).").urls())
                    .containsExactly("pacific-ledger.news/47m-contract", "youtu.be/Xq7PzL2mV0c");
        }

        @Test
        void mentionsAndHashtagsAreLowerCasedAndFolded() {
            Anchors x = a("@PacificLedger @jmarsh_reports regardez #LaVéritéCompte #cdnpoli!");
            assertThat(x.mentions()).containsExactly("@jmarsh_reports", "@pacificledger");
            assertThat(x.hashtags()).containsExactly("#cdnpoli", "#laveritecompte");
        }
    }

    @Nested
    class Emoji {

        @Test
        void emojiAreCollectedWithoutVariationSelectorsOrSkinTones() {
            // "‼" is punctuation (Unicode Po), not a symbol, so it is not an emoji anchor.
            assertThat(a("Bravo 👏🏽 ‼️ 🔥🔥 ok").emoji()).containsExactly("👏", "🔥");
        }

        @Test
        void aFlagIsOneEmoji() {
            assertThat(a("Fier 🇨🇦!").emoji()).containsExactly("🇨🇦");
        }
    }

    @Test
    void keysAreTypedAndSorted() {
        Anchors x = a("Nadia Haddad lied 👉 https://youtu.be/Pz3 #cdnpoli @CanWatch24 in 2023");
        assertThat(x.keys()).containsExactly("#cdnpoli", "@canwatch24", "emoji:👉", "name:haddad", "num:2023",
                "url:youtu.be/Pz3");
    }

    @Test
    void emptyTextHasNoAnchors() {
        assertThat(a("").keys()).isEmpty();
        assertThat(a(null).keys()).isEmpty();
    }
}
