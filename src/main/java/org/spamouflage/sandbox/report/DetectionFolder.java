package org.spamouflage.sandbox.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.Signals;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.EvaluationSettings;
import org.spamouflage.sandbox.metrics.Evaluator;
import org.spamouflage.sandbox.metrics.LabelOptions;
import org.spamouflage.sandbox.metrics.NamedScores;
import org.spamouflage.sandbox.metrics.TruthLabels;
import org.spamouflage.sandbox.dataset.GroundTruth;

/**
 * A detection folder read back for {@code evaluate}: {@code accounts.csv} (required) and, when
 * present, {@code settings.json} and {@code detection.json} (for the methods note). Works from the
 * scores alone, without the dataset or the engine, so scores made elsewhere can be measured too.
 *
 * @param scores   the scores
 * @param settings the detector settings, or null when the folder has no {@code settings.json}
 * @param summary  the detection summary, or null when the folder has no {@code detection.json}
 * @param notes    what was missing or left out, for the user
 */
public record DetectionFolder(AccountScores scores, DetectorSettings settings, DetectionSummary summary,
                              List<String> notes) {

    /** Upper bound on {@code settings.json} and {@code detection.json}: a few kilobytes each. */
    static final long MAX_JSON_BYTES = 10L << 20;

    /**
     * @param dir a detection folder, or an {@code accounts.csv} file
     * @throws ExportReadException listing the problems
     */
    public static DetectionFolder read(Path dir) throws ExportReadException {
        Path accounts = Files.isDirectory(dir) ? dir.resolve(ExportFile.ACCOUNTS_CSV.fileName()) : dir;
        Path folder = Files.isDirectory(dir) ? dir : dir.toAbsolutePath().getParent();
        AccountScores scores = AccountScores.read(accounts);
        List<String> notes = new ArrayList<>(scores.notes());
        List<String> problems = new ArrayList<>();
        DetectorSettings settings = null;
        Path s = folder.resolve(ExportFile.SETTINGS_JSON.fileName());
        if (Files.isRegularFile(s)) {
            try {
                settings = DetectorSettings.fromJson(small(s));
            } catch (IllegalArgumentException e) {
                problems.add("settings.json: " + e.getMessage());
            } catch (IOException e) {
                problems.add("settings.json: cannot be read: " + e.getMessage());
            }
        } else {
            notes.add("no settings.json next to the scores: the methods note cannot list the detector settings");
        }
        DetectionSummary summary = null;
        Path d = folder.resolve(ExportFile.DETECTION_JSON.fileName());
        if (Files.isRegularFile(d)) {
            try {
                summary = JsonFiles.MAPPER.readValue(small(d), DetectionSummary.class);
            } catch (IOException e) {
                problems.add("detection.json: cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
            }
        } else {
            notes.add("no detection.json next to the scores: the methods note cannot say where the data came from");
        }
        if (!problems.isEmpty()) {
            throw new ExportReadException(problems);
        }
        return new DetectionFolder(scores, settings, summary, List.copyOf(notes));
    }

    private static String small(Path p) throws IOException {
        if (Files.size(p) > MAX_JSON_BYTES) {
            throw new IOException("larger than " + MAX_JSON_BYTES + " bytes; this file is a few kilobytes");
        }
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    /**
     * What each score column means: from {@code detection.json} when present, else from the
     * engine's catalogue, else "not recorded".
     */
    public List<SignalInfo> signalInfos() {
        List<SignalInfo> out = new ArrayList<>();
        for (String id : scores.signalIds()) {
            SignalInfo info = null;
            if (summary != null) {
                info = summary.signals().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            }
            if (info == null) {
                info = Signals.info(id);
            }
            if (info == null) {
                info = new SignalInfo(id, id, "not recorded", "not recorded", "not recorded");
            }
            out.add(info);
        }
        return out;
    }

    /**
     * Measures the scores against labels: combined score, every signal column and, when the file
     * has a {@code cluster} column, cluster recovery.
     *
     * @throws org.spamouflage.sandbox.metrics.InvalidMetricInputException listing every problem
     *         (e.g. scored accounts missing from the labels)
     */
    public EvaluationReport evaluate(GroundTruth truth, EvaluationSettings settings, LabelOptions options) {
        TruthLabels labels = TruthLabels.of(truth, scores.ids(), options);
        List<NamedScores> named = new ArrayList<>();
        for (int k = 0; k < scores.signalIds().size(); k++) {
            named.add(new NamedScores(scores.signalIds().get(k), scores.signalScores().get(k)));
        }
        return Evaluator.evaluate(labels, scores.combined(), named, scores.clusters(), settings);
    }

    /** The methods note (Markdown) with these error rates. */
    public String methodsMarkdown(EvaluationReport report) {
        return MethodsNote.markdown(summary, settings, signalInfos(), report);
    }

    /** The methods note (HTML) with these error rates. */
    public String methodsHtml(EvaluationReport report) {
        return MethodsNote.html(summary, settings, signalInfos(), report);
    }
}
