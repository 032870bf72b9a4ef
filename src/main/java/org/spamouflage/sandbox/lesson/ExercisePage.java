package org.spamouflage.sandbox.lesson;

import org.spamouflage.sandbox.chart.NetworkCharts;
import org.spamouflage.sandbox.explore.AccountCard;
import org.spamouflage.sandbox.explore.AccountFacts;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.playground.PlaygroundCharts;
import org.spamouflage.sandbox.report.Fmt;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.AccountEvidence;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.chart.ChartAxis;
import org.spamouflage.sandbox.chart.ChartMarkLine;
import org.spamouflage.sandbox.chart.ChartSeries;
import org.spamouflage.sandbox.chart.ChartSpec;

/**
 * A student's exercise page before the truth is shown, built from {@link ExerciseData} alone (the
 * data and the detection; no labels exist in it): the accounts ranked by combined score, the score
 * histogram with the student's threshold, the network coloured by detected cluster, and one card
 * per account with the engine's evidence. Signals the lesson hides are left out everywhere.
 */
public final class ExercisePage {
    /** Posts shown per account card. */
    public static final int CARD_POSTS = 5;

    /**
     * One account in the table.
     *
     * @param accountId   the account
     * @param handle      its handle (data: shown as text)
     * @param displayName its shown name (data)
     * @param score       combined score
     * @param rank        1-based rank by combined score (ties share the better rank)
     * @param cluster     detected cluster, or -1
     * @param posts       posts in the data
     * @param strongest   title of the visible signal with the highest score for it (English; pages show
     *                    {@code strongestId}'s title in their language)
     * @param strongestId id of that signal, or empty when no visible signal scored the account
     */
    public record Row(String accountId, String handle, String displayName, double score, int rank, int cluster, int posts,
                      String strongest, String strongestId) {
    }

    /** A signal as the student sees it. */
    public record SignalLine(String id, String title, String direction, boolean enabled, double weight) {
    }

    private final ExerciseData data;
    private final Detection d;
    private final ZoneId zone;
    private final List<Row> rows;
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final List<SignalInfo> visible;

    private ExercisePage(ExerciseData data) {
        this.data = data;
        this.d = data.detection();
        this.zone = d.context().zoneOrUtc();
        this.visible = d.signals().stream().filter(s -> data.showsSignal(s.id())).toList();
        double[][] scores = new double[visible.size()][];
        for (int k = 0; k < visible.size(); k++) {
            scores[k] = d.signalScores(visible.get(k).id());
        }
        Integer[] order = new Integer[d.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -d.combined(i)).thenComparing(i -> d.context().account(i).id()));
        int[] cluster = d.clusters();
        List<Row> out = new ArrayList<>(order.length);
        int rank = 0;
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            if (r == 0 || d.combined(i) != d.combined(order[r - 1])) {
                rank = r + 1;
            }
            Account a = d.context().account(i);
            String strongest = "";
            String strongestId = "";
            double best = 0;
            for (int k = 0; k < visible.size(); k++) {
                if (scores[k][i] > best) {
                    best = scores[k][i];
                    strongest = visible.get(k).title();
                    strongestId = visible.get(k).id();
                }
            }
            rowOf.put(a.id(), out.size());
            out.add(new Row(a.id(), a.handle(), a.displayName(), d.combined(i), rank, cluster[i], d.context().posts(i).length,
                    strongest, strongestId));
        }
        this.rows = List.copyOf(out);
    }

    public static ExercisePage of(ExerciseData data) {
        return new ExercisePage(data);
    }

    public ExerciseData data() {
        return data;
    }

    /** Every scored account, highest combined score first (ties by id). */
    public List<Row> rows() {
        return rows;
    }

    public Row row(String accountId) {
        Integer i = rowOf.get(accountId);
        if (i == null) {
            throw new IllegalArgumentException("no account " + accountId + " in this exercise");
        }
        return rows.get(i);
    }

    public boolean contains(String accountId) {
        return rowOf.containsKey(accountId);
    }

    /** Rows whose handle, shown name or id contains {@code search} (case-insensitive); all for an empty search. */
    public List<Row> filter(String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(r -> r.handle().toLowerCase(Locale.ROOT).contains(needle)
                || r.displayName().toLowerCase(Locale.ROOT).contains(needle)
                || r.accountId().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** Accounts with a combined score at or above {@code threshold}, in table order. */
    public List<String> atOrAbove(double threshold) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.score() >= threshold) {
                out.add(r.accountId());
            }
        }
        return out;
    }

    /** The signals students see, in the engine's order. */
    public List<SignalLine> signals() {
        return visible.stream().map(s -> new SignalLine(s.id(), s.title(), s.direction(), d.settings().enabled(s.id()),
                d.settings().weight(s.id()))).toList();
    }

    /** Combined scores of all accounts in {@value PlaygroundCharts#BINS} bins, the threshold marked. */
    public ChartSpec scores(double threshold) {
        return scores(threshold, Texts.english());
    }

    public ChartSpec scores(double threshold, Texts t) {
        int bins = PlaygroundCharts.BINS;
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = (double) b / bins;
        }
        double[] counts = new double[bins];
        for (Row r : rows) {
            counts[Math.min(bins - 1, (int) Math.floor(r.score() * bins))]++;
        }
        return ChartSpec.histogram(t.get("chart.scores.hidden"), edges, ChartAxis.value(t.get("chart.axis.score"), 0, 1),
                        ChartAxis.value(t.get("chart.axis.accounts")), List.of(ChartSeries.values("all",
                                t.get("chart.series.allAccounts"), counts).withColor(PlaygroundCharts.POOLED)))
                .withDecimals(0).withMarkLine(ChartMarkLine.x(threshold, t.get("chart.threshold", t.num(threshold, 3))).solid());
    }

    /** The highest-scoring accounts and their coordination edges, coloured by detected cluster. */
    public NetworkCharts.Network network() {
        return network(Texts.english());
    }

    public NetworkCharts.Network network(Texts t) {
        return NetworkCharts.byCluster(d, NetworkCharts.NODES, t);
    }

    /** Why an account scored what it did; {@code truth} is the label to show, or empty before the reveal. */
    public AccountCard card(String accountId, String truth) {
        return card(accountId, truth, Texts.english());
    }

    /** Like {@link #card(String, String)}, with the page's own words in the language of {@code t}. */
    public AccountCard card(String accountId, String truth, Texts t) {
        int i = d.indexOf(accountId);
        if (i < 0) {
            throw new IllegalArgumentException("no account " + accountId + " in this exercise");
        }
        Account a = d.context().account(i);
        String created = a.hasCreatedAt() ? Fmt.time(a.createdAt(), zone).substring(0, 10) : t.get("card.unknown");
        String profile = t.get("card.created", created) + " · " + (a.hasFollowers() ? t.get("card.followers", a.followers())
                : t.get("card.followersUnknown")) + " · " + (a.following() >= 0 ? t.get("card.following", a.following())
                : t.get("card.followingUnknown"));
        int[] posts = d.context().posts(i);
        Integer[] newest = new Integer[posts.length];
        for (int k = 0; k < posts.length; k++) {
            newest[k] = posts[k];
        }
        Arrays.sort(newest, Comparator.<Integer>comparingLong(p -> -d.context().post(p).time()).thenComparing(p -> p));
        List<String> comments = new ArrayList<>();
        for (int k = 0; k < Math.min(CARD_POSTS, newest.length); k++) {
            Post p = d.context().post(newest[k]);
            comments.add(Fmt.time(p.time(), zone) + " · " + (p.lang() == null || p.lang().isEmpty() ? "?" : p.lang())
                    + " · " + p.text());
        }
        AccountEvidence ev = d.evidence(i);
        List<AccountEvidence.SignalEvidence> shown = ev.signals().stream().filter(s -> data.showsSignal(s.signalId())).toList();
        Row row = row(accountId);
        return new AccountCard(a.id(), a.handle(), a.displayName(), a.bio(), profile, true, ev.score(), row.rank(), d.size(),
                ev.cluster(), truth, shown, hourChart(ev.hourHistogram(), t), comments,
                ExploreData.coActionLines(ev.coActions().stream().filter(c -> data.showsSignal(c.layer())).toList(),
                        this::handleOf, zone),
                data.showsSignal("duplicate-text") ? ExploreData.copiedLines(ev) : List.of(),
                AccountFacts.line(d.context(), i, zone));
    }

    private String handleOf(String accountId) {
        int j = d.indexOf(accountId);
        return j < 0 ? accountId : d.context().account(j).handle();
    }

    private ChartSpec hourChart(int[] hist, Texts t) {
        double[] v = new double[24];
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            v[h] = hist[h];
            hours.add(String.format(Locale.ROOT, "%02d", h));
        }
        return ChartSpec.bar(t.get("card.hours.title", zone.getId()), ChartAxis.category(t.get("card.hours.hour"), hours),
                ChartAxis.value(t.get("card.hours.posts")), List.of(ChartSeries.values("hours", t.get("card.hours.posts"), v)
                        .withColor(PlaygroundCharts.POOLED))).withDecimals(0).withLegend(false);
    }
}
