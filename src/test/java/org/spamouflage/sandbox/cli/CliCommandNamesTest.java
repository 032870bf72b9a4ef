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
}
