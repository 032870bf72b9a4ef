package org.spamouflage.sandbox.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ClassroomCsvTest {
    static final Instant T = Instant.parse("2025-01-13T09:00:05.250Z");

    static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void submissionsRoundTripThroughAStandardCsvReader() throws Exception {
        Submission s = new Submission(7, 1, 3, "Zoë, \"the\" analyst", T, List.of("acct-000002", "acct-000010"),
                new Score(1, 1, 9, 89, 10.5));
        List<CSVRecord> rows = parse(ClassroomCsv.submissions(List.of(s)));
        assertThat(rows).hasSize(1);
        CSVRecord r = rows.get(0);
        assertThat(r.get("name")).isEqualTo("Zoë, \"the\" analyst");
        assertThat(r.get("submitted_utc")).isEqualTo("2025-01-13T09:00:05.250Z");
        assertThat(r.get("precision")).isEqualTo("0.5000");
        assertThat(r.get("recall")).isEqualTo("0.1000");
        assertThat(r.get("f1")).isEqualTo("0.1667"); // 2/(2+1+9)
        assertThat(r.get("cost")).isEqualTo("10.5000");
        assertThat(r.get("flagged_accounts")).isEqualTo("acct-000002 acct-000010");
        assertThat(rows.get(0).toMap().keySet()).containsExactlyElementsOf(ClassroomCsv.SUBMISSIONS_HEADER);
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsDefused() throws Exception {
        Participant p = new Participant(1, 1, "=HYPERLINK(\"http://x\")", T);
        Submission s = new Submission(1, 1, 1, p.name(), T, List.of(), new Score(0, 0, 5, 5, 5));
        String csv = ClassroomCsv.board(Board.rank(List.of(p, new Participant(2, 1, "-Bo", T)), List.of(s), Costs.EQUAL));
        List<CSVRecord> rows = parse(csv);
        assertThat(rows.get(0).get("name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(0).get("precision")).as("nothing flagged: undefined").isEmpty();
        assertThat(rows.get(1).get("name")).isEqualTo("'-Bo");
        assertThat(rows.get(1).get("rank")).as("no submission, no rank").isEmpty();
    }
}
