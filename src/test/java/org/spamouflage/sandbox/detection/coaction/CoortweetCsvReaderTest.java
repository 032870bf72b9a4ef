package org.spamouflage.sandbox.detection.coaction;

import org.spamouflage.sandbox.bench.CommonsCsvCoortweetReader;
import org.spamouflage.sandbox.formats.CoortweetCsvReader;
import org.spamouflage.sandbox.formats.CoortweetInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoortweetCsvReaderTest {

    static CoortweetData read(String csv) throws IOException {
        return new CoortweetCsvReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    static String rows(CoortweetData d) {
        ActionTable t = d.table();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            sb.append(t.objectId(t.object(i))).append('|').append(t.accountId(t.account(i))).append('|')
                    .append(t.time(i)).append('|').append(t.source(i)).append('\n');
        }
        return sb.toString();
    }

    @Nested
    class Format {
        @Test
        void readsQuotedFieldsWithCommasEscapedQuotesAndLineBreaks() throws IOException {
            String csv = "\"object_id\",\"account_id\",\"content_id\",\"timestamp_share\"\r\n"
                    + "\"o,1\",\"say \"\"hi\"\"\",c1,100\r\n"
                    + "\"multi\nline\",acc,c2,\"200\"\r\n";
            CoortweetData d = read(csv);
            assertThat(rows(d)).isEqualTo("o,1|say \"hi\"|100|1\nmulti\nline|acc|200|2\n");
        }

        @Test
        void takesColumnsByNameInAnyOrderAndIgnoresOthers() throws IOException {
            String csv = "timestamp_share,extra,account_id,object_id,content_id\n5,zzz,A,X,c\n";
            assertThat(rows(read(csv))).isEqualTo("X|A|5|1\n");
        }

        @Test
        void skipsAByteOrderMarkAndBlankLinesAndAcceptsAMissingFinalNewline() throws IOException {
            String csv = "\uFEFFobject_id,account_id,content_id,timestamp_share\n\nX,A,c1,1\n\r\nX,B,c2,2";
            assertThat(rows(read(csv))).isEqualTo("X|A|1|1\nX|B|2|2\n");
        }

        @Test
        void acceptsAnAllZeroFractionAndASign() throws IOException {
            assertThat(rows(read("object_id,account_id,content_id,timestamp_share\nX,A,c,1623881091.0\nX,B,d,-5\n")))
                    .isEqualTo("X|A|1623881091|1\nX|B|-5|2\n");
        }

        @Test
        void readsGzipFromTheMagicBytes() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write("object_id,account_id,content_id,timestamp_share\nX,A,c,7\n".getBytes(StandardCharsets.UTF_8));
            }
            CoortweetData d = new CoortweetCsvReader().read(new ByteArrayInputStream(bytes.toByteArray()), "t.csv.gz");
            assertThat(rows(d)).isEqualTo("X|A|7|1\n");
        }

        @Test
        void recordsLongerThanTheBufferAreReadWhole() throws IOException {
            String longId = "a".repeat(3_000_000);
            CoortweetData d = read("object_id,account_id,content_id,timestamp_share\nX," + longId + ",c,1\nX,B,c2,2\n");
            assertThat(d.table().indexOfAccount(longId)).isNotNegative();
            assertThat(d.table().accountId(d.table().indexOfAccount(longId)).length()).isEqualTo(3_000_000);
            assertThat(d.table().size()).isEqualTo(2);
        }

        @Test
        void rowsWhoseObjectIsTheirOwnContentAreCountedButNotPaired() throws IOException {
            CoortweetData d = read("object_id,account_id,content_id,timestamp_share\nX,A,X,1\nX,B,c2,2\n");
            assertThat(d.rows()).isEqualTo(2);
            assertThat(d.table().size()).isEqualTo(1);
            assertThat(d.selfReferencingRows()[d.table().indexOfAccount("A")]).isEqualTo(1);
        }

        @Test
        void agreesWithCommonsCsvOnTheRussianSample() throws IOException {
            CoortweetData fast;
            CoortweetData commons;
            try (InputStream in = getClass().getResourceAsStream("/golden/coortweet-russian/russian_coord_tweets.csv.gz")) {
                fast = new CoortweetCsvReader().read(in, "r");
            }
            try (InputStream in = getClass().getResourceAsStream("/golden/coortweet-russian/russian_coord_tweets.csv.gz")) {
                commons = new CommonsCsvCoortweetReader().read(in, "r");
            }
            assertThat(fast.table().size()).isEqualTo(35_125);
            assertThat(rows(fast)).isEqualTo(rows(commons));
        }
    }

    @Nested
    class Problems {
        @Test
        void namesMissingColumnsAndShowsTheHeader() {
            assertThatThrownBy(() -> read("object_id,account,content_id,time\nX,A,c,1\n"))
                    .isInstanceOf(CoortweetInputException.class)
                    .hasMessageContaining("t.csv")
                    .hasMessageContaining("line 1: missing columns account_id, timestamp_share")
                    .hasMessageContaining("[object_id, account, content_id, time]");
        }

        @Test
        void reportsEveryBadRowWithItsLineNumber() {
            String csv = "object_id,account_id,content_id,timestamp_share\n"
                    + "X,A,c1,100\n"
                    + "X,B,c2,yesterday\n"
                    + ",C,c3,5\n"
                    + "X,D,c4,1623881091000\n"
                    + "X,E,c5\n"
                    + "X,F,c6,1.5\n";
            assertThatThrownBy(() -> read(csv))
                    .isInstanceOf(CoortweetInputException.class)
                    .hasMessageContaining("5 problems")
                    .hasMessageContaining("line 3: timestamp_share 'yesterday' is not whole Unix seconds")
                    .hasMessageContaining("line 4: object_id is empty")
                    .hasMessageContaining("line 5: timestamp_share 1623881091000 is outside")
                    .hasMessageContaining("milliseconds")
                    .hasMessageContaining("line 6: only 3 fields, but the header puts timestamp_share in field 4")
                    .hasMessageContaining("line 7: timestamp_share '1.5'");
        }

        @Test
        void listsTwentyProblemsAndCountsTheRest() {
            StringBuilder csv = new StringBuilder("object_id,account_id,content_id,timestamp_share\n");
            for (int i = 0; i < 30; i++) {
                csv.append("X,A,c,bad\n");
            }
            assertThatThrownBy(() -> read(csv.toString()))
                    .isInstanceOfSatisfying(CoortweetInputException.class, e -> {
                        assertThat(e.totalProblems()).isEqualTo(30);
                        assertThat(e.problems()).hasSize(20);
                        assertThat(e.getMessage()).contains("… and 10 more").contains("line 21:").doesNotContain("line 22:");
                    });
        }

        @Test
        void stopsAtTheRowCap() {
            String csv = "object_id,account_id,content_id,timestamp_share\nX,A,c,1\nX,B,c,2\nX,C,c,3\n";
            assertThatThrownBy(() -> new CoortweetCsvReader(2, 20)
                    .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv"))
                    .isInstanceOf(CoortweetInputException.class)
                    .hasMessageContaining("line 4: more than 2 data rows");
        }

        @Test
        void reportsAnUnclosedQuote() {
            assertThatThrownBy(() -> read("object_id,account_id,content_id,timestamp_share\nX,\"A,c,1\n"))
                    .isInstanceOf(CoortweetInputException.class)
                    .hasMessageContaining("line 2: a quoted field is never closed");
        }

        @Test
        void reportsAnEmptyFile() {
            assertThatThrownBy(() -> read(""))
                    .isInstanceOf(CoortweetInputException.class)
                    .hasMessageContaining("the file is empty");
        }
    }
}
