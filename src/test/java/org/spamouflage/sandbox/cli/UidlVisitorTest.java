package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.i18n.Texts;

/** The load test knows a visitor has its result by the Playground's counts line, as the page writes it. */
class UidlVisitorTest {

    @Test
    void theCountsLineIsFoundWithGroupedNumbersAsTheEnglishPageWritesThem() {
        String line = Texts.of(Language.ENGLISH).get("playground.counts", 2_315, 41_207, 12);
        assertThat(line).isEqualTo("2,315 accounts scored · 41,207 posts · 12 politicians");
        assertThat(UidlVisitor.RESULT.matcher("{\"text\":\"" + line + "\"}").find()).isTrue();
    }

    @Test
    void aPageWithoutTheCountsLineIsNotAResult() {
        assertThat(UidlVisitor.RESULT.matcher("Running canada-2023, seed 7 · accounts scored soon").find()).isFalse();
    }
}
