package org.spamouflage.sandbox.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench}: measures speed and memory of the library's heavy steps (see BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and peak heap of a heavy step. Figures go into BENCHMARKS.md.",
        subcommands = {BenchGenerateCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: say what to measure (e.g. 'bench generate').");
    }
}
