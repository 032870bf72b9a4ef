package org.spamouflage.sandbox.cli;

import picocli.CommandLine.Command;

/** {@code bench}: speed measurements; each workload is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed on benchmark workloads (figures go to BENCHMARKS.md).",
                "Whole-process figures are measured with /usr/bin/time around the real commands; these "
                        + "subcommands time the phases inside one JVM."},
        subcommands = {BenchCoshareCommand.class, BenchCoshareDataCommand.class, BenchImportCommand.class,
            BenchIoCommand.class, BenchTextCommand.class, BenchDetectionCommand.class, BenchPairingCommand.class,
            BenchGenerateCommand.class, BenchPlaygroundCommand.class, BenchClassroomCommand.class,
            BenchRealDataCommand.class, BenchWebLoadCommand.class, BenchRetainedCommand.class,
            BenchValidateCommand.class, BenchScaleCommand.class, BenchWebImportCommand.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new InvalidInputException("bench: choose what to measure: " + String.join(", ", spec.subcommands().keySet()));
    }
}
