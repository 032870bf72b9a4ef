package org.spamouflage.sandbox.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: thin shell over the domain library. Exit 0 success, 2 invalid input, 1 other. */
@Command(name = "spamouflage-sandbox", mixinStandardHelpOptions = true, version = "0.1.0",
        description = "Synthetic coordinated-campaign data, one detection engine, honest evaluation.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Cli {

    static final Set<String> VERBS = Set.of("help", "--help", "-h", "--version", "-V");

    /** True when the arguments name a command rather than web-app options. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (VERBS.contains(args[0]));
    }

    public static int run(String[] args) {
        return new CommandLine(new Cli()).execute(args);
    }
}
