package org.spamouflage.sandbox.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.scenario.ScenarioValidator;
import org.spamouflage.sandbox.scenario.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: checks a scenario file without generating anything. */
@Command(name = "validate", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Check a scenario file and list every problem in it, one per line:",
            "  FILE: PATH = VALUE: what is wrong; allowed: what is allowed",
            "Prints \"FILE: valid\" when there is none. Nothing is generated. The parameters and their ranges"
                    + " are in scenarios/README.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the scenario is valid",
            "2:the scenario has problems (listed on stderr) or an option is wrong",
            "1:anything else"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE",
            description = "The scenario .json file to check (UTF-8, at most 1 MiB).")
    private Path scenario;

    @Override
    public Integer call() {
        ValidationResult result = ScenarioValidator.validate(scenario);
        if (!result.valid()) {
            throw new InvalidInputException(result.problems().stream().map(ScenarioProblem::toString)
                    .collect(Collectors.joining("\n")));
        }
        spec.commandLine().getOut().println(scenario + ": valid");
        return Cli.OK;
    }
}
