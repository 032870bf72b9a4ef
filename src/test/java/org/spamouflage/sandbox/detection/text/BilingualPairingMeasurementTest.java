package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How well English–French pairing works on the hand-written fixture {@code bilingual-pairs.tsv}:
 * 36 campaign templates + 2 camouflage posts, each in English and machine-translated French (38 true
 * pairs), among 76 organic posts, 15 EN/FR pairs of which carry the same news written independently
 * ("echoes"). Precision is given two ways: strict (only translations count as correct) and
 * same-message (echoes count as correct too: they do carry the same message, they are just not a
 * campaign's translation). The bounds below are a few points under the measured values, so a change
 * that makes pairing worse fails here; the measured values are printed and quoted in the docs.
 *
 * <p>Measured at the defaults (threshold 0.5, minEvidence 3.0, timing on): 46 pairs, 36 translations,
 * 9 echoes, 1 wrong (a camouflage cat post matched to an organic cat post by its single emoji):
 * strict precision 0.78, same-message precision 0.98, recall 36/38 = 0.95. Without times: 49 pairs,
 * 36 / 9 / 4: 0.73, 0.92, 0.95. Missed: T13 and T34, whose only anchors are the critic's and a
 * politician's names, which half the corpus carries.
 */
class BilingualPairingMeasurementTest {

    record Score(int pairs, int translations, int echoes, Set<String> foundTemplates) {
        int wrong() {
            return pairs - translations - echoes;
        }

        double strictPrecision() {
            return pairs == 0 ? 0 : (double) translations / pairs;
        }

        double sameMessagePrecision() {
            return pairs == 0 ? 0 : (double) (translations + echoes) / pairs;
        }

        double recall(int truePairs) {
            return (double) foundTemplates.size() / truePairs;
        }
    }

    private final List<TextFixtures.Bilingual> rows = TextFixtures.bilingual();
    private final int truePairs = (int) rows.stream().filter(r -> !r.template().equals("-")).count() / 2;

    private Score measure(PairingSettings settings, boolean withTimes) {
        List<String> texts = rows.stream().map(TextFixtures.Bilingual::text).toList();
        List<String> langs = rows.stream().map(TextFixtures.Bilingual::lang).toList();
        long[] times = withTimes ? rows.stream().mapToLong(TextFixtures.Bilingual::time).toArray() : null;
        List<TranslationPair> pairs = BilingualPairing.pair(texts, langs, times, settings);
        int translations = 0;
        int echoes = 0;
        Set<String> found = new TreeSet<>();
        for (TranslationPair p : pairs) {
            TextFixtures.Bilingual en = rows.get(p.first());
            TextFixtures.Bilingual fr = rows.get(p.second());
            assertThat(en.lang()).isEqualTo("en");
            assertThat(fr.lang()).isEqualTo("fr");
            if (!en.template().equals("-") && en.template().equals(fr.template())) {
                translations++;
                found.add(en.template());
            } else if (!en.echo().equals("-") && en.echo().equals(fr.echo())) {
                echoes++;
            }
        }
        return new Score(pairs.size(), translations, echoes, found);
    }

    @Test
    void fixtureHasThirtyEightTranslationPairs() {
        assertThat(truePairs).isEqualTo(38);
    }

    @Test
    void atTheDefaultsWithTimes() {
        Score s = measure(PairingSettings.defaults(), true);
        print("defaults, with times", s);
        assertThat(s.recall(truePairs)).isGreaterThanOrEqualTo(0.90);
        assertThat(s.strictPrecision()).isGreaterThanOrEqualTo(0.72);
        assertThat(s.sameMessagePrecision()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void atTheDefaultsWithoutTimes() {
        Score s = measure(PairingSettings.defaults(), false);
        print("defaults, no times", s);
        assertThat(s.recall(truePairs)).isGreaterThanOrEqualTo(0.90);
        assertThat(s.strictPrecision()).isGreaterThanOrEqualTo(0.68);
        assertThat(s.sameMessagePrecision()).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void templatesWhoseOnlyAnchorsAreCommonNamesCannotBePaired() {
        // T13: "Claire Fontaine will never answer Martin Ouyang ..." / T34: "Parliament must investigate what
        // Martin Ouyang discovered ...": their anchors are carried by more than 5% of the posts.
        Score s = measure(PairingSettings.defaults(), true);
        assertThat(s.foundTemplates()).doesNotContain("T13", "T34");
        // A translated hashtag (#TruthMatters -> #LaVéritéCompte) is survived through names and emoji.
        assertThat(s.foundTemplates()).contains("T19");
    }

    @Test
    void theSpecificityCheckIsWhatKeepsNameOnlyMatchesOut() {
        Score with = measure(PairingSettings.defaults(), false);
        Score without = measure(PairingSettings.defaults().withMinEvidence(0), false);
        print("no specificity check, no times", without);
        assertThat(without.wrong()).isGreaterThan(with.wrong());
        assertThat(without.strictPrecision()).isLessThan(with.strictPrecision());
    }

    @Test
    void thresholdSweepIsPrinted() {
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            print(String.format(Locale.ROOT, "threshold %.1f, with times", t),
                    measure(PairingSettings.defaults().withThreshold(t), true));
        }
    }

    private void print(String label, Score s) {
        System.out.printf(Locale.ROOT, "%-30s pairs %2d  translations %2d  echoes %2d  wrong %2d  strict P %.2f"
                        + "  same-message P %.2f  recall %.2f%n", label, s.pairs(), s.translations(), s.echoes(),
                s.wrong(), s.strictPrecision(), s.sameMessagePrecision(), s.recall(truePairs));
    }
}
