package org.spamouflage.sandbox.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench}: speed measurements of engine parts; each part is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the speed of parts of the engine on synthetic data. Figures go to BENCHMARKS.md.",
        subcommands = {BenchTextCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "choose what to measure: " + String.join(", ", spec.subcommands().keySet()));
    }
}
