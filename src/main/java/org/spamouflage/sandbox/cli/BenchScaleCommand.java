package org.spamouflage.sandbox.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetFolder;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.coaction.CoActionLimits;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.report.DetectionExport;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench scale}: the whole engine (every signal, the network, clusters and every export file) on one
 * scenario scaled to several sizes, in one JVM: per size the wall and process CPU time of detection plus export,
 * and the peak heap while they ran (the generated dataset, which {@code detect --data} also holds, included).
 * Scaling multiplies the honest accounts, the background bots and the campaign's accounts and operators by the
 * factor (at least one operator per cell); politicians, cells and templates stay. Optionally draws the curve as a PNG (plain Java2D,
 * {@link ScaleCurvePng}). Whole-process figures ({@code detect --data} under {@code /usr/bin/time}) are
 * measured separately; BENCHMARKS.md, "Scale", has both.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "The whole engine (signals, network, clusters, exports) on a scenario scaled to several sizes:"
                + " time, CPU and peak heap per size, optionally as a PNG curve.")
public final class BenchScaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE|NAME", defaultValue = "canada-2023",
            description = "Scenario to scale (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--factors", paramLabel = "F,F,...", split = ",", defaultValue = "0.1,0.3,1",
            description = "Scale factors, smallest first (default: ${DEFAULT-VALUE}).")
    List<Double> factors;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--png", paramLabel = "FILE", description = "Also draw the curve into this PNG file.")
    Path png;

    @Option(names = "--tiles", paramLabel = "N,N,...", split = ",",
            description = "Also archive-shaped sizes past the scenario caps: N copies of the scenario at factor 1,"
                    + " each with its own seed (seed, seed+1, ...) and its ids prefixed t0-, t1-, ..., merged in time"
                    + " order, as an archive that holds several runs of one operation (each N from 2 to 20).")
    List<Integer> tiles = List.of();

    @Option(names = "--write", paramLabel = "DIR",
            description = "Write each --tiles dataset, with its labels, as a dataset folder DIR/tiles-N instead of"
                    + " measuring it here, to time detect --data on it as a whole process (reading included).")
    Path write;

    @Option(names = "--max-edges", paramLabel = "N", defaultValue = "25000000",
            description = "Cap on distinct account pairs per co-action layer, as detect --data --max-edges "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxEdges;

    /** One size's figures. */
    record Row(double factor, int accounts, int posts, int engagements, double wallSeconds, double cpuSeconds,
               long peakHeapBytes, int clusters, double auc) {
    }

    @Override
    public Integer call() throws IOException {
        for (double f : factors) {
            if (!(f > 0 && f <= 20)) {
                throw new InvalidInputException("--factors " + f + ": each factor must be above 0 and at most 20");
            }
        }
        for (int n : tiles) {
            if (n < 2 || n > 20) {
                throw new InvalidInputException("--tiles " + n + ": each number of copies must be from 2 to 20");
            }
        }
        if (write != null && tiles.isEmpty()) {
            throw new InvalidInputException("--write " + write + ": it writes the --tiles datasets; give --tiles N too");
        }
        DetectCommand.checkMaxEdges(maxEdges);
        ObjectNode base = load();
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "scenario %s scaled by %s, seed %d; %d cores, max heap %d MB, Java %s%n", scenario,
                factors, seed, rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"));
        out.println("| factor | accounts | posts | engagements | detect + export wall | process CPU | peak heap | clusters"
                + " | combined AUC |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (double f : factors) {
            Row r = measure(Generator.generate(scaled(base, f), seed), f);
            print(out, "%.2f", r);
            rows.add(r);
        }
        for (int n : tiles) {
            if (write != null) {
                Path dir = write.resolve("tiles-" + n);
                Generated g = tiled(scaled(base, 1), seed, n);
                DatasetFolder.write(g.dataset(), g.truth(), dir);
                out.printf(Locale.ROOT, "| %d copies | %,d | %,d | %,d | written to %s | | | | |%n", n,
                        g.dataset().accounts().size(), g.dataset().posts().size(), g.dataset().engagements().size(), dir);
                out.flush();
                continue;
            }
            Row r = measure(tiled(scaled(base, 1), seed, n), n);
            print(out, "%.0f copies", r);
            rows.add(r);
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= 0) {
            out.printf(Locale.ROOT, "system load average (1 min) at the end: %.2f%n", load);
        }
        if (png != null) {
            ScaleCurvePng.write(rows, scenario, png);
            out.println("Wrote " + png);
        }
        out.flush();
        return Cli.OK;
    }

    private static void print(PrintWriter out, String factorFormat, Row r) {
        out.printf(Locale.ROOT, "| " + factorFormat + " | %,d | %,d | %,d | %.1f s | %.1f s | %.2f GB | %d | %.3f |%n",
                r.factor(), r.accounts(), r.posts(), r.engagements(), r.wallSeconds(), r.cpuSeconds(),
                r.peakHeapBytes() / 1e9, r.clusters(), r.auc());
        out.flush();
    }

    /**
     * {@code n} copies of a scenario's dataset, copy i generated with seed {@code seed + i} and every id
     * (accounts, posts, replies, re-shares, engagements, targets) prefixed {@code t<i>-}; posts and
     * engagements merged in time order (ties by id). Texts, handles and mentions stay as generated, so the
     * copies' campaigns share their templates, as the runs of one operation do. The labels follow the ids;
     * cells and operators are numbered apart per copy.
     */
    static Generated tiled(Scenario s, long seed, int n) {
        List<Account> accounts = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        List<Engagement> engagements = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<GroundTruth.AccountTruth> accountTruth = new ArrayList<>();
        List<GroundTruth.PostTruth> postTruth = new ArrayList<>();
        DatasetInfo info = null;
        int cellBase = 0;
        int operatorBase = 0;
        for (int i = 0; i < n; i++) {
            Generated generated = Generator.generate(s, seed + i);
            Dataset d = generated.dataset();
            String t = "t" + i + "-";
            if (info == null) {
                info = d.info();
            }
            // one prefixed string per id, shared by every record that names it (as a folder read shares them)
            Map<String, String> accountId = new HashMap<>(d.accounts().size() * 2);
            for (Account a : d.accounts()) {
                String id = t + a.id();
                accountId.put(a.id(), id);
                accounts.add(new Account(id, a.handle(), a.displayName(), a.createdAt(), a.followers(),
                        a.following(), a.bio(), a.avatar(), a.synthetic()));
            }
            Map<String, String> postId = new HashMap<>(d.posts().size() * 2);
            for (Post p : d.posts()) {
                postId.put(p.id(), t + p.id());
            }
            for (Post p : d.posts()) {
                // replies and engagements keep a prefixed id even for a post outside the copy; a shared object
                // that is not one of the copy's posts (a link, a hashtag) stays as it is
                posts.add(new Post(postId.get(p.id()), prefixed(accountId, t, p.accountId()), p.time(), p.lang(),
                        p.text(), p.replyTo() == null ? null : prefixed(postId, t, p.replyTo()),
                        postId.getOrDefault(p.sharedObject(), p.sharedObject()), p.links(), p.hashtags(),
                        p.mentions(), p.platform(), p.source()));
            }
            for (Engagement e : d.engagements()) {
                engagements.add(new Engagement(prefixed(accountId, t, e.accountId()), prefixed(postId, t, e.postId()),
                        e.type(), e.time()));
            }
            for (Target g : d.targets()) {
                targets.add(new Target(prefixed(accountId, t, g.accountId()), g.name(), g.party(), g.role(),
                        g.province()));
            }
            int cells = 0;
            int operators = 0;
            for (GroundTruth.AccountTruth a : generated.truth().accounts().values()) {
                accountTruth.add(new GroundTruth.AccountTruth(prefixed(accountId, t, a.accountId()), a.cls(),
                        a.cell() < 0 ? a.cell() : cellBase + a.cell(),
                        a.operator() < 0 ? a.operator() : operatorBase + a.operator(), a.origin(), a.role()));
                cells = Math.max(cells, a.cell() + 1);
                operators = Math.max(operators, a.operator() + 1);
            }
            cellBase += cells;
            operatorBase += operators;
            for (GroundTruth.PostTruth p : generated.truth().posts().values()) {
                postTruth.add(new GroundTruth.PostTruth(prefixed(postId, t, p.postId()), p.campaign(), p.kind(),
                        p.templateId()));
            }
        }
        posts.sort(Comparator.comparingLong(Post::time).thenComparing(Post::id));
        engagements.sort(Comparator.comparingLong(Engagement::time).thenComparing(Engagement::postId)
                .thenComparing(Engagement::accountId));
        return new Generated(new Dataset(info, accounts, posts, engagements, targets),
                new GroundTruth(accountTruth, postTruth));
    }

    /** The copy's shared prefixed string for {@code id}, or a new one for an id the copy does not hold. */
    private static String prefixed(Map<String, String> shared, String prefix, String id) {
        String s = shared.get(id);
        return s != null ? s : prefix + id;
    }

    private Row measure(Generated g, double factor) throws IOException {
        Dataset dataset = g.dataset();
        Path dir = Files.createTempDirectory("bench-scale");
        System.gc();
        BenchGenerateCommand.PeakTracker peak = new BenchGenerateCommand.PeakTracker();
        peak.start();
        long c0 = BenchGenerateCommand.processCpuNanos();
        long t0 = System.nanoTime();
        Detection d;
        try {
            d = Detector.detect(dataset, DetectorSettings.defaults(),
                    new CoActionLimits(maxEdges, Integer.MAX_VALUE));
            DetectionExport.of(dataset, d, null).writeAll(dir);
        } finally {
            peak.observe(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            peak.stopAfterPendingNotifications();
            deleteAll(dir);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (BenchGenerateCommand.processCpuNanos() - c0) / 1e9;
        double auc = Pipeline.evaluate(d, g.truth()).report().combined().auc();
        return new Row(factor, dataset.accounts().size(), dataset.posts().size(), dataset.engagements().size(), wall,
                cpu, peak.max(), d.network().clusterCount(), auc);
    }

    /** The scenario with its population sizes multiplied by {@code f} (at least one of each that was there). */
    static Scenario scaled(ObjectNode base, double f) {
        ObjectNode s = base.deepCopy();
        multiply(s, "organic", "accounts", f);
        multiply(s, "backgroundBots", "count", f);
        multiply(s, "campaign", "accounts", f);
        multiply(s, "campaign", "operators", f);
        // every cell needs an operator: a small campaign keeps its cells and gets one operator per cell
        if (s.get("campaign") instanceof ObjectNode c && c.path("cells").isNumber() && c.path("operators").isNumber()) {
            c.put("operators", Math.max(c.get("operators").asLong(), c.get("cells").asLong()));
        }
        s.put("name", base.path("name").asText("scenario") + "-x" + f);
        try {
            return ScenarioJson.parse(s.toString(), "scaled scenario");
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException("--factors " + f + ": the scaled scenario is not valid: " + e.getMessage());
        }
    }

    private static void multiply(ObjectNode s, String section, String field, double f) {
        if (s.get(section) instanceof ObjectNode o && o.has(field) && o.get(field).isNumber()) {
            long v = o.get(field).asLong();
            o.put(field, Math.max(v > 0 ? 1 : 0, Math.round(v * f)));
        }
    }

    private ObjectNode load() {
        try {
            Scenario s = ScenarioSource.resolve(scenario);
            // from the resolved scenario, so every field is explicit before scaling
            return (ObjectNode) new ObjectMapper().readTree(ScenarioJson.write(s));
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("cannot read --scenario " + scenario + ": " + IoMessages.describe(e));
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
