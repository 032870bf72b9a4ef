package org.spamouflage.sandbox.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.spamouflage.sandbox.security.InstructorNames;
import org.spamouflage.sandbox.security.PasswordHashes;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code instructor}: the accounts that may sign in to the classroom pages. Opens the app's H2 file
 * itself (migrating it with Flyway like the app does) without starting the web server; stop the
 * web app first, since an H2 file database has one user at a time. Passwords are read without echo
 * from the terminal (twice), or from the first line of standard input with {@code --password-stdin}
 * or when there is no terminal; only their BCrypt hash is stored.
 */
@Command(name = "instructor", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Manage instructor accounts (who may sign in at /login to run lessons).",
            "No default password ships: create the first instructor with 'instructor add --name NAME'."},
        subcommands = {InstructorCommand.Add.class, InstructorCommand.ListNames.class, InstructorCommand.Remove.class,
            InstructorCommand.Hash.class})
public final class InstructorCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new InvalidInputException("instructor: choose add, list, remove or hash (see instructor --help)");
    }

    /** Where the database is: the same default as the web app. */
    static class Db {
        @Option(names = "--db", paramLabel = "PATH",
                description = "H2 database path without .mv.db (default: $SANDBOX_DB_PATH or ./data/sandbox, as the app).")
        String path;

        String path() {
            if (path != null && !path.isBlank()) {
                return path;
            }
            String env = System.getenv("SANDBOX_DB_PATH");
            return env == null || env.isBlank() ? "./data/sandbox" : env;
        }

        /** Opens and migrates the database; the caller uses the repository. */
        InstructorRepository open() {
            String url = "jdbc:h2:file:" + path() + ";AUTO_SERVER=FALSE";
            SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
            QuietLogs.warningsOnly("org.flywaydb");
            try {
                Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            } catch (FlywayException e) {
                throw new IllegalStateException(describe(e), e);
            }
            return new InstructorRepository(new JdbcTemplate(ds));
        }

        private String describe(Exception e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("already in use") || m.contains("Database may be already in use")) {
                return "the database " + Path.of(path() + ".mv.db").toAbsolutePath().normalize() + " is in use, probably "
                        + "by the running web app; stop it and run this again (or set sandbox.instructor.name and "
                        + "sandbox.instructor.password-hash in the app's configuration)";
            }
            return "could not open the database " + path() + ": " + m.lines().findFirst().orElse(m);
        }
    }

    /** How the password is read. */
    static class PasswordInput {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
                + "(for scripts); without a terminal this is what happens anyway.")
        boolean stdin;

        char[] read(PrintWriter err, String who) {
            Console console = System.console();
            if (stdin || console == null) {
                if (!stdin) {
                    err.println("No terminal: reading the password from the first line of standard input.");
                    err.flush();
                }
                return fromStdin();
            }
            char[] first = console.readPassword("Password for %s: ", who);
            char[] second = console.readPassword("Same password again: ");
            if (first == null || second == null) {
                throw new InvalidInputException("no password given");
            }
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new InvalidInputException("the two passwords differ; nothing was changed");
            }
            return first;
        }

        private static char[] fromStdin() {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                if (line == null) {
                    throw new InvalidInputException("no password on standard input; nothing was changed");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new InvalidInputException("could not read the password from standard input: " + e.getMessage());
            }
        }
    }

    static String hash(char[] password) {
        String problem = PasswordHashes.passwordProblem(password);
        if (problem != null) {
            Arrays.fill(password, '\0');
            throw new InvalidInputException(problem + "; nothing was changed");
        }
        String h = PasswordHashes.encoder().encode(new String(password));
        Arrays.fill(password, '\0');
        return h;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an instructor (asks for the password).")
    static final class Add implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--name", required = true, description = "Sign-in name (letters, digits, . _ @ -).")
        private String name;
        @Option(names = "--replace", description = "Set a new password when the instructor exists.")
        private boolean replace;
        @picocli.CommandLine.Mixin
        private PasswordInput password;
        @picocli.CommandLine.Mixin
        private Db db;

        @Override
        public Integer call() {
            String problem = InstructorNames.problem(name);
            if (problem != null) {
                throw new InvalidInputException("--name: " + problem);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            InstructorRepository repo = db.open();
            try {
                boolean exists = repo.find(name).isPresent();
                if (exists && !replace) {
                    throw new InvalidInputException("instructor " + name + " already exists; add --replace to set a new "
                            + "password");
                }
                repo.save(name, hash(password.read(err, name)), Instant.now());
                out.println((exists ? "Password changed for instructor " : "Instructor created: ") + name + " (database "
                        + db.path() + "). Sign in at /login.");
            } catch (DataAccessException e) {
                throw new IllegalStateException("could not write to the database " + db.path() + ": "
                        + e.getMostSpecificCause().getMessage(), e);
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List instructors.")
    static final class ListNames implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @picocli.CommandLine.Mixin
        private Db db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var names = db.open().names();
            if (names.isEmpty()) {
                out.println("No instructors yet; create one with 'instructor add --name NAME'.");
            }
            names.forEach(out::println);
            return Cli.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete an instructor (their lessons stay).")
    static final class Remove implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--name", required = true, description = "Sign-in name.")
        private String name;
        @picocli.CommandLine.Mixin
        private Db db;

        @Override
        public Integer call() {
            if (!db.open().delete(name)) {
                throw new InvalidInputException("no instructor named " + name);
            }
            spec.commandLine().getOut().println("Instructor removed: " + name);
            return Cli.OK;
        }
    }

    @Command(name = "hash", mixinStandardHelpOptions = true,
            description = {"Print the BCrypt hash of a password, for sandbox.instructor.password-hash.",
                "Touches no database."})
    static final class Hash implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @picocli.CommandLine.Mixin
        private PasswordInput password;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(hash(password.read(spec.commandLine().getErr(), "the hash")));
            return Cli.OK;
        }
    }
}
