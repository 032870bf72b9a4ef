package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import org.spamouflage.sandbox.dataset.DatasetFolderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: a thin shell over the domain library. Exit codes: 0 success, 2 invalid input
 * (usage errors, {@link InvalidInputException}, and a dataset folder that cannot be read:
 * {@link DatasetFolderException}), 1 anything else (an {@link IOException} is described in words).
 * No stack traces reach the user.
 */
@Command(name = "spamouflage-sandbox", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Synthetic coordinated-campaign data, one detection engine, honest evaluation.%n"
                + "Run a command with --help for its options. Without a command the jar starts the web app.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, GenerateCommand.class,
            BenchIoCommand.class, BenchCommand.class})
public final class Cli {

    public static final String VERSION = "0.1.0";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;

    /** True when the arguments name a command (or ask for help/version) rather than web-app options. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        Set<String> verbs = commandLine().getSubcommands().keySet();
        return verbs.contains(args[0]) || Set.of("--help", "-h", "--version", "-V").contains(args[0]);
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    /** Runs with the given output streams (tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InvalidInputException iie) {
                err.println(iie.getMessage());
                return INVALID_INPUT;
            }
            if (ex instanceof DatasetFolderException dfe) {
                // A dataset folder that cannot be read is bad input: one line per problem.
                err.println(dfe.getMessage());
                return INVALID_INPUT;
            }
            if (ex instanceof IOException io) {
                err.println("error: " + IoMessages.describe(io));
                return FAILED;
            }
            err.println("error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return FAILED;
        });
        return cl;
    }
}
