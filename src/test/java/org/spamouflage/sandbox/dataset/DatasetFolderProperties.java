package org.spamouflage.sandbox.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Properties of the folder format over generated inputs: nasty texts survive CSV and JSON Lines,
 * and time formatting agrees with {@link Instant#toString()} (the second method used as oracle).
 */
class DatasetFolderProperties {

    private Path dir;

    @BeforeProperty
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("dsio-prop");
    }

    @AfterProperty
    void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Texts made of the characters that break CSV and JSON writers (quote, comma, CR, LF, tab,
     * backslash, NUL and other controls, BOM, line/paragraph separators, markup), accented letters,
     * CJK, emoji outside the BMP, and any other valid code point. Lone surrogates are left out: no
     * UTF-8 decoder ever produces them, so no real text holds them.
     */
    @Provide
    Arbitrary<String> nastyTexts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("\"", ",", "\r", "\n", "\r\n", "\t", "\\", "\u0000", "\u0007", "\uFEFF", "\u2028",
                        "\u2029", "<img src=x onerror=alert(1)>", "=SUM(A1)", "#", " ", "é", "Québec", "中文",
                        "😀", "👍🏽", "l'État", "\"\""),
                Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                        .map(Character::toString));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    private Dataset datasetWith(List<String> texts) {
        List<Account> accounts = List.of(new Account("a,1\"", "h", "", 0, 0, 0, "", "", true));
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            posts.add(new Post("p" + i, "a,1\"", 1_691_417_002L + i, "en", texts.get(i), i > 0 ? "p0" : null,
                    null, List.of("https://x.example/" + i), List.of(), List.of(), "x", texts.get(i)));
        }
        return new Dataset(new DatasetInfo(true, "s", "s", "h", 1, 0, 0), accounts, posts, List.of(), List.of());
    }

    // Each try writes many texts at once: writing files is the slow part, not generating texts.

    @Property(tries = 40)
    void textsSurviveTheCsvExactlyWhenParsedByCommonsCsv(@ForAll("manyNastyTexts") List<String> texts)
            throws IOException {
        DatasetFolder.write(datasetWith(texts), null, dir);
        try (Reader r = Files.newBufferedReader(dir.resolve("posts.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                // text cells are spreadsheet-safe (a ' before a leading = + - @ tab CR); restore undoes it exactly
                assertThat(SpreadsheetSafe.restore(rows.get(i).get("text"))).isEqualTo(texts.get(i));
                assertThat(SpreadsheetSafe.restore(rows.get(i).get("source"))).isEqualTo(texts.get(i));
                assertThat(rows.get(i).get("account_id")).isEqualTo("a,1\"");
                assertThat(rows.get(i).get("post_id")).isEqualTo("p" + i);
            }
            assertThat(rows.get(1).get("created_at")).isEqualTo("2023-08-07T14:03:23Z");
        }
    }

    @Property(tries = 40)
    void everyRecordSurvivesJsonLines(@ForAll("manyNastyTexts") List<String> texts) throws Exception {
        Dataset d = datasetWith(texts);
        DatasetFolder.write(d, null, dir);
        Dataset back = DatasetFolder.read(dir).dataset();
        assertThat(back.posts()).containsExactlyElementsOf(d.posts());
        assertThat(back.accounts()).containsExactlyElementsOf(d.accounts());
        // Raw CR and LF would split a record; JSON escapes them, so the file has one LF per record.
        String posts = Files.readString(dir.resolve("posts.jsonl"));
        assertThat(posts.chars().filter(c -> c == '\n')).hasSize(texts.size());
        assertThat(posts).doesNotContain("\r");
    }

    @Property(tries = 500)
    void csvRowsAreByteForByteWhatCommonsCsvWrites(@ForAll("rows") List<List<String>> rows) throws IOException {
        java.io.StringWriter mine = new java.io.StringWriter();
        CsvOut out = new CsvOut(mine);
        StringBuilder theirs = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(theirs, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            for (List<String> row : rows) {
                out.row(row.toArray(String[]::new));
                printer.printRecord(row);
            }
        }
        assertThat(mine.toString()).isEqualTo(theirs.toString());
        assertThat(out.rows()).isEqualTo(rows.size());
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(nastyTexts(), Arbitraries.just(""),
                Arbitraries.strings().withChars(" !\"#$,\r\naz").ofMaxLength(4));
        return cell.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<String>> manyNastyTexts() {
        return nastyTexts().list().ofMinSize(2).ofMaxSize(40);
    }

    @Property(tries = 1000)
    void timesFormatLikeInstantToString(@ForAll @LongRange(min = -31_557_014_167_219_200L,
            max = 31_556_889_864_403_199L) long t) {
        assertThat(IsoUtc.format(t)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(t)));
    }

    @Property(tries = 1000)
    void timesAroundTheFastRangeFormatLikeInstantToStringAndParseBack(
            @ForAll @LongRange(min = -62_300_000_000L, max = 253_500_000_000L) long t) {
        String s = IsoUtc.format(t);
        assertThat(s).isEqualTo(Instant.ofEpochSecond(t).toString());
        assertThat(IsoUtc.parse(s)).isEqualTo(t);
    }

    @Provide
    Arbitrary<String> isoLikeStrings() {
        return Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32), Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 61))
                .as((y, mo, d, h, mi, s) -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ",
                        y, mo, d, h, mi, s));
    }

    @Property(tries = 1000)
    void parsingAgreesWithInstantParseOnValidAndInvalidDates(@ForAll("isoLikeStrings") String s) {
        Long expected;
        try {
            expected = Instant.parse(s).getEpochSecond();
        } catch (java.time.format.DateTimeParseException e) {
            expected = null;
        }
        Long actual;
        try {
            actual = IsoUtc.parse(s);
        } catch (IllegalArgumentException e) {
            actual = null;
        }
        assertThat(actual).isEqualTo(expected);
    }
}
