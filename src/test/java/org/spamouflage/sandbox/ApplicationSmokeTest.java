package org.spamouflage.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class ApplicationSmokeTest {

    @TempDir
    static java.nio.file.Path dbDir;

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry r) {
        r.add("sandbox.db.path", () -> dbDir.resolve("sandbox").toString());
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayCreatesTheRunTable() {
        assertThat(jdbc.queryForObject("select count(*) from run", Integer.class)).isZero();
    }
}
