package org.spamouflage.sandbox.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spamouflage.sandbox.dataset.SpreadsheetSafe;

/**
 * Scores read back from an {@code accounts.csv}, ours or anyone's: the engine is not needed, so a
 * journalist can measure someone else's scores against labels.
 *
 * <p>Columns: {@code account_id} and {@code score} are required (found by name, any case);
 * {@code cluster} is optional (empty = no cluster); {@code handle} and {@code synthetic} are
 * ignored; every other column is taken as a signal score when each of its cells is a number or says
 * the signal does not apply ({@code n/a}, {@code NA}, empty: NaN here), and left out with a note otherwise. Rows are put in account-id order, the order the engine scores
 * in, so results do not depend on how the file was sorted.
 *
 * @param ids          account ids, in id order
 * @param combined     the {@code score} column
 * @param clusters     the {@code cluster} column (-1 = none), or null when the file has none
 * @param signalIds    the signal columns, in file order
 * @param signalScores one array per signal column, aligned with {@code ids}; NaN where the signal does not apply
 * @param notes        columns left out and why
 */
public record AccountScores(List<String> ids, double[] combined, int[] clusters, List<String> signalIds,
                            List<double[]> signalScores, List<String> notes) {

    static final Set<String> NOT_SIGNALS = Set.of("account_id", "score", "cluster", "handle", "synthetic");

    /**
     * @throws ExportReadException listing every problem (missing columns, bad numbers, duplicate ids)
     */
    public static AccountScores read(Path file) throws ExportReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        CsvInput in = new CsvInput(name);
        CsvInput.Table table = in.read(file);
        List<String> header = table.header();
        List<String[]> rows = table.rows();
        List<Long> lines = table.lines();
        int idCol = CsvInput.column(header, "account_id");
        int scoreCol = CsvInput.column(header, "score");
        int clusterCol = CsvInput.column(header, "cluster");
        if (idCol < 0 || scoreCol < 0) {
            in.problem(1, "", "needs the columns account_id and score (found: " + String.join(", ", header) + ")");
            in.throwIfAny();
        }
        int n = rows.size();
        String[] ids = new String[n];
        double[] combined = new double[n];
        int[] clusters = clusterCol < 0 ? null : new int[n];
        Map<String, Long> seen = new HashMap<>(n * 2);
        for (int r = 0; r < n; r++) {
            String[] cells = rows.get(r);
            long line = lines.get(r);
            String id = SpreadsheetSafe.restore(cells[idCol].strip()); // ids as written before the export made them safe
            ids[r] = id;
            if (id.isEmpty()) {
                in.problem(line, "account_id", "is empty");
            } else {
                Long first = seen.putIfAbsent(id, line);
                if (first != null) {
                    in.problem(line, "account_id", "\"" + abbreviate(id) + "\" already appears on line " + first);
                }
            }
            combined[r] = number(in, line, "score", cells[scoreCol]);
            if (clusters != null) {
                String c = cells[clusterCol].strip();
                if (c.isEmpty() || c.equals("-1") || c.equalsIgnoreCase("NA")) {
                    clusters[r] = -1;
                } else {
                    try {
                        clusters[r] = Integer.parseInt(c);
                        if (clusters[r] < 0) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        in.problem(line, "cluster", "\"" + abbreviate(c) + "\" is not a cluster number (a whole number"
                                + " from 0, or empty for none)");
                    }
                }
            }
        }
        List<String> signalIds = new ArrayList<>();
        List<double[]> signalScores = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int col = 0; col < header.size(); col++) {
            String h = header.get(col).strip();
            if (NOT_SIGNALS.contains(h.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            double[] values = new double[n];
            String bad = null;
            for (int r = 0; r < n && bad == null; r++) {
                String cell = rows.get(r)[col];
                if (notApplicable(cell)) {
                    values[r] = Double.NaN; // the signal abstained for this account
                    continue;
                }
                values[r] = parse(cell);
                if (!Double.isFinite(values[r])) {
                    bad = "line " + lines.get(r) + " holds \"" + abbreviate(rows.get(r)[col]) + "\"";
                }
            }
            if (bad == null) {
                signalIds.add(h);
                signalScores.add(values);
            } else {
                notes.add("column " + h + " is not a score column (" + bad + "): left out");
            }
        }
        in.throwIfAny();
        // the engine's order: by account id, so tie-breaking inside the metrics matches a direct evaluation
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
        List<String> sortedIds = new ArrayList<>(n);
        double[] sortedCombined = new double[n];
        int[] sortedClusters = clusters == null ? null : new int[n];
        List<double[]> sortedSignals = new ArrayList<>();
        for (int k = 0; k < signalScores.size(); k++) {
            sortedSignals.add(new double[n]);
        }
        for (int i = 0; i < n; i++) {
            int src = order[i];
            sortedIds.add(ids[src]);
            sortedCombined[i] = combined[src];
            if (clusters != null) {
                sortedClusters[i] = clusters[src];
            }
            for (int k = 0; k < signalScores.size(); k++) {
                sortedSignals.get(k)[i] = signalScores.get(k)[src];
            }
        }
        return new AccountScores(List.copyOf(sortedIds), sortedCombined, sortedClusters, List.copyOf(signalIds),
                List.copyOf(sortedSignals), List.copyOf(notes));
    }

    private static double number(CsvInput in, long line, String column, String cell) {
        double v = parse(cell);
        if (!Double.isFinite(v)) {
            in.problem(line, column, "\"" + abbreviate(cell) + "\" is not a number (write scores like 0.5, with a"
                    + " dot)");
        }
        return v;
    }

    /** A signal cell that says the signal does not apply: {@code n/a}, {@code NA}, {@code NaN} or empty. */
    static boolean notApplicable(String cell) {
        String s = cell.strip();
        return s.isEmpty() || s.equalsIgnoreCase(TableFiles.NOT_APPLICABLE) || s.equals("NA") || s.equals("NaN");
    }

    /** A finite number, or NaN. */
    private static double parse(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || s.length() > 64) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
