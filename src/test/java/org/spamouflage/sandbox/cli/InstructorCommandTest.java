package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.security.PasswordHashes;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** {@code instructor add/list/remove/hash} on a fresh H2 file, passwords from standard input. */
class InstructorCommandTest {
    static final InputStream STDIN = System.in;

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    String db() {
        return dir.resolve("sandbox").toString();
    }

    InstructorRepository repo() {
        return new InstructorRepository(new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + db(), "sa", "")));
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(STDIN);
    }

    @Test
    void addsAnInstructorWithABcryptHashOfThePasswordAndNeverThePassword() {
        Result r = run("a long enough secret\n", "instructor", "add", "--name", "alice", "--db", db(), "--password-stdin");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Instructor created: alice");
        String hash = repo().find("alice").orElseThrow().passwordHash();
        assertThat(hash).startsWith("$2a$10$").doesNotContain("secret");
        assertThat(PasswordHashes.encoder().matches("a long enough secret", hash)).isTrue();
        assertThat(run("", "instructor", "list", "--db", db()).out().strip()).isEqualTo("alice");
    }

    @Test
    void withoutATerminalThePasswordComesFromStandardInput() {
        Result r = run("another long secret\n", "instructor", "add", "--name", "bob", "--db", db());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("No terminal: reading the password from the first line of standard input.");
    }

    @Test
    void refusesAShortPasswordAnExistingNameAndABadNameWithExitCode2() {
        Result shortPw = run("short\n", "instructor", "add", "--name", "alice", "--db", db(), "--password-stdin");
        assertThat(shortPw.code()).isEqualTo(2);
        assertThat(shortPw.err()).contains("the password has 5 characters; use at least 10; nothing was changed");
        run("a long enough secret\n", "instructor", "add", "--name", "alice", "--db", db(), "--password-stdin");
        Result again = run("a different secret\n", "instructor", "add", "--name", "alice", "--db", db(), "--password-stdin");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("instructor alice already exists; add --replace");
        Result bad = run("a long enough secret\n", "instructor", "add", "--name", "no spaces", "--db", db(), "--password-stdin");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--name: \"no spaces\" is not a valid name");
        assertThat(bad.err()).doesNotContain("Exception");
    }

    @Test
    void replaceSetsANewPassword() {
        run("a long enough secret\n", "instructor", "add", "--name", "alice", "--db", db(), "--password-stdin");
        Result r = run("a brand new secret\n", "instructor", "add", "--name", "alice", "--replace", "--db", db(),
                "--password-stdin");
        assertThat(r.code()).isZero();
        assertThat(PasswordHashes.encoder().matches("a brand new secret", repo().find("alice").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void removeDeletesAndSaysWhenThereIsNobodyToDelete() {
        run("a long enough secret\n", "instructor", "add", "--name", "alice", "--db", db(), "--password-stdin");
        assertThat(run("", "instructor", "remove", "--name", "alice", "--db", db()).code()).isZero();
        Result r = run("", "instructor", "remove", "--name", "alice", "--db", db());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no instructor named alice");
    }

    @Test
    void hashPrintsAHashTheConfigurationAccepts() {
        Result r = run("a long enough secret\n", "instructor", "hash", "--password-stdin");
        assertThat(r.code()).isZero();
        String hash = r.out().strip();
        assertThat(PasswordHashes.bcryptOrNull(hash)).isEqualTo(hash);
        assertThat(PasswordHashes.encoder().matches("a long enough secret", hash)).isTrue();
    }
}
