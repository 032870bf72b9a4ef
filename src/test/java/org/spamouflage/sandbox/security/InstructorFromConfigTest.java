package org.spamouflage.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The instructor from configuration: created from a BCrypt hash, never from anything else, never by default. */
class InstructorFromConfigTest {
    InstructorRepository repo;

    @BeforeEach
    void database() {
        var ds = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        repo = new InstructorRepository(new JdbcTemplate(ds));
    }

    @Test
    void aNameAndABcryptHashMakeAnInstructorWhoCanSignIn() {
        String hash = PasswordHashes.encoder().encode("a long enough secret");
        new InstructorFromConfig(repo, "alice", "{bcrypt}" + hash).run(null);
        assertThat(repo.find("alice").orElseThrow().passwordHash()).isEqualTo(hash);
        var user = new InstructorDetails(repo).loadUserByUsername("alice");
        assertThat(PasswordHashes.encoder().matches("a long enough secret", user.getPassword())).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_" + Roles.INSTRUCTOR);
    }

    @Test
    void nothingIsCreatedByDefaultFromHalfASettingOrFromAPlainPassword() {
        new InstructorFromConfig(repo, "", "").run(null);
        new InstructorFromConfig(repo, "alice", "").run(null);
        new InstructorFromConfig(repo, "bob", "a plain password").run(null);
        new InstructorFromConfig(repo, "has space", PasswordHashes.encoder().encode("a long enough secret")).run(null);
        assertThat(repo.any()).isFalse();
    }
}
