package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.spamouflage.sandbox.dataset.DatasetFolderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line: a thin shell over the domain library. Exit codes: 0 success, 2 invalid input
 * (usage errors, {@link InvalidInputException}, and a dataset folder that cannot be read:
 * {@link DatasetFolderException}), 1 anything else (an {@link IOException} is described in words;
 * running out of memory names the {@code -Xmx} flag to raise). No stack traces reach the user.
 */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Synthetic coordinated-campaign data, one detection engine, honest evaluation.%n"
                + "Run a command with --help for its options. Without a command the jar starts the web app.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, GenerateCommand.class, ImportCommand.class,
            DetectCommand.class, EvaluateCommand.class, BenchCommand.class, InstructorCommand.class})
public final class Cli {

    public static final String NAME = "spamouflage-sandbox";
    public static final String VERSION = "0.1.0";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;

    /**
     * True when the arguments name a command (or ask for help/version) rather than web-app options.
     * Reads the subcommand names from the annotations instead of building the picocli model, which
     * {@link #run(String[])} builds anyway: the model costs tens of milliseconds of start-up.
     */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        Set<String> verbs = new HashSet<>();
        for (Class<?> sub : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            if (c != null) {
                verbs.add(c.name());
                verbs.addAll(Arrays.asList(c.aliases()));
            }
        }
        // Anything that is not a Spring option (--name=value) is a command, so a mistyped verb gets a
        // CLI error instead of silently starting the web server.
        return verbs.contains(args[0]) || Set.of("--help", "-h", "--version", "-V").contains(args[0])
                || !args[0].startsWith("--");
    }

    public static int run(String[] args) {
        return execute(commandLine(args), args);
    }

    /** Runs with the given output streams (tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        int code = execute(cl, args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Runs the command. picocli hands exceptions to the handler below but lets errors through, so
     * running out of heap (or stack) is caught here: one sentence, exit 1, never a stack trace.
     */
    static int execute(CommandLine cl, String[] args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(cl.getErr(), args);
        } catch (StackOverflowError e) {
            cl.getErr().println("error: the input is nested too deeply for this command (the Java stack ran out); "
                    + "check the file, or run with a larger stack, e.g. java -Xss16m -jar " + jar() + " …");
            cl.getErr().flush();
            return FAILED;
        }
    }

    /** Says that the heap ran out and which flag gives more; returns exit code 1. */
    static int outOfMemory(PrintWriter err, String[] args) {
        long max = Runtime.getRuntime().maxMemory();
        err.println(outOfMemoryMessage(max, args.length == 0 ? "" : args[0]));
        err.flush();
        return FAILED;
    }

    /**
     * {@code error: out of memory: this command needed more than the 1.5 GB of heap Java allowed;
     * run it again with more, e.g. java -Xmx4g -jar spamouflage-sandbox-0.1.0.jar import …}: the
     * suggestion is twice the current maximum, in whole gigabytes, at least 2.
     */
    static String outOfMemoryMessage(long maxHeapBytes, String verb) {
        double gb = maxHeapBytes / (1024.0 * 1024 * 1024);
        String have = gb >= 1 ? String.format(java.util.Locale.ROOT, "%.1f GB", gb)
                : String.format(java.util.Locale.ROOT, "%d MB", maxHeapBytes / (1024 * 1024));
        return "error: out of memory: this command needed more than the " + have + " of heap Java allowed; run it again "
                + "with more, e.g. " + withHeap(2.0 * maxHeapBytes, verb);
    }

    /**
     * {@code java -Xmx4g -jar spamouflage-sandbox-0.1.0.jar detect …}: the command line with a heap of at least
     * {@code bytes}, in whole gigabytes, at least 2.
     */
    static String withHeap(double bytes, String verb) {
        long gb = Math.max(2, (long) Math.ceil(bytes / (1024.0 * 1024 * 1024)));
        return "java -Xmx" + gb + "g -jar " + jar() + (verb.isEmpty() ? "" : " " + verb) + " …";
    }

    private static String jar() {
        return NAME + "-" + VERSION + ".jar";
    }

    private static boolean causedByOutOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The full command line, every subcommand built (for help listings and tests). */
    static CommandLine commandLine() {
        return withHandlers(new CommandLine(new Cli()));
    }

    /**
     * The command line for these arguments. When the first argument names a subcommand, only that one
     * is built: picocli instantiates and inspects every subcommand it is given, which costs start-up
     * time for each command that is not run (a hundred milliseconds and growing with the commands).
     */
    static CommandLine commandLine(String... args) {
        Class<?> only = args.length == 0 ? null : subcommandNamed(args[0]);
        if (only == null || only == CommandLine.HelpCommand.class) {
            return commandLine();
        }
        CommandSpec root = CommandSpec.wrapWithoutInspection(new Cli()).name(NAME).version(VERSION);
        root.mixinStandardHelpOptions(true);
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand(new CommandLine(instantiate(only)));
        return withHandlers(cl);
    }

    private static Class<?> subcommandNamed(String verb) {
        for (Class<?> sub : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            if (c != null && (c.name().equals(verb) || Arrays.asList(c.aliases()).contains(verb))) {
                return sub;
            }
        }
        return null;
    }

    private static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create command " + type.getName(), e);
        }
    }

    static CommandLine withHandlers(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (causedByOutOfMemory(ex)) {
                // a worker thread ran out of heap and the failure came back wrapped
                return outOfMemory(err, parseResult.originalArgs().toArray(new String[0]));
            }
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
