package org.spamouflage.sandbox.cli;

import picocli.CommandLine.Command;

/** {@code bench}: measurements behind BENCHMARKS.md. Each sub-command times one part of the pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory (figures for BENCHMARKS.md).",
        subcommands = {BenchImportCommand.class, BenchIoCommand.class, BenchPlaygroundCommand.class})
public final class BenchCommand {
}
