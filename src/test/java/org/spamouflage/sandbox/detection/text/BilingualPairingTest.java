package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Post;

class BilingualPairingTest {

    private static final PairingSettings DEFAULTS = PairingSettings.defaults();

    /** A small corpus: named posts first, then filler posts whose anchors occur once (they only raise N). */
    private static final class Corpus {
        final List<String> texts = new ArrayList<>();
        final List<String> langs = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        int add(String lang, long time, String text) {
            texts.add(text);
            langs.add(lang);
            times.add(time);
            return texts.size() - 1;
        }

        Corpus filler(int perLanguage) {
            for (int i = 0; i < perLanguage; i++) {
                add("en", 1_000_000 + i, "nothing special happened today in town number " + letters(i));
                add("fr", 2_000_000 + i, "rien de spécial aujourd'hui dans la ville " + letters(i));
            }
            return this;
        }

        List<TranslationPair> pair(PairingSettings s, boolean withTimes) {
            long[] t = withTimes ? times.stream().mapToLong(Long::longValue).toArray() : null;
            return BilingualPairing.pair(texts, langs, t, s);
        }

        private static String letters(int i) {
            return "" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26);
        }
    }

    @Nested
    class Matching {

        @Test
        void pairsATranslationThroughItsLinkNamesAndNumbers() {
            Corpus c = new Corpus();
            int en = c.add("en", 100, "Martin Ouyang has exposed how Prime Minister Alistair Brennan accepted $2 million. "
                    + "Watch before they delete it: https://youtu.be/Xq7PzL2mV0c #BrennanScandal");
            int fr = c.add("fr", 200, "Martin Ouyang a exposé comment le Premier Ministre Alistair Brennan a accepté "
                    + "2 millions $. Regardez avant qu'ils le suppriment : https://youtu.be/Xq7PzL2mV0c #BrennanScandal");
            c.filler(20);
            List<TranslationPair> pairs = c.pair(DEFAULTS, true);
            assertThat(pairs).hasSize(1);
            TranslationPair p = pairs.get(0);
            assertThat(p.first()).isEqualTo(en);
            assertThat(p.second()).isEqualTo(fr);
            // "Prime"/"Minister" and "Premier"/"Ministre" each occur in one language only: ignored, so the
            // remaining anchors are all shared and the similarity is exactly 1.
            assertThat(p.anchorSimilarity()).isEqualTo(1.0);
            assertThat(p.score()).isEqualTo(1.0);
            assertThat(p.timeGapSeconds()).isEqualTo(100);
            // "Martin" starts both sentences and is never seen capitalised mid-sentence: not taken as a name.
            assertThat(p.sharedAnchors()).containsExactly("#brennanscandal", "name:alistair", "name:brennan",
                    "name:ouyang", "num:2", "url:youtu.be/Xq7PzL2mV0c");
        }

        @Test
        void similarityIsTheIdfWeightedJaccardOfTheAnchors() {
            // N = 4 posts. EN0 {link, tag}, FR1 {link}, EN2 {tag}, FR3 {tag}: df(link) = 2, df(tag) = 3.
            // w(link) = ln(4/2), w(tag) = ln(4/3); sim(EN0, FR1) = w(link) / (w(link) + w(tag)).
            Corpus c = new Corpus();
            c.add("en", 0, "see https://a.example/x #tag");
            c.add("fr", 0, "voir https://a.example/x");
            c.add("en", 0, "other #tag");
            c.add("fr", 0, "autre #tag");
            PairingSettings s = DEFAULTS.withMinEvidence(0).withThreshold(0.01);
            TranslationPair p = c.pair(s, false).stream().filter(x -> x.first() == 0 && x.second() == 1)
                    .findFirst().orElseThrow();
            double wl = Math.log(4.0 / 2);
            double wt = Math.log(4.0 / 3);
            assertThat(p.anchorSimilarity()).isCloseTo(wl / (wl + wt), Offset.offset(1e-12));
            assertThat(p.timeGapSeconds()).isEqualTo(-1);
        }

        @Test
        void postsSharingOnlyACommonFullNameAreNotPaired() {
            Corpus c = new Corpus();
            for (int i = 0; i < 10; i++) {
                c.add("en", i, "I think Tom Whitfield was right about topic " + Corpus.letters(i));
                c.add("fr", i, "Je pense que Tom Whitfield avait raison sur le sujet " + Corpus.letters(i));
            }
            c.filler(30);
            assertThat(c.pair(DEFAULTS, false)).isEmpty();
            // Without the specificity check the identical tiny anchor sets would pair.
            assertThat(c.pair(DEFAULTS.withMinEvidence(0), false)).isNotEmpty();
        }

        @Test
        void timeLowersTheScoreOfDistantCopies() {
            Corpus c = new Corpus();
            int early = c.add("en", 0, "Kevin Marchetti sent 7 emails to Martin Ouyang https://canwatch24.com/m");
            int late = c.add("en", 10 * 86_400, "Kevin Marchetti sent 7 emails to Martin Ouyang https://canwatch24.com/m");
            int fr = c.add("fr", 10 * 86_400 + 600, "Kevin Marchetti a envoyé 7 courriels à Martin Ouyang https://canwatch24.com/m");
            c.filler(40); // N = 83: the 3 carriers of the shared anchors stay under 83·e^−3 ≈ 4.1
            List<TranslationPair> withTimes = c.pair(DEFAULTS, true);
            assertThat(withTimes).extracting(TranslationPair::first, TranslationPair::second, TranslationPair::score)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(early, fr, 0.5),
                            org.assertj.core.groups.Tuple.tuple(late, fr, 1.0));
            // 10 days apart: e^(−(gap − 6 h)/24 h) is far below the floor 0.5, so the floor applies.
            assertThat(withTimes.get(0).timeGapSeconds()).isEqualTo(10 * 86_400 + 600);
            assertThat(c.pair(DEFAULTS, false)).extracting(TranslationPair::score).containsExactly(1.0, 1.0);
        }

        @Test
        void postsInOtherLanguagesAreIgnored() {
            Corpus c = new Corpus();
            c.add("zh", 0, "Martin Ouyang https://youtu.be/abc 2023");
            c.add("", 0, "Martin Ouyang https://youtu.be/abc 2023");
            c.add("en", 0, "Martin Ouyang https://youtu.be/abc 2023");
            c.filler(20);
            assertThat(c.pair(DEFAULTS, false)).isEmpty();
        }

        @Test
        void anAnchorInTooManyProfilesDoesNotGenerateCandidates() {
            // The link is carried by three distinct profiles per language: each post also has its own number.
            // The numbers are made cross-language by one filler post per language listing the other
            // side's numbers, which is less similar to each link post than the link posts are to each other.
            Corpus c = new Corpus();
            List<Integer> linkPosts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                linkPosts.add(c.add("en", 0, "watch https://youtu.be/abc part " + (11 * (i + 1))));
                linkPosts.add(c.add("fr", 0, "regardez https://youtu.be/abc partie " + (11 * (i + 4))));
            }
            c.add("en", 0, "numbers 44 55 66 77 88 99");
            c.add("fr", 0, "chiffres 11 22 33 77 88 99");
            c.filler(20);
            PairingSettings loose = DEFAULTS.withMinEvidence(0).withThreshold(0.1);
            assertThat(pairsAmong(c.pair(loose, false), linkPosts)).isNotEmpty();
            assertThat(pairsAmong(c.pair(loose.withMaxPostings(2), false), linkPosts)).isEmpty();
        }

        private List<TranslationPair> pairsAmong(List<TranslationPair> pairs, List<Integer> posts) {
            return pairs.stream().filter(p -> posts.contains(p.first()) && posts.contains(p.second())).toList();
        }

        @Test
        void outputIsSortedAndTheSameOnEveryRun() {
            List<TextFixtures.Bilingual> rows = TextFixtures.bilingual();
            List<String> texts = rows.stream().map(TextFixtures.Bilingual::text).toList();
            List<String> langs = rows.stream().map(TextFixtures.Bilingual::lang).toList();
            long[] times = rows.stream().mapToLong(TextFixtures.Bilingual::time).toArray();
            List<TranslationPair> a = BilingualPairing.pair(texts, langs, times, DEFAULTS);
            List<TranslationPair> b = BilingualPairing.pair(new ArrayList<>(texts), new ArrayList<>(langs), times.clone(), DEFAULTS);
            assertThat(a).isEqualTo(b);
            for (int i = 1; i < a.size(); i++) {
                TranslationPair x = a.get(i - 1);
                TranslationPair y = a.get(i);
                assertThat(x.first() < y.first() || (x.first() == y.first() && x.second() < y.second())).isTrue();
            }
        }

        @Test
        void pairPostsReadsTextLanguageAndTime() {
            List<Post> posts = new ArrayList<>();
            posts.add(new Post("e", "a", 100, "en", "Linda Petrakis sold 12 visas https://x.example/v", null, null, null, null, null, "x", ""));
            posts.add(new Post("f", "b", 160, "fr", "Linda Petrakis a vendu 12 visas https://x.example/v", null, null, null, null, null, "x", ""));
            for (int i = 0; i < 20; i++) {
                posts.add(new Post("o" + i, "c", 0, i % 2 == 0 ? "en" : "fr", "filler " + Corpus.letters(i), null, null,
                        null, null, null, "x", ""));
            }
            List<TranslationPair> pairs = BilingualPairing.pairPosts(posts, DEFAULTS);
            assertThat(pairs).hasSize(1);
            assertThat(pairs.get(0).timeGapSeconds()).isEqualTo(60);
        }
    }

    @Nested
    class Candidates {

        @Test
        void listsEveryPartnerAboveTheThresholdWithItsAnchorSimilarity() {
            // N = 24 posts (4 + 20 filler without anchors). EN0 {link, tag}, FR1 {link, tag}, FR2 {link},
            // EN3 {tag}: df(link) = 3, df(tag) = 3, so w(link) = w(tag) = ln(24/3) and
            // sim(EN0, FR1) = 1, sim(EN0, FR2) = 1/2, sim(EN3, FR1) = 1/2, sim(EN3, FR2) = 0.
            Corpus c = new Corpus();
            c.add("en", 0, "see https://a.example/x #tag");
            c.add("fr", 0, "voir https://a.example/x #tag");
            c.add("fr", 0, "voir https://a.example/x");
            c.add("en", 0, "other #tag");
            c.filler(10);
            PairingSettings s = DEFAULTS.withMinEvidence(0).withThreshold(0.5);
            List<TranslationPair> all = BilingualPairing.candidates(c.texts, c.langs, s, 16);
            assertThat(all).extracting(TranslationPair::first, TranslationPair::second)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(0, 2),
                            org.assertj.core.groups.Tuple.tuple(3, 1));
            assertThat(all.get(0).anchorSimilarity()).isCloseTo(1.0, Offset.offset(1e-12));
            assertThat(all.get(1).anchorSimilarity()).isCloseTo(0.5, Offset.offset(1e-12));
            assertThat(all.get(2).anchorSimilarity()).isCloseTo(0.5, Offset.offset(1e-12));
            assertThat(all).allSatisfy(p -> assertThat(p.timeGapSeconds()).isEqualTo(-1));
            // Above 0.5 only the exact match is left.
            assertThat(BilingualPairing.candidates(c.texts, c.langs, s.withThreshold(0.6), 16))
                    .extracting(TranslationPair::first, TranslationPair::second)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
        }

        @Test
        void keepsAtMostMaxPerTextPartnersPerTextAndDirection() {
            // Two English and three French posts with the same anchors (all similarities 1). With one partner
            // per text: EN0 -> FR2, EN1 -> FR2 (smallest index), FR2, FR3, FR4 -> EN0; 4 of the 6 pairs.
            Corpus c = new Corpus();
            c.add("en", 0, "watch https://v.example/q");
            c.add("en", 0, "watch https://v.example/q");
            c.add("fr", 0, "regardez https://v.example/q");
            c.add("fr", 0, "regardez https://v.example/q");
            c.add("fr", 0, "regardez https://v.example/q");
            c.filler(20);
            PairingSettings s = DEFAULTS.withMinEvidence(0);
            assertThat(BilingualPairing.candidates(c.texts, c.langs, s, 1))
                    .extracting(TranslationPair::first, TranslationPair::second)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(0, 3),
                            org.assertj.core.groups.Tuple.tuple(0, 4), org.assertj.core.groups.Tuple.tuple(1, 2));
            assertThat(BilingualPairing.candidates(c.texts, c.langs, s, 3)).hasSize(6);
        }

        @Test
        void appliesTheSpecificityCheckAsPairDoes() {
            Corpus c = new Corpus();
            for (int i = 0; i < 10; i++) {
                c.add("en", i, "I think Tom Whitfield was right about topic " + Corpus.letters(i));
                c.add("fr", i, "Je pense que Tom Whitfield avait raison sur le sujet " + Corpus.letters(i));
            }
            c.filler(30);
            assertThat(BilingualPairing.candidates(c.texts, c.langs, DEFAULTS, 16)).isEmpty();
            assertThat(BilingualPairing.candidates(c.texts, c.langs, DEFAULTS.withMinEvidence(0), 16)).isNotEmpty();
        }

        @Test
        void rejectsANonPositivePartnerCount() {
            assertThatThrownBy(() -> BilingualPairing.candidates(List.of(), List.of(), DEFAULTS, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPerText 0");
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsInputsOfDifferentLengths() {
            assertThatThrownBy(() -> BilingualPairing.pair(List.of("a", "b"), List.of("en"), new long[3], DEFAULTS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("languages has 1 entries but texts has 2")
                    .hasMessageContaining("times has 3 entries but texts has 2");
        }

        @Test
        void rejectsEveryBadSettingAtOnce() {
            assertThatThrownBy(() -> new PairingSettings("en", "en", 0, -1, 0, -5, 0, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("both \"en\"")
                    .hasMessageContaining("threshold 0.0")
                    .hasMessageContaining("minEvidence -1.0")
                    .hasMessageContaining("maxPostings 0")
                    .hasMessageContaining("timeWindowSeconds -5")
                    .hasMessageContaining("timeDecaySeconds 0")
                    .hasMessageContaining("timeFloor 2.0");
        }

        @Test
        void settingsRoundTripThroughJson() throws Exception {
            ObjectMapper json = new ObjectMapper();
            PairingSettings s = DEFAULTS.withThreshold(0.6).withTiming(3600, 7200, 0.25);
            assertThat(json.readValue(json.writeValueAsString(s), PairingSettings.class)).isEqualTo(s);
        }

        @Test
        void timeFactorIsOneInsideTheWindowAndNeverBelowTheFloor() {
            assertThat(DEFAULTS.timeFactor(0)).isEqualTo(1.0);
            assertThat(DEFAULTS.timeFactor(6 * 3600)).isEqualTo(1.0);
            assertThat(DEFAULTS.timeFactor(6 * 3600 + 86_400 / 10)).isCloseTo(Math.exp(-0.1), Offset.offset(1e-12));
            assertThat(DEFAULTS.timeFactor(100 * 86_400)).isEqualTo(0.5);
        }
    }
}
