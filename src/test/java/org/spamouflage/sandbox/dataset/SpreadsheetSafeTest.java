package org.spamouflage.sandbox.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formula-leading text cells get a leading quote in every CSV, numbers and times do not, and the
 * project's readers undo it so a folder written, read and written again is byte-identical.
 */
class SpreadsheetSafeTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+1|'=1+1", "+1 555 0100|'+1 555 0100", "-0.5|'-0.5", "@SUM(A1)|'@SUM(A1)",
        "'=x|''=x", "''-x|'''-x", "'x|'x", "'|'", "abc|abc", "a=b|a=b", "#tag|#tag", "1=1|1=1"})
    void quotesExactlyTheCellsASpreadsheetWouldRun(String text, String cell) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(cell);
        assertThat(SpreadsheetSafe.restore(cell)).isEqualTo(text);
    }

    @Test
    void tabAndCarriageReturnFirstAreQuotedToo() {
        assertThat(SpreadsheetSafe.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetSafe.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetSafe.cell(" =x")).isEqualTo(" =x");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    /** Any text: the cell never starts with a trigger, and restoring gives the text back. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void restoreUndoesCellForAnyText(int seed) {
        Random rnd = new Random(seed);
        String alphabet = "'=+-@\t\r\na1 ,\"é";
        StringBuilder b = new StringBuilder();
        for (int i = rnd.nextInt(8); i > 0; i--) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        String text = b.toString();
        String cell = SpreadsheetSafe.cell(text);
        assertThat(SpreadsheetSafe.restore(cell)).as("[%s]", text).isEqualTo(text);
        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).as("[%s]", cell).isTrue();
        // the pandas one-liner in docs/dataset-folder.md does the same as restore (same regex syntax in Java)
        assertThat(Pattern.compile("^'(?='*[=+\\-@\\t\\r])").matcher(cell).replaceFirst("")).isEqualTo(text);
    }

    @Nested
    class InTheDatasetFolder {
        @TempDir
        Path dir;

        static Dataset formulas() {
            DatasetInfo info = new DatasetInfo(false, "import of x.csv (preset generic)", "", "", 0, 0, 86_400);
            List<Account> accounts = List.of(
                    new Account("-a1", "@handle", "=Name", Account.UNKNOWN, -1, -1, "", "", false),
                    new Account("b2", "b2", "", Account.UNKNOWN, -1, -1, "", "", false));
            List<Post> posts = List.of(
                    new Post("=p1", "-a1", 3600, "en", "=HYPERLINK(\"http://x\",\"click\")", null, "+obj",
                            List.of("-link"), List.of("@tag"), List.of("=m"), "", "@client"),
                    new Post("p2", "b2", 7200, "", "plain -0.5 text", "=p1", null, List.of(), List.of(), List.of(), "",
                            ""));
            return new Dataset(info, accounts, posts, List.of(), List.of());
        }

        static GroundTruth truth() {
            return new GroundTruth(List.of(new GroundTruth.AccountTruth("-a1", AccountClass.CAMPAIGN, 0, 1, "=new"),
                    new GroundTruth.AccountTruth("b2", AccountClass.ORGANIC, -1, -1, "")),
                    List.of(new GroundTruth.PostTruth("=p1", true, "verbatim", -1),
                            new GroundTruth.PostTruth("p2", false, "organic", -1)));
        }

        String read(String file) throws IOException {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        }

        @Test
        void textCellsAreQuotedAndTimesAreNot() throws IOException {
            DatasetFolder.write(formulas(), truth(), dir);
            assertThat(read("posts.csv")).isEqualTo("""
                    post_id,account_id,created_at,lang,text,reply_to,shared_object,links,hashtags,mentions,platform,source,synthetic
                    '=p1,'-a1,1970-01-01T01:00:00Z,en,"'=HYPERLINK(""http://x"",""click"")",,'+obj,'-link,'@tag,'=m,,'@client,false
                    p2,b2,1970-01-01T02:00:00Z,,plain -0.5 text,'=p1,,,,,,,false
                    """);
            assertThat(read("coortweet.csv")).isEqualTo("""
                    object_id,account_id,content_id,timestamp_share
                    '+obj,'-a1,'=p1,3600
                    '-link,'-a1,'=p1,3600
                    '=p1,b2,p2,7200
                    """);
            assertThat(read("truth.csv")).isEqualTo("""
                    account_id,class,cell,operator,origin,role
                    '-a1,campaign,0,1,'=new,
                    b2,organic,,,,
                    """);
            assertThat(read("post_truth.csv")).isEqualTo("""
                    post_id,campaign,kind,template_id
                    '=p1,true,verbatim,
                    p2,false,organic,
                    """);
        }

        @Test
        void readBackTheLabelsAreAsWrittenAndWritingAgainGivesTheSameBytes(@TempDir Path again) throws Exception {
            DatasetFolder.write(formulas(), truth(), dir);
            DatasetFolder.Contents back = DatasetFolder.read(dir);
            assertThat(back.dataset().posts()).isEqualTo(formulas().posts());
            assertThat(back.truth().accounts()).isEqualTo(truth().accounts());
            assertThat(back.truth().posts()).isEqualTo(truth().posts());
            DatasetFolder.write(back.dataset(), back.truth(), again);
            for (String f : DatasetFolder.FILES) {
                assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve(f)));
            }
        }
    }
}
