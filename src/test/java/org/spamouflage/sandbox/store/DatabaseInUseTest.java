package org.spamouflage.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseInUseTest {

    /** H2's own words, wrapped as Flyway and Spring wrap them at start-up. */
    static Throwable lockedAtStartUp() {
        SQLException h2 = new SQLException("Database may be already in use: \"/srv/data/sandbox.mv.db\". Possible "
                + "solutions: close all other connection(s); use the server mode [90020-232]", "90020", 90020);
        return new IllegalStateException("Error creating bean with name 'flywayInitializer'",
                new RuntimeException("Unable to obtain connection from database", h2));
    }

    @Test
    void aLockedH2FileGetsOneDescriptionAndOneAction() {
        FailureAnalysis a = new DatabaseInUse().analyze(lockedAtStartUp());
        assertThat(a.getDescription()).isEqualTo("The database /srv/data/sandbox.mv.db is in use by another process "
                + "(another copy of this app, or the instructor command): an H2 file database has one user at a time.");
        assertThat(a.getAction()).isEqualTo("Stop the other process, or start this one on another database file, e.g. "
                + "--sandbox.db.path=./data/other (or SANDBOX_DB_PATH=./data/other).");
    }

    @Test
    void otherStartUpFailuresAreLeftToSpring() {
        assertThat(new DatabaseInUse().analyze(new IllegalStateException("port 8080 in use"))).isNull();
        assertThat(new DatabaseInUse().analyze(new SQLException("syntax error", "42000", 42000))).isNull();
    }

    @Test
    void isRegisteredWithSpringBoot() throws Exception {
        String factories = new String(DatabaseInUseTest.class.getResourceAsStream("/META-INF/spring.factories")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(factories).contains("org.springframework.boot.diagnostics.FailureAnalyzer="
                + DatabaseInUse.class.getName());
    }
}
