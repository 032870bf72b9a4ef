package org.spamouflage.sandbox.formats;

import org.spamouflage.sandbox.detection.coaction.CoActionLimitException;
import org.spamouflage.sandbox.detection.coaction.CoActionLimits;
import org.spamouflage.sandbox.detection.coaction.CoActionNetwork;
import org.spamouflage.sandbox.detection.coaction.CooRTweetMode;
import org.spamouflage.sandbox.detection.coaction.CoortweetData;
import org.spamouflage.sandbox.detection.coaction.EdgeSignificance;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@code detect --coortweet}: reads a CooRTweet CSV, computes the CooRTweet-compatible co-share
 * network, tests every edge against the null model and writes {@code edges.csv} and
 * {@code summary.json} into a directory.
 */
public final class CoortweetPipeline {

    /**
     * @param windowSeconds    CooRTweet's {@code time_window}
     * @param minParticipation CooRTweet's {@code min_participation}
     * @param alpha            false-discovery level for the significance count (and filter)
     * @param significantOnly  write only edges with q ≤ alpha instead of all edges
     * @param limits           caps for the count
     * @param maxRows          cap on input rows
     */
    public record Settings(long windowSeconds, int minParticipation, double alpha, boolean significantOnly,
                           CoActionLimits limits, long maxRows) {
        public Settings {
            if (windowSeconds < 0) {
                throw new IllegalArgumentException("window must be >= 0 seconds, was " + windowSeconds);
            }
            if (minParticipation < 1) {
                throw new IllegalArgumentException("min participation must be >= 1, was " + minParticipation);
            }
            if (!(alpha > 0 && alpha <= 1)) {
                throw new IllegalArgumentException("alpha must be in (0,1], was " + alpha);
            }
        }
    }

    private CoortweetPipeline() {
    }

    /**
     * Runs the pipeline.
     *
     * @param phases told the name of each phase as it ends ({@code read}, {@code count},
     *               {@code significance}, {@code write}), e.g. to print timings
     * @throws CoortweetInputException on bad input, listing the problems
     * @throws CoActionLimitException  when a cap is reached
     */
    public static CoActionSummary run(Path input, Settings settings, Path outDir, Consumer<String> phases)
            throws IOException {
        CoortweetData data = new CoortweetCsvReader(settings.maxRows(), CoortweetCsvReader.DEFAULT_MAX_PROBLEMS).read(input);
        phases.accept("read");
        CoActionNetwork net = new CooRTweetMode(settings.windowSeconds(), settings.minParticipation(), settings.limits())
                .detect(data);
        phases.accept("count");
        EdgeSignificance all = EdgeSignificance.of(net);
        EdgeSignificance significant = all.retainSignificant(settings.alpha());
        EdgeSignificance written = settings.significantOnly() ? significant : all;
        phases.accept("significance");
        Files.createDirectories(outDir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outDir.resolve("edges.csv")), 1 << 16)) {
            new EdgeCsvWriter().write(written, out);
        }
        long selfRef = 0;
        for (int c : data.selfReferencingRows()) {
            selfRef += c;
        }
        Path name = input.getFileName();
        CoActionSummary summary = new CoActionSummary(name == null ? input.toString() : name.toString(), "coortweet",
                settings.windowSeconds(), settings.minParticipation(), data.rows(), selfRef,
                data.table().accountCount(), data.table().objectCount(), net.inWindowPairs(), net.crossAccountPairs(),
                written.network().edgeCount(), written.network().totalWeight(), settings.alpha(),
                significant.network().edgeCount(), all.tests(), settings.significantOnly());
        Files.writeString(outDir.resolve("summary.json"), summary.toJson(), StandardCharsets.UTF_8);
        phases.accept("write");
        return summary;
    }
}
