package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.detection.text.BilingualPairing;
import org.spamouflage.sandbox.detection.text.DuplicateFamilies;
import org.spamouflage.sandbox.detection.text.NearDuplicateSettings;
import org.spamouflage.sandbox.detection.text.NearDuplicates;
import org.spamouflage.sandbox.detection.text.PairingSettings;
import org.spamouflage.sandbox.detection.text.TranslationPair;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench text}: times near-duplicate detection (and optionally English–French pairing) on N
 * synthetic posts. The texts imitate the campaign's shape (template copies with name swaps, emoji, list
 * numbers and typos; translated copies in French) among organic posts with Zipf-distributed words, so
 * the LSH buckets, exact duplicates and family sizes are realistic. Same seed, same texts.
 *
 * <p>With {@code --scenario} the posts come from the generator instead (the scenario with
 * {@code --seed}), and the report adds, per kind of post in the ground truth, the share that falls
 * in a near-duplicate family and in one with at least three distinct accounts: how copied honest
 * users, slogans, campaign copies and camouflage look to the detector.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Time near-duplicate text families (and --pairing: English-French pairing) on synthetic posts.")
public final class BenchTextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--texts", defaultValue = "100000", description = "number of posts (1–5000000; default ${DEFAULT-VALUE})")
    int texts;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the synthetic texts (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs, the median is reported (1–100; default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed warm-up runs (0–100; default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--campaign-share", defaultValue = "0.4",
            description = "share of posts that are campaign template copies (0–1; default ${DEFAULT-VALUE})")
    double campaignShare;

    @Option(names = "--pairing", description = "also time English-French pairing on the same posts (with times)")
    boolean pairing;

    @Option(names = "--scenario", paramLabel = "FILE|NAME",
            description = "time on the posts of a generated scenario (a .json file or a shipped name such as "
                    + "canada-2023, with --seed) instead of synthetic texts; --texts and --campaign-share are ignored")
    String scenario;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        if (texts < 1 || texts > NearDuplicates.MAX_POSTS) {
            problems.add("--texts " + texts + " is out of range (allowed: 1–" + NearDuplicates.MAX_POSTS + ")");
        }
        if (runs < 1 || runs > 100) {
            problems.add("--runs " + runs + " is out of range (allowed: 1–100)");
        }
        if (warmup < 0 || warmup > 100) {
            problems.add("--warmup " + warmup + " is out of range (allowed: 0–100)");
        }
        if (!(campaignShare >= 0 && campaignShare <= 1)) {
            problems.add("--campaign-share " + campaignShare + " is out of range (allowed: 0–1)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        PrintWriter out = spec.commandLine().getOut();
        NearDuplicateSettings settings = NearDuplicateSettings.defaults();
        Generated generated = scenario == null ? null : Generator.generate(loadScenario(), seed);
        List<Post> posts = generated == null ? null : generated.dataset().posts();
        Synthetic data = generated == null ? Synthetic.generate(texts, campaignShare, seed) : Synthetic.of(posts);
        int n = data.texts.size();
        if (generated == null) {
            out.printf(Locale.ROOT, "near-duplicate text: %d synthetic posts (seed %d, %.0f%% campaign copies), %s%n",
                    texts, seed, campaignShare * 100, settings);
        } else {
            out.printf(Locale.ROOT, "near-duplicate text: %d posts of scenario %s (seed %d), %s%n", n,
                    generated.dataset().info().scenarioName(), seed, settings);
        }
        out.printf(Locale.ROOT, "machine: %d processors available to the JVM, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        long[] nearDup = new long[runs];
        long[] nearDupCpu = new long[runs];
        long[] pairs = new long[runs];
        long[] pairsCpu = new long[runs];
        DuplicateFamilies last = null;
        List<TranslationPair> lastPairs = List.of();
        for (int r = -warmup; r < runs; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            last = posts != null ? NearDuplicates.findInPosts(posts, settings)
                    : NearDuplicates.find(data.texts, null, data.languages, settings);
            long t1 = System.nanoTime();
            long c1 = processCpuNanos();
            if (pairing) {
                lastPairs = BilingualPairing.pair(data.texts, data.languages, data.times, PairingSettings.defaults());
            }
            long t2 = System.nanoTime();
            long c2 = processCpuNanos();
            if (r >= 0) {
                nearDup[r] = t1 - t0;
                nearDupCpu[r] = c1 - c0;
                pairs[r] = t2 - t1;
                pairsCpu[r] = c2 - c1;
                out.printf(Locale.ROOT, "run %d: near-duplicates %d ms (CPU %d ms)%s%n", r + 1, (t1 - t0) / 1_000_000,
                        (c1 - c0) / 1_000_000, pairing ? String.format(Locale.ROOT, ", pairing %d ms (CPU %d ms)",
                                (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000) : "");
            }
        }
        DuplicateFamilies.Stats s = last.stats();
        out.printf(Locale.ROOT, "result: %d families holding %d posts; %d distinct texts, %d hashed, %d short, "
                        + "%d similarity checks, %d oversized buckets%n", last.families().size(), s.postsInFamilies(),
                s.distinctTexts(), s.hashedTexts(), s.shortTexts(), s.similarityChecks(), s.oversizedBuckets());
        out.printf(Locale.ROOT, "median near-duplicates: %d ms wall, %d ms CPU (all threads) (%.2f µs wall per post)%n",
                median(nearDup) / 1_000_000, median(nearDupCpu) / 1_000_000, median(nearDup) / 1000.0 / n);
        if (generated != null) {
            printByKind(out, generated, posts, last);
        }
        if (pairing) {
            out.printf(Locale.ROOT, "pairing: %d pairs; median %d ms wall, %d ms CPU%n", lastPairs.size(),
                    median(pairs) / 1_000_000, median(pairsCpu) / 1_000_000);
        }
        out.printf(Locale.ROOT, "system load average (1 min) at the end: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return Cli.OK;
    }

    private org.spamouflage.sandbox.scenario.Scenario loadScenario() {
        try {
            return ScenarioSource.resolve(scenario);
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("cannot read --scenario " + scenario + ": " + IoMessages.describe(e));
        }
    }

    /** Per ground-truth kind: posts, share in any family, share in a family of at least three accounts. */
    private static void printByKind(PrintWriter out, Generated g, List<Post> posts, DuplicateFamilies families) {
        Map<String, long[]> byKind = new TreeMap<>();
        for (int i = 0; i < posts.size(); i++) {
            long[] c = byKind.computeIfAbsent(g.truth().posts().get(posts.get(i).id()).kind(), k -> new long[3]);
            c[0]++;
            int f = families.familyOf(i);
            if (f >= 0) {
                c[1]++;
                if (families.family(f).distinctAccounts() >= 3) {
                    c[2]++;
                }
            }
        }
        out.println("kind         posts  in a family  in a family of >= 3 accounts");
        byKind.forEach((kind, c) -> out.printf(Locale.ROOT, "%-11s %6d  %10.1f%%  %10.1f%%%n", kind, c[0],
                100.0 * c[1] / c[0], 100.0 * c[2] / c[0]));
    }

    /** CPU time of the whole JVM process (all threads), or 0 where the platform does not report it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Synthetic bilingual posts: campaign template copies with edits, translations, organic chatter. */
    static final class Synthetic {
        final List<String> texts;
        final List<String> languages;
        final long[] times;

        private Synthetic(List<String> texts, List<String> languages, long[] times) {
            this.texts = texts;
            this.languages = languages;
            this.times = times;
        }

        private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "pu", "ra", "si", "to", "va", "ze", "ber",
            "cal", "dor", "fen", "gri", "hul", "jas", "kom", "lun", "mar", "nor", "pel", "quin", "ros", "tam", "vel"};
        private static final String[] EMOJI = {"😡", "🔥", "🙏", "👇", "🤔", "😂", "🇨🇦", "👏"};

        /** The texts, languages and times of generated posts (for pairing on real generator output). */
        static Synthetic of(List<Post> posts) {
            List<String> t = new ArrayList<>(posts.size());
            List<String> l = new ArrayList<>(posts.size());
            long[] times = new long[posts.size()];
            for (int i = 0; i < posts.size(); i++) {
                t.add(posts.get(i).text());
                l.add(posts.get(i).lang());
                times[i] = posts.get(i).time();
            }
            return new Synthetic(t, l, times);
        }

        static Synthetic generate(int n, double campaignShare, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            String[] vocabulary = words(6000, random);
            String[] french = words(6000, random); // a "translation" of each vocabulary word
            String[] names = new String[300];
            for (int i = 0; i < names.length; i++) {
                String w = words(1, random)[0];
                names[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            double[] zipf = zipfCumulative(vocabulary.length);
            int templateCount = 200;
            List<int[]> templates = new ArrayList<>();
            List<String[]> templateNames = new ArrayList<>();
            for (int t = 0; t < templateCount; t++) {
                int[] ws = new int[15 + random.nextInt(20)];
                for (int i = 0; i < ws.length; i++) {
                    ws[i] = sample(zipf, random);
                }
                templates.add(ws);
                templateNames.add(new String[] {names[random.nextInt(names.length)], names[random.nextInt(names.length)]});
            }
            List<String> texts = new ArrayList<>(n);
            List<String> languages = new ArrayList<>(n);
            long[] times = new long[n];
            long start = 1_691_366_400L; // 2023-08-07T00:00Z
            for (int i = 0; i < n; i++) {
                boolean fr = random.nextDouble() < 0.3;
                StringBuilder sb = new StringBuilder();
                if (random.nextDouble() < campaignShare) {
                    int t = (int) Math.min(templateCount - 1, Math.floor(templateCount * Math.pow(random.nextDouble(), 2)));
                    int[] ws = templates.get(t);
                    String[] who = templateNames.get(t).clone();
                    if (random.nextDouble() < 0.3) {
                        sb.append(1 + random.nextInt(20)).append(". ");
                    }
                    if (random.nextDouble() < 0.3) {
                        who[0] = names[random.nextInt(names.length)];
                    }
                    sb.append(who[0]).append(' ').append(who[1]);
                    int typo = random.nextDouble() < 0.3 ? random.nextInt(ws.length) : -1;
                    for (int j = 0; j < ws.length; j++) {
                        String w = fr ? french[ws[j]] : vocabulary[ws[j]];
                        if (j == typo && w.length() > 3) {
                            w = w.substring(0, 1) + w.charAt(2) + w.charAt(1) + w.substring(3);
                        }
                        sb.append(' ').append(w);
                    }
                    sb.append(' ').append(1000 + t * 37).append(" https://video.example/v").append(t);
                    if (random.nextDouble() < 0.4) {
                        sb.append(' ').append(EMOJI[random.nextInt(EMOJI.length)]);
                    }
                    times[i] = start + random.nextLong(36L * 86_400);
                } else {
                    int len = random.nextDouble() < 0.1 ? 1 + random.nextInt(4) : 8 + random.nextInt(33);
                    for (int j = 0; j < len; j++) {
                        if (j > 0) {
                            sb.append(' ');
                        }
                        if (random.nextDouble() < 0.05) {
                            sb.append(names[random.nextInt(names.length)]);
                        } else {
                            int w = sample(zipf, random);
                            sb.append(fr ? french[w] : vocabulary[w]);
                        }
                    }
                    times[i] = start + random.nextLong(36L * 86_400);
                }
                texts.add(sb.toString());
                languages.add(fr ? "fr" : "en");
            }
            return new Synthetic(texts, languages, times);
        }

        private static String[] words(int count, SplittableRandom random) {
            String[] out = new String[count];
            for (int i = 0; i < count; i++) {
                StringBuilder w = new StringBuilder();
                int syllables = 1 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                out[i] = w.toString();
            }
            return out;
        }

        private static double[] zipfCumulative(int n) {
            double[] c = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1.0 / (i + 1);
                c[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                c[i] /= sum;
            }
            return c;
        }

        private static int sample(double[] cumulative, SplittableRandom random) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
        }
    }
}
