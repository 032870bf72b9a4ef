package org.spamouflage.sandbox.lesson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class board: every student's latest submission (what they stand behind), ranked by the
 * cost-weighted error (lower is better), then F1 (higher is better, undefined last), then who
 * submitted first; students who have not submitted yet come last, unranked.
 */
public final class Board {

    /**
     * One line of the board.
     *
     * @param rank        1-based rank, 0 for students without a submission
     * @param participant the student
     * @param submissions how many times they submitted
     * @param latest      their latest submission, or null
     * @param score       its score with the lesson's current costs, or null
     */
    public record Row(int rank, Participant participant, int submissions, Submission latest, Score score) {
        public Instant lastSubmitted() {
            return latest == null ? null : latest.submittedAt();
        }
    }

    private Board() {
    }

    /**
     * @param participants everyone who joined
     * @param submissions  every submission of the lesson, any order
     * @param costs        the lesson's current costs
     */
    public static List<Row> rank(List<Participant> participants, List<Submission> submissions, Costs costs) {
        Map<Long, Submission> latest = new LinkedHashMap<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Submission s : submissions) {
            counts.merge(s.participantId(), 1, Integer::sum);
            Submission prev = latest.get(s.participantId());
            if (prev == null || s.submittedAt().isAfter(prev.submittedAt())
                    || (s.submittedAt().equals(prev.submittedAt()) && s.id() > prev.id())) {
                latest.put(s.participantId(), s);
            }
        }
        List<Row> ranked = new ArrayList<>();
        List<Row> waiting = new ArrayList<>();
        for (Participant p : participants) {
            Submission s = latest.get(p.id());
            if (s == null) {
                waiting.add(new Row(0, p, 0, null, null));
            } else {
                Score raw = s.score();
                Score sc = new Score(raw.truePositives(), raw.falsePositives(), raw.falseNegatives(), raw.trueNegatives(),
                        costs.of(raw.falsePositives(), raw.falseNegatives()));
                ranked.add(new Row(0, p, counts.get(p.id()), s, sc));
            }
        }
        ranked.sort(Comparator.comparingDouble((Row r) -> r.score().cost())
                .thenComparing((Row r) -> Double.isNaN(r.score().f1()) ? 1.0 : -r.score().f1())
                .thenComparing(Row::lastSubmitted)
                .thenComparing(r -> r.participant().name())
                .thenComparingLong(r -> r.participant().id()));
        waiting.sort(Comparator.comparing((Row r) -> r.participant().name()).thenComparingLong(r -> r.participant().id()));
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Row r = ranked.get(i);
            out.add(new Row(i + 1, r.participant(), r.submissions(), r.latest(), r.score()));
        }
        out.addAll(waiting);
        return out;
    }
}
