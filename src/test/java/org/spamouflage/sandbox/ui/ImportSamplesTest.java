package org.spamouflage.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.ingest.Field;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.pipeline.Pipeline;

/**
 * The browser test's sample file does what its description says when read the way the Import page
 * reads it: every row accepted, and the engine puts exactly the five brigade accounts in one
 * cluster (the copied messages are its only coordination) and no one else in any.
 */
class ImportSamplesTest {

    @Test
    void theBrigadeOfACopyPasteCsvIsFoundAsOneClusterAndNoOneElse() throws Exception {
        String csv = ImportSamples.brigade();
        ImportSettings s = ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, "who")
                .withColumn(Field.TIME, "when").withColumn(Field.TEXT, "said");
        ImportResult r = Importer.importStream(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "brigade.csv", s);
        int rows = (int) csv.lines().count() - 1;
        assertThat(r.accepted()).isEqualTo(rows);
        assertThat(r.rejected()).isZero();
        assertThat(r.dataset().accounts()).hasSize(ImportSamples.BRIGADE + ImportSamples.PEOPLE);
        assertThat(r.dataset().posts().stream().filter(p -> p.text().contains("onerror")).count()).isEqualTo(1);

        Detection d = new Pipeline().detect("sample", r.dataset(), DetectorSettings.defaults());
        int[] clusters = d.clusters();
        List<String> clustered = new ArrayList<>();
        TreeSet<Integer> ids = new TreeSet<>();
        for (int a = 0; a < d.size(); a++) {
            if (clusters[a] >= 0) {
                clustered.add(d.accountIds().get(a));
                ids.add(clusters[a]);
            }
        }
        assertThat(ids).hasSize(1);
        assertThat(clustered).containsExactlyInAnyOrder("brigade0", "brigade1", "brigade2", "brigade3", "brigade4");
    }
}
