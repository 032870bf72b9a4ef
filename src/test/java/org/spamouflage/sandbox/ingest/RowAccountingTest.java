package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.ingest.Fixtures.messages;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Post;

/**
 * Every row of a file is accounted for: rows in the file = accepted + rejected (+ unchecked after a
 * stop). The exact counts below follow from how each file is built: a stray quote costs exactly the
 * line it is on, a file cut in the middle of its last row loses exactly that row, with its row
 * number and the reason.
 */
class RowAccountingTest {

    static final ImportSettings COORTWEET = ImportSettings.of(Preset.COORTWEET);
    static final String HEADER = "object_id,account_id,content_id,timestamp_share";

    /** Data row i (0-based) of a CooRTweet table: ten-digit timestamps, ~34 bytes a row. */
    static String row(int i) {
        return "o" + (i % 97) + ",a" + (i % 500) + ",c" + i + "," + (1623881000 + i);
    }

    static List<String> table(int rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < rows; i++) {
            lines.add(row(i));
        }
        return lines;
    }

    static ImportResult load(String text, String name, ImportSettings settings) throws ImportException {
        return Importer.importStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, settings);
    }

    static String join(List<String> lines, String eol) {
        return String.join(eol, lines) + eol;
    }

    @Nested
    class StrayQuote {
        /**
         * The issue's case: 6,000 data rows, a {@code "} put before the account id of data row 10
         * (spreadsheet row 11, line 11). The quote runs on over the next ~3,000 lines until the
         * field passes the 100,000-byte field limit; then line 11 alone is rejected and every
         * other row is read: 5,999 accepted, 1 rejected.
         */
        @Test
        void costsOnlyItsOwnLineInASixThousandRowFile() throws ImportException {
            List<String> lines = table(6000);
            lines.set(10, "o9,\"a9,c9,1623881009");
            ImportResult r = load(join(lines, "\n"), "stray.csv", COORTWEET);
            assertThat(r.rows()).isEqualTo(6000);
            assertThat(r.accepted()).isEqualTo(5999);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.unchecked()).isZero();
            assertThat(r.truncated()).isFalse();
            assertThat(messages(r)).containsExactly("row 11, column \"account_id\": unbalanced quote: the quote opened "
                    + "on line 11 is not closed within 100,000 bytes (the field limit); only line 11 was rejected and "
                    + "reading resumed on line 12");
            assertThat(r.dataset().posts()).extracting(Post::id).doesNotContain("c9").contains("c8", "c10", "c5999");
            assertThat(r.summary()).startsWith("6,000 rows in the file: 5,999 accepted, 1 rejected: 5,999 posts by ");
        }

        @Test
        void inASmallFileReachesTheEndAndStillCostsOnlyItsLine() throws ImportException {
            List<String> lines = table(20);
            lines.set(3, "o2,a2,\"c2,1623881002");
            ImportResult r = load(join(lines, "\r\n"), "small.csv", COORTWEET);
            assertThat(r.rows()).isEqualTo(20);
            assertThat(r.accepted()).isEqualTo(19);
            assertThat(messages(r)).containsExactly("row 4, column \"content_id\": unbalanced quote: the quote opened on "
                    + "line 4 is never closed (the end of the file was reached); only line 4 was rejected and reading "
                    + "resumed on line 5");
            // CRLF: the next row is read from its first byte, not from the LF
            assertThat(r.dataset().posts()).extracting(Post::id).contains("c3", "c19");
        }

        @Test
        void thatClosesOnALaterLineWithTheWrongFieldCountCostsOnlyItsLine() throws ImportException {
            List<String> lines = table(10);
            lines.set(2, "o1,\"a1,c1,1623881001");
            // a second quote, ending the object id of line 6, closes the stray one: o1, one field over
            // lines 3-6, then a4, c4 and the time make a row of 5 fields
            lines.set(5, "o4\",a4,c4,1623881004");
            ImportResult r = load(join(lines, "\n"), "two.csv", COORTWEET);
            assertThat(r.rows()).isEqualTo(10);
            assertThat(r.accepted()).isEqualTo(9); // line 6 is read on its own: o4" keeps its quote as a character
            assertThat(messages(r)).containsExactly("row 3, column \"account_id\": unbalanced quote: the quote opened on "
                    + "line 3 makes a row of 5 fields ending on line 6 (the header has 4); only line 3 was rejected and "
                    + "reading resumed on line 4");
            assertThat(r.dataset().posts()).extracting(Post::sharedObject).contains("o4\"");
        }

        @Test
        void thatMeetsAQuotedFieldLaterCostsOnlyItsLine() throws ImportException {
            List<String> lines = table(10);
            lines.set(2, "o1,\"a1,c1,1623881001");
            lines.set(7, "o6,\"a6\",c6,1623881006"); // a well-quoted field: its opening quote closes the stray one
            ImportResult r = load(join(lines, "\n"), "later.csv", COORTWEET);
            assertThat(r.rows()).isEqualTo(10);
            assertThat(r.accepted()).isEqualTo(9);
            assertThat(messages(r)).containsExactly("row 3, column \"account_id\": unbalanced quote: the quote opened on "
                    + "line 3 meets 'a' after a quote on line 8; only line 3 was rejected and reading resumed on line 4");
            assertThat(r.dataset().posts()).extracting(Post::accountId).contains("a6");
        }

        @Test
        void aLegitimateQuotedLineBreakIsStillOneRow() throws ImportException {
            List<String> lines = table(5);
            lines.set(2, "o1,\"a\n1\",c1,1623881001");
            ImportResult r = load(join(lines, "\n"), "ok.csv", COORTWEET);
            assertThat(r.rows()).isEqualTo(5);
            assertThat(r.accepted()).isEqualTo(5);
            assertThat(r.dataset().posts()).extracting(Post::accountId).contains("a\n1");
        }
    }

    @Nested
    class CutOffLastRow {
        /** The case: the file ends in "…,c139,16" under ten-digit timestamps. */
        @Test
        void aShortenedLastValueRejectsTheRowWithItsNumber() throws ImportException {
            List<String> lines = table(140);
            String text = join(lines.subList(0, 140), "\n") + "o42,a139,c139,16";
            ImportResult r = load(text, "cut.csv", COORTWEET);
            assertThat(r.rows()).isEqualTo(140);
            assertThat(r.accepted()).isEqualTo(139);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(messages(r)).containsExactly("row 141, column \"timestamp_share\": the file looks cut off in the "
                    + "middle of this row: it is the last, no line break follows it, and its last value \"16\" is "
                    + "shorter than every value above it in this column");
            assertThat(r.dataset().posts()).extracting(Post::time).allMatch(t -> t >= 1623881000L);
        }

        @Test
        void tooFewFieldsWithoutALineBreakIsCalledCutOff() throws ImportException {
            String text = join(table(3), "\n") + "o3,a3,c";
            ImportResult r = load(text, "cut.csv", COORTWEET);
            assertThat(r.rows()).isEqualTo(4);
            assertThat(r.accepted()).isEqualTo(3);
            assertThat(messages(r)).containsExactly("row 5: too few fields: 3 (the header has 4) and no line break after "
                    + "them: the file looks cut off in the middle of this row");
        }

        @Test
        void aCompleteLookingLastRowWithoutLineBreakIsImportedWithANote() throws ImportException {
            String text = String.join("\n", table(3));
            ImportResult r = load(text, "sheet.csv", COORTWEET);
            assertThat(r.rows()).isEqualTo(3);
            assertThat(r.accepted()).isEqualTo(3);
            assertThat(r.notes()).contains("the last row (row 4) has no line break after it; it looked complete and was "
                    + "imported (if the file was cut off, that row may be shortened)");
        }

        @Test
        void aCutJsonLineIsRejectedAndSaysSo() throws ImportException {
            String text = "{\"account\":\"a1\",\"time\":\"2023-08-29T14:00:00Z\"}\n{\"account\":\"a2\",\"time\":\"2023-08";
            ImportResult r = load(text, "cut.jsonl", Fixtures.generic("account", "time"));
            assertThat(r.rows()).isEqualTo(2);
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.errors()).singleElement().satisfies(e -> {
                assertThat(e.row()).isEqualTo(2);
                assertThat(e.reason()).startsWith("not valid JSON: ")
                        .endsWith("; it is the last line and no line break follows it: is the file cut off?");
            });
        }
    }

    @Nested
    class Stops {
        @Test
        void rowsAfterTheErrorLimitAreCountedAsUnchecked() throws ImportException {
            List<String> lines = table(100);
            for (int i = 1; i <= 30; i++) {
                lines.set(i, "o,a,c" + i + ",never");
            }
            ImportResult r = load(join(lines, "\n"), "bad.csv",
                    COORTWEET.withLimits(ImportLimits.DEFAULT.withMaxRejectedRows(10)));
            // rows 2-11 rejected (10), row 12 is the 11th bad one: the stop; rows 12-101 unchecked
            assertThat(r.rejected()).isEqualTo(10);
            assertThat(r.accepted()).isZero();
            assertThat(r.unchecked()).isEqualTo(90);
            assertThat(r.rows()).isEqualTo(100);
            assertThat(r.summary()).isEqualTo("100 rows in the file: 0 accepted, 10 rejected, 90 unchecked: 0 posts by 0 "
                    + "accounts; stopped early: more than 10 rows were rejected (the error limit): the import stopped at "
                    + "row 12; the first 10 are listed");
        }
    }
}
