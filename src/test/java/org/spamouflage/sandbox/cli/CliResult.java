package org.spamouflage.sandbox.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command-line run inside the test JVM: its exit code and what it printed to each stream. */
record CliResult(int code, String out, String err) {

    static CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
