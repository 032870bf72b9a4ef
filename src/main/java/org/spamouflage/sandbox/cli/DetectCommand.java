package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.detection.coaction.CoActionLimitException;
import org.spamouflage.sandbox.detection.coaction.CoActionLimits;
import org.spamouflage.sandbox.formats.CoActionSummary;
import org.spamouflage.sandbox.detection.coaction.CooRTweetMode;
import org.spamouflage.sandbox.formats.CoortweetCsvReader;
import org.spamouflage.sandbox.formats.CoortweetInputException;
import org.spamouflage.sandbox.formats.CoortweetPipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code detect}: runs detection on a dataset directory ({@code --data}, the full pipeline) or builds
 * the CooRTweet-compatible co-share network from a CSV in CooRTweet's columns ({@code --coortweet}).
 */
@Command(name = "detect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Detect coordinated accounts.",
                "  --coortweet FILE: the co-share network of a CSV with CooRTweet's columns (object_id, account_id, "
                        + "content_id, timestamp_share; .csv or .csv.gz), as CooRTweet's detect_groups computes it: "
                        + "two shares of one object by different accounts with |t1 - t2| <= window form a pair; an edge's "
                        + "weight is the number of pairs between its two accounts.",
                "  Writes DIR/edges.csv (account_a,account_b,weight,objects,jaccard,expected_weight,p_value,q_value; "
                        + "account_a < account_b; sorted) and DIR/summary.json. weight: CooRTweet's pair count; objects: "
                        + "distinct objects co-shared; jaccard: objects / objects either account shared; p_value: chance "
                        + "of co-sharing at least this many objects if accounts acted independently (account labels "
                        + "shuffled over the observed shares); q_value: Benjamini-Hochberg over all account pairs.",
                "  --data DIR: the full engine on a dataset folder (from generate or import): every signal, the "
                        + "coordination network and clusters. Labels (truth.csv) are never read. Writes into --out: "
                        + "accounts.csv (account_id,score,cluster,handle, then one score column per signal; highest score "
                        + "first), edges.csv (account_a,account_b,weight,layers,min_q_value), clusters.json, "
                        + "network.graphml and network.gexf (for Gephi: node attributes label, account_id, score, cluster, "
                        + "each signal, synthetic), methods.md and methods.html (a methods note: data, settings, engine "
                        + "version, signals, caveats; error rates are added by evaluate), settings.json (reusable with "
                        + "--settings) and detection.json (engine version, counts, signal descriptions).",
                "Scores are not probabilities, and coordination is not proof of inauthenticity.",
                "Exit codes: 0 done, 2 invalid input (bad dataset folder, settings file or option), 1 other failure."})
public final class DetectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--coortweet", paramLabel = "FILE", required = true,
                description = "CSV (optionally gzip) with columns object_id, account_id, content_id, timestamp_share "
                        + "(Unix seconds); other columns are ignored.")
        Path coortweet;

        @Option(names = "--data", paramLabel = "DIR", required = true,
                description = "A dataset folder written by generate or import.")
        Path data;
    }

    @Option(names = "--settings", paramLabel = "FILE",
            description = "With --data: detector settings as JSON (a settings.json from an earlier run, or any subset "
                    + "of its fields; fields left out keep their defaults).")
    Path settingsFile;

    @Option(names = "--force",
            description = "With --data: write into a non-empty --out folder (files of the same names are replaced, "
                    + "others kept).")
    boolean force;

    @Option(names = "--window", paramLabel = "S",
            description = "Time window in seconds, inclusive (|t1 - t2| <= S). Required with --coortweet.")
    Long window;

    @Option(names = "--min-participation", paramLabel = "K", defaultValue = "" + CooRTweetMode.DEFAULT_MIN_PARTICIPATION,
            description = "CooRTweet's min_participation: drop accounts with fewer than K shares, then keep a pair only "
                    + "if one of its accounts has at least K shares that are in some pair. Default: ${DEFAULT-VALUE} "
                    + "(CooRTweet's default); 1 keeps every pair.")
    int minParticipation;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.01",
            description = "False-discovery level for counting (and with --significant-only, keeping) edges: "
                    + "q_value <= A. Default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--significant-only",
            description = "Write only edges with q_value <= alpha (default: all edges, as CooRTweet).")
    boolean significantOnly;

    @Option(names = "--max-edges", paramLabel = "N", defaultValue = "25000000",
            description = "Stop with a message beyond N distinct account pairs (about 40 bytes of heap each; "
                    + "with --data, in each co-action layer). Results within the cap do not depend on it. "
                    + "Default: ${DEFAULT-VALUE}.")
    long maxEdges;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + CoortweetCsvReader.DEFAULT_MAX_ROWS,
            description = "Stop with a message beyond N input rows (about 20 bytes each). Default: ${DEFAULT-VALUE}.")
    long maxRows;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--timings", description = "Print the time of each phase to standard error.")
    boolean timings;

    @Override
    public Integer call() throws IOException, org.spamouflage.sandbox.dataset.DatasetFolderException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (input.data != null) {
            checkMaxEdges(maxEdges);
            return DatasetDetection.run(input.data, settingsFile, out, force, stdout, err, timings ? err : null,
                    maxEdges);
        }
        CoortweetPipeline.Settings settings = settings();
        if (!Files.isRegularFile(input.coortweet)) {
            throw new InvalidInputException("--coortweet " + input.coortweet + ": no such file");
        }
        long t0 = System.nanoTime();
        long[] last = {t0};
        CoActionSummary s;
        try {
            s = CoortweetPipeline.run(input.coortweet, settings, out, phase -> {
                if (timings) {
                    long now = System.nanoTime();
                    err.printf(Locale.ROOT, "%-13s %8.1f ms%n", phase, (now - last[0]) / 1e6);
                    last[0] = now;
                }
            });
        } catch (CoortweetInputException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (CoActionLimitException e) {
            throw new InvalidInputException("--coortweet " + input.coortweet + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("no such file: " + e.getMessage());
        }
        if (timings) {
            err.printf(Locale.ROOT, "%-13s %8.1f ms%n", "total", (System.nanoTime() - t0) / 1e6);
        }
        stdout.printf(Locale.ROOT, "%d rows, %d accounts, %d objects; window %d s, min participation %d%n",
                s.rows(), s.accounts(), s.objects(), s.windowSeconds(), s.minParticipation());
        stdout.printf(Locale.ROOT, "%d edges (total weight %d), %d with q <= %s -> %s%n", s.edges(), s.totalWeight(),
                s.significantEdges(), alpha, out.resolve("edges.csv"));
        return Cli.OK;
    }

    /** {@code --max-edges} of {@code detect --data} and {@code bench scale}: what {@link CoActionLimits} takes. */
    static void checkMaxEdges(long maxEdges) {
        if (maxEdges < 1 || maxEdges > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException("--max-edges " + maxEdges + ": must be in [1, " + (Integer.MAX_VALUE - 16)
                    + "]");
        }
    }

    private CoortweetPipeline.Settings settings() {
        StringBuilder problems = new StringBuilder();
        if (window == null) {
            problems.append("--window is required with --coortweet (seconds, e.g. --window 60)\n");
        } else if (window < 0) {
            problems.append("--window ").append(window).append(": must be >= 0 seconds\n");
        }
        if (minParticipation < 1) {
            problems.append("--min-participation ").append(minParticipation).append(": must be >= 1\n");
        }
        if (!(alpha > 0 && alpha <= 1)) {
            problems.append("--alpha ").append(alpha).append(": must be in (0, 1]\n");
        }
        if (maxEdges < 1 || maxEdges > Integer.MAX_VALUE - 16) {
            problems.append("--max-edges ").append(maxEdges).append(": must be in [1, ").append(Integer.MAX_VALUE - 16)
                    .append("]\n");
        }
        if (maxRows < 1 || maxRows > Integer.MAX_VALUE - 16) {
            problems.append("--max-rows ").append(maxRows).append(": must be in [1, ").append(Integer.MAX_VALUE - 16)
                    .append("]\n");
        }
        if (problems.length() > 0) {
            throw new InvalidInputException(problems.toString().strip());
        }
        return new CoortweetPipeline.Settings(window, minParticipation, alpha, significantOnly,
                new CoActionLimits(maxEdges, Integer.MAX_VALUE), maxRows);
    }
}
