package org.spamouflage.sandbox.lesson;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.spamouflage.sandbox.dataset.SpreadsheetSafe;

/**
 * The board and the submissions as CSV (RFC 4180 through Commons CSV, LF line ends, UTC times in
 * ISO 8601). Names and flagged account ids are as typed, with one change: a cell that a spreadsheet
 * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR first) gets a leading
 * apostrophe ({@link SpreadsheetSafe}), the usual defence against CSV formula injection.
 */
public final class ClassroomCsv {
    public static final List<String> BOARD_HEADER = List.of("rank", "name", "submissions", "last_submitted_utc",
            "flagged", "true_positives", "false_positives", "false_negatives", "true_negatives", "precision", "recall",
            "f1", "cost");
    public static final List<String> SUBMISSIONS_HEADER = List.of("submission", "name", "submitted_utc", "flagged",
            "true_positives", "false_positives", "false_negatives", "true_negatives", "precision", "recall", "f1", "cost",
            "flagged_accounts");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private ClassroomCsv() {
    }

    /** The board; students without a submission have an empty rank and empty numbers. */
    public static String board(List<Board.Row> rows) {
        return write(BOARD_HEADER, p -> {
            for (Board.Row r : rows) {
                Score s = r.score();
                if (s == null) {
                    p.printRecord("", safe(r.participant().name()), 0, "", "", "", "", "", "", "", "", "", "");
                } else {
                    p.printRecord(r.rank(), safe(r.participant().name()), r.submissions(), time(r.lastSubmitted()),
                            s.flagged(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.trueNegatives(),
                            num(s.precision()), num(s.recall()), num(s.f1()), num(s.cost()));
                }
            }
        });
    }

    /** Every submission, oldest first; flagged accounts separated by spaces. */
    public static String submissions(List<Submission> all) {
        return write(SUBMISSIONS_HEADER, p -> {
            for (Submission x : all) {
                Score s = x.score();
                p.printRecord(x.id(), safe(x.participantName()), time(x.submittedAt()), s.flagged(), s.truePositives(),
                        s.falsePositives(), s.falseNegatives(), s.trueNegatives(), num(s.precision()), num(s.recall()),
                        num(s.f1()), num(s.cost()), safe(String.join(" ", x.flagged())));
            }
        });
    }

    static String safe(String text) {
        return SpreadsheetSafe.cell(text);
    }

    /** Four decimals, or empty when undefined. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String time(Instant t) {
        return t == null ? "" : DateTimeFormatter.ISO_INSTANT.format(t);
    }

    private interface Rows {
        void print(CSVPrinter p) throws IOException;
    }

    private static String write(List<String> header, Rows rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(header);
            rows.print(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
