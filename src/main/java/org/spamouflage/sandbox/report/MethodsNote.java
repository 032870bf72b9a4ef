package org.spamouflage.sandbox.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.SettingSpec;
import org.spamouflage.sandbox.detection.SettingSpecs;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.metrics.ClusterRecovery;
import org.spamouflage.sandbox.metrics.Confusion;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.PrecisionAtK;
import org.spamouflage.sandbox.metrics.SeparationReport;

/**
 * The methods note ({@code methods.md}, {@code methods.html}): a text a journalist or researcher
 * can paste under a finding. It states the data (source, counts, synthetic or not; scenario, hash
 * and seed for generated data), the engine version, every detector setting, what each signal
 * means and how much it weighs, error rates when labels exist, and the caveats.
 *
 * <p>Built once as a {@link Doc} and rendered twice, so the Markdown and the HTML say the same.
 * Everything is generic over the settings' JSON fields and the signal list, so new settings and
 * new signals appear without changes here (a setting without a description here is still listed
 * with its value).
 */
public final class MethodsNote {
    static final String TITLE = "Methods note: detecting coordinated accounts";

    /** What each detector setting means, by its JSON field name (from the one table of setting specs). */
    static final Map<String, String> SETTING_MEANINGS = SettingSpecs.all().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(SettingSpec::field, SettingSpec::meaning));

    static final String NULL_MODEL = "Each co-action edge (two accounts acting on the same post, link or hashtag"
            + " within the window) is tested against an account-label permutation null model: the objects and times"
            + " of all actions stay as observed and the account labels are shuffled, keeping how many actions each"
            + " account made. The p-value (a Poisson approximation) asks whether two accounts co-acted on more"
            + " distinct objects than their activity explains; q-values apply Benjamini–Hochberg over all pairs of"
            + " active accounts, and edges with q at most the significance level are kept. A second, account-level"
            + " test pools each account's evidence over all its partners: within each day the labels of the actions"
            + " are shuffled (keeping each account's days and each day's rate of co-action), and an account whose"
            + " actions co-occur with another account's more often than that explains (binomial tail, conservative by"
            + " Hoeffding's inequality; Benjamini–Hochberg over accounts) and at least minParticipation times is"
            + " linked to the linked accounts it co-acted with, where the pair test left one of them without a"
            + " partner. Copied messages are also scanned for bursts of many accounts within the window. A crowd (more"
            + " than crowdAccounts distinct accounts acting on one object within the window) is one fact about its"
            + " members, not one per pair: its actions count as co-actions for the account-level test and the burst"
            + " test, but the pair test runs on the other actions only, because a meeting in a crowd of m accounts"
            + " among A says little about the pair (about log2(A/m) bits) while the crowd would add m(m-1)/2 pairs."
            + " Clusters"
            + " are the connected components of the kept edges; components larger than 60 accounts are split by"
            + " label propagation (fixed seed).";

    static final String NULL_MODEL_WEAKNESS = "The null model's known weakness: real people who share interests"
            + " (fan groups, activist networks, local communities, people reacting to the same news) co-act more"
            + " than independent accounts would, so their edges can pass the test. A significant edge means"
            + " \"not explained by activity alone\", not \"coordinated\".";

    private MethodsNote() {
    }

    /**
     * The note as a document.
     *
     * @param summary  what the detection folder holds, or null when unknown (scores from elsewhere)
     * @param settings the detector settings, or null when unknown
     * @param signals  the signals whose scores were measured (from {@code summary} when known)
     * @param report   error rates against labels, or null when no labels were used
     */
    static Doc document(DetectionSummary summary, DetectorSettings settings, List<SignalInfo> signals,
                        EvaluationReport report) {
        Doc d = new Doc().heading(1, TITLE);
        boolean synthetic = summary != null && summary.data().synthetic();
        if (synthetic) {
            d.callout("SYNTHETIC DATA: every account, person, post and politician in these data was invented by"
                    + " Spamouflage Sandbox for teaching. The figures below describe a simulation, not real people"
                    + " or a real campaign.");
        }
        data(d, summary);
        reading(d, summary);
        engine(d, summary, settings);
        signals(d, signals, settings);
        network(d, summary, settings);
        if (report != null) {
            errorRates(d, report);
        } else {
            d.heading(2, "Error rates").para("No labels were used, so no error rates are given: how many of the"
                    + " flagged accounts are false alarms is unknown for these data. With labels (a truth.csv),"
                    + " the evaluate command adds AUC, average precision, precision, recall and F1 to this note.");
        }
        caveats(d, summary, report != null);
        return d;
    }

    /** The note in Markdown. */
    public static String markdown(DetectionSummary summary, DetectorSettings settings, List<SignalInfo> signals,
                                  EvaluationReport report) {
        return document(summary, settings, signals, report).markdown();
    }

    /** The note as a standalone HTML page (inline style, no scripts, no external resources). */
    public static String html(DetectionSummary summary, DetectorSettings settings, List<SignalInfo> signals,
                              EvaluationReport report) {
        return document(summary, settings, signals, report).page(TITLE);
    }

    private static void data(Doc d, DetectionSummary s) {
        d.heading(2, "Data");
        if (s == null) {
            d.para("Not recorded: this note was made from an accounts.csv without the detection.json that says"
                    + " where the data came from. State the source, the period and how the data were collected.");
            return;
        }
        DataSummary data = s.data();
        List<String> items = new ArrayList<>();
        items.add("Kind: " + (data.synthetic() ? "synthetic (generated by Spamouflage Sandbox; all accounts invented)"
                : "imported (data supplied by the user; the sandbox cannot check how they were collected)"));
        items.add("Source: " + (data.source().isEmpty() ? "not recorded" : data.source()));
        if (!data.scenarioName().isEmpty() || !data.scenarioHash().isEmpty()) {
            items.add("Scenario: " + data.scenarioName() + " (SHA-256 of the scenario file: " + data.scenarioHash()
                    + "), seed " + data.seed() + ". The same scenario and seed regenerate these data exactly.");
        }
        if (data.end() > data.start()) {
            items.add("Period (UTC): " + Instant.ofEpochSecond(data.start()) + " to " + Instant.ofEpochSecond(data.end())
                    + " (end exclusive)");
        }
        items.add(String.format(Locale.ROOT, "Counts: %,d accounts, %,d posts and comments, %,d likes and bare"
                + " re-shares, %,d public figures (not scored)", data.accounts(), data.posts(), data.engagements(),
                data.targets()));
        items.add(String.format(Locale.ROOT, "Scored: %,d accounts (every account with at least one post, public"
                + " figures excluded)", s.scoredAccounts()));
        d.bullets(items);
    }

    private static void reading(Doc d, DetectionSummary s) {
        if (s == null || (s.reading().notes().isEmpty() && s.reading().notApplicable().isEmpty())) {
            return;
        }
        d.heading(2, "How the data were read");
        List<String> items = new ArrayList<>(s.reading().notes());
        for (Map.Entry<String, String> e : s.reading().notApplicable().entrySet()) {
            items.add("Not applicable: " + e.getKey() + " (" + e.getValue() + "). It is written n/a in accounts.csv"
                    + " and left out of the combined score, which averages the signals that apply.");
        }
        d.bullets(items);
    }

    private static void engine(Doc d, DetectionSummary s, DetectorSettings settings) {
        d.heading(2, "Engine and settings");
        d.para("Detection engine: Spamouflage Sandbox, engine version "
                + (s == null ? "not recorded" : s.engineVersion())
                + ". Settings as used (settings.json in the detection folder reproduces the run):");
        if (settings == null) {
            d.para("Settings: not recorded (no settings.json was found).");
            return;
        }
        JsonNode tree;
        try {
            tree = JsonFiles.MAPPER.readTree(settings.toJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("signals")) {
                continue; // listed with the signals
            }
            rows.add(List.of(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString(),
                    SETTING_MEANINGS.getOrDefault(e.getKey(), "see the DetectorSettings documentation")));
        }
        d.table(List.of("Setting", "Value", "Meaning"), rows);
    }

    private static void signals(Doc d, List<SignalInfo> signals, DetectorSettings settings) {
        d.heading(2, "Signals and the combined score");
        d.para("Each signal gives every scored account a score from 0 to 1, or n/a where it does not apply (the data"
                + " lack what it needs: a time zone, creation dates, enough posts); what a high score means is stated"
                + " per signal. The combined score is, per account, the weighted mean of the enabled signals that apply"
                + " to it (the sum of weight times score, divided by the sum of those signals' weights), capped at 1."
                + " Accounts are ranked by it; it is not a probability.");
        List<List<String>> rows = new ArrayList<>();
        for (SignalInfo s : signals) {
            String on = settings == null ? "not recorded" : settings.enabled(s.id()) ? "yes" : "no";
            String w = settings == null ? "not recorded" : Numbers.short3(settings.weight(s.id()));
            rows.add(List.of(s.id(), s.title(), s.kind(), s.direction(), s.source(), on, w));
        }
        d.table(List.of("Signal (column)", "Name", "Kind", "A high score means", "Source", "Enabled", "Weight"), rows);
    }

    private static void network(Doc d, DetectionSummary s, DetectorSettings settings) {
        d.heading(2, "Coordination network and clusters");
        d.para(NULL_MODEL);
        if (settings != null) {
            d.para("Significance level used: " + settings.significanceLevel() + "; windows: co-comment "
                    + settings.coCommentWindowSeconds() + " s, co-share " + settings.coShareWindowSeconds()
                    + " s, co-hashtag " + settings.coHashtagWindowSeconds() + " s; clusters of at least "
                    + settings.minClusterSize() + " accounts.");
        }
        if (s != null) {
            d.para(String.format(Locale.ROOT, "Result: %,d significant edges between %,d accounts; %,d clusters"
                    + " holding %,d accounts.", s.edges(), s.networkNodes(), s.clusters(), s.clusteredAccounts()));
        }
    }

    private static void errorRates(Doc d, EvaluationReport r) {
        d.heading(2, "Error rates against the labels");
        var pop = r.population();
        d.para(String.format(Locale.ROOT, "Evaluated: %,d accounts, of which %,d campaign (positive) and %,d other."
                        + " Background bots (automated accounts outside the campaign) were %s.", pop.evaluated(),
                pop.campaign(), pop.other(), pop.background().name().equals("NEGATIVE")
                        ? "counted as other accounts: flagging one is a false alarm" : "left out"));
        if (pop.excludedUnknown() > 0 || pop.unknownAsNegative() > 0) {
            d.para(String.format(Locale.ROOT, "Accounts missing from the labels: %,d left out, %,d counted as other.",
                    pop.excludedUnknown(), pop.unknownAsNegative()));
        }
        d.heading(3, "How well each score separates campaign accounts from the rest");
        d.para("AUC: the chance that a random campaign account scores higher than a random other account (0.5 ="
                + " chance, 1 = perfect). Average precision: precision averaged over the ranks of the campaign"
                + " accounts (a random ranking scores about the campaign's share). KS: the largest gap between the"
                + " shares of campaign and other accounts above some cut (0 = same distribution, 1 = fully"
                + " separated).");
        List<List<String>> rows = new ArrayList<>();
        rows.add(separationRow(r.combined()));
        r.signals().forEach(s -> rows.add(separationRow(s)));
        d.table(List.of("Score", "AUC", "Average precision", "KS"), rows);
        d.heading(3, "Flagging accounts at a threshold");
        d.para("An account is flagged when its score is at or above the threshold. Precision: the share of flagged"
                + " accounts that are campaign. Recall: the share of campaign accounts flagged. False positive rate:"
                + " the share of other accounts wrongly flagged.");
        List<List<String>> c = new ArrayList<>();
        c.add(confusionRow("at the chosen threshold", r.atThreshold()));
        c.add(confusionRow("at the best-F1 threshold", r.bestF1()));
        c.add(confusionRow("at most " + Numbers.short3(r.settings().targetFalsePositiveRate() * 100).replaceAll(
                "\\.?0+$", "") + "% false positives", r.atTargetFalsePositiveRate()));
        d.table(List.of("Operating point", "Threshold", "Flagged", "Campaign caught (TP)", "False alarms (FP)",
                "Other not flagged (TN)", "Campaign missed (FN)", "Precision", "Recall", "F1",
                "False positive rate"), c);
        if (!r.precisionAtK().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (PrecisionAtK p : r.precisionAtK()) {
                items.add(String.format(Locale.ROOT, "Precision among the top %d accounts: %s", p.k(),
                        Numbers.short3(p.precision()))
                        + (p.counted() < p.k() ? " (only " + p.counted() + " accounts evaluated)" : ""));
            }
            d.bullets(items);
        }
        ClusterRecovery cr = r.clusters();
        if (cr != null) {
            d.heading(3, "Cluster recovery against the campaign's cells");
            d.bullets(List.of(
                    String.format(Locale.ROOT, "%,d clusters detected; %,d campaign accounts in %,d cells",
                            cr.detectedClusters(), cr.campaignAccounts(), cr.cells()),
                    "Share of campaign accounts in some cluster: " + Numbers.short3(cr.campaignCoverage()),
                    String.format(Locale.ROOT, "Other (non-campaign) accounts pulled into a cluster: %,d",
                            cr.otherClustered()),
                    "Adjusted Rand index (1 = clusters are exactly the cells, 0 = chance): "
                            + Numbers.short3(cr.adjustedRandIndex()),
                    "Purity (1 = no cluster mixes cells or people): " + Numbers.short3(cr.purity()),
                    "Cell recovery (share of campaign accounts found with most of their cell): "
                            + Numbers.short3(cr.cellRecovery()),
                    "Normalised mutual information over campaign accounts: "
                            + Numbers.short3(cr.normalizedMutualInformation())));
        }
        d.para("Conventions: " + String.join(" ", r.notes()));
    }

    private static List<String> separationRow(SeparationReport s) {
        return List.of(s.signal(), Numbers.short3(s.auc()), Numbers.short3(s.averagePrecision()),
                Numbers.short3(s.ksStatistic()));
    }

    private static List<String> confusionRow(String name, Confusion c) {
        return List.of(name, Numbers.short3(c.threshold()), Integer.toString(c.flagged()),
                Integer.toString(c.truePositives()), Integer.toString(c.falsePositives()),
                Integer.toString(c.trueNegatives()), Integer.toString(c.falseNegatives()), Numbers.short3(c.precision()),
                Numbers.short3(c.recall()), Numbers.short3(c.f1()), Numbers.short3(c.falsePositiveRate()));
    }

    private static void caveats(Doc d, DetectionSummary s, boolean labelled) {
        d.heading(2, "Caveats");
        List<String> items = new ArrayList<>();
        items.add("Scores are not probabilities. A score ranks accounts from least to most suspicious under these"
                + " settings; 0.8 does not mean \"80% likely to be a bot\", and a threshold is a cut on the ranking,"
                + " not a confidence level.");
        items.add("Coordination is not proof of inauthenticity. Fans, activists, newsrooms and people reacting to the"
                + " same event act together too. Every flagged account needs a person to read its evidence (the"
                + " co-actions, partners and times) before anything is said about it.");
        items.add(NULL_MODEL_WEAKNESS);
        if (s == null) {
            items.add("Where the data came from was not recorded with these scores; say it in your text.");
        } else if (s.data().synthetic()) {
            items.add("Synthetic data are labelled so: these data were generated for teaching, every account is"
                    + " invented, and every export of them (CSV columns, graph attributes, this note) says"
                    + " synthetic. Do not present them as real.");
        } else {
            items.add("The data were imported as supplied. Missing or deleted posts, sampling and collection limits"
                    + " shape every number here, and the sandbox cannot check them.");
        }
        items.add(labelled
                ? "Error rates hold for these labels and these data only (for generated data, one scenario and seed);"
                        + " on other data they will differ. A seed sweep shows how much they vary by chance."
                : "Without labels the error rates are unknown: the flagged list will contain false alarms, and"
                        + " how many is not measured.");
        d.bullets(items);
    }
}
