package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliCommandNamesTest {

    @Test
    void recognisesEverySubcommandThatPicocliKnows() {
        for (String verb : Cli.commandLine().getSubcommands().keySet()) {
            assertThat(Cli.isCommand(new String[] {verb, "--help"})).as(verb).isTrue();
        }
    }

    @Test
    void leavesWebAppArgumentsToTheWebApp() {
        assertThat(Cli.isCommand(new String[] {"--server.port=8081"})).isFalse();
        assertThat(Cli.isCommand(new String[0])).isFalse();
        assertThat(Cli.isCommand(new String[] {"--help"})).isTrue();
    }

    @Test
    void aMistypedVerbIsACommandLineErrorNotAWebServer() {
        assertThat(Cli.isCommand(new String[] {"genrate", "--seed", "1"})).isTrue();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Cli.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err), "genrate");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("genrate");
    }

    @Test
    void aSingleCommandRunsWithTheRootNameInItsUsage() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Cli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "detect", "--no-such-option");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: spamouflage-sandbox detect");
    }

    @Test
    void buildsOnlyTheRequestedSubcommand() {
        assertThat(Cli.commandLine("detect", "--help").getSubcommands().keySet()).containsExactly("detect");
        assertThat(Cli.commandLine("--help").getSubcommands().keySet()).contains("detect", "bench", "help");
        assertThat(Cli.commandLine("help", "detect").getSubcommands().keySet()).contains("detect", "bench", "help");
    }

    /** A stray {@code %} in a description makes picocli print a warning instead of the help text's line. */
    @Test
    void everyCommandsHelpRendersWithoutAFormatWarning() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.util.List<String> rendered = new java.util.ArrayList<>();
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(Cli.commandLine()));
            while (!todo.isEmpty()) {
                picocli.CommandLine c = todo.pop();
                rendered.add(c.getCommandSpec().qualifiedName() + ": " + c.getUsageMessage().length());
                todo.addAll(c.getSubcommands().values());
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(rendered).as("commands whose help was rendered").hasSizeGreaterThan(20);
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
}
