package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Running out of heap ends a command with one sentence naming the flag to raise and exit code 1,
 * whether the error reaches the top directly or wrapped by a worker thread. (Checked by hand with
 * the real thing: {@code java -Xmx64m … import} of a million rows prints exactly this line.)
 */
class CliOutOfMemoryTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final boolean wrapped;

        Boom(boolean wrapped) {
            this.wrapped = wrapped;
        }

        @Override
        public Integer call() {
            OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
            if (wrapped) {
                throw new IllegalStateException(oom); // as a writer thread's failure comes back
            }
            throw oom;
        }
    }

    static String run(boolean wrapped, StringWriter err) {
        CommandLine cl = Cli.withHandlers(new CommandLine(new Boom(wrapped)));
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = Cli.execute(cl, new String[0]);
        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).isEmpty();
        return err.toString();
    }

    @Test
    void anOutOfMemoryErrorIsOneSentenceAndExitOne() {
        String err = run(false, new StringWriter());
        assertThat(err.lines()).singleElement().asString()
                .startsWith("error: out of memory: this command needed more than the ")
                .contains(" of heap Java allowed; run it again with more, e.g. java -Xmx")
                .endsWith("g -jar spamouflage-sandbox-0.1.0.jar …");
        assertThat(err).doesNotContain("\tat ", "OutOfMemoryError");
    }

    @Test
    void aWrappedOutOfMemoryErrorGetsTheSameSentence() {
        String err = run(true, new StringWriter());
        assertThat(err.lines()).singleElement().asString().startsWith("error: out of memory: ");
    }

    @Test
    void theSuggestionIsTwiceTheHeapInWholeGigabytes() {
        assertThat(Cli.outOfMemoryMessage(64L << 20, "import")).isEqualTo("error: out of memory: this command needed "
                + "more than the 64 MB of heap Java allowed; run it again with more, e.g. java -Xmx2g -jar "
                + "spamouflage-sandbox-0.1.0.jar import …");
        assertThat(Cli.outOfMemoryMessage(6L << 30, "detect")).contains("the 6.0 GB of heap", "java -Xmx12g -jar "
                + "spamouflage-sandbox-0.1.0.jar detect …");
    }
}
