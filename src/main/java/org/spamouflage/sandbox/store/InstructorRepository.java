package org.spamouflage.sandbox.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Instructor accounts. Used by the web app's sign-in and, with a plain {@link JdbcTemplate} over
 * the same H2 file, by the {@code instructor} command (which does not start the web server).
 */
@Repository
public class InstructorRepository {
    private final JdbcTemplate jdbc;

    public InstructorRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instructor> find(String name) {
        return jdbc.query("select * from instructor where name = ?", (rs, i) -> new Instructor(rs.getString("name"),
                rs.getString("password_hash"), rs.getTimestamp("created_at").toInstant()), name).stream().findFirst();
    }

    /** Names, alphabetical. */
    public List<String> names() {
        return jdbc.queryForList("select name from instructor order by name", String.class);
    }

    public boolean any() {
        Integer n = jdbc.queryForObject("select count(*) from instructor", Integer.class);
        return n != null && n > 0;
    }

    /** Creates the instructor, or replaces their password hash when the name exists. */
    public void save(String name, String passwordHash, Instant at) {
        jdbc.update("merge into instructor (name, password_hash, created_at) key (name) values (?, ?, "
                + "coalesce((select created_at from instructor where name = ?), ?))", name, passwordHash, name,
                Timestamp.from(at));
    }

    public boolean delete(String name) {
        return jdbc.update("delete from instructor where name = ?", name) > 0;
    }
}
