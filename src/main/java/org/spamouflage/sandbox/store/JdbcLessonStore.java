package org.spamouflage.sandbox.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.spamouflage.sandbox.lesson.Costs;
import org.spamouflage.sandbox.lesson.ExerciseStatus;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.lesson.LessonStore;
import org.spamouflage.sandbox.lesson.Participant;
import org.spamouflage.sandbox.lesson.Score;
import org.spamouflage.sandbox.lesson.Submission;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lessons, students and submissions in the database (tables of migration V4). A submission's cost
 * is not stored: it follows the lesson's current costs, so an instructor who changes them sees the
 * board re-ranked.
 */
@Repository
public class JdbcLessonStore implements LessonStore {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public JdbcLessonStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public Lesson insert(Lesson l) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into lesson (title, instructions, scenario_name, scenario_json, "
                    + "playground_query, cost_false_positive, cost_false_negative, join_code, status, archived, owner, "
                    + "copied_from, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", new String[] {"ID"});
            ps.setString(1, l.title());
            ps.setString(2, l.instructions());
            ps.setString(3, l.scenarioName());
            ps.setString(4, l.scenarioJson());
            ps.setString(5, l.state().toQuery());
            ps.setDouble(6, l.costs().falsePositive());
            ps.setDouble(7, l.costs().falseNegative());
            ps.setString(8, l.joinCode());
            ps.setString(9, l.status().name());
            ps.setBoolean(10, l.archived());
            ps.setString(11, l.owner());
            ps.setObject(12, l.copiedFrom());
            ps.setTimestamp(13, Timestamp.from(l.createdAt()));
            ps.setTimestamp(14, Timestamp.from(l.updatedAt()));
            return ps;
        }, keys);
        return l.withId(keys.getKey().longValue());
    }

    @Override
    public void update(Lesson l) {
        jdbc.update("update lesson set title = ?, instructions = ?, scenario_name = ?, scenario_json = ?, "
                        + "playground_query = ?, cost_false_positive = ?, cost_false_negative = ?, join_code = ?, status = ?, "
                        + "archived = ?, updated_at = ? where id = ?",
                l.title(), l.instructions(), l.scenarioName(), l.scenarioJson(), l.state().toQuery(),
                l.costs().falsePositive(), l.costs().falseNegative(), l.joinCode(), l.status().name(), l.archived(),
                Timestamp.from(l.updatedAt()), l.id());
    }

    @Override
    public Optional<Lesson> lesson(long id) {
        return jdbc.query("select * from lesson where id = ?", JdbcLessonStore::lesson, id).stream().findFirst();
    }

    @Override
    public Optional<Lesson> lessonByCode(String joinCode) {
        return jdbc.query("select * from lesson where join_code = ?", JdbcLessonStore::lesson, joinCode).stream().findFirst();
    }

    @Override
    public List<Lesson> lessons() {
        return jdbc.query("select * from lesson order by created_at desc, id desc", JdbcLessonStore::lesson);
    }

    @Override
    public boolean codeInUse(String joinCode) {
        Integer n = jdbc.queryForObject("select count(*) from lesson where join_code = ?", Integer.class, joinCode);
        return n != null && n > 0;
    }

    @Override
    public Optional<Participant> addParticipant(long lessonId, String name, Instant joinedAt) {
        // Check and insert in one transaction; the unique key catches a race between two tabs.
        return tx.execute(status -> {
            Integer taken = jdbc.queryForObject("select count(*) from participant where lesson_id = ? "
                    + "and lower(display_name) = lower(?)", Integer.class, lessonId, name);
            if (taken != null && taken > 0) {
                return Optional.<Participant>empty();
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            try {
                jdbc.update(con -> {
                    var ps = con.prepareStatement("insert into participant (lesson_id, display_name, joined_at) "
                            + "values (?,?,?)", new String[] {"ID"});
                    ps.setLong(1, lessonId);
                    ps.setString(2, name);
                    ps.setTimestamp(3, Timestamp.from(joinedAt));
                    return ps;
                }, keys);
            } catch (DuplicateKeyException e) {
                return Optional.<Participant>empty();
            }
            return Optional.of(new Participant(keys.getKey().longValue(), lessonId, name, joinedAt));
        });
    }

    @Override
    public Optional<Participant> participant(long id) {
        return jdbc.query("select * from participant where id = ?", JdbcLessonStore::participant, id).stream().findFirst();
    }

    @Override
    public List<Participant> participants(long lessonId) {
        return jdbc.query("select * from participant where lesson_id = ? order by joined_at, id",
                JdbcLessonStore::participant, lessonId);
    }

    @Override
    public Submission addSubmission(Submission s) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into submission (lesson_id, participant_id, submitted_at, flagged, "
                    + "flagged_count, true_positives, false_positives, false_negatives, true_negatives) "
                    + "values (?,?,?,?,?,?,?,?,?)", new String[] {"ID"});
            ps.setLong(1, s.lessonId());
            ps.setLong(2, s.participantId());
            ps.setTimestamp(3, Timestamp.from(s.submittedAt()));
            ps.setString(4, String.join(" ", s.flagged()));
            ps.setInt(5, s.flagged().size());
            ps.setInt(6, s.score().truePositives());
            ps.setInt(7, s.score().falsePositives());
            ps.setInt(8, s.score().falseNegatives());
            ps.setInt(9, s.score().trueNegatives());
            return ps;
        }, keys);
        return new Submission(keys.getKey().longValue(), s.lessonId(), s.participantId(), s.participantName(),
                s.submittedAt(), s.flagged(), s.score());
    }

    private static final String SUBMISSIONS = "select s.*, p.display_name from submission s "
            + "join participant p on p.id = s.participant_id ";

    @Override
    public List<Submission> submissions(long lessonId) {
        return jdbc.query(SUBMISSIONS + "where s.lesson_id = ? order by s.submitted_at, s.id", JdbcLessonStore::submission,
                lessonId);
    }

    @Override
    public List<Submission> submissionsOf(long participantId) {
        return jdbc.query(SUBMISSIONS + "where s.participant_id = ? order by s.submitted_at, s.id",
                JdbcLessonStore::submission, participantId);
    }

    @Override
    public int submissionCount(long lessonId) {
        Integer n = jdbc.queryForObject("select count(*) from submission where lesson_id = ?", Integer.class, lessonId);
        return n == null ? 0 : n;
    }

    private static Lesson lesson(ResultSet rs, int row) throws SQLException {
        String scenario = rs.getString("scenario_name");
        PlaygroundState state = PlaygroundState.fromQuery(rs.getString("playground_query"), scenario, 1).state();
        long copied = rs.getLong("copied_from");
        Long copiedFrom = rs.wasNull() ? null : copied;
        return new Lesson(rs.getLong("id"), rs.getString("title"), rs.getString("instructions"), scenario,
                rs.getString("scenario_json"), state,
                new Costs(rs.getDouble("cost_false_positive"), rs.getDouble("cost_false_negative")),
                rs.getString("join_code"), ExerciseStatus.valueOf(rs.getString("status")), rs.getBoolean("archived"),
                rs.getString("owner"), copiedFrom, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getLong("lesson_id"), rs.getString("display_name"),
                rs.getTimestamp("joined_at").toInstant());
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        String flagged = rs.getString("flagged");
        List<String> ids = flagged.isEmpty() ? List.of() : Arrays.asList(flagged.split(" "));
        return new Submission(rs.getLong("id"), rs.getLong("lesson_id"), rs.getLong("participant_id"),
                rs.getString("display_name"), rs.getTimestamp("submitted_at").toInstant(), ids,
                new Score(rs.getInt("true_positives"), rs.getInt("false_positives"), rs.getInt("false_negatives"),
                        rs.getInt("true_negatives"), Double.NaN));
    }
}
