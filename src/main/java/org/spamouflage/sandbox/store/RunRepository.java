package org.spamouflage.sandbox.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Runs kept in the database. */
@Repository
public class RunRepository {
    private final JdbcTemplate jdbc;

    public RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a run and returns it with its id. */
    public SavedRun save(SavedRun run) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into run (scenario_name, scenario_json, seed, settings_json, "
                    + "engine_version, summary_json, created_at, playground_query) values (?,?,?,?,?,?,?,?)", new String[] {"ID"});
            ps.setString(1, run.scenarioName());
            ps.setString(2, run.scenarioJson());
            ps.setLong(3, run.seed());
            ps.setString(4, run.settingsJson());
            ps.setString(5, run.engineVersion());
            ps.setString(6, run.summaryJson());
            ps.setTimestamp(7, Timestamp.from(run.createdAt()));
            ps.setString(8, run.playgroundQuery());
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        return new SavedRun(id, run.scenarioName(), run.scenarioJson(), run.seed(), run.settingsJson(),
                run.engineVersion(), run.summaryJson(), run.createdAt(), run.playgroundQuery());
    }

    /** All runs, newest first. */
    public List<SavedRun> findAll() {
        return jdbc.query("select * from run order by created_at desc, id desc", RunRepository::map);
    }

    public Optional<SavedRun> findById(long id) {
        return jdbc.query("select * from run where id = ?", RunRepository::map, id).stream().findFirst();
    }

    public boolean delete(long id) {
        return jdbc.update("delete from run where id = ?", id) > 0;
    }

    private static SavedRun map(ResultSet rs, int row) throws SQLException {
        return new SavedRun(rs.getLong("id"), rs.getString("scenario_name"), rs.getString("scenario_json"),
                rs.getLong("seed"), rs.getString("settings_json"), rs.getString("engine_version"),
                rs.getString("summary_json"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("playground_query"));
    }
}
