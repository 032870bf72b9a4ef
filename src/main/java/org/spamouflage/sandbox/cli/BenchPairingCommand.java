package org.spamouflage.sandbox.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;
import org.spamouflage.sandbox.detection.network.TextLayer;
import org.spamouflage.sandbox.detection.text.TranslationPair;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.simulation.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench pairing}: how well English↔French pairing (no translation model: shared anchors)
 * works on the generator's translated templates. Each pair joins an English and a French family of
 * copied messages; the answer key says which campaign template each post came from. Precision: pairs
 * whose two families share a template. Recall: templates copied in both languages (by at least
 * {@code minFamilyAccounts} accounts each) whose English and French families were paired.
 */
@Command(name = "pairing", mixinStandardHelpOptions = true,
        description = "Precision and recall of English-French pairing on a scenario's translated templates.")
final class BenchPairingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "canada-2023", paramLabel = "FILE|NAME")
    private String scenarioArg;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N")
    private long seed;

    @Override
    public Integer call() throws Exception {
        Scenario scenario;
        try {
            scenario = ScenarioSource.resolve(scenarioArg);
        } catch (org.spamouflage.sandbox.scenario.InvalidScenarioException e) {
            throw new InvalidInputException(e.getMessage());
        }
        Generated g = Generator.generate(scenario, seed);
        GroundTruth truth = g.truth();
        List<Post> posts = g.dataset().posts();
        DetectionContext ctx = new DetectionContext(g.dataset(), DetectorSettings.defaults());
        TextLayer text = CoordinationNetwork.of(ctx).text();
        int right = 0;
        int wrong = 0;
        int organic = 0;
        int otherTemplate = 0;
        TreeSet<Integer> pairedTemplates = new TreeSet<>();
        for (TranslationPair p : text.pairs()) {
            int a = template(truth, posts.get(p.first()));
            int b = template(truth, posts.get(p.second()));
            if (a >= 0 && a == b) {
                right++;
                pairedTemplates.add(a);
            } else {
                wrong++;
                if (a < 0 && b < 0) {
                    organic++;
                } else if (a >= 0 && b >= 0) {
                    otherTemplate++;
                }
            }
        }
        // templates copied in both languages by enough accounts
        int min = ctx.settings().minFamilyAccounts();
        Map<Integer, Map<String, TreeSet<String>>> accountsByTemplateLang = new HashMap<>();
        for (Post p : posts) {
            int t = template(truth, p);
            if (t >= 0 && (p.lang().equals("en") || p.lang().equals("fr"))) {
                accountsByTemplateLang.computeIfAbsent(t, k -> new TreeMap<>())
                        .computeIfAbsent(p.lang(), k -> new TreeSet<>()).add(p.accountId());
            }
        }
        int bilingual = 0;
        int found = 0;
        for (var e : new TreeMap<>(accountsByTemplateLang).entrySet()) {
            var m = e.getValue();
            if (m.getOrDefault("en", new TreeSet<>()).size() >= min && m.getOrDefault("fr", new TreeSet<>()).size() >= min) {
                bilingual++;
                if (pairedTemplates.contains(e.getKey())) {
                    found++;
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        int total = right + wrong;
        out.printf(Locale.ROOT, "scenario %s, seed %d: %d family pairs, %d join the same template (precision %s);%n",
                scenario.name(), seed, total, right, total == 0 ? "not defined" : String.format(Locale.ROOT, "%.3f",
                        (double) right / total));
        out.printf(Locale.ROOT, "wrong pairs: %d between honest families, %d between different templates, %d mixed%n",
                organic, otherTemplate, wrong - organic - otherTemplate);
        out.printf(Locale.ROOT, "%d templates copied in both languages, %d paired (recall %s)%n", bilingual, found,
                bilingual == 0 ? "not defined" : String.format(Locale.ROOT, "%.3f", (double) found / bilingual));
        return Cli.OK;
    }

    private static int template(GroundTruth truth, Post p) {
        GroundTruth.PostTruth t = truth.posts().get(p.id());
        return t == null || !t.campaign() ? -1 : t.templateId();
    }
}
