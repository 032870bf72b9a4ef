package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FamilyPairingTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    /** Posts with an author and a time; families come from the near-duplicate step. */
    private static final class Corpus {
        final List<String> texts = new ArrayList<>();
        final List<String> langs = new ArrayList<>();
        final List<Integer> authors = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        void add(String lang, int author, long time, String text) {
            texts.add(text);
            langs.add(lang);
            authors.add(author);
            times.add(time);
        }

        DuplicateFamilies families() {
            List<String> ids = authors.stream().map(a -> "acct" + a).toList();
            return NearDuplicates.find(texts, ids, langs, NearDuplicateSettings.defaults());
        }

        List<FamilyPairing.FamilyPair> pair(int minAccounts, FamilyPairingSettings s) {
            return pair(minAccounts, PairingSettings.defaults(), s);
        }

        List<FamilyPairing.FamilyPair> pair(int minAccounts, PairingSettings anchors, FamilyPairingSettings s) {
            int[] a = authors.stream().mapToInt(Integer::intValue).toArray();
            long[] t = times.stream().mapToLong(Long::longValue).toArray();
            return FamilyPairing.pair(families(), a, t, minAccounts, anchors, s);
        }

        /** Honest slogans by disjoint people an hour apart: two more families, so anchors get a weight. */
        Corpus withHonestSlogans() {
            for (int i = 0; i < 3; i++) {
                add("en", 10 + i, 300_000 + i * 20_000L, HONEST_EN);
                add("fr", 20 + i, 303_600 + i * 20_000L, HONEST_FR);
            }
            return this;
        }
    }

    private static final String CAMPAIGN_EN = "Kyle Holloway-Pike hid the audit of the Kingsmere Bay contract, "
            + "watch https://vid.example/v/abc123 #CoverUp";
    private static final String CAMPAIGN_FR = "Kyle Holloway-Pike a caché l'audit du contrat de Kingsmere Bay, "
            + "regardez https://vid.example/v/abc123 #CoverUp";
    private static final String HONEST_EN = "Good night from Vancouver everyone, sleep well 🌙";
    private static final String HONEST_FR = "Bonne nuit de Vancouver à tous, dormez bien 🌙";

    /**
     * The campaign posts its template in two waves (t = 10,000 s and 90,000 s) in both languages: English by
     * accounts 1–4, French by accounts 2, 3 and 5, each French post within 2 minutes of an English one. Account
     * 4's English post at 200,000 s is alone. Honest slogans: English by accounts 10–12, French by 20–22, each
     * French post an hour after the nearest English one. Both pairs share anchors (the campaign: names, link,
     * hashtag; the slogans: "Vancouver" and 🌙).
     */
    private static Corpus campaignAndHonest() {
        Corpus c = new Corpus();
        c.add("en", 1, 10_000, CAMPAIGN_EN);
        c.add("en", 2, 10_060, CAMPAIGN_EN);
        c.add("fr", 2, 10_120, CAMPAIGN_FR);
        c.add("fr", 3, 10_150, CAMPAIGN_FR);
        c.add("en", 3, 90_000, CAMPAIGN_EN);
        c.add("fr", 5, 90_100, CAMPAIGN_FR);
        c.add("en", 4, 200_000, CAMPAIGN_EN);
        return c.withHonestSlogans();
    }

    @Nested
    class Decisions {

        @Test
        void pairsACampaignTemplatePostedInBothLanguagesByTheSameAccountsInTheSameBursts() {
            Corpus c = campaignAndHonest();
            DuplicateFamilies dup = c.families();
            // families by first post: 0 campaign EN, 1 campaign FR, 2 honest EN, 3 honest FR
            assertThat(dup.families()).hasSize(4);
            List<FamilyPairing.FamilyPair> pairs = c.pair(3, FamilyPairingSettings.defaults());
            assertThat(pairs).hasSize(1);
            FamilyPairing.FamilyPair p = pairs.get(0);
            assertThat(p.firstFamily()).isEqualTo(0);
            assertThat(p.secondFamily()).isEqualTo(1);
            assertThat(p.pair().first()).isEqualTo(dup.family(0).representative());
            assertThat(p.pair().second()).isEqualTo(dup.family(1).representative());
            assertThat(p.pair().sharedAnchors()).contains("url:vid.example/v/abc123", "#coverup");
            // By hand: authors EN {1,2,3,4}, FR {2,3,5}: 2 shared, overlap 2/3. Co-timing: FR posts 3 of 3
            // within 600 s of an English post, English posts 3 of 4 (200,000 is alone): min = 3/4.
            assertThat(p.evidence().sharedAuthors()).isEqualTo(2);
            assertThat(p.evidence().authorOverlap()).isCloseTo(2.0 / 3, EXACT);
            assertThat(p.evidence().coTiming()).isCloseTo(0.75, EXACT);
            assertThat(p.evidence().behaviour()).isCloseTo(Math.sqrt(0.5), EXACT);
        }

        @Test
        void doesNotPairHonestSloganFamiliesThatOnlyShareAnchors() {
            Corpus c = campaignAndHonest();
            // Disjoint authors and an hour apart: behaviour 0, so only the campaign pair is left...
            assertThat(c.pair(3, FamilyPairingSettings.defaults())).extracting(FamilyPairing.FamilyPair::firstFamily)
                    .containsExactly(0);
            // ...while anchors alone (the gate switched off) pair the slogans too: the gate is what removes them.
            assertThat(c.pair(3, FamilyPairingSettings.defaults().withMinBehaviour(0)))
                    .extracting(FamilyPairing.FamilyPair::firstFamily, FamilyPairing.FamilyPair::secondFamily)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(2, 3));
        }

        @Test
        void sharedMomentsWithoutSharedAuthorsAreNotEnough() {
            // A news spike: the slogans in both languages at the same minutes, by different people.
            Corpus c = campaignAndHonest();
            Corpus spike = new Corpus();
            for (int i = 0; i < 3; i++) {
                spike.add("en", 10 + i, 300_000 + i * 60L, HONEST_EN);
                spike.add("fr", 20 + i, 300_030 + i * 60L, HONEST_FR);
            }
            addCampaign(spike, c);
            assertThat(spike.pair(3, FamilyPairingSettings.defaults()))
                    .extracting(FamilyPairing.FamilyPair::evidence)
                    .extracting(FamilyPairing.Evidence::sharedAuthors).containsExactly(2);
        }

        @Test
        void twoSharedAuthorsWithoutSharedMomentsAreNotEnough() {
            // Two people (10, 11) post the English slogan in the morning and the French one in the evening, with
            // one other person each (12 English, 13 French). Before the shared-authors way this test used three
            // shared people; three are now enough when they make up a fifth of both families' authors (see
            // SharedAuthorsWay), so two shared people are the honest case that must stay unpaired.
            Corpus c = campaignAndHonest();
            Corpus bilingualPeople = new Corpus();
            for (int i = 0; i < 3; i++) {
                bilingualPeople.add("en", i == 2 ? 12 : 10 + i, 300_000 + i * 86_400L, HONEST_EN);
                bilingualPeople.add("fr", i == 2 ? 13 : 10 + i, 340_000 + i * 86_400L, HONEST_FR);
            }
            addCampaign(bilingualPeople, c);
            List<FamilyPairing.FamilyPair> pairs = bilingualPeople.pair(3, FamilyPairingSettings.defaults());
            assertThat(pairs).hasSize(1);
            assertThat(pairs.get(0).evidence().sharedAuthors()).isEqualTo(2);
        }

        private void addCampaign(Corpus to, Corpus from) {
            for (int i = 0; i < from.texts.size(); i++) {
                if (from.texts.get(i).startsWith("Kyle")) {
                    to.add(from.langs.get(i), from.authors.get(i), from.times.get(i), from.texts.get(i));
                }
            }
        }

        @Test
        void familiesWithoutAnchorsAreNeverPairedHoweverStrongTheBehaviour() {
            // Accounts 1-3 post the campaign template and an anchor-free message in both languages, each at the
            // same second: the anchor-free families (2 and 3) have perfect behaviour but nothing to match on.
            Corpus c = new Corpus();
            for (int a = 1; a <= 3; a++) {
                c.add("en", a, 1000 + a, CAMPAIGN_EN);
                c.add("fr", a, 1000 + a, CAMPAIGN_FR);
                c.add("en", a, 1000 + a, "they are lying to all of us again and again");
                c.add("fr", a, 1000 + a, "ils nous mentent encore et encore à tous");
            }
            assertThat(c.families().families()).hasSize(4);
            assertThat(c.pair(1, FamilyPairingSettings.defaults().withMinBehaviour(0)))
                    .extracting(FamilyPairing.FamilyPair::firstFamily, FamilyPairing.FamilyPair::secondFamily)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
        }

        @Test
        void aFamilyWithOneAuthorCountsOnlyWhenMinAccountsAllowsIt() {
            // One account posts the template twice in each language at the same seconds: overlap 1, co-timing 1.
            Corpus c = new Corpus();
            c.add("en", 7, 5000, CAMPAIGN_EN);
            c.add("fr", 7, 5000, CAMPAIGN_FR);
            c.add("en", 7, 9000, CAMPAIGN_EN);
            c.add("fr", 7, 9000, CAMPAIGN_FR);
            c.withHonestSlogans();
            List<FamilyPairing.FamilyPair> one = c.pair(1, FamilyPairingSettings.defaults().withCoTimingWindowSeconds(0));
            assertThat(one).hasSize(1);
            assertThat(one.get(0).firstFamily()).isEqualTo(0);
            assertThat(one.get(0).evidence()).isEqualTo(new FamilyPairing.Evidence(1, 1.0, 1.0, 1.0, 1.0));
            // With two accounts required the campaign families are left out; the slogans stay unpaired.
            assertThat(c.pair(2, FamilyPairingSettings.defaults())).isEmpty();
        }

        @Test
        void eachFamilyKeepsItsMostSimilarAcceptedPartner() {
            // Two French families for one English one, both by the same accounts at the same moments; the
            // second French family lacks the link, so its anchor similarity is lower. (Specificity off: with
            // five families any anchor shared by three of them is "common".)
            Corpus c = new Corpus();
            String frNoLink = "Kyle Holloway-Pike a menti sur Kingsmere Bay, encore une fois, partagez #CoverUp";
            for (int a = 1; a <= 3; a++) {
                c.add("en", a, 1000 * a, CAMPAIGN_EN);
                c.add("fr", a, 1000 * a + 10, CAMPAIGN_FR);
                c.add("fr", a, 1000 * a + 20, frNoLink);
            }
            c.withHonestSlogans();
            DuplicateFamilies dup = c.families();
            assertThat(dup.families()).hasSize(5);
            List<FamilyPairing.FamilyPair> pairs = c.pair(3, PairingSettings.defaults().withMinEvidence(0),
                    FamilyPairingSettings.defaults());
            // EN keeps FR-with-link (family 1); FR-without-link keeps its only candidate, EN: two pairs.
            assertThat(pairs).extracting(FamilyPairing.FamilyPair::firstFamily, FamilyPairing.FamilyPair::secondFamily)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(0, 2));
            assertThat(pairs.get(0).pair().anchorSimilarity()).isEqualTo(1.0);
            assertThat(pairs.get(1).pair().anchorSimilarity()).isLessThan(1.0);
        }

        @Test
        void theSameInputGivesTheSameOutput() {
            assertThat(campaignAndHonest().pair(3, FamilyPairingSettings.defaults()))
                    .isEqualTo(campaignAndHonest().pair(3, FamilyPairingSettings.defaults()));
        }
    }

    @Nested
    class Evidence {

        @Test
        void matchesAHandComputedExample() {
            // authors {1,2,3,4} and {3,4,5}: 2 shared, overlap 2/3, Jaccard 2/5. Times A {0, 100, 1000}, B {50, 5000}, window 60:
            // A has a B post near 0 and 100 (2/3), B near 50 only (1/2); co-timing 1/2; behaviour √(1/3).
            FamilyPairing.Evidence e = FamilyPairing.evidence(new int[] {1, 2, 3, 4}, new long[] {0, 100, 1000},
                    new int[] {3, 4, 5}, new long[] {50, 5000}, 60);
            assertThat(e.sharedAuthors()).isEqualTo(2);
            assertThat(e.authorOverlap()).isCloseTo(2.0 / 3, EXACT);
            assertThat(e.authorJaccard()).isCloseTo(2.0 / 5, EXACT);
            assertThat(e.coTiming()).isCloseTo(0.5, EXACT);
            assertThat(e.behaviour()).isCloseTo(Math.sqrt(1.0 / 3), EXACT);
        }

        @Test
        void identicalTimestampsCoOccurEvenWithAZeroWindow() {
            FamilyPairing.Evidence e = FamilyPairing.evidence(new int[] {1}, new long[] {7, 7, 7}, new int[] {1},
                    new long[] {7}, 0);
            assertThat(e.coTiming()).isEqualTo(1.0);
            assertThat(FamilyPairing.evidence(new int[] {1}, new long[] {7}, new int[] {1}, new long[] {8}, 0).coTiming())
                    .isEqualTo(0.0);
        }

        @Test
        void emptyFamiliesGiveZeroEvidenceNotNaN() {
            FamilyPairing.Evidence e = FamilyPairing.evidence(new int[0], new long[0], new int[] {1}, new long[] {1}, 60);
            assertThat(e).isEqualTo(new FamilyPairing.Evidence(0, 0.0, 0.0, 0.0, 0.0));
        }
    }

    /**
     * The careful operator who spreads each wave over hours: no co-timing, but largely the same accounts post
     * both language versions.
     */
    @Nested
    class SharedAuthorsWay {

        /**
         * Accounts 10, 11, … ({@code shared} of them) post the English slogan and, 40,000 s (11 h) later each
         * day, the French one; {@code moreEnglish} more accounts (40, 41, …) post only the English one and
         * {@code moreFrench} (60, 61, …) only the French one, on days of their own. No French post is within
         * 600 s of an English one (gaps 40,000 s + k · 86,400 s), so co-timing and behaviour are 0. The
         * campaign template (shared by 2 of its accounts, within minutes) is added so anchors get weights.
         */
        private Corpus careful(int shared, int moreEnglish, int moreFrench) {
            Corpus c = new Corpus();
            for (int i = 0; i < shared; i++) {
                c.add("en", 10 + i, 300_000 + i * 86_400L, HONEST_EN);
                c.add("fr", 10 + i, 340_000 + i * 86_400L, HONEST_FR);
            }
            for (int i = 0; i < moreEnglish; i++) {
                c.add("en", 40 + i, 300_000 + (20 + i) * 86_400L, HONEST_EN);
            }
            for (int i = 0; i < moreFrench; i++) {
                c.add("fr", 60 + i, 340_000 + (40 + i) * 86_400L, HONEST_FR);
            }
            Corpus campaign = campaignAndHonest();
            for (int i = 0; i < campaign.texts.size(); i++) {
                if (campaign.texts.get(i).startsWith("Kyle")) {
                    c.add(campaign.langs.get(i), campaign.authors.get(i), campaign.times.get(i), campaign.texts.get(i));
                }
            }
            return c;
        }

        private List<FamilyPairing.Evidence> evidence(Corpus c, FamilyPairingSettings s) {
            return c.pair(3, s).stream().map(FamilyPairing.FamilyPair::evidence).toList();
        }

        @Test
        void threeAccountsPostingBothLanguagesHoursApartArePaired() {
            // by hand: 3 shared of 3 + 3 − 3 = 3 accounts: overlap 1, Jaccard 1; no post within 600 s: co-timing 0
            assertThat(evidence(careful(3, 0, 0), FamilyPairingSettings.defaults()))
                    .contains(new FamilyPairing.Evidence(3, 1.0, 1.0, 0.0, 0.0));
        }

        @Test
        void aFifthOfAllTheFamiliesAuthorsMustBeShared() {
            // 3 shared; 6 + 6 more: Jaccard 3 / 15 = 0.2 (kept; overlap 3 / 9); 6 + 7 more: 3 / 16 (not kept)
            assertThat(evidence(careful(3, 6, 6), FamilyPairingSettings.defaults()))
                    .contains(new FamilyPairing.Evidence(3, 1.0 / 3, 0.2, 0.0, 0.0));
            assertThat(evidence(careful(3, 6, 7), FamilyPairingSettings.defaults()))
                    .extracting(FamilyPairing.Evidence::sharedAuthors).containsExactly(2);
        }

        @Test
        void aHighJaccardNeedsAtLeastThreeSharedAccounts() {
            // 2 shared, 1 more on each side: Jaccard 2 / 4 = 0.5, but only two shared accounts
            assertThat(evidence(careful(2, 1, 1), FamilyPairingSettings.defaults()))
                    .extracting(FamilyPairing.Evidence::sharedAuthors).containsExactly(2);
            assertThat(evidence(careful(2, 1, 1), FamilyPairingSettings.defaults().withAuthorJaccard(0.2, 2)))
                    .contains(new FamilyPairing.Evidence(2, 2.0 / 3, 0.5, 0.0, 0.0));
        }

        @Test
        void theWayCanBeSwitchedOff() {
            assertThat(evidence(careful(3, 0, 0), FamilyPairingSettings.defaults().withAuthorJaccard(0.2, 0)))
                    .extracting(FamilyPairing.Evidence::sharedAuthors).containsExactly(2);
        }
    }

    /**
     * One English and one French family, each holding two messages that single linkage merged (here built by
     * hand, so the test does not depend on MinHash): message A (mention @NinaTV, link …/aaa) and message B
     * (#Corruption, link …/bbb), both naming Logan Ashgrove. English: A by accounts 1, 2, 3, 8 at
     * 10,000–10,030 s (post 0–3), B by 4, 5, 6 at 50,000–50,020 s (posts 4–6); the representative is A (4
     * copies against 3). French: A by 1, 2, 3 at 10,100–10,120 s (posts 7–9), B by 4, 5, 6, 7 at
     * 50,100–50,130 s (posts 10–13); the representative is B. Optional extra English copies of A with a
     * personal emoji by accounts 9, 10, 11 at 10,040–10,060 s (posts 14–16).
     */
    @Nested
    class AnchorVariants {
        static final String A_EN = "Logan Ashgrove lied to voters for years, ask @NinaTV https://vid.example/v/aaa";
        static final String B_EN = "Logan Ashgrove lied to voters for years #Corruption https://vid.example/v/bbb";
        static final String A_FR = "Logan Ashgrove a menti aux électeurs pendant des années, demandez à @NinaTV "
                + "https://vid.example/v/aaa";
        static final String B_FR = "Logan Ashgrove a menti aux électeurs pendant des années #Corruption "
                + "https://vid.example/v/bbb";

        final List<String> texts = new ArrayList<>();
        final List<Integer> authors = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        void add(int author, long time, String text) {
            texts.add(text);
            authors.add(author);
            times.add(time);
        }

        List<FamilyPairing.FamilyPair> pair(boolean emojiCopies, int minAccounts, FamilyPairingSettings s) {
            texts.clear();
            authors.clear();
            times.clear();
            int[] en = {1, 2, 3, 8};
            for (int i = 0; i < 4; i++) {
                add(en[i], 10_000 + 10L * i, A_EN);
            }
            for (int i = 0; i < 3; i++) {
                add(4 + i, 50_000 + 10L * i, B_EN);
            }
            for (int i = 0; i < 3; i++) {
                add(1 + i, 10_100 + 10L * i, A_FR);
            }
            for (int i = 0; i < 4; i++) {
                add(4 + i, 50_100 + 10L * i, B_FR);
            }
            it.unimi.dsi.fastutil.ints.IntArrayList enMembers = new it.unimi.dsi.fastutil.ints.IntArrayList(
                    new int[] {0, 1, 2, 3, 4, 5, 6});
            if (emojiCopies) {
                for (int i = 0; i < 3; i++) {
                    enMembers.add(texts.size());
                    add(9 + i, 10_040 + 10L * i, A_EN + " 🔥");
                }
            }
            int[] familyOf = new int[texts.size()];
            java.util.Arrays.fill(familyOf, 0);
            for (int p = 7; p <= 13; p++) {
                familyOf[p] = 1;
            }
            DuplicateFamily english = new DuplicateFamily(0, enMembers, 0, A_EN, emojiCopies ? 3 : 2,
                    emojiCopies ? 10 : 7, new java.util.TreeMap<>(java.util.Map.of("en", enMembers.size())), false);
            DuplicateFamily french = new DuplicateFamily(1, new it.unimi.dsi.fastutil.ints.IntArrayList(
                    new int[] {7, 8, 9, 10, 11, 12, 13}), 10, B_FR, 2, 7,
                    new java.util.TreeMap<>(java.util.Map.of("fr", 7)), false);
            DuplicateFamilies dup = new DuplicateFamilies(familyOf, List.of(english, french),
                    new DuplicateFamilies.Stats(texts.size(), 0, 0, 4, 4, 0, 0, texts.size()));
            return FamilyPairing.pair(dup, texts, authors.stream().mapToInt(Integer::intValue).toArray(),
                    times.stream().mapToLong(Long::longValue).toArray(), minAccounts, PairingSettings.defaults(), s);
        }

        @Test
        void representativesAloneCannotPairFamiliesWhoseRepresentativesCarryDifferentMessages() {
            // English representative A against French representative B: the only shared anchor, the name, is
            // carried by both texts (weight ln(2/2) = 0), so there is no candidate at all.
            assertThat(pair(false, 3, FamilyPairingSettings.defaults().withMaxVariantsPerFamily(0))).isEmpty();
        }

        @Test
        void eachFamilysOtherMessageFindsItsTranslationThroughItsOwnVariant() {
            List<FamilyPairing.FamilyPair> pairs = pair(false, 3, FamilyPairingSettings.defaults()
                    .withMaxVariantsPerFamily(16));
            // Units: English representative (post 0, A), English variant B (posts 4–6, representative 4),
            // French representative (post 10, B), French variant A (posts 7–9, representative 7). Anchors of
            // the four texts: @ninatv, …/aaa, #corruption, …/bbb each in 2 of 4 (weight ln 2), the name in all
            // 4 (weight 0): A pairs with A and B with B (similarity 1), A with B not at all.
            assertThat(pairs).extracting(p -> p.pair().first(), p -> p.pair().second())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 7), org.assertj.core.groups.Tuple.tuple(4, 10));
            assertThat(pairs).allSatisfy(p -> {
                assertThat(p.firstFamily()).isEqualTo(0);
                assertThat(p.secondFamily()).isEqualTo(1);
                assertThat(p.pair().anchorSimilarity()).isCloseTo(1.0, EXACT);
            });
            // By hand, English family (authors 1–6, 8) against French variant A (1, 2, 3): 3 shared, overlap
            // 3/3, Jaccard 3/7; co-timing: the 4 English A posts of 7 are within 600 s of a French A post, all 3
            // French A posts near an English post: min(4/7, 1) = 4/7.
            FamilyPairing.Evidence a = pairs.get(0).evidence();
            assertThat(a.sharedAuthors()).isEqualTo(3);
            assertThat(a.authorOverlap()).isCloseTo(1.0, EXACT);
            assertThat(a.authorJaccard()).isCloseTo(3.0 / 7, EXACT);
            assertThat(a.coTiming()).isCloseTo(4.0 / 7, EXACT);
            assertThat(a.behaviour()).isCloseTo(Math.sqrt(4.0 / 7), EXACT);
            // English variant B (4, 5, 6) against the French family (1–7): the same figures by symmetry.
            FamilyPairing.Evidence b = pairs.get(1).evidence();
            assertThat(b.sharedAuthors()).isEqualTo(3);
            assertThat(b.coTiming()).isCloseTo(4.0 / 7, EXACT);
        }

        @Test
        void aVariantPostedByFewerThanMinAccountsAccountsDoesNotLookForPartners() {
            // With minAccounts 4 the families (7 authors each) are still eligible, but the variants (3 authors)
            // are not: back to the representatives, which share no weighted anchor.
            assertThat(pair(false, 4, FamilyPairingSettings.defaults().withMaxVariantsPerFamily(16))).isEmpty();
        }

        @Test
        void aPersonalEmojiDoesNotMakeAVariant() {
            // Copies of A with 🔥 by three more accounts carry A's anchors plus an emoji: they join the
            // representative's group instead of forming a third unit (which would add a third pair with
            // French A).
            assertThat(pair(true, 3, FamilyPairingSettings.defaults().withMaxVariantsPerFamily(16)))
                    .extracting(p -> p.pair().first(), p -> p.pair().second())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 7), org.assertj.core.groups.Tuple.tuple(4, 10));
        }

        @Test
        void variantsAddPairsButNeverChangeThePairsOfWholeFamilies() {
            // The campaign-and-honest corpus has no variant (each family holds one text), so with its texts
            // and variants on, the result is exactly that of the representatives alone.
            Corpus c = campaignAndHonest();
            int[] a = c.authors.stream().mapToInt(Integer::intValue).toArray();
            long[] t = c.times.stream().mapToLong(Long::longValue).toArray();
            assertThat(FamilyPairing.pair(c.families(), c.texts, a, t, 3, PairingSettings.defaults(),
                    FamilyPairingSettings.defaults()))
                    .isEqualTo(c.pair(3, FamilyPairingSettings.defaults().withMaxVariantsPerFamily(0)));
            // Here both pairs come from variants (the representatives share nothing weighted) and are marked so.
            assertThat(pair(false, 3, FamilyPairingSettings.defaults())).extracting(FamilyPairing.FamilyPair::variant)
                    .containsExactly(true, true);
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsArraysOfTheWrongLengthAndABadMinimumAtOnce() {
            DuplicateFamilies dup = NearDuplicates.find(List.of("a b c", "d e f"), NearDuplicateSettings.defaults());
            assertThatThrownBy(() -> FamilyPairing.pair(dup, new int[1], new long[3], 0, PairingSettings.defaults(),
                    FamilyPairingSettings.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("authorOfPost has 1 entries but there are 2 posts")
                    .hasMessageContaining("timeOfPost has 3 entries but there are 2 posts")
                    .hasMessageContaining("minAccounts 0");
        }

        @Test
        void rejectsEveryBadSettingAtOnce() {
            assertThatThrownBy(() -> new FamilyPairingSettings(1.5, -1, 0, 0.2, 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("minBehaviour 1.5")
                    .hasMessageContaining("coTimingWindowSeconds -1")
                    .hasMessageContaining("maxCandidatesPerFamily 0");
        }

        @Test
        void rejectsABadSharedAuthorsWay() {
            assertThatThrownBy(() -> new FamilyPairingSettings(0.2, 600, 16, -0.1, 1001))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("minAuthorJaccard -0.1")
                    .hasMessageContaining("minSharedAuthors 1001");
        }

        @Test
        void rejectsTextsOfTheWrongLengthAndTooManyVariants() {
            DuplicateFamilies dup = NearDuplicates.find(List.of("a b c", "d e f"), NearDuplicateSettings.defaults());
            assertThatThrownBy(() -> FamilyPairing.pair(dup, List.of("x"), new int[2], new long[2], 1,
                    PairingSettings.defaults(), FamilyPairingSettings.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("textOfPost has 1 entries but there are 2 posts");
            assertThatThrownBy(() -> FamilyPairingSettings.defaults().withMaxVariantsPerFamily(65))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxVariantsPerFamily 65");
        }

        @Test
        void settingsRoundTripThroughJson() throws Exception {
            ObjectMapper json = new ObjectMapper();
            FamilyPairingSettings s = FamilyPairingSettings.defaults().withMinBehaviour(0.3).withCoTimingWindowSeconds(900)
                    .withAuthorJaccard(0.3, 5).withMaxVariantsPerFamily(7);
            assertThat(json.readValue(json.writeValueAsString(s), FamilyPairingSettings.class)).isEqualTo(s);
        }
    }
}
