package org.spamouflage.sandbox.explore;

import org.spamouflage.sandbox.report.Fmt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Every scored account of a run as a ranked table: rank by combined score, handle, combined score,
 * each signal's score ({@code NaN} where the signal does not apply to the account: shown "n/a"),
 * cluster. Views ask for rows by index after filtering and sorting here, so a table of 100,000
 * accounts costs the page a list of ints, not objects. Built once per run and shared.
 *
 * <p>Rank 1 is the highest combined score; ties are broken by account id, so ranks are stable.
 * Sorting by any column keeps rank as the tie-break, and {@code NaN} ("n/a") sorts after every
 * number in both directions: accounts a signal says nothing about never lead a column.
 */
public final class AccountTable {
    /** Column key of the rank. */
    public static final String RANK = "rank";
    /** Column key of the handle. */
    public static final String HANDLE = "handle";
    /** Column key of the combined score. */
    public static final String SCORE = "score";
    /** Column key of the cluster. */
    public static final String CLUSTER = "cluster";
    /** Column key of a signal: {@code signal:ID}. */
    public static final String SIGNAL = "signal:";

    private final String[] ids;
    private final String[] handles;
    private final double[] combined;
    private final int[] cluster;
    private final List<SignalInfo> signals;
    private final double[][] scores;
    private final String[] abstention;
    /** Account indexes in rank order. */
    private final int[] byRank;
    /** Rank (1-based) of each account index. */
    private final int[] rank;

    /**
     * One account in the table.
     *
     * @param index     the account's index in the detection
     * @param rank      1 = highest combined score
     * @param accountId its id
     * @param handle    its handle (data: shown as text)
     * @param score     combined score
     * @param cluster   detected cluster, or -1
     */
    public record Row(int index, int rank, String accountId, String handle, double score, int cluster) {
    }

    private AccountTable(Detection d) {
        int n = d.size();
        ids = new String[n];
        handles = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = d.context().account(i).id();
            handles[i] = d.context().account(i).handle();
        }
        combined = d.combined();
        cluster = d.clusters();
        signals = List.copyOf(d.signals());
        scores = new double[signals.size()][];
        abstention = new String[signals.size()];
        for (int k = 0; k < signals.size(); k++) {
            scores[k] = d.signalScores(signals.get(k).id());
            abstention[k] = d.abstention(signals.get(k).id());
        }
        byRank = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -combined[i]).thenComparing(i -> ids[i]))
                .mapToInt(Integer::intValue).toArray();
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byRank[r]] = r + 1;
        }
    }

    /** The table of a detection, with each account's handle as the dataset gives it. */
    public static AccountTable of(Detection d) {
        return new AccountTable(d);
    }

    public int size() {
        return ids.length;
    }

    public List<SignalInfo> signals() {
        return signals;
    }

    /** Why a signal applies to no account in this run, or null when it applies to some. */
    public String abstention(String signalId) {
        return abstention[signal(signalId)];
    }

    /** The row of account index {@code i}. */
    public Row row(int i) {
        return new Row(i, rank[i], ids[i], handles[i], combined[i], cluster[i]);
    }

    /** A signal's score of account index {@code i}; NaN where it does not apply. */
    public double score(int i, String signalId) {
        return scores[signal(signalId)][i];
    }

    /** "0.73", or "n/a" where the signal does not apply. */
    public String shownScore(int i, String signalId) {
        double v = score(i, signalId);
        return Double.isNaN(v) ? "n/a" : Fmt.num(v, 2);
    }

    /** The detected clusters, ascending. */
    public List<Integer> clusters() {
        TreeSet<Integer> out = new TreeSet<>();
        for (int c : cluster) {
            if (c >= 0) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Account indexes in table order after filtering and sorting.
     *
     * @param clusterFilter only this cluster; -1 for accounts in no cluster; null for all
     * @param signalFilter  only accounts on which this signal fired (score at least {@value SignalResult#FIRED}); null for all
     * @param search        only handles or ids containing this text (case-insensitive); null or blank for all
     * @param sortKey       a column key ({@link #RANK}, {@link #HANDLE}, {@link #SCORE}, {@link #CLUSTER},
     *                      {@code signal:ID}); null sorts by rank
     * @param descending    reverse the order (n/a stays last)
     */
    public int[] view(Integer clusterFilter, String signalFilter, String search, String sortKey, boolean descending) {
        int sig = signalFilter == null ? -1 : signal(signalFilter);
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        int[] out = Arrays.stream(byRank).filter(i -> (clusterFilter == null || cluster[i] == clusterFilter)
                && (sig < 0 || scores[sig][i] >= SignalResult.FIRED)
                && (needle.isEmpty() || handles[i].toLowerCase(Locale.ROOT).contains(needle)
                    || ids[i].toLowerCase(Locale.ROOT).contains(needle))).toArray();
        if (sortKey == null || (RANK.equals(sortKey) && !descending)) {
            return out;
        }
        Comparator<Integer> c = comparator(sortKey, descending).thenComparingInt(i -> rank[i]);
        return Arrays.stream(out).boxed().sorted(c).mapToInt(Integer::intValue).toArray();
    }

    private Comparator<Integer> comparator(String key, boolean descending) {
        return switch (key) {
            case RANK -> descending ? Comparator.comparingInt(i -> -rank[i]) : Comparator.comparingInt(i -> rank[i]);
            case HANDLE -> {
                Comparator<Integer> h = Comparator.comparing(i -> handles[i].toLowerCase(Locale.ROOT));
                yield descending ? h.reversed() : h;
            }
            case SCORE -> numbers(combined, descending);
            case CLUSTER -> {
                // accounts in no cluster (-1) last in both directions, like n/a
                Comparator<Integer> none = Comparator.comparing(i -> cluster[i] < 0);
                Comparator<Integer> byId = Comparator.comparingInt(i -> cluster[i]);
                yield none.thenComparing(descending ? byId.reversed() : byId);
            }
            default -> {
                if (!key.startsWith(SIGNAL)) {
                    throw new IllegalArgumentException("unknown column " + key);
                }
                yield numbers(scores[signal(key.substring(SIGNAL.length()))], descending);
            }
        };
    }

    /** By value, NaN last in both directions. */
    private static Comparator<Integer> numbers(double[] v, boolean descending) {
        Comparator<Integer> nanLast = Comparator.comparing(i -> Double.isNaN(v[i]));
        Comparator<Integer> byValue = Comparator.comparingDouble(i -> v[i]);
        return nanLast.thenComparing(descending ? byValue.reversed() : byValue);
    }

    private int signal(String id) {
        for (int k = 0; k < signals.size(); k++) {
            if (signals.get(k).id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown signal '" + id + "'");
    }

    /** Estimated heap: per account a handle reference, ids, scores of every signal, rank and order. */
    public long bytes() {
        return (long) ids.length * (8L * signals.size() + 40) + 4096;
    }

    /**
     * A signal that applies to no account of the run.
     *
     * @param signalId its id
     * @param title    its name
     * @param reason   why, in the engine's words
     */
    public record NotApplicable(String signalId, String title, String reason) {
    }

    /** The signals whose column is all n/a in this run, with why (in signal order). */
    public List<NotApplicable> notApplicable() {
        List<NotApplicable> out = new ArrayList<>();
        for (int k = 0; k < signals.size(); k++) {
            if (abstention[k] != null) {
                out.add(new NotApplicable(signals.get(k).id(), signals.get(k).title(), abstention[k]));
            }
        }
        return out;
    }
}
