package org.spamouflage.sandbox.detection.coaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.coaction.CoActionCounterTest.Row;

class CoActionEvidenceTest {

    @Test
    void listsEachCoActionWithTimesAndSources() {
        ActionTable t = CoActionCounterTest.table(new Row("x", "A", 0), new Row("x", "A", 10), new Row("x", "B", 5),
                new Row("y", "A", 500), new Row("y", "B", 561), new Row("z", "B", 7));
        List<CoActionEvidence.Pair> pairs = CoActionEvidence.pairs(t, 60, t.indexOfAccount("A"), t.indexOfAccount("B"));

        // Rows 0..5 in order; y's gap of 61 s is beyond the window.
        assertThat(pairs).containsExactly(new CoActionEvidence.Pair("x", 0, 5, 0, 2),
                new CoActionEvidence.Pair("x", 10, 5, 1, 2));
        assertThat(pairs.get(0).gapSeconds()).isEqualTo(5);
    }

    @Test
    void thePairsOfEveryEdgeAddUpToItsWeight() {
        Random r = new Random(2);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rows.add(new Row("o" + r.nextInt(15), "a" + r.nextInt(25), r.nextInt(2_000)));
        }
        ActionTable t = CoActionCounterTest.table(rows);
        CoActionNetwork net = new CoActionCounter(90).count(t);
        assertThat(net.edgeCount()).isGreaterThan(20);
        for (int e = 0; e < net.edgeCount(); e++) {
            List<CoActionEvidence.Pair> pairs = CoActionEvidence.pairs(t, 90, net.accountA(e), net.accountB(e));
            assertThat(pairs).hasSize(net.weight(e));
            assertThat(pairs.stream().map(CoActionEvidence.Pair::objectId).distinct().count()).isEqualTo(net.objects(e));
            assertThat(pairs).allMatch(p -> p.gapSeconds() <= 90);
        }
    }
}
