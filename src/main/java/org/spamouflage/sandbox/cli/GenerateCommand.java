package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: scenario + seed → a dataset folder. */
@Command(name = "generate", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Generate a synthetic dataset from a scenario and a seed, and write it as a dataset folder"
                + " (manifest.json, JSON Lines, posts.csv, coortweet.csv, truth.csv, post_truth.csv).",
            "The same scenario and seed always give byte-identical files. All people in the data are invented."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the folder could not be written (or another failure)",
            "2:invalid input: a bad scenario (every problem is listed), a bad option, or a non-empty --out"
                    + " folder without --force"})
final class GenerateCommand implements Callable<Integer> {

    /** Above this many expected posts a progress line is printed on stderr. */
    static final long PROGRESS_THRESHOLD = 100_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE|NAME",
            description = "A scenario .json file, or the name of a shipped scenario (e.g. canada-2023, looked up"
                    + " in scenarios/NAME.json, then inside the jar).")
    private String scenarioArg;

    @Option(names = "--seed", required = true, paramLabel = "N",
            description = "Seed of the random generator (any whole number); the same seed gives the same data.")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write (created if missing). Must be empty unless --force is given.")
    private Path out;

    @Option(names = "--force",
            description = "Write into a non-empty folder: the dataset files there are replaced; other files are kept.")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario scenario;
        try {
            scenario = ScenarioSource.resolve(scenarioArg);
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(e.problems().stream().map(ScenarioProblem::toString)
                    .collect(Collectors.joining("\n")));
        } catch (IOException e) {
            err.println("error: cannot read --scenario " + scenarioArg + ": " + IoMessages.describe(e));
            return Cli.FAILED;
        }
        checkOutFolder();

        long estimate = estimatedPosts(scenario);
        Progress progress = new Progress(err, estimate > PROGRESS_THRESHOLD);
        Generated generated;
        try {
            generated = Generator.generate(scenario, seed, progress);
            progress.finish("writing " + out + " …");
            DatasetFolder.write(generated.dataset(), generated.truth(), out);
        } catch (OutOfMemoryError e) {
            // The scenario caps keep this rare; when it happens, say what to do instead of a trace.
            err.println();
            err.println("error: out of memory for about " + estimate + " posts with a Java heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB; run java with more memory (e.g. java -Xmx4g -jar"
                    + " …) or make the scenario smaller");
            return Cli.FAILED;
        } catch (IOException e) {
            err.println("error: cannot write the dataset folder " + out + ": " + IoMessages.describe(e));
            return Cli.FAILED;
        } catch (IllegalArgumentException e) {
            err.println("error: the generated dataset is inconsistent, which is a bug; please report it with the"
                    + " scenario and seed. " + e.getMessage());
            return Cli.FAILED;
        }
        stdout.println(summary(generated.dataset(), generated.truth()));
        return Cli.OK;
    }

    private void checkOutFolder() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + ": is a file, not a folder");
        }
        if (Files.isDirectory(out) && !force) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
                if (entries.iterator().hasNext()) {
                    throw new InvalidInputException("--out " + out + ": the folder is not empty; choose an empty or"
                            + " new folder, or add --force to replace the dataset files in it (other files are kept)");
                }
            } catch (IOException e) {
                throw new IOException("cannot list --out " + out + ": " + IoMessages.describe(e), e);
            }
        }
    }

    private String summary(Dataset d, GroundTruth truth) {
        StringBuilder b = new StringBuilder();
        b.append("Wrote ").append(out).append(": ").append(d.accounts().size()).append(" accounts");
        if (truth != null && !truth.accounts().isEmpty()) {
            Map<AccountClass, Integer> byClass = new EnumMap<>(AccountClass.class);
            for (GroundTruth.AccountTruth t : truth.accounts().values()) {
                byClass.merge(t.cls(), 1, Integer::sum);
            }
            b.append(" (").append(byClass.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                    .collect(Collectors.joining(", "))).append(')');
        }
        b.append(", ").append(d.posts().size()).append(" posts");
        if (truth != null && !truth.posts().isEmpty()) {
            long campaign = truth.posts().values().stream().filter(GroundTruth.PostTruth::campaign).count();
            b.append(" (").append(campaign).append(" by the campaign)");
        }
        b.append(", ").append(d.engagements().size()).append(" engagements, ").append(d.targets().size())
                .append(" targets; scenario ").append(d.info().scenarioName()).append(", seed ")
                .append(d.info().seed()).append(". Synthetic data: all people are invented.");
        return b.toString();
    }

    /** A rough count of posts from the scenario, only to decide whether a progress line helps. */
    static long estimatedPosts(Scenario s) {
        double days = Math.max(1, ChronoUnit.DAYS.between(s.period().start(), s.period().end()) + 1);
        double posts = s.organic().accounts() * s.organic().postsPerAccount()
                + s.organic().superfans().count() * s.organic().superfans().postsPerDay() * days
                + s.backgroundBots().count() * s.backgroundBots().postsPerDay() * days
                + s.targets().politicians() * s.targets().postsPerDay() * days;
        if (s.campaign().enabled()) {
            posts += s.campaign().accounts() * s.campaign().timing().postsPerAccount();
        }
        return (long) Math.min(Long.MAX_VALUE / 2, posts);
    }

    /** Percentage on one stderr line, rewritten in place; silent for small scenarios. */
    static final class Progress implements DoubleConsumer {
        private final PrintWriter err;
        private final boolean enabled;
        private int shown = -1;

        Progress(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        @Override
        public synchronized void accept(double fraction) {
            if (!enabled) {
                return;
            }
            int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
            if (percent != shown) {
                shown = percent;
                err.print("\rgenerating " + percent + "%");
                err.flush();
            }
        }

        /** Ends the progress line and says what comes next. */
        synchronized void finish(String next) {
            if (!enabled) {
                return;
            }
            if (shown != 100) {
                err.print("\rgenerating 100%");
            }
            err.println();
            err.println(next);
            err.flush();
        }
    }
}
