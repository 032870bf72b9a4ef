package org.spamouflage.sandbox.detection.coaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.coaction.CoActionCounterTest.Row;

/** CooRTweet's min_participation, worked by hand from R/detect_groups.R (see CooRTweetMode). */
class CooRTweetModeTest {

    private static CoActionNetwork detect(int k, Row... rows) {
        return new CooRTweetMode(60, k, CoActionLimits.DEFAULT).detect(CoActionCounterTest.table(rows));
    }

    @Test
    void minParticipationOneKeepsEveryPair() {
        CoActionNetwork net = detect(1, new Row("x", "A", 0), new Row("x", "B", 5), new Row("y", "C", 0),
                new Row("y", "D", 1));
        assertThat(CoActionCounterTest.edges(net)).containsExactly("A,B,1,1", "C,D,1,1");
    }

    @Test
    void accountsWithFewerRowsThanKAreDroppedBeforePairing() {
        // K=2: B has one row in total, so it is removed before pairing; A and C pair on x and on y.
        CoActionNetwork net = detect(2,
                new Row("x", "A", 0), new Row("x", "B", 1), new Row("x", "C", 2),
                new Row("y", "A", 100), new Row("y", "C", 101));
        assertThat(CoActionCounterTest.edges(net)).containsExactly("A,C,2,2");
    }

    @Test
    void aPairIsKeptWhenEitherAccountParticipatesEnough() {
        // K=2. A co-shares with B on x and with C on y → A has 2 coordinated shares and qualifies; B and C
        // have one coordinated share each (their second rows pair with nobody) and do not. CooRTweet keeps a
        // pair if either side qualifies, so A–B and A–C stay. D and E pair once and each have one
        // coordinated share: D–E goes.
        CoActionNetwork net = detect(2,
                new Row("x", "A", 0), new Row("x", "B", 1),
                new Row("y", "A", 500), new Row("y", "C", 501),
                new Row("z1", "B", 9000), new Row("z2", "C", 9000),
                new Row("w", "D", 0), new Row("w", "E", 3), new Row("v1", "D", 0), new Row("v2", "E", 0));
        assertThat(CoActionCounterTest.edges(net)).containsExactly("A,B,1,1", "A,C,1,1");
    }

    @Test
    void selfReferencingRowsCountAsActivityButNeverPair() {
        // B has one pairable row and one row whose object is its own content (left out of the table, as
        // CooRTweet never pairs it). With K=2 that row still counts in the pre-filter, so B stays and pairs
        // with A twice on x; without it B has one row and is dropped.
        ActionTable t = CoActionCounterTest.table(new Row("x", "A", 0), new Row("x", "B", 1),
                new Row("x", "A", 30), new Row("y", "A", 40));
        int[] selfRef = new int[t.accountCount()];
        selfRef[t.indexOfAccount("B")] = 1;
        CoActionNetwork withSelfRef = new CooRTweetMode(60, 2, CoActionLimits.DEFAULT).detect(t, selfRef);
        CoActionNetwork without = new CooRTweetMode(60, 2, CoActionLimits.DEFAULT).detect(t);

        assertThat(CoActionCounterTest.edges(withSelfRef)).containsExactly("A,B,2,1");
        assertThat(without.edgeCount()).isZero();
    }

    @Test
    void rejectsMinParticipationBelowOne() {
        assertThatThrownBy(() -> new CooRTweetMode(10, 0, CoActionLimits.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min participation must be >= 1");
    }
}
