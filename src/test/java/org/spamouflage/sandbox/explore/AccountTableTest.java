package org.spamouflage.sandbox.explore;

import org.spamouflage.sandbox.report.Fmt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Importer;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/**
 * The ranked account table against the detection it is built from: every oracle below is computed
 * here straight from {@link Detection}'s arrays (combined scores, clusters, signal scores), not
 * through the table.
 */
class AccountTableTest {
    private static Detection generated;
    private static AccountTable table;
    private static Detection shares;

    @BeforeAll
    static void runs() throws Exception {
        try (InputStream in = AccountTableTest.class.getResourceAsStream("/scenarios/classroom-small.json")) {
            generated = new Pipeline().run(ScenarioJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "classroom-small.json"), 3, DetectorSettings.defaults()).detection();
        }
        table = AccountTable.of(generated);
        try (InputStream in = AccountTableTest.class.getResourceAsStream("/ingest/coortweet/shares.csv")) {
            ImportResult r = Importer.importStream(in, "shares.csv", ImportSettings.of(Preset.COORTWEET));
            shares = new Pipeline().detect("shares", r.dataset(), DetectorSettings.defaults());
        }
    }

    /** Account indexes by combined score, highest first, ties by account id. */
    private static int[] expectedRankOrder(Detection d) {
        double[] c = d.combined();
        return IntStream.range(0, d.size()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -c[i]).thenComparing(i -> d.context().account(i).id()))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void ranksEveryScoredAccountByCombinedScoreWithTiesByAccountId() {
        int[] order = expectedRankOrder(generated);
        assertThat(table.size()).isEqualTo(generated.size()).isGreaterThan(100);
        assertThat(table.view(null, null, null, null, false)).containsExactly(order);
        for (int r = 0; r < order.length; r++) {
            AccountTable.Row row = table.row(order[r]);
            assertThat(row.rank()).isEqualTo(r + 1);
            assertThat(row.accountId()).isEqualTo(generated.context().account(order[r]).id());
            assertThat(row.handle()).isEqualTo(generated.context().account(order[r]).handle());
            assertThat(row.score()).isEqualTo(generated.combined()[order[r]]);
            assertThat(row.cluster()).isEqualTo(generated.clusters()[order[r]]);
        }
    }

    @Test
    void filtersByClusterAndByASignalThatFired() {
        int[] clusters = generated.clusters();
        List<Integer> expectedClusters = Arrays.stream(clusters).filter(c -> c >= 0).distinct().sorted().boxed().toList();
        assertThat(table.clusters()).isEqualTo(expectedClusters).isNotEmpty();
        int c = expectedClusters.get(0);
        int[] inC = table.view(c, null, null, null, false);
        assertThat(inC).hasSize((int) Arrays.stream(clusters).filter(x -> x == c).count());
        assertThat(IntStream.of(inC).boxed()).allMatch(i -> clusters[i] == c);
        assertThat(table.view(-1, null, null, null, false))
                .hasSize((int) Arrays.stream(clusters).filter(x -> x < 0).count());

        for (SignalInfo s : generated.signals()) {
            double[] v = generated.signalScores(s.id());
            long fired = Arrays.stream(v).filter(x -> x >= SignalResult.FIRED).count();
            int[] rows = table.view(null, s.id(), null, null, false);
            assertThat(rows).as(s.id()).hasSize((int) fired);
            // still in rank order
            assertThat(IntStream.of(rows).map(i -> table.row(i).rank()).toArray()).isSorted();
        }
        int[] both = table.view(c, generated.signals().get(0).id(), null, null, false);
        assertThat(IntStream.of(both).boxed()).allMatch(i -> clusters[i] == c
                && generated.signalScores(generated.signals().get(0).id())[i] >= SignalResult.FIRED);
    }

    @Test
    void sortsByASignalWithNotApplicableLastInBothDirections() {
        for (SignalInfo s : generated.signals()) {
            double[] v = generated.signalScores(s.id());
            for (boolean descending : new boolean[] {false, true}) {
                int[] rows = table.view(null, null, null, AccountTable.SIGNAL + s.id(), descending);
                List<Double> values = new ArrayList<>();
                IntStream.of(rows).forEach(i -> values.add(v[i]));
                int firstNaN = values.indexOf(Double.NaN);
                List<Double> numbers = firstNaN < 0 ? values : values.subList(0, firstNaN);
                assertThat(numbers).as(s.id() + " numbers first").noneMatch(x -> x.isNaN());
                assertThat(values.subList(numbers.size(), values.size())).as(s.id() + " then n/a").allMatch(x -> x.isNaN());
                Comparator<Double> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
                assertThat(numbers).as(s.id()).isSortedAccordingTo(order);
            }
        }
    }

    @Test
    void searchesHandlesAndSortsThemCaseInsensitively() {
        String handle = table.row(table.view(null, null, null, null, false)[0]).handle();
        String needle = handle.substring(0, Math.min(4, handle.length())).toUpperCase(java.util.Locale.ROOT);
        int[] found = table.view(null, null, needle, null, false);
        assertThat(found).isNotEmpty();
        assertThat(IntStream.of(found).boxed()).allMatch(i -> table.row(i).handle().toLowerCase(java.util.Locale.ROOT)
                .contains(needle.toLowerCase(java.util.Locale.ROOT)) || table.row(i).accountId()
                .toLowerCase(java.util.Locale.ROOT).contains(needle.toLowerCase(java.util.Locale.ROOT)));
        List<String> handles = IntStream.of(table.view(null, null, null, AccountTable.HANDLE, false))
                .mapToObj(i -> table.row(i).handle().toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(handles).isSorted();
    }

    @Test
    void aShareTableShowsTheLocalTimeSignalsAsNotApplicableWithWhy() {
        AccountTable t = AccountTable.of(shares);
        List<String> abstaining = shares.signals().stream().map(SignalInfo::id).filter(id -> shares.abstention(id) != null)
                .toList();
        assertThat(abstaining).as("signals that abstain on a share table without a time zone").isNotEmpty();
        assertThat(t.notApplicable()).extracting(AccountTable.NotApplicable::signalId).isEqualTo(abstaining);
        for (String id : abstaining) {
            assertThat(t.abstention(id)).isEqualTo(shares.abstention(id));
            for (int i = 0; i < t.size(); i++) {
                assertThat(t.shownScore(i, id)).isEqualTo("n/a");
            }
        }
        String applies = shares.signals().stream().map(SignalInfo::id).filter(id -> shares.abstention(id) == null)
                .findFirst().orElseThrow();
        double v = shares.signalScores(applies)[0];
        assertThat(t.shownScore(0, applies)).isEqualTo(Double.isNaN(v) ? "n/a" : Fmt.num(v, 2));
    }
}
