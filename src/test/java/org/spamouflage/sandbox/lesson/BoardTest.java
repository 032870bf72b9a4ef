package org.spamouflage.sandbox.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking by hand-worked examples: cost first, then F1, then who stood behind their answer first. */
class BoardTest {
    static final Instant T0 = Instant.parse("2025-01-13T09:00:00Z");

    static Participant p(long id, String name) {
        return new Participant(id, 1, name, T0);
    }

    static Submission s(long id, long participant, String name, int secondsLater, int tp, int fp, int fn, int tn) {
        return new Submission(id, 1, participant, name, T0.plusSeconds(secondsLater), List.of(),
                new Score(tp, fp, fn, tn, Double.NaN));
    }

    @Test
    void ranksLatestSubmissionsByCostThenF1ThenTime() {
        // 10 campaign accounts among 100. Costs: 1 per false alarm, 2 per miss.
        List<Participant> people = List.of(p(1, "Ada"), p(2, "Bo"), p(3, "Cy"), p(4, "Di"), p(5, "Ed"));
        List<Submission> subs = List.of(
                s(11, 1, "Ada", 0, 10, 40, 0, 50),  // early answer: cost 40
                s(12, 1, "Ada", 60, 8, 2, 2, 88),   // latest: cost 2 + 4 = 6, F1 16/20 = 0.8
                s(13, 2, "Bo", 30, 9, 3, 1, 87),    // cost 3 + 2 = 5, F1 18/22
                s(14, 3, "Cy", 40, 7, 0, 3, 90),    // cost 0 + 6 = 6, F1 14/17 = 0.8235 > Ada's 0.8
                s(15, 4, "Di", 20, 8, 2, 2, 88));   // same as Ada's latest, submitted earlier
        List<Board.Row> board = Board.rank(people, subs, new Costs(1, 2));
        assertThat(board).extracting(r -> r.participant().name()).containsExactly("Bo", "Cy", "Di", "Ada", "Ed");
        assertThat(board).extracting(Board.Row::rank).containsExactly(1, 2, 3, 4, 0);
        assertThat(board.get(0).score().cost()).isEqualTo(5.0);
        assertThat(board.get(3).submissions()).isEqualTo(2);
        assertThat(board.get(3).latest().id()).isEqualTo(12);
        assertThat(board.get(4).latest()).as("Ed never submitted").isNull();
    }

    @Test
    void anUndefinedF1RanksAfterADefinedOneAtTheSameCost() {
        // No campaign accounts at all: flagging nothing has cost 0 and undefined F1.
        List<Board.Row> board = Board.rank(List.of(p(1, "Ada"), p(2, "Bo")),
                List.of(s(1, 1, "Ada", 0, 0, 0, 0, 100), s(2, 2, "Bo", 5, 0, 0, 0, 100)), Costs.EQUAL);
        assertThat(Double.isNaN(board.get(0).score().f1())).isTrue();
        assertThat(board).extracting(r -> r.participant().name()).containsExactly("Ada", "Bo");
    }
}
