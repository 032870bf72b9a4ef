package org.spamouflage.sandbox.ui;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.Detector;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.pipeline.RunSource;

/**
 * Plants text that would run script if any page put data into HTML: an account whose handle, name
 * and bio are {@value #HOSTILE} and two comments containing it, under the first politician's first
 * post (a politician and a post are added when the data has none). Detection and evaluation are
 * re-run on the planted data, so every page sees it as ordinary data.
 */
public final class HostileData {
    public static final String HOSTILE = "<img src=x onerror=alert(1)>";
    public static final String ACCOUNT = "acct-hostile";
    public static final String COMMENT = "Look at this " + HOSTILE + " now";

    private HostileData() {
    }

    /** A run source that plants the hostile account into every run of {@code pipeline}. */
    public static RunSource source(Pipeline pipeline) {
        return (scenario, seed, settings) -> plant(pipeline.run(scenario, seed, settings));
    }

    private static String mostCommented(List<Target> targets, List<Post> posts) {
        java.util.Map<String, String> postOwner = new java.util.HashMap<>();
        java.util.Set<String> targetIds = new java.util.HashSet<>();
        targets.forEach(t -> targetIds.add(t.accountId()));
        for (Post p : posts) {
            if (targetIds.contains(p.accountId())) {
                postOwner.put(p.id(), p.accountId());
            }
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Post p : posts) {
            String owner = p.replyTo() == null ? null : postOwner.get(p.replyTo());
            if (owner != null && !targetIds.contains(p.accountId())) {
                counts.merge(owner, 1, Integer::sum);
            }
        }
        return targets.stream().min(java.util.Comparator.<Target>comparingInt(t -> -counts.getOrDefault(t.accountId(), 0))
                .thenComparing(t -> t.name().isEmpty() ? t.accountId() : t.name())).orElseThrow().accountId();
    }

    public static Pipeline.Run plant(Pipeline.Run run) {
        Dataset ds = run.generated().dataset();
        List<Account> accounts = new ArrayList<>(ds.accounts());
        List<Post> posts = new ArrayList<>(ds.posts());
        List<Target> targets = new ArrayList<>(ds.targets());
        List<GroundTruth.AccountTruth> accountTruth = new ArrayList<>(run.generated().truth().accounts().values());
        List<GroundTruth.PostTruth> postTruth = new ArrayList<>(run.generated().truth().posts().values());
        long start = ds.info().end() > ds.info().start() ? ds.info().start() : 1_693_000_000L;
        String targetPost = null;
        if (!targets.isEmpty()) {
            // The politician Explore opens first: the most commented (ties by name).
            String targetAccount = mostCommented(targets, posts);
            targetPost = posts.stream().filter(p -> p.accountId().equals(targetAccount)).map(Post::id).findFirst()
                    .orElse(null);
        }
        if (targetPost == null) {
            accounts.add(new Account("tgt-planted", "PlantedMP", "Planted MP", start - 86_400L * 3650, 5000, 10, "", "photo", true));
            targets.add(0, new Target("tgt-planted", "Planted MP", "Maple Party", "mp", "ON"));
            posts.add(new Post("post-planted", "tgt-planted", start + 60, "en", "A statement.", null, null, null, null,
                    null, "x", ""));
            accountTruth.add(new GroundTruth.AccountTruth("tgt-planted", AccountClass.ORGANIC, -1, -1, ""));
            targetPost = "post-planted";
        }
        accounts.add(new Account(ACCOUNT, HOSTILE, HOSTILE, start - 86_400L * 30, 0, 3, HOSTILE, "default", true));
        accountTruth.add(new GroundTruth.AccountTruth(ACCOUNT, AccountClass.CAMPAIGN, 0, 0, "new"));
        for (int i = 0; i < 2; i++) {
            String id = "post-hostile-" + i;
            posts.add(new Post(id, ACCOUNT, start + 3_600L * (i + 1), "en", COMMENT, targetPost, null, null, null, null,
                    "x", ""));
            postTruth.add(new GroundTruth.PostTruth(id, true, "verbatim", 0));
        }
        posts.sort((a, b) -> a.time() != b.time() ? Long.compare(a.time(), b.time()) : a.id().compareTo(b.id()));
        accounts.sort((a, b) -> a.id().compareTo(b.id()));
        Dataset planted = new Dataset(ds.info(), accounts, posts, ds.engagements(), targets);
        GroundTruth truth = new GroundTruth(accountTruth, postTruth);
        Detection d = Detector.detect(planted, run.detection().settings());
        return new Pipeline.Run(run.scenario(), run.seed(), new Generated(planted, truth), d, Pipeline.evaluate(d, truth));
    }
}
