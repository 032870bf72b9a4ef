package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind the default shingles (see {@link NearDuplicateSettings}): exact Jaccard
 * similarity on the hand-written fixture, for each kind of shingle, between
 * <ul>
 *   <li>a base text and each of its edited copies (must be similar),</li>
 *   <li>two edited copies of the same base (should be similar; single linkage can also join them via the base),</li>
 *   <li>a base and its paraphrase, and texts of different groups (must not be).</li>
 * </ul>
 * The "gap" is the smallest edit similarity minus the largest paraphrase/unrelated similarity: the room
 * a threshold has. The table is printed so it can be copied into the docs.
 */
class ShingleChoiceTest {

    record Measurement(String shingles, double minEdit, double minEditPair, double maxOther, long editsAt08,
                       int edits) {
        double gap() {
            return minEdit - maxOther;
        }

        double pairGap() {
            return minEditPair - maxOther;
        }
    }

    static Measurement measure(Shingler shingler, List<TextFixtures.NearDup> rows) {
        List<long[]> sets = new ArrayList<>();
        for (TextFixtures.NearDup r : rows) {
            sets.add(shingler.shingleSet(TextNormalizer.normalize(r.text())));
        }
        double minEdit = 1;
        double minEditPair = 1;
        double maxOther = 0;
        long editsAt08 = 0;
        int edits = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                TextFixtures.NearDup a = rows.get(i);
                TextFixtures.NearDup b = rows.get(j);
                double s = Shingler.jaccard(sets.get(i), sets.get(j));
                boolean sameGroup = a.group().equals(b.group()) && !a.group().equals("ORG");
                if (sameGroup && a.kind().equals("base") && b.isEdit()) {
                    minEdit = Math.min(minEdit, s);
                    edits++;
                    editsAt08 += s >= 0.8 ? 1 : 0;
                } else if (sameGroup && a.isEdit() && b.isEdit()) {
                    minEditPair = Math.min(minEditPair, s);
                } else if (!sameGroup || a.kind().equals("paraphrase") || b.kind().equals("paraphrase")) {
                    maxOther = Math.max(maxOther, s);
                }
            }
        }
        return new Measurement(shingler.toString(), minEdit, minEditPair, maxOther, editsAt08, edits);
    }

    @Test
    void wordBigramsLeaveTheWidestGapAndTheDefaultThresholdSitsInsideIt() {
        List<TextFixtures.NearDup> rows = TextFixtures.nearDuplicates();
        Map<String, Measurement> table = new LinkedHashMap<>();
        for (Shingler s : List.of(new WordShingler(1), new WordShingler(2), new WordShingler(3), new CharShingler(3),
                new CharShingler(4), new CharShingler(5), new CharShingler(6), new CharShingler(7))) {
            Measurement m = measure(s, rows);
            table.put(m.shingles(), m);
            System.out.printf(Locale.ROOT, "%-7s min edit %.3f  min edit-edit %.3f  max paraphrase/unrelated %.3f"
                            + "  gap %.3f  edit-edit gap %.3f  edits >= 0.8: %d/%d%n", m.shingles(), m.minEdit(),
                    m.minEditPair(), m.maxOther(), m.gap(), m.pairGap(), m.editsAt08(), m.edits());
        }
        Measurement chosen = table.get("word-2");
        for (Measurement m : table.values()) {
            assertThat(chosen.gap()).as("gap of word-2 vs " + m.shingles()).isGreaterThanOrEqualTo(m.gap());
        }
        double t = NearDuplicateSettings.defaults().threshold();
        assertThat(chosen.minEditPair()).isGreaterThan(t);
        assertThat(chosen.maxOther()).isLessThan(t);
        // Values quoted in the NearDuplicateSettings documentation.
        assertThat(chosen.minEdit()).isBetween(0.69, 0.70);
        assertThat(chosen.maxOther()).isBetween(0.21, 0.22);
    }

    @Test
    void cooRTweetsSettingOfWordTrigramsAtPointEightMissesManyEdits() {
        // CooRTweet 1.x: textreuse word 3-grams, Jaccard >= 0.8. Documented as "41 of 72".
        Measurement m = measure(new WordShingler(3), TextFixtures.nearDuplicates());
        assertThat(m.edits()).isEqualTo(72);
        assertThat(m.editsAt08()).isEqualTo(41);
    }
}
