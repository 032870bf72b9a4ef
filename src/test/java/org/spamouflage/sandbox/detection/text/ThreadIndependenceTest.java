package org.spamouflage.sandbox.detection.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Parallel steps must not change results: one worker thread and the common pool give the same output. */
class ThreadIndependenceTest {

    private final List<TextFixtures.Bilingual> rows = TextFixtures.bilingual();
    private final List<String> texts = new ArrayList<>();
    private final List<String> langs = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();

    ThreadIndependenceTest() {
        // The bilingual fixture and the near-duplicate fixture together, each campaign post three times.
        for (TextFixtures.Bilingual r : rows) {
            for (int c = 0; c < (r.template().equals("-") ? 1 : 3); c++) {
                texts.add(c == 1 ? (c + 1) + ". " + r.text() : r.text());
                langs.add(r.lang());
                times.add(r.time() + 300L * c);
            }
        }
        for (TextFixtures.NearDup r : TextFixtures.nearDuplicates()) {
            texts.add(r.text());
            langs.add("en");
            times.add(1_692_000_000L);
        }
    }

    @Test
    void nearDuplicateFamiliesDoNotDependOnTheNumberOfThreads() throws Exception {
        DuplicateFamilies common = NearDuplicates.find(texts, null, langs, NearDuplicateSettings.defaults());
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            DuplicateFamilies single = one.submit(
                    () -> NearDuplicates.find(texts, null, langs, NearDuplicateSettings.defaults())).get();
            assertThat(single.familyIds()).isEqualTo(common.familyIds());
            assertThat(single.families()).isEqualTo(common.families());
            assertThat(single.stats()).isEqualTo(common.stats());
        } finally {
            one.shutdown();
        }
    }

    @Test
    void pairsDoNotDependOnTheNumberOfThreads() throws Exception {
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        List<TranslationPair> common = BilingualPairing.pair(texts, langs, t, PairingSettings.defaults());
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            List<TranslationPair> single = one.submit(
                    () -> BilingualPairing.pair(texts, langs, t, PairingSettings.defaults())).get();
            assertThat(single).isEqualTo(common).isNotEmpty();
        } finally {
            one.shutdown();
        }
    }
}
