package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * How the shell maps failures of commands that read dataset folders ({@code detect --data},
 * {@code evaluate}): an unreadable folder is invalid input (exit 2, every problem on its own
 * line), a failing disk is exit 1 with the reason in words; never a stack trace.
 */
class CliDatasetErrorsTest {

    @TempDir
    Path tmp;

    /** Stands in for any command that reads a dataset folder. */
    @Command(name = "probe")
    static final class ReadFolder implements Callable<Integer> {
        @Parameters
        Path dir;

        @Override
        public Integer call() throws Exception {
            DatasetFolder.readDataset(dir);
            return Cli.OK;
        }
    }

    /** Stands in for any command whose file operation fails. */
    @Command(name = "io")
    static final class FailIo implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            throw new NoSuchFileException("/data/x.csv");
        }
    }

    private String err;

    private int run(String... args) {
        CommandLine cl = Cli.commandLine();
        cl.addSubcommand("probe", new ReadFolder());
        cl.addSubcommand("io", new FailIo());
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute(args);
        err = e.toString();
        return code;
    }

    @Test
    void anUnreadableDatasetFolderIsInvalidInputWithEveryProblemOnItsOwnLine() throws Exception {
        DatasetFolder.write(org.spamouflage.sandbox.dataset.DatasetFixtures.small(), null, tmp);
        String posts = Files.readString(tmp.resolve("posts.jsonl"));
        Files.writeString(tmp.resolve("posts.jsonl"), posts.replace("\"account_id\":\"a1\"", "\"account_id\":\"zz\""));
        assertThat(run("probe", tmp.toString())).isEqualTo(2);
        assertThat(err.lines()).containsExactly(
                "posts.jsonl: line 3, field account_id: account \"zz\" is not in accounts.jsonl",
                "posts.jsonl: line 5, field account_id: account \"zz\" is not in accounts.jsonl");
    }

    @Test
    void aMissingFolderIsInvalidInput() {
        assertThat(run("probe", tmp.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.strip()).isEqualTo(tmp.resolve("nope") + ": no such folder");
    }

    @Test
    void fileSystemFailuresAreExplainedInWords() {
        assertThat(run("io")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("error: no such file or folder (/data/x.csv)");
    }
}
