package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossLanguageFamiliesTest {

    @Test
    void twoLinksJoinTwoFamiliesAndOneLinkDoesNotWhenTwoAreRequired() {
        // Posts 0-2: English family; 3-4: French family; 5: a single French post; 6: a single English post.
        String en = "Nadia Haddad received 250,000 dollars from a developer in Mississauga before approving";
        String fr = "Nadia Haddad a reçu 250 000 dollars d'un promoteur à Mississauga avant d'approuver";
        List<String> texts = List.of(en, "1. " + en, en + " 😡", fr, fr + " !!", "un autre message en français ici",
                "another single english message here");
        DuplicateFamilies dup = NearDuplicates.find(texts, NearDuplicateSettings.defaults());
        assertThat(dup.familyIds()).containsExactly(0, 0, 0, 1, 1, -1, -1);
        List<TranslationPair> pairs = List.of(pair(0, 3), pair(1, 4), pair(6, 5));

        CrossLanguageFamilies two = CrossLanguageFamilies.merge(dup, pairs, 2);
        assertThat(ids(two, 7)).containsExactly(0, 0, 0, 0, 0, -1, -1);
        CrossLanguageFamilies.Family f = two.families().get(0);
        assertThat(list(f.members())).containsExactly(0, 1, 2, 3, 4);
        assertThat(list(f.duplicateFamilies())).containsExactly(0, 1);
        assertThat(f.links()).isEqualTo(2);

        CrossLanguageFamilies one = CrossLanguageFamilies.merge(dup, pairs, 1);
        assertThat(ids(one, 7)).containsExactly(0, 0, 0, 0, 0, 1, 1);
        assertThat(list(one.families().get(1).members())).containsExactly(5, 6);
        assertThat(list(one.families().get(1).duplicateFamilies())).isEmpty();

        CrossLanguageFamilies three = CrossLanguageFamilies.merge(dup, pairs, 3);
        assertThat(ids(three, 7)).containsOnly(-1);
    }

    @Test
    void rejectsPairsOutsideThePostsAndANonPositiveLinkCount() {
        DuplicateFamilies dup = NearDuplicates.find(List.of("a b c d e f", "x"), NearDuplicateSettings.defaults());
        assertThatThrownBy(() -> CrossLanguageFamilies.merge(dup, List.of(pair(0, 5)), 1))
                .hasMessageContaining("pair (0, 5) refers to a post outside 0–1");
        assertThatThrownBy(() -> CrossLanguageFamilies.merge(dup, List.of(), 0)).hasMessageContaining("minLinks 0");
    }

    @Test
    void onTheFixtureWithCopiesEachFoundTemplateBecomesOneCrossLanguageFamily() {
        // Each campaign template is posted 3 times in English (as is, with a list number, with an emoji)
        // and twice in French (as is, with an emoji), ten minutes apart; organic posts once.
        List<TextFixtures.Bilingual> rows = TextFixtures.bilingual();
        List<String> texts = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<String> template = new ArrayList<>();
        for (TextFixtures.Bilingual r : rows) {
            List<String> copies = r.template().equals("-") ? List.of(r.text())
                    : r.lang().equals("en") ? List.of(r.text(), "4. " + r.text(), r.text() + " 🙄")
                    : List.of(r.text(), r.text() + " 😤");
            for (int c = 0; c < copies.size(); c++) {
                texts.add(copies.get(c));
                langs.add(r.lang());
                times.add(r.time() + 600L * c);
                template.add(r.template());
            }
        }
        DuplicateFamilies dup = NearDuplicates.find(texts, null, langs, NearDuplicateSettings.defaults());
        List<TranslationPair> pairs = BilingualPairing.pair(texts, langs,
                times.stream().mapToLong(Long::longValue).toArray(), PairingSettings.defaults());
        CrossLanguageFamilies cross = CrossLanguageFamilies.merge(dup, pairs, 2);

        int pure = 0;
        Set<String> seen = new HashSet<>();
        for (CrossLanguageFamilies.Family f : cross.families()) {
            Set<String> templates = new HashSet<>();
            f.members().forEach((int m) -> templates.add(template.get(m)));
            if (templates.size() == 1 && !templates.contains("-") && f.members().size() == 5) {
                pure++;
                seen.addAll(templates);
            }
        }
        System.out.printf("cross-language families: %d, of which %d are exactly one template's 5 copies%n",
                cross.families().size(), pure);
        // 36 of 38 templates pair (see BilingualPairingMeasurementTest); measured: all 36 become their own family.
        assertThat(pure).isGreaterThanOrEqualTo(34);
        assertThat(seen).doesNotContain("T13", "T34");
    }

    private static TranslationPair pair(int first, int second) {
        return new TranslationPair(first, second, 1.0, 1.0, -1, List.of());
    }

    private static List<Integer> ids(CrossLanguageFamilies c, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(c.familyOf(i));
        }
        return out;
    }

    /** IntList is both a List and Comparable, which AssertJ cannot choose between. */
    private static List<Integer> list(IntList l) {
        return new ArrayList<>(l);
    }
}
