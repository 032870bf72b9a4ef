package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Post;

class NearDuplicatesTest {

    private static final NearDuplicateSettings DEFAULTS = NearDuplicateSettings.defaults();

    @Nested
    class OnTheHandWrittenFixture {

        private final List<TextFixtures.NearDup> rows = TextFixtures.nearDuplicates();
        private final DuplicateFamilies families =
                NearDuplicates.find(rows.stream().map(TextFixtures.NearDup::text).toList(), DEFAULTS);

        private int baseFamily(String group) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).group().equals(group) && rows.get(i).kind().equals("base")) {
                    return families.familyOf(i);
                }
            }
            throw new AssertionError("no base for " + group);
        }

        @Test
        void everyEditedCopyJoinsTheFamilyOfItsBase() {
            for (int i = 0; i < rows.size(); i++) {
                TextFixtures.NearDup r = rows.get(i);
                if (r.isEdit()) {
                    assertThat(families.familyOf(i)).as(r.group() + " " + r.kind()).isEqualTo(baseFamily(r.group()))
                            .isNotNegative();
                }
            }
        }

        @Test
        void paraphrasesAndOrganicPostsStayOutside() {
            for (int i = 0; i < rows.size(); i++) {
                TextFixtures.NearDup r = rows.get(i);
                if (r.kind().equals("paraphrase") || r.kind().equals("organic")) {
                    assertThat(families.familyOf(i)).as(r.group() + " " + r.kind() + ": " + r.text()).isEqualTo(-1);
                }
            }
        }

        @Test
        void oneFamilyPerMessageGroupNumberedByFirstPost() {
            long groups = rows.stream().map(TextFixtures.NearDup::group).filter(g -> !g.equals("ORG")).distinct().count();
            assertThat(families.families()).hasSize((int) groups);
            int previousFirst = -1;
            for (DuplicateFamily f : families.families()) {
                assertThat(f.members().getInt(0)).isGreaterThan(previousFirst);
                previousFirst = f.members().getInt(0);
                assertThat(f.id()).isEqualTo(families.familyOf(f.members().getInt(0)));
            }
        }

        @Test
        void representativeIsTheMostCommonTextOfTheFamily() {
            // G01: base, emoji and list-number copies normalise to the same text; the base comes first.
            DuplicateFamily g01 = families.family(baseFamily("G01"));
            assertThat(g01.representative()).isZero();
            assertThat(g01.representativeText()).isEqualTo(rows.get(0).text());
            assertThat(g01.distinctTexts()).isEqualTo(4); // base (= emoji = list-number = link-swap), name, typo, combined
        }
    }

    @Nested
    class Determinism {

        @Test
        void sameInputGivesTheSameFamilyIds() {
            List<String> texts = TextFixtures.nearDuplicates().stream().map(TextFixtures.NearDup::text).toList();
            DuplicateFamilies a = NearDuplicates.find(texts, DEFAULTS);
            DuplicateFamilies b = NearDuplicates.find(new ArrayList<>(texts), DEFAULTS);
            assertThat(a.familyIds()).isEqualTo(b.familyIds());
            assertThat(a.families()).isEqualTo(b.families());
        }

        @Test
        void reversedInputGivesTheSamePartitionOfTexts() {
            List<String> texts = TextFixtures.nearDuplicates().stream().map(TextFixtures.NearDup::text).toList();
            List<String> reversed = new ArrayList<>(texts);
            Collections.reverse(reversed);
            assertThat(partition(texts, NearDuplicates.find(texts, DEFAULTS)))
                    .isEqualTo(partition(reversed, NearDuplicates.find(reversed, DEFAULTS)));
        }

        @Test
        void signedTextsGiveTheFamiliesOfFindOnceAndThenRefuse() {
            List<String> texts = TextFixtures.nearDuplicates().stream().map(TextFixtures.NearDup::text).toList();
            NearDuplicates.Signed signed = NearDuplicates.sign(texts, null, null, DEFAULTS);
            assertThat(signed.families().families()).isEqualTo(NearDuplicates.find(texts, DEFAULTS).families());
            assertThatThrownBy(signed::families).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("once");
        }

        private List<List<String>> partition(List<String> texts, DuplicateFamilies f) {
            Map<Integer, List<String>> byFamily = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                if (f.familyOf(i) >= 0) {
                    byFamily.computeIfAbsent(f.familyOf(i), k -> new ArrayList<>()).add(texts.get(i));
                }
            }
            return byFamily.values().stream().map(l -> l.stream().sorted().toList())
                    .sorted((x, y) -> x.get(0).compareTo(y.get(0))).collect(Collectors.toList());
        }
    }

    @Nested
    class LargeAndDegenerateInputs {

        @Test
        void tenThousandCopiesOfASloganAreOneFamilyWithoutPairwiseComparisons() {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                // Emoji and list numbers vary, the normalised text does not.
                texts.add((i % 7) + ". Stand with Martin Ouyang, the truth cannot be silenced " + (i % 2 == 0 ? "🔥" : "🙏"));
            }
            texts.add("Completely different organic post about the hockey game last night in Winnipeg");
            DuplicateFamilies f = NearDuplicates.find(texts, DEFAULTS);
            assertThat(f.families()).hasSize(1);
            assertThat(f.family(0).size()).isEqualTo(10_000);
            assertThat(f.family(0).distinctTexts()).isEqualTo(1);
            assertThat(f.familyOf(10_000)).isEqualTo(-1);
            assertThat(f.stats().hashedTexts()).isEqualTo(2);
            assertThat(f.stats().similarityChecks()).isZero();
        }

        @Test
        void anOversizedBucketIsLinkedInLinearTime() {
            // 2,000 distinct variants of one 30-word template (one word changed each): every band key is
            // shared by hundreds of texts. With maxBucketSize 50 each oversized bucket costs ≤ 2 checks per
            // member, so the total stays ≤ 2 · texts · bands instead of texts² / 2 = 2,000,000 per band.
            List<String> texts = new ArrayList<>();
            String[] words = ("the video from martin ouyang shows claire fontaine laughing about hiding money in a "
                    + "hong kong bank account canadians deserve answers from the northern alliance right now today").split(" ");
            for (int i = 0; i < 2000; i++) {
                String[] w = words.clone();
                w[i % w.length] = "variant" + letters(i); // digits would all normalise to the number token
                texts.add(String.join(" ", w));
            }
            NearDuplicateSettings s = DEFAULTS.withMaxBucketSize(50);
            DuplicateFamilies f = NearDuplicates.find(texts, s);
            assertThat(f.families()).hasSize(1);
            assertThat(f.family(0).size()).isEqualTo(2000);
            assertThat(f.stats().oversizedBuckets()).isPositive();
            assertThat(f.stats().hashedTexts()).isEqualTo(2000);
            assertThat(f.stats().similarityChecks()).isLessThanOrEqualTo(2L * 2000 * s.bands());
        }

        private String letters(int i) {
            StringBuilder sb = new StringBuilder();
            do {
                sb.append((char) ('a' + i % 26));
                i /= 26;
            } while (i > 0);
            return sb.toString();
        }

        @Test
        void shortTextsAreMatchedExactlyAndFlagged() {
            List<String> texts = List.of("Well said!", "well said 👏", "Well said Tom", "WELL SAID!!!", "Shame");
            DuplicateFamilies f = NearDuplicates.find(texts, DEFAULTS);
            assertThat(f.familyIds()).containsExactly(0, 0, -1, 0, -1);
            assertThat(f.family(0).exactOnly()).isTrue();
            assertThat(f.stats().shortTexts()).isEqualTo(5);
            assertThat(f.stats().hashedTexts()).isZero();
        }

        @Test
        void shortNearCopiesAreNotJoined() {
            // 4 tokens < minTokens 5: a typo keeps them apart (documented: exact only).
            DuplicateFamilies f = NearDuplicates.find(List.of("Brennan must resign now", "Brennan must resing now"), DEFAULTS);
            assertThat(f.familyIds()).containsExactly(-1, -1);
        }

        @Test
        void textsThatNormaliseToNothingBelongToNoFamily() {
            List<String> texts = List.of("https://youtu.be/abc", "https://youtu.be/abc", "🔥🔥", "", "@someone");
            DuplicateFamilies f = NearDuplicates.find(texts, DEFAULTS);
            assertThat(f.familyIds()).containsOnly(-1);
            assertThat(f.stats().emptyTexts()).isEqualTo(5);
            assertThat(f.families()).isEmpty();
        }

        @Test
        void emptyInputGivesNoFamilies() {
            DuplicateFamilies f = NearDuplicates.find(List.of(), DEFAULTS);
            assertThat(f.postCount()).isZero();
            assertThat(f.families()).isEmpty();
        }

        @Test
        void rejectsListsOfDifferentLengthsNamingBoth() {
            assertThatThrownBy(() -> NearDuplicates.find(List.of("a", "b"), List.of("x"), List.of("en", "fr", "fr"), DEFAULTS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("accountIds has 1 entries but texts has 2")
                    .hasMessageContaining("languages has 3 entries but texts has 2");
        }
    }

    @Nested
    class PostSummaries {

        @Test
        void familiesCountDistinctAccountsAndLanguages() {
            String en = "Martin Ouyang has exposed how Prime Minister Alistair Brennan accepted 2 million from developers";
            List<Post> posts = List.of(
                    post("p1", "a1", "en", en),
                    post("p2", "a2", "en", "3. " + en + " 😡"),
                    post("p3", "a2", "en", en),
                    post("p4", "a3", "", en.replace("Alistair Brennan", "Claire Fontaine")),
                    post("p5", "a4", "fr", "Un texte qui n'a rien à voir avec les autres, sur la pluie à Québec"));
            DuplicateFamilies f = NearDuplicates.findInPosts(posts, DEFAULTS);
            assertThat(f.familyIds()).containsExactly(0, 0, 0, 0, -1);
            DuplicateFamily family = f.family(0);
            assertThat(family.distinctAccounts()).isEqualTo(3);
            assertThat(family.languages()).isEqualTo(new TreeMap<>(Map.of("en", 3, "", 1)));
            assertThat(family.distinctTexts()).isEqualTo(2);
            assertThat(family.representative()).isZero();
        }

        @Test
        void withoutAccountsOrLanguagesTheSummariesSayUnknown() {
            String t = "Everyone in Ottawa knows that Alistair Brennan is corrupt and protected";
            DuplicateFamilies f = NearDuplicates.find(List.of(t, t), DEFAULTS);
            assertThat(f.family(0).distinctAccounts()).isEqualTo(-1);
            assertThat(f.family(0).languages()).isEmpty();
        }

        private Post post(String id, String account, String lang, String text) {
            return new Post(id, account, 0, lang, text, null, null, null, null, null, "x", "");
        }
    }

    @Nested
    class Settings {

        @Test
        void defaultsAreTheDocumentedValues() {
            assertThat(DEFAULTS.shingleType()).isEqualTo(ShingleType.WORD);
            assertThat(DEFAULTS.shingleSize()).isEqualTo(2);
            assertThat(DEFAULTS.bands()).isEqualTo(40);
            assertThat(DEFAULTS.rows()).isEqualTo(3);
            assertThat(DEFAULTS.permutations()).isEqualTo(120);
            assertThat(DEFAULTS.threshold()).isEqualTo(0.5);
            assertThat(DEFAULTS.minTokens()).isEqualTo(5);
            assertThat(DEFAULTS.maxBucketSize()).isEqualTo(300);
        }

        @Test
        void rejectsEveryBadFieldAtOnce() {
            assertThatThrownBy(() -> new NearDuplicateSettings(ShingleType.WORD, 0, 0, 65, 1.5, -1, 1, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("shingleSize 0")
                    .hasMessageContaining("bands 0")
                    .hasMessageContaining("rows 65")
                    .hasMessageContaining("threshold 1.5")
                    .hasMessageContaining("minTokens -1")
                    .hasMessageContaining("maxBucketSize 1");
            assertThatThrownBy(() -> new NearDuplicateSettings(null, 2, 512, 64, 0.5, 5, 300, 0))
                    .hasMessageContaining("shingleType is missing")
                    .hasMessageContaining("bands × rows = 32768");
        }

        @Test
        void roundTripsThroughJson() throws Exception {
            ObjectMapper json = new ObjectMapper();
            NearDuplicateSettings s = DEFAULTS.withShingles(ShingleType.CHARACTER, 5).withThreshold(0.7);
            String text = json.writeValueAsString(s);
            assertThat(json.readValue(text, NearDuplicateSettings.class)).isEqualTo(s);
            assertThat(text).doesNotContain("permutations");
        }

        @Test
        void characterShinglesAlsoGroupTheFixtureEdits() {
            NearDuplicateSettings chars = DEFAULTS.withShingles(ShingleType.CHARACTER, 5).withThreshold(0.6);
            List<TextFixtures.NearDup> rows = TextFixtures.nearDuplicates();
            DuplicateFamilies f = NearDuplicates.find(rows.stream().map(TextFixtures.NearDup::text).toList(), chars);
            assertThat(f.families()).hasSize(14);
        }
    }
}
