package org.spamouflage.sandbox.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Scenarios the user saved from the web app (the shipped library lives in {@code scenarios/}). */
@Repository
public class ScenarioRepository {
    private final JdbcTemplate jdbc;

    public ScenarioRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the scenario saved under {@code name}. */
    public void save(String name, String json) {
        jdbc.update("merge into saved_scenario (name, json, updated_at) key (name) values (?,?,?)",
                name, json, Timestamp.from(Instant.now()));
    }

    /** Saved scenario names in alphabetical order. */
    public List<String> names() {
        return jdbc.queryForList("select name from saved_scenario order by name", String.class);
    }

    public Optional<String> find(String name) {
        return jdbc.queryForList("select json from saved_scenario where name = ?", String.class, name).stream().findFirst();
    }

    public boolean delete(String name) {
        return jdbc.update("delete from saved_scenario where name = ?", name) > 0;
    }
}
