package org.spamouflage.sandbox.explore;

import org.spamouflage.sandbox.playground.PlaygroundCharts;
import org.spamouflage.sandbox.report.Fmt;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.detection.AccountEvidence;
import org.spamouflage.sandbox.detection.ClusterSummary;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.ClusterTexts;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.chart.ChartAxis;
import org.spamouflage.sandbox.chart.ChartHeatmap;
import org.spamouflage.sandbox.chart.ChartSeries;
import org.spamouflage.sandbox.chart.ChartSpec;

/**
 * A run read as a journalist would: per politician, the comments under their posts; each author's
 * card; detected clusters; when comments arrive. Built once per run (index of comments by
 * politician), then every query is a filter over an int array.
 *
 * <p>Imported data often marks no politicians (targets): then there is one feed, "All posts",
 * holding every post by time. Truth words are only given when the run has labels
 * ({@link #labelled()}); imported data without a label column has none.
 */
public final class ExploreData {
    /** Comments kept per account card. */
    public static final int CARD_COMMENTS = 5;
    /** Repeated texts shown per language on a cluster card. */
    public static final int CLUSTER_TEXTS = 4;

    private final Pipeline.Run run;
    private final Dataset ds;
    private final ZoneId zone;
    private final List<Target> targets;
    private final int[][] feeds;
    private final Map<String, int[]> postsByAccount;
    /** True when the dataset names no targets and the one feed holds every post. */
    private final boolean allPosts;
    private AccountFacts.Group everyone;
    private final AccountTable table;

    private ExploreData(Pipeline.Run run) {
        this.run = run;
        this.ds = run.generated().dataset();
        this.zone = run.detection().context().zoneOrUtc();
        this.targets = ds.targets();
        Map<String, Integer> targetOfPost = new HashMap<>();
        Map<String, Integer> targetIndex = new HashMap<>();
        for (int t = 0; t < targets.size(); t++) {
            targetIndex.put(targets.get(t).accountId(), t);
        }
        List<Post> posts = ds.posts();
        for (Post p : posts) {
            Integer t = targetIndex.get(p.accountId());
            if (t != null) {
                targetOfPost.put(p.id(), t);
            }
        }
        List<List<Integer>> lists = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            lists.add(new ArrayList<>());
        }
        Map<String, List<Integer>> byAccount = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            byAccount.computeIfAbsent(p.accountId(), k -> new ArrayList<>()).add(i);
            if (p.replyTo() != null) {
                Integer t = targetOfPost.get(p.replyTo());
                if (t != null && !targetIndex.containsKey(p.accountId())) {
                    lists.get(t).add(i);
                }
            }
        }
        Comparator<Integer> byTime = Comparator.<Integer>comparingLong(i -> posts.get(i).time())
                .thenComparing(i -> posts.get(i).id());
        this.allPosts = targets.isEmpty() && !posts.isEmpty();
        if (allPosts) {
            // posts are kept by time then id by both the generator and the importer; sort anyway, as the feed promises it
            this.feeds = new int[][] {java.util.stream.IntStream.range(0, posts.size()).boxed().sorted(byTime)
                    .mapToInt(Integer::intValue).toArray()};
        } else {
            this.feeds = new int[targets.size()][];
            for (int t = 0; t < targets.size(); t++) {
                feeds[t] = lists.get(t).stream().sorted(byTime).mapToInt(Integer::intValue).toArray();
            }
        }
        this.postsByAccount = new HashMap<>();
        byAccount.forEach((k, v) -> postsByAccount.put(k, v.stream().sorted(byTime).mapToInt(Integer::intValue).toArray()));
        this.table = AccountTable.of(run.detection());
    }

    /** Every scored account, ranked (built once, shared by every page showing this run). */
    public AccountTable table() {
        return table;
    }

    public static ExploreData of(Pipeline.Run run) {
        return new ExploreData(run);
    }

    /**
     * Estimated heap of this index alone (not the run it reads): per post a feed slot and a slot in
     * its author's list, per author a map entry and an array.
     */
    public long indexBytes() {
        return 8L * ds.posts().size() + 120L * postsByAccount.size() + table.bytes() + 4096;
    }

    public Pipeline.Run run() {
        return run;
    }

    public ZoneId zone() {
        return zone;
    }

    /** True when the run has labels (generated data always; imported data only with a label column). */
    public boolean labelled() {
        return run.labelled();
    }

    /** True when the dataset names no politicians and the one feed, "All posts", holds every post. */
    public boolean allPosts() {
        return allPosts;
    }

    /** Name of the single feed of a dataset without politicians. */
    public static final String ALL_POSTS = "All posts";

    /**
     * A politician and how many comments their posts drew (or the "All posts" feed and its size).
     *
     * @param unit what {@code comments} counts: "comments" or "posts"
     */
    public record TargetEntry(int index, String name, String party, String role, int comments, String unit) {
        public TargetEntry(int index, String name, String party, String role, int comments) {
            this(index, name, party, role, comments, "comments");
        }

        /** "Name (party, role) · 123 comments" */
        public String label() {
            String extra = String.join(", ", List.of(party, role).stream().filter(s -> !s.isEmpty()).toList());
            return name + (extra.isEmpty() ? "" : " (" + extra + ")") + " · " + comments + " " + unit;
        }
    }

    /** Politicians, most commented first (ties by name); for a dataset without any, the one "All posts" feed. */
    public List<TargetEntry> targets() {
        if (allPosts) {
            return List.of(new TargetEntry(0, ALL_POSTS, "", "", feeds[0].length, "posts"));
        }
        List<TargetEntry> out = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            Target x = targets.get(t);
            out.add(new TargetEntry(t, x.name().isEmpty() ? x.accountId() : x.name(), x.party(), x.role(), feeds[t].length));
        }
        out.sort(Comparator.comparingInt(TargetEntry::comments).reversed().thenComparing(TargetEntry::name));
        return out;
    }

    /** Language codes in a politician's comments, sorted. */
    public List<String> languages(int target) {
        TreeSet<String> langs = new TreeSet<>();
        for (int p : feeds[target]) {
            langs.add(lang(ds.posts().get(p)));
        }
        return List.copyOf(langs);
    }

    /**
     * A politician's comments, oldest first, filtered by language ({@code null} or empty for all)
     * and by a search text (case-insensitive, in the comment or the author's handle).
     */
    public int[] feed(int target, String language, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        boolean anyLang = language == null || language.isEmpty();
        return java.util.Arrays.stream(feeds[target]).filter(i -> {
            Post p = ds.posts().get(i);
            if (!anyLang && !language.equals(lang(p))) {
                return false;
            }
            if (needle.isEmpty()) {
                return true;
            }
            if (shown(p).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
            return ds.account(p.accountId()).map(a -> a.handle().toLowerCase(Locale.ROOT).contains(needle)).orElse(false);
        }).toArray();
    }

    public FeedRow row(int postIndex) {
        Post p = ds.posts().get(postIndex);
        String handle = ds.account(p.accountId()).map(Account::handle).orElse(p.accountId());
        return new FeedRow(postIndex, Fmt.shortTime(p.time(), zone), p.accountId(), handle, lang(p), shown(p),
                truthWord(p.accountId()));
    }

    /** The card of any account in the dataset. */
    public AccountCard account(String accountId) {
        Account a = ds.account(accountId).orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        Detection d = run.detection();
        int i = d.indexOf(accountId);
        String created = a.hasCreatedAt() ? Fmt.time(a.createdAt(), zone).substring(0, 10) : "unknown";
        String profile = "created " + created + " · " + (a.hasFollowers() ? a.followers() + " followers" : "followers unknown")
                + " · " + (a.following() >= 0 ? a.following() + " following" : "following unknown");
        int[] mine = postsByAccount.getOrDefault(accountId, new int[0]);
        List<String> comments = new ArrayList<>();
        for (int k = mine.length - 1; k >= 0 && comments.size() < CARD_COMMENTS; k--) {
            Post p = ds.posts().get(mine[k]);
            comments.add(Fmt.time(p.time(), zone) + " · " + lang(p) + " · " + shown(p));
        }
        if (i < 0) {
            return new AccountCard(a.id(), a.handle(), a.displayName(), a.bio(), profile, false, Double.NaN, 0, d.size(),
                    -1, truthDetail(accountId), List.of(), hourChart(hoursOf(mine)), comments, List.of(), List.of(), "");
        }
        AccountEvidence ev = d.evidence(i);
        return new AccountCard(a.id(), a.handle(), a.displayName(), a.bio(), profile, true, ev.score(), rank(d, i),
                d.size(), ev.cluster(), truthDetail(accountId), ev.signals(), hourChart(ev.hourHistogram()), comments,
                coActionLines(ev.coActions(), id -> ds.account(id).map(Account::handle).orElse(id), zone),
                copiedLines(ev), AccountFacts.line(d.context(), i, zone));
    }

    /** The co-actions in words, one sentence each; {@code handleOf} turns a partner's id into its handle. */
    public static List<String> coActionLines(List<AccountEvidence.CoAction> coActions,
                                      java.util.function.UnaryOperator<String> handleOf, ZoneId zone) {
        List<String> out = new ArrayList<>();
        for (AccountEvidence.CoAction c : coActions) {
            String partner = handleOf.apply(c.partnerId());
            long gap = Math.abs(c.time() - c.partnerTime());
            out.add(c.layer() + " with @" + partner + ": " + whatBothDid(c.layer(), c.object()) + "; this account "
                    + Fmt.time(c.time(), zone) + ", partner " + Fmt.time(c.partnerTime(), zone) + " ("
                    + (gap < 120 ? gap + " s" : gap / 60 + " min") + " apart)");
        }
        return out;
    }

    /** The shared object in words: a bare re-share's object is {@code share:} + the post's id. */
    static String whatBothDid(String layer, String object) {
        return switch (layer) {
            case "co-comment" -> "both commented on post " + object;
            case "co-share" -> object.startsWith("share:") ? "both re-shared post " + object.substring("share:".length())
                    : "both shared " + object;
            case "co-hashtag" -> "both used " + object;
            case "duplicate-text" -> "both posted copies of one message (" + object + ", under Copied messages)";
            default -> "both acted on " + object;
        };
    }

    /** The copied messages in words, one sentence each. */
    public static List<String> copiedLines(AccountEvidence ev) {
        List<String> out = new ArrayList<>();
        for (AccountEvidence.CopiedMessage m : ev.messages()) {
            String example = m.example().length() > 160 ? m.example().substring(0, 157) + "…" : m.example();
            out.add(m.postIds().size() + "× a message that " + m.accounts() + " accounts posted (" + m.languages() + "): \u201c"
                    + example + "\u201d");
        }
        return out;
    }

    /** Detected clusters, largest first (empty when detection found none). */
    public List<ClusterCard> clusters(int max) {
        Detection d = run.detection();
        List<ClusterCard> out = new ArrayList<>();
        for (ClusterSummary c : d.clusterSummaries()) {
            if (out.size() >= max) {
                break;
            }
            List<Integer> list = new ArrayList<>();
            for (String id : c.members()) {
                list.add(d.indexOf(id));
            }
            list.sort(Comparator.<Integer>comparingDouble(d::combined).reversed()
                    .thenComparing(x -> d.context().account(x).id()));
            List<String> handles = list.stream().limit(8).map(x -> d.context().account(x).handle()).toList();
            String summary = c.posts() + " posts (" + counts(c.languages()) + ") between " + Fmt.time(c.firstPost(), zone)
                    + " and " + Fmt.time(c.lastPost(), zone) + " · edges inside: " + counts(c.layers())
                    + " · mean combined score " + Fmt.num(c.meanScore(), 2);
            String facts = AccountFacts.of(d.context(), list.stream().mapToInt(Integer::intValue).toArray(), zone)
                    .words(everyone(), zone);
            out.add(new ClusterCard(c.id(), c.size(), handles, repeated(d, list, "en"), repeated(d, list, "fr"),
                    repeated(d, list, null), summary, pairs(d, list), facts));
        }
        return out;
    }

    /** The facts of every scored account, the baseline cluster facts are read against (computed once). */
    private AccountFacts.Group everyone() {
        if (everyone == null) {
            everyone = AccountFacts.everyone(run.detection().context(), zone);
        }
        return everyone;
    }

    /** Distinct English–French pairs among the members' posts, strongest first (the engine's evidence). */
    private static List<ClusterCard.Pair> pairs(Detection d, List<Integer> members) {
        return ClusterTexts.pairs(d.context(), members, CLUSTER_TEXTS).stream()
                .map(p -> new ClusterCard.Pair(p.english(), p.french(), p.score())).toList();
    }

    private static String counts(Map<String, Integer> m) {
        if (m.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add((k.isEmpty() ? UNKNOWN_LANGUAGE : k) + " " + v));
        return String.join(", ", parts);
    }

    /** The most repeated texts of a language ({@code null}: every language but English and French, unknown included). */
    private static List<ClusterCard.RepeatedText> repeated(Detection d, List<Integer> members, String language) {
        return ClusterTexts.repeated(d.context(), members, language, CLUSTER_TEXTS).stream()
                .map(r -> new ClusterCard.RepeatedText(r.text(), r.count())).toList();
    }

    /** Comments by hour of day (columns) and day of week (rows, Monday first) in the audience's zone. */
    public ChartSpec heatmap(int[] posts, String title) {
        double[][] cells = new double[7][24];
        for (int p : posts) {
            ZonedDateTime t = Instant.ofEpochSecond(ds.posts().get(p).time()).atZone(zone);
            cells[t.getDayOfWeek().getValue() - 1][t.getHour()]++;
        }
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH));
        }
        return ChartSpec.heatmap(title, ChartAxis.category("hour of day (" + zone.getId() + ")", hours()),
                ChartAxis.category("day", days), ChartHeatmap.of(cells, "comments")).withDecimals(0);
    }

    private static List<String> hours() {
        List<String> h = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            h.add(String.format(Locale.ROOT, "%02d", i));
        }
        return h;
    }

    private int[] hoursOf(int[] posts) {
        int[] h = new int[24];
        for (int p : posts) {
            h[Instant.ofEpochSecond(ds.posts().get(p).time()).atZone(zone).getHour()]++;
        }
        return h;
    }

    private ChartSpec hourChart(int[] hist) {
        double[] v = new double[24];
        for (int i = 0; i < 24; i++) {
            v[i] = hist[i];
        }
        return ChartSpec.bar("Posts by hour of day (" + zone.getId() + ")", ChartAxis.category("hour", hours()),
                ChartAxis.value("posts"), List.of(ChartSeries.values("hours", "posts", v)
                        .withColor(PlaygroundCharts.POOLED))).withDecimals(0).withLegend(false);
    }

    private static int rank(Detection d, int i) {
        double s = d.combined(i);
        int higher = 0;
        for (int a = 0; a < d.size(); a++) {
            if (d.combined(a) > s) {
                higher++;
            }
        }
        return higher + 1;
    }

    private String truthWord(String accountId) {
        if (!labelled()) {
            return "";
        }
        if (run.generated().truth().account(accountId).isEmpty() && run.scenario() == null) {
            return "unlabelled";
        }
        AccountClass cls = run.generated().truth().account(accountId).map(GroundTruth.AccountTruth::cls)
                .orElse(AccountClass.ORGANIC);
        String word = switch (cls) {
            case CAMPAIGN -> "campaign";
            case BACKGROUND -> "background bot";
            default -> "organic";
        };
        AccountRole role = run.generated().truth().role(accountId);
        return role.isAuthenticCoordination() ? word + " · " + roleWord(role) : word;
    }

    /** An authentic-coordination role in words, as the truth badges and the network legend say it. */
    public static String roleWord(AccountRole role) {
        return switch (role) {
            case ADVOCACY -> "advocacy";
            case NEWS -> "news";
            case FAN_RING -> "fan ring";
            case HASHTAG_GAME -> "hashtag game";
            case NONE -> "";
        };
    }

    private String truthDetail(String accountId) {
        if (!labelled()) {
            return "";
        }
        return run.generated().truth().account(accountId).map(t -> {
            if (t.cls() != AccountClass.CAMPAIGN) {
                return truthWord(accountId);
            }
            String s = "campaign";
            if (t.cell() >= 0) {
                s += " · cell " + t.cell();
            }
            if (t.operator() >= 0) {
                s += " · operator " + t.operator();
            }
            if (!t.origin().isEmpty()) {
                s += " · " + t.origin() + " account";
            }
            return s;
        }).orElse(run.scenario() == null ? "unlabelled" : "not in the truth file");
    }

    /** The language code, or "unknown" (share tables and many imports have none). */
    static String lang(Post p) {
        return p.lang().isEmpty() ? UNKNOWN_LANGUAGE : p.lang();
    }

    /** Shown for a post without a language. */
    public static final String UNKNOWN_LANGUAGE = "unknown";

    /**
     * A post as the feed shows it: its text, or for a post without text (a row of a share table such as
     * CooRTweet's) what it shared: "shared object 1234", "shared https://…".
     */
    static String shown(Post p) {
        if (!p.text().isBlank()) {
            return p.text();
        }
        if (p.sharedObject() != null && !p.sharedObject().isEmpty()) {
            return "shared object " + p.sharedObject();
        }
        if (!p.links().isEmpty()) {
            return "shared " + String.join(" ", p.links());
        }
        return "";
    }
}
