package org.spamouflage.sandbox.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.spamouflage.sandbox.dataset.SpreadsheetSafe;

/**
 * {@code accounts.csv} and {@code edges.csv}: RFC 4180 through Apache Commons CSV (comma, double
 * quotes, LF line ends), UTF-8 without BOM.
 *
 * <p>{@code accounts.csv}: {@code account_id,score,cluster,handle}, then one column per signal (its
 * id), then {@code synthetic} when the data are generated. One row per scored account, highest
 * combined score first (compared as written, to {@value Numbers#DECIMALS} decimals), ties by
 * account id. {@code cluster} is empty for accounts in no cluster (NA in R and pandas). A signal that
 * does not apply to an account (it abstains: no audience time zone, no creation date…) is written
 * {@value #NOT_APPLICABLE}, never 0 (pandas reads it as NaN; in R pass {@code na.strings = c("NA", "n/a")}).
 *
 * <p>{@code edges.csv}: {@code account_a,account_b,weight,layers,min_q_value}; {@code account_a}
 * sorts before {@code account_b} (by Java string order); rows sorted by the pair; {@code layers}
 * joined by {@code +}.
 */
public final class TableFiles {
    /** The cell of a signal that does not apply to the account. */
    public static final String NOT_APPLICABLE = "n/a";
    /** Fixed first columns of {@code accounts.csv}. */
    public static final List<String> ACCOUNT_COLUMNS = List.of("account_id", "score", "cluster", "handle");
    /** Column present when the data are synthetic. */
    public static final String SYNTHETIC = "synthetic";
    /** Columns of {@code edges.csv}. */
    public static final List<String> EDGE_COLUMNS = List.of("account_a", "account_b", "weight", "layers",
            "min_q_value");

    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private TableFiles() {
    }

    /** Writes {@code accounts.csv}; the stream is flushed, not closed. */
    public static void writeAccounts(ExportModel model, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(ACCOUNT_COLUMNS);
        model.signals().forEach(s -> header.add(s.id()));
        boolean synthetic = model.data().synthetic();
        if (synthetic) {
            header.add(SYNTHETIC);
        }
        List<ExportModel.AccountRow> rows = new ArrayList<>(model.accounts());
        rows.sort(Comparator.comparingLong((ExportModel.AccountRow r) -> -Numbers.scaled(r.score()))
                .thenComparing(ExportModel.AccountRow::id));
        Writer w = writer(out);
        CSVPrinter p = new CSVPrinter(w, CSV);
        p.printRecord(header);
        List<String> cells = new ArrayList<>(header.size());
        for (ExportModel.AccountRow r : rows) {
            cells.clear();
            cells.add(SpreadsheetSafe.cell(r.id()));
            cells.add(Numbers.fixed(r.score()));
            cells.add(r.cluster() < 0 ? "" : Integer.toString(r.cluster()));
            cells.add(SpreadsheetSafe.cell(r.handle()));
            for (double s : r.signals()) {
                cells.add(Double.isNaN(s) ? NOT_APPLICABLE : Numbers.fixed(s));
            }
            if (synthetic) {
                cells.add("true");
            }
            p.printRecord(cells);
        }
        p.flush();
        w.flush();
    }

    /** Writes {@code edges.csv}; the stream is flushed, not closed. */
    public static void writeEdges(ExportModel model, OutputStream out) throws IOException {
        Writer w = writer(out);
        CSVPrinter p = new CSVPrinter(w, CSV);
        p.printRecord(EDGE_COLUMNS);
        for (ExportModel.EdgeRow e : NetworkFiles.sortedEdges(model)) {
            p.printRecord(SpreadsheetSafe.cell(e.a()), SpreadsheetSafe.cell(e.b()), Numbers.weight(e.weight()),
                    String.join("+", e.layers()),
                    Numbers.significant(e.minQ()));
        }
        p.flush();
        w.flush();
    }

    private static Writer writer(OutputStream out) {
        return new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
