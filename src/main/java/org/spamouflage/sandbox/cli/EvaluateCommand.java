package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.EvaluationSettings;
import org.spamouflage.sandbox.metrics.InvalidMetricInputException;
import org.spamouflage.sandbox.metrics.LabelOptions;
import org.spamouflage.sandbox.metrics.MetricsJson;
import org.spamouflage.sandbox.report.DetectionFolder;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.report.ExportReadException;
import org.spamouflage.sandbox.report.MetricsText;
import org.spamouflage.sandbox.report.TruthFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: scores in a detection folder + labels → metrics table, metrics.json, methods note. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, version = Cli.VERSION, sortOptions = false,
        description = {"Measure a detection's scores against labels: per-signal and combined AUC, average precision"
                + " and KS; the confusion matrix at the threshold, at the best-F1 threshold and at a 1%% false"
                + " positive budget; precision@10/50/100; cluster recovery against campaign cells.",
            "Works from the scores alone: --detection is a folder written by detect --data (or any accounts.csv"
                + " with account_id and score columns, optional cluster and one column per signal). It never re-runs"
                + " the engine, so it also measures scores made by someone else or by another tool; settings.json and"
                + " detection.json, when present, only feed the methods note. Scores are taken as written (6"
                + " decimals in accounts.csv), so two scores closer than 1e-6 count as a tie: AUC can then differ from an"
                + " evaluation inside the engine in the 5th decimal.",
            "Prints a table and writes metrics.json, methods.md and methods.html (the methods note, now with error"
                + " rates) into --out, by default the detection folder (those three files are replaced there).",
            "Scores are not probabilities: the threshold is a cut on the ranking."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a file could not be written (or another failure)",
            "2:invalid input: unreadable scores or labels (every problem is listed), accounts missing from the labels,"
                    + " a bad option, or a non-empty --out folder without --force"})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--detection", required = true, paramLabel = "DIR",
            description = "A detection folder (from detect --data), or an accounts.csv file.")
    private Path detection;

    @Option(names = "--truth", required = true, paramLabel = "FILE",
            description = "Labels: a truth.csv (columns account_id and class: campaign, organic or background;"
                    + " optional cell for cluster recovery), or a dataset folder holding one.")
    private Path truth;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5",
            description = "Flag accounts with score >= T for the first confusion matrix. Default: ${DEFAULT-VALUE}.")
    private double threshold;

    @Option(names = "--unknown", paramLabel = "MODE", defaultValue = "reject",
            description = "Scored accounts missing from the labels: reject (an error listing them; default), negative"
                    + " (count as not campaign, for a truth file listing only campaign accounts) or exclude.")
    private String unknown;

    @Option(names = "--background", paramLabel = "MODE", defaultValue = "negative",
            description = "Background bots (automated accounts outside the campaign): negative (flagging one is a"
                    + " false alarm; default) or exclude.")
    private String background;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write metrics.json, methods.md and methods.html. Default: the detection folder.")
    private Path out;

    @Option(names = "--force", description = "Write into a non-empty --out folder (files of the same names are"
            + " replaced, others kept).")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabelOptions options = options();
        EvaluationSettings settings;
        try {
            settings = new EvaluationSettings(threshold, EvaluationSettings.DEFAULT.targetFalsePositiveRate(),
                    EvaluationSettings.DEFAULT.precisionAtK());
        } catch (InvalidMetricInputException e) {
            throw new InvalidInputException("--threshold: " + e.getMessage());
        }
        if (out != null) {
            OutFolder.check(out, force);
        }
        DetectionFolder folder;
        GroundTruth labels;
        try {
            folder = DetectionFolder.read(detection);
        } catch (ExportReadException e) {
            throw new InvalidInputException("--detection " + detection + ":\n  " + String.join("\n  ", e.problems()));
        }
        try {
            labels = TruthFile.read(truth);
        } catch (ExportReadException e) {
            throw new InvalidInputException("--truth " + truth + ":\n  " + String.join("\n  ", e.problems()));
        }
        EvaluationReport report;
        try {
            report = folder.evaluate(labels, settings, options);
        } catch (InvalidMetricInputException e) {
            throw new InvalidInputException("cannot evaluate " + detection + " against " + truth + ":\n  "
                    + String.join("\n  ", e.problems()));
        }
        for (String note : folder.notes()) {
            err.println("note: " + note);
        }
        stdout.print(MetricsText.table(report));
        Path dir = out != null ? out : Files.isDirectory(detection) ? detection
                : detection.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            write(dir.resolve(ExportFile.METRICS_JSON.fileName()), MetricsJson.write(report));
            write(dir.resolve(ExportFile.METHODS_MD.fileName()), folder.methodsMarkdown(report));
            write(dir.resolve(ExportFile.METHODS_HTML.fileName()), folder.methodsHtml(report));
        } catch (IOException e) {
            throw new IOException("cannot write to " + dir + ": " + IoMessages.describe(e), e);
        }
        stdout.println("\nWrote metrics.json, methods.md, methods.html -> " + dir);
        return Cli.OK;
    }

    private LabelOptions options() {
        StringBuilder problems = new StringBuilder();
        LabelOptions.Unknown u = null;
        LabelOptions.Background b = null;
        try {
            u = LabelOptions.Unknown.valueOf(unknown.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.append("--unknown ").append(unknown).append(": allowed: reject, negative, exclude\n");
        }
        try {
            b = LabelOptions.Background.valueOf(background.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.append("--background ").append(background).append(": allowed: negative, exclude\n");
        }
        if (problems.length() > 0) {
            throw new InvalidInputException(problems.toString().strip());
        }
        return new LabelOptions(b, u);
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
