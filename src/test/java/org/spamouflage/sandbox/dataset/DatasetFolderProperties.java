package org.spamouflage.sandbox.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.list;
import static org.spamouflage.sandbox.testing.RandomInputs.longBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.oneOf;
import static org.spamouflage.sandbox.testing.RandomInputs.stringOf;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the folder format over generated inputs: nasty texts survive CSV and JSON Lines,
 * and time formatting agrees with {@link Instant#toString()} (the second method used as oracle).
 */
class DatasetFolderProperties {

    private static final String[] NASTY_PIECES = {"\"", ",", "\r", "\n", "\r\n", "\t", "\\", "\u0000", "\u0007",
        "\uFEFF", "\u2028", "\u2029", "<img src=x onerror=alert(1)>", "=SUM(A1)", "#", " ", "é", "Québec", "中文",
        "😀", "👍🏽", "l'État", "\"\""};

    /**
     * Texts made of the characters that break CSV and JSON writers (quote, comma, CR, LF, tab,
     * backslash, NUL and other controls, BOM, line/paragraph separators, markup), accented letters,
     * CJK, emoji outside the BMP, and any other valid code point. Lone surrogates are left out: no
     * UTF-8 decoder ever produces them, so no real text holds them.
     */
    static String nastyText(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        for (int i = intBetween(r, 0, 12); i > 0; i--) {
            if (r.nextBoolean()) {
                b.append(oneOf(r, NASTY_PIECES));
            } else {
                int cp = intBetween(r, 0, Character.MAX_CODE_POINT - 0x800);
                b.appendCodePoint(cp >= Character.MIN_SURROGATE ? cp + 0x800 : cp);
            }
        }
        return b.toString();
    }

    /** 40 drawn lists of 2 to 40 nasty texts (each case writes files: the slow part), plus fixed lists. */
    static Stream<Arguments> manyNastyTexts() {
        return cases(40, r -> Arguments.of(list(r, 2, 40, DatasetFolderProperties::nastyText)),
                edge("two empty texts", List.of("", "")),
                edge("every nasty piece alone", List.of(NASTY_PIECES)),
                edge("all nasty pieces in one text", List.of(String.join("", NASTY_PIECES), "\r\n\r\n")),
                edge("highest code point, NUL and quotes", List.of(Character.toString(Character.MAX_CODE_POINT),
                        "\u0000\"", "\"\"\"")));
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

    // Each case writes many texts at once, into a fresh folder: writing files is the slow part, not
    // generating texts.

    @ParameterizedTest
    @MethodSource("manyNastyTexts")
    void textsSurviveTheCsvExactlyWhenParsedByCommonsCsv(List<String> texts, @TempDir Path dir) throws IOException {
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

    @ParameterizedTest
    @MethodSource("manyNastyTexts")
    void everyRecordSurvivesJsonLines(List<String> texts, @TempDir Path dir) throws Exception {
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

    @ParameterizedTest
    @MethodSource("rows")
    void csvRowsAreByteForByteWhatCommonsCsvWrites(List<List<String>> rows) throws IOException {
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

    /**
     * 500 drawn tables of 0 to 5 rows of 1 to 6 cells; a cell is a nasty text, empty, or up to 4 of
     * {@code  !"#$,CR LF a z}. Plus fixed tables.
     */
    static Stream<Arguments> rows() {
        return cases(500, r -> Arguments.of(list(r, 0, 5, row -> list(row, 1, 6, DatasetFolderProperties::cell))),
                edge("no rows", List.of()),
                edge("one empty cell", List.of(List.of(""))),
                edge("empty cells", List.of(List.of("", ""), List.of("", "", ""))),
                edge("separators and quotes", List.of(List.of(",", "\"", "\r", "\n", " ", "#"), List.of("a\"b", " a ", "\r\n"))));
    }

    static String cell(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> nastyText(r);
            case 1 -> "";
            default -> stringOf(r, 0, 4, " !\"#$,\r\naz");
        };
    }

    /** Instants from {@link Instant#MIN} to {@link Instant#MAX}: years, centuries and the format's limits. */
    static final long[] EDGE_TIMES = {-31_557_014_167_219_200L, 31_556_889_864_403_199L, 0L, -1L, 1L,
        -62_167_219_200L, -62_167_219_201L, -62_135_596_800L, 253_402_300_799L, 253_402_300_800L, 951_782_400L,
        4_107_542_400L, -2_208_988_800L};

    /** 1,000 drawn instants between Instant.MIN and Instant.MAX, plus the edge times. */
    static Stream<Arguments> anyInstants() {
        return cases(1000, r -> Arguments.of(longBetween(r, -31_557_014_167_219_200L, 31_556_889_864_403_199L)),
                Arrays.stream(EDGE_TIMES).mapToObj(t -> edge(Instant.ofEpochSecond(t).toString(), t))
                        .toArray(Arguments[]::new));
    }

    /** 1,000 drawn instants from year -5 to 10,003 (around the fast range), plus the edge times in it. */
    static Stream<Arguments> instantsAroundTheFastRange() {
        return cases(1000, r -> Arguments.of(longBetween(r, -62_300_000_000L, 253_500_000_000L)),
                Arrays.stream(EDGE_TIMES).filter(t -> t >= -62_300_000_000L && t <= 253_500_000_000L)
                        .mapToObj(t -> edge(Instant.ofEpochSecond(t).toString(), t)).toArray(Arguments[]::new));
    }

    @ParameterizedTest
    @MethodSource("anyInstants")
    void timesFormatLikeInstantToString(long t) {
        assertThat(IsoUtc.format(t)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(t)));
    }

    @ParameterizedTest
    @MethodSource("instantsAroundTheFastRange")
    void timesAroundTheFastRangeFormatLikeInstantToStringAndParseBack(long t) {
        String s = IsoUtc.format(t);
        assertThat(s).isEqualTo(Instant.ofEpochSecond(t).toString());
        assertThat(IsoUtc.parse(s)).isEqualTo(t);
    }

    /**
     * 1,000 drawn strings shaped like ISO instants with each field in or just past its range (year
     * 0..9999, month 0..13, day 0..32, hour 0..24, minute 0..60, second 0..61), plus fixed dates.
     */
    static Stream<Arguments> isoLikeStrings() {
        return cases(1000, r -> Arguments.of(String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ",
                        intBetween(r, 0, 9999), intBetween(r, 0, 13), intBetween(r, 0, 32), intBetween(r, 0, 24),
                        intBetween(r, 0, 60), intBetween(r, 0, 61))),
                Stream.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z",
                        "2000-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2023-04-31T00:00:00Z", "2023-00-10T00:00:00Z",
                        "2023-13-01T00:00:00Z", "2023-01-00T00:00:00Z", "2023-01-32T00:00:00Z", "2023-12-31T24:00:00Z",
                        "2023-12-31T23:60:00Z", "2016-12-31T23:59:60Z", "2023-06-30T23:59:61Z")
                        .map(s -> edge(s, s)).toArray(Arguments[]::new));
    }

    @ParameterizedTest
    @MethodSource("isoLikeStrings")
    void parsingAgreesWithInstantParseOnValidAndInvalidDates(String s) {
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
