package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spamouflage.sandbox.ingest.Fixtures.bare;
import static org.spamouflage.sandbox.ingest.Fixtures.generic;
import static org.spamouflage.sandbox.ingest.Fixtures.load;
import static org.spamouflage.sandbox.ingest.Fixtures.messages;
import static org.spamouflage.sandbox.ingest.Fixtures.share;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.GroundTruth.AccountTruth;
import org.spamouflage.sandbox.dataset.Post;

/**
 * Every fixture under {@code src/test/resources/ingest/} and exactly what it gives: the dataset
 * for good files, the exact messages for bad ones. Expected posts and times were worked out by
 * hand from the fixture text; epoch values were checked with Python's datetime/zoneinfo.
 */
class ImporterFixturesTest {

    static final ImportSettings COORTWEET = ImportSettings.of(Preset.COORTWEET);

    @Nested
    class CooRTweet {
        /** shares.csv by hand: sorted by time then id; the second c2 row (object o3) becomes c2#2. */
        final List<Post> expectedPosts = List.of(
                share("c3", "a3", 1623881000, "o2"),
                share("c1", "a2", 1623881091, "o1"),
                share("c4", "a3", 1623881091, "o1"),
                share("c2", "a1", 1623881095, "o1"),
                share("c2#2", "a1", 1623881095, "o3"),
                share("c5", "a2", 1623882000, "o2"));

        @ParameterizedTest
        @ValueSource(strings = {"shares.csv", "shares-bom-crlf.csv", "shares.csv.gz", "shares-gzip-named.csv", "shares.tsv"})
        void readsEveryEncodingOfTheSameTableToTheSameDataset(String file) throws ImportException {
            ImportResult r = load("coortweet/" + file, COORTWEET);
            assertThat(r.dataset().posts()).containsExactlyElementsOf(expectedPosts);
            assertThat(r.dataset().accounts()).containsExactly(bare("a1"), bare("a2"), bare("a3"));
            assertThat(r.accepted()).isEqualTo(6);
            assertThat(r.rejected()).isZero();
            assertThat(r.errors()).isEmpty();
            assertThat(r.truncated()).isFalse();
            assertThat(r.truth()).isEmpty();
            assertThat(r.dataset().info().synthetic()).isFalse();
            assertThat(r.dataset().info().source()).isEqualTo("import of " + file + " (preset coortweet)");
            assertThat(r.dataset().info().start()).isEqualTo(1623881000);
            assertThat(r.dataset().info().end()).isEqualTo(1623882001);
            assertThat(r.notes().get(1)).isEqualTo("1 row repeats an earlier content_id (one post sharing several "
                    + "objects); kept with ids content_id#2, #3…");
        }

        @Test
        void saysHowEachFileWasRead() throws ImportException {
            assertThat(load("coortweet/shares.csv", COORTWEET).notes().get(0)).isEqualTo("read as CSV (comma-separated)");
            assertThat(load("coortweet/shares-bom-crlf.csv", COORTWEET).notes().get(0))
                    .isEqualTo("read as CSV (comma-separated), byte-order mark skipped");
            assertThat(load("coortweet/shares-gzip-named.csv", COORTWEET).notes().get(0))
                    .isEqualTo("read as CSV (comma-separated), gzip-compressed");
            assertThat(load("coortweet/shares.tsv", COORTWEET).notes().get(0)).isEqualTo("read as TSV (tab-separated)");
        }

        @Test
        void reportsEachBadTimestampWithRowColumnAndWhatIsExpected() throws ImportException {
            ImportResult r = load("coortweet/bad-timestamps.csv", COORTWEET);
            assertThat(messages(r)).containsExactlyElementsOf(FixtureErrors.BAD_TIMESTAMPS);
            assertThat(r.accepted()).isEqualTo(2);
            assertThat(r.rejected()).isEqualTo(6);
            // a decimal fraction is cut off, not rounded: 1623881091.75 → 1623881091
            assertThat(r.dataset().posts()).containsExactly(share("c1", "a1", 1623881091, "o1"),
                    share("c7", "a7", 1623881091, "o1"));
        }

        @Test
        void resumesAfterBrokenQuotingAndNumbersRowsAndLinesApart() throws ImportException {
            ImportResult r = load("coortweet/broken-quoting.csv", COORTWEET);
            assertThat(messages(r)).containsExactly(
                    "row 2, column \"account_id\": broken quoting: 'x' follows a closing quote; a quote inside a "
                            + "quoted field must be doubled (\"\")",
                    "row 6 (line 7), column \"timestamp_share\": bad timestamp \"oops\" (expected epoch seconds, "
                            + "e.g. 1623881091)",
                    "row 7 (line 8), column \"content_id\": unbalanced quote: the quote opened on line 8 is never "
                            + "closed (the end of the file was reached); only line 8 was rejected and reading resumed on "
                            + "line 9");
            assertThat(r.errors().get(1).row()).isEqualTo(6);
            assertThat(r.errors().get(1).line()).isEqualTo(7);
            assertThat(r.errors().get(1).column()).isEqualTo("timestamp_share");
            assertThat(r.errors().get(1).value()).isEqualTo("oops");
            // doubled quotes and a quoted line break are data; the row after the unclosed quote is read
            assertThat(r.dataset().posts()).containsExactly(share("c2", "a2", 1623881092, "o1"),
                    share("c3", "a\"3", 1623881093, "o1"), share("c4", "a\n4", 1623881094, "o1"),
                    share("c7", "a7", 1623881097, "o1"));
            assertThat(r.rows()).isEqualTo(7);
            assertThat(r.accepted()).isEqualTo(4);
            assertThat(r.rejected()).isEqualTo(3);
        }

        @Test
        void rejectsRowsWithTooFewOrTooManyFieldsAndSkipsBlankLines() throws ImportException {
            ImportResult r = load("coortweet/field-counts.csv", COORTWEET);
            assertThat(messages(r)).containsExactly("row 3: too few fields: 3 (the header has 4)",
                    "row 4: too many fields: 5 (the header has 4)");
            assertThat(r.errors().get(0).column()).isEmpty();
            assertThat(r.notes()).contains("1 blank line skipped");
            assertThat(r.dataset().posts()).extracting(Post::id).containsExactly("c1", "c4");
        }

        @Test
        void rejectsOnlyTheRowWithTenThousandFields() throws ImportException {
            ImportResult r = load("coortweet/wide-row.csv", COORTWEET);
            assertThat(messages(r)).containsExactly("row 3: too many fields: 10,000 (the header has 4)");
            assertThat(r.accepted()).isEqualTo(2);
        }

        @Test
        void namesTheMissingColumnAndSuggestsTheClosestOne() {
            assertFileProblems("coortweet/missing-column.csv", COORTWEET,
                    "missing required column \"timestamp_share\" (did you mean \"timestamp\"?)",
                    "the file's columns are: \"object_id\", \"account_id\", \"content_id\", \"timestamp\"");
        }

        @Test
        void refusesEmptyBlankAndHeaderOnlyFiles() {
            assertFileProblems("coortweet/empty.csv", COORTWEET, "the file is empty");
            assertFileProblems("coortweet/blank.csv", COORTWEET, "the file is empty: it has only blank lines or spaces");
            assertFileProblems("coortweet/header-only.csv", COORTWEET,
                    "no data rows: the file has a header but nothing under it");
        }

        @Test
        void refusesBinaryJunkAndTextThatIsNotUtf8() {
            assertFileProblems("coortweet/binary.png.csv", COORTWEET, "not a text file: it contains a NUL byte at "
                    + "byte 9 (binary data?); expected UTF-8 CSV, TSV or JSON Lines");
            // "Jos\xE9": the header is 48 bytes + newline, "o1,Jos" 6 more: the bad byte is the 55th
            assertFileProblems("coortweet/latin1.csv", COORTWEET, "not UTF-8 text: byte 0xE9 at byte 55 (line 2) is "
                    + "not valid UTF-8; if the file is Latin-1 or Windows-1252, save it again as UTF-8 (in Excel: "
                    + "\"CSV UTF-8\")");
        }

        @Test
        void refusesAHeaderOfTenThousandColumns() {
            assertFileProblems("coortweet/wide-header.csv", COORTWEET, "the header has 10,000 columns; at most 1,000 "
                    + "are allowed (is this a table? is the delimiter right?)");
        }

        @Test
        void refusesZipAndTruncatedGzip() {
            assertFileProblems("coortweet/shares.zip", COORTWEET, "the file is a ZIP archive (an Excel .xlsx file is "
                    + "one too): unzip it, or save the sheet as \"CSV UTF-8\", and import the CSV, TSV or JSON Lines file");
            assertFileProblems("coortweet/truncated.csv.gz", COORTWEET,
                    "the gzip data is corrupt or truncated: Unexpected end of ZLIB input stream");
        }
    }

    @Nested
    class Generic {
        static final Map<Field, String> HANDMADE_COLUMNS = Map.ofEntries(Map.entry(Field.ID, "post"),
                Map.entry(Field.ACCOUNT, "user"), Map.entry(Field.HANDLE, "screen_name"),
                Map.entry(Field.DISPLAY_NAME, "name"), Map.entry(Field.TIME, "when"), Map.entry(Field.TEXT, "body"),
                Map.entry(Field.OBJECT, "shared"), Map.entry(Field.LINK, "url"), Map.entry(Field.REPLY_TO, "parent"),
                Map.entry(Field.LANG, "language"), Map.entry(Field.CREATED_AT, "joined"), Map.entry(Field.FOLLOWERS, "fans"),
                Map.entry(Field.FOLLOWING, "follows"), Map.entry(Field.HASHTAGS, "tags"), Map.entry(Field.MENTIONS, "at"),
                Map.entry(Field.SOURCE, "client"), Map.entry(Field.LABEL, "truth"));

        /** The dataset handmade.csv describes, written out by hand. */
        static final List<Post> HANDMADE_POSTS = List.of(
                new Post("p1", "u1", 1693317600, "fr", "Bonjour, le \"monde\"\ndeuxième ligne", null, null,
                        List.of("https://ex.ca/a", "https://ex.ca/b"), List.of("cdnpoli", "trudeau"), List.of("pm"), "",
                        "Web App"),
                new Post("p2", "u2", 1693317630, "en", "Nice post", "p1", null, List.of(), List.of(), List.of(), "", ""),
                new Post("p3", "u1", 1693317660, "", "", null, "obj9", List.of("https://ex.ca/c"), List.of("x", "y"),
                        List.of("a", "b"), "", "Android"));
        static final List<Account> HANDMADE_ACCOUNTS = List.of(
                new Account("u1", "maple_leaf", "Jane, Doe", 1690848000, 12, 40, "", "", false),
                new Account("u2", "bob", "Bob", 1272960000, 5000, 100, "", "", false));
        static final List<AccountTruth> HANDMADE_TRUTH = List.of(
                new AccountTruth("u1", AccountClass.CAMPAIGN, -1, -1, ""),
                new AccountTruth("u2", AccountClass.ORGANIC, -1, -1, ""));

        @Test
        void fullMappingReproducesTheHandMadeDataset() throws ImportException {
            ImportResult r = load("generic/handmade.csv", new ImportSettings(Preset.GENERIC, HANDMADE_COLUMNS, null,
                    null, null, null, null));
            assertThat(r.errors()).isEmpty();
            assertThat(r.dataset().posts()).containsExactlyElementsOf(HANDMADE_POSTS);
            assertThat(r.dataset().accounts()).containsExactlyElementsOf(HANDMADE_ACCOUNTS);
            assertThat(r.truth()).isPresent();
            assertThat(r.truth().get().accounts().values()).containsExactlyElementsOf(HANDMADE_TRUTH);
        }

        @Test
        void jsonLinesWithNestedKeysGiveTheSameDataset() throws ImportException {
            ImportSettings s = new ImportSettings(Preset.GENERIC, HANDMADE_COLUMNS, null, null, null, null, null)
                    .withColumn(Field.ACCOUNT, "user.id").withColumn(Field.HANDLE, "user.screen_name")
                    .withColumn(Field.DISPLAY_NAME, "user.name");
            ImportResult r = load("generic/handmade.jsonl", s);
            assertThat(r.errors()).isEmpty();
            assertThat(r.dataset().posts()).containsExactlyElementsOf(HANDMADE_POSTS);
            assertThat(r.dataset().accounts()).containsExactlyElementsOf(HANDMADE_ACCOUNTS);
            assertThat(r.truth().get().accounts().values()).containsExactlyElementsOf(HANDMADE_TRUTH);
            assertThat(r.notes()).containsExactly("read as JSON Lines",
                    "key \"parent\" (reply_to) is not in the first object; rows without it leave replied-to post id empty",
                    "1 blank line skipped");
        }

        @Test
        void withoutAnIdColumnPostIdsAreRowNumbers() throws ImportException {
            ImportResult r = load("generic/epoch-ms.csv", generic("account", "time").withTimeFormat(TimeFormat.EPOCH_MS));
            assertThat(r.dataset().posts()).extracting(Post::id).containsExactly("row-2");
        }

        @Test
        void refusesMillisecondColumnsHoldingSeconds() throws ImportException {
            ImportResult r = load("generic/epoch-ms.csv", generic("account", "time").withTimeFormat(TimeFormat.EPOCH_MS));
            assertThat(r.dataset().posts().get(0).time()).isEqualTo(1693317600);
            assertThat(messages(r)).containsExactly("row 3, column \"time\": bad timestamp \"1693317600\" (expected "
                    + "epoch milliseconds, e.g. 1623881091000; this looks like seconds: use time format epoch-s)");
        }

        @Test
        void readsZonelessTimesInTheChosenZone() throws ImportException {
            ImportResult r = load("generic/times-paris.csv", generic("account", "time").withZone(ZoneId.of("Europe/Paris")));
            assertThat(r.errors()).isEmpty();
            // Python zoneinfo: 16:00 Paris in August = 14:00Z, in January = 15:00Z; a bare date is midnight Paris
            assertThat(r.dataset().posts()).extracting(Post::accountId, Post::time).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("a2", 1673794800L),
                    org.assertj.core.groups.Tuple.tuple("a5", 1693260000L),
                    org.assertj.core.groups.Tuple.tuple("a1", 1693317600L),
                    org.assertj.core.groups.Tuple.tuple("a3", 1693317600L),
                    org.assertj.core.groups.Tuple.tuple("a4", 1693317600L));
        }

        @Test
        void mapsLabelSynonymsAndReportsUnknownConflictingAndMissingLabels() throws ImportException {
            ImportResult r = load("generic/labels.csv", generic("acct", "t").withLabelColumn("lbl")
                    .withTimeFormat(TimeFormat.EPOCH_S));
            assertThat(messages(r)).containsExactly(
                    "row 5, column \"lbl\": unknown label \"maybe\" (allowed: organic = organic, human, real, genuine, "
                            + "authentic, 0, 0.0, false, f, no, n; campaign = campaign, coordinated, inauthentic, bot, "
                            + "troll, sockpuppet, fake, 1, 1.0, true, t, yes, y; background = background, spam)",
                    "row 6, column \"lbl\": label organic contradicts campaign given for account \"a1\" on row 2",
                    "row 7, column \"lbl\": missing required value (account label)");
            assertThat(r.truth().get().accounts().values()).containsExactly(
                    new AccountTruth("a1", AccountClass.CAMPAIGN, -1, -1, ""),
                    new AccountTruth("a2", AccountClass.ORGANIC, -1, -1, ""),
                    new AccountTruth("a3", AccountClass.BACKGROUND, -1, -1, ""),
                    new AccountTruth("a6", AccountClass.ORGANIC, -1, -1, ""));
        }

        @Test
        void reportsBadJsonLinesOneByOne() throws ImportException {
            ImportResult r = load("generic/bad-lines.jsonl", generic("user", "t"));
            assertThat(messages(r)).containsExactly(
                    "row 2: not valid JSON: Unexpected end-of-input: expected close marker for Object (at character 40)",
                    "row 3: expected a JSON object {…} on each line, found an array",
                    "row 5, column \"t\": missing required value (post time)",
                    "row 6, column \"t\": bad timestamp \"yesterday\" (expected an ISO-8601 date-time such as "
                            + "2019-08-19T06:42:00Z, 2019-08-19 06:42 or 2019-08-19)",
                    "row 7: not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, … (at "
                            + "character 43)");
            assertThat(r.accepted()).isEqualTo(1);
        }

        @Test
        void requiresAccountAndTimeToBeMapped() {
            assertFileProblems("generic/handmade.csv", ImportSettings.of(Preset.GENERIC),
                    "field \"account\" (author account id) is required: map it to one of the file's columns",
                    "field \"time\" (post time) is required: map it to one of the file's columns",
                    "the file's columns are: \"post\", \"user\", \"screen_name\", \"name\", \"when\", \"body\", \"shared\", "
                            + "\"url\", \"parent\", \"language\", \"joined\", \"fans\", \"follows\", \"tags\", \"at\", "
                            + "\"client\", \"truth\"");
        }

        @Test
        void namesAMappedColumnThatIsNotInTheFile() {
            assertFileProblems("generic/handmade.csv", generic("user", "when").withColumn(Field.TEXT, "boddy"),
                    "column \"boddy\" (mapped to field text) is not in the file (did you mean \"body\"?)",
                    "the file's columns are: \"post\", \"user\", \"screen_name\", \"name\", \"when\", \"body\", \"shared\", "
                            + "\"url\", \"parent\", \"language\", \"joined\", \"fans\", \"follows\", \"tags\", \"at\", "
                            + "\"client\", \"truth\"");
        }
    }

    @Nested
    class Qut {
        static final ImportSettings QUT = ImportSettings.of(Preset.QUT);

        @Test
        void readsTheToolkitColumnsByNameAndReportsRepeatedMessageIds() throws ImportException {
            ImportResult r = load("qut/toolkit-names.csv", QUT);
            assertThat(messages(r)).containsExactly(
                    "row 5, column \"message_id\": duplicate post id \"2563\" (first on row 3)");
            assertThat(r.dataset().posts()).containsExactly(
                    new Post("2563", "3214", 1577886230, "", "RT @alice: This is the tweet", null, "1111", List.of(),
                            List.of(), List.of(), "", ""),
                    new Post("1111", "2222", 1577886276, "", "This is the tweet https://ex.com/a", null, null,
                            List.of("https://ex.com/a"), List.of(), List.of(), "", ""),
                    new Post("2564", "3214", 1577886300, "", "reply text", "1111", null,
                            List.of("https://ex.com/b", "https://ex.com/c"), List.of(), List.of(), "", ""));
            assertThat(r.dataset().accounts()).extracting(Account::id, Account::handle).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("2222", "alice"), org.assertj.core.groups.Tuple.tuple("3214", "bob"));
        }

        @Test
        void readsEightOtherlyNamedColumnsByPositionLikeTheToolkit() throws ImportException {
            ImportResult r = load("qut/toolkit-positional.csv", QUT);
            assertThat(r.notes()).contains("columns taken by position, as the QUT toolkit does: message_id = "
                    + "\"tweet_id\", user_id = \"user_id\", username = \"username\", repost_id = \"retweeted_tweet_id\", "
                    + "reply_id = \"reply_to\", message = \"text\", timestamp = \"toUnixTimestamp(created_at)\", urls = \"urls\"");
            assertThat(r.dataset().posts()).extracting(Post::id, Post::sharedObject).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("2563", "1111"), org.assertj.core.groups.Tuple.tuple("1111", null));
        }

        @Test
        void skipsAPandasIndexColumnBeforeReadingByPosition() throws ImportException {
            ImportResult r = load("qut/pandas-index.csv", QUT);
            assertThat(r.notes().get(1)).startsWith("columns taken by position, as the QUT toolkit does (after skipping "
                    + "the unnamed index column): message_id = \"id\"");
            assertThat(r.dataset().posts()).extracting(Post::id).containsExactly("2563", "1111");
        }

        @Test
        void explainsWhatTheQutPresetNeeds() {
            assertFileProblems("qut/wrong-columns.csv", QUT,
                    "missing required column \"message_id\"",
                    "missing required column \"user_id\" (did you mean \"user\"?)",
                    "missing required column \"timestamp\" (did you mean \"time\"?)",
                    "the file's columns are: \"id\", \"user\", \"time\", \"text\", \"extra\"",
                    "the qut preset reads the toolkit's columns by name (message_id, user_id, username, repost_id, "
                            + "reply_id, message, timestamp, urls), or any 8 columns by position");
        }
    }

    @Nested
    class IoArchive {
        static final ImportSettings IO = ImportSettings.of(Preset.IO_ARCHIVE);
        static final String U1 = "yBME8Iz+rfTwK3DH8vkxX59i8c4EMCzX296GUye88oE=";
        static final String U2 = "xWNC1RLL5IRAyiRlK2EI/IZqiodkfZr6aGR14dSU1ts=";

        @Test
        void readsTheArchiveShapeWithAllThreeListStyles() throws ImportException {
            ImportResult r = load("io-archive/tweets.csv", IO);
            assertThat(r.errors()).isEmpty();
            assertThat(r.dataset().posts()).containsExactly(
                    new Post("861871665780846592", U2, 1494322867, "bn", "Otro mensaje\ncon salto", null, null, List.of(),
                            List.of("uno", "dos"), List.of("123456789"), "x", "Twitter Web Client"),
                    new Post("861871665780846593", U2, 1494322920, "en", "RT @x: tres", null, "898925911294132224",
                            List.of(), List.of("tres", "cuatro"), List.of(U1, "123"), "x", "Twitter for Android"),
                    new Post("861871665780846594", U1, 1494324000, "", "@pat_example si", "861871665780846592", null,
                            List.of(), List.of(), List.of(), "x", "dlvr.it"),
                    new Post("898925911294132224", U1, 1503155580, "bn", "Un mensaje del archivo", null, null,
                            List.of("http://dlvr.it/PgB3PP"), List.of(), List.of(), "x", "dlvr.it"));
            assertThat(r.dataset().accounts()).containsExactly(
                    new Account(U2, "pat_example", "Pat Example", 1494201600, 758, 11, "", "", false),
                    new Account(U1, U1, U1, 1480809600, 17, 23, "", "", false));
        }

        @Test
        void toleratesMissingOptionalColumnsAndListsThem() throws ImportException {
            ImportResult r = load("io-archive/tweets-minimal.csv", IO);
            assertThat(r.notes()).containsExactly("read as CSV (comma-separated)",
                    "optional columns not in the file (left empty): \"user_screen_name\", \"user_display_name\", "
                            + "\"retweet_tweetid\", \"urls\", \"in_reply_to_tweetid\", \"tweet_language\", "
                            + "\"account_creation_date\", \"follower_count\", \"following_count\", \"hashtags\", "
                            + "\"user_mentions\", \"tweet_client_name\"");
            assertThat(r.dataset().posts()).containsExactly(new Post("1", "u1", 1566196920, "", "hello", null, null,
                    List.of(), List.of(), List.of(), "x", ""));
        }

        @Test
        void reportsEveryBadCellOfARow() throws ImportException {
            ImportResult r = load("io-archive/bad-values.csv", IO);
            assertThat(messages(r)).containsExactly(
                    "row 3, column \"follower_count\": bad count \"many\" (expected a whole number from 0 to 2,147,483,647)",
                    "row 4, column \"account_creation_date\": bad date \"2016-13-04\" (expected an ISO-8601 date-time "
                            + "such as 2019-08-19T06:42:00Z, 2019-08-19 06:42 or 2019-08-19)",
                    "row 5, column \"userid\": missing required value (author account id)",
                    "row 5, column \"tweet_time\": bad timestamp \"19/08/2017 15:13\" (expected an ISO-8601 date-time "
                            + "such as 2019-08-19T06:42:00Z, 2019-08-19 06:42 or 2019-08-19)",
                    "row 6, column \"follower_count\": bad count \"-3\" (expected a whole number from 0 to 2,147,483,647)");
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(4);
        }
    }

    @Nested
    class Limits {
        @Test
        void stopsAfterTheErrorLimitHavingListedTheFirstErrors() throws ImportException {
            ImportResult r = load("coortweet/bad-timestamps.csv",
                    COORTWEET.withLimits(ImportLimits.DEFAULT.withMaxRejectedRows(2)));
            assertThat(r.truncated()).isTrue();
            assertThat(r.stopReason()).isEqualTo("more than 2 rows were rejected (the error limit): the import stopped "
                    + "at row 5; the first 2 are listed");
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.errors()).extracting(RowError::row).containsExactly(3L, 4L);
            assertThat(r.accepted()).isEqualTo(1);
            // rows 5 to 9 (the one it stopped at and the four after it) are counted, not checked
            assertThat(r.unchecked()).isEqualTo(5);
            assertThat(r.rows()).isEqualTo(8);
        }

        @Test
        void stopsAtTheRowCapKeepingTheRowsBefore() throws ImportException {
            ImportResult r = load("coortweet/shares.csv", COORTWEET.withLimits(ImportLimits.DEFAULT.withMaxRows(3)));
            assertThat(r.truncated()).isTrue();
            assertThat(r.stopReason()).isEqualTo("the file has more than 3 data rows (the limit): the import stopped at "
                    + "row 5 and kept the rows before it");
            assertThat(r.accepted()).isEqualTo(3);
            assertThat(r.unchecked()).isEqualTo(3);
            assertThat(r.summary()).isEqualTo("6 rows in the file: 3 accepted, 0 rejected, 3 unchecked: 3 posts by 3 "
                    + "accounts; stopped early: " + r.stopReason());
        }

        @Test
        void stopsOnAFloodOfBlankLines() throws ImportException {
            byte[] data = ("account,time\na1,2023-08-29T14:00:00Z\n" + "\n".repeat(50)).getBytes(StandardCharsets.US_ASCII);
            ImportResult r = Importer.importStream(new ByteArrayInputStream(data), "blanks.csv",
                    generic("account", "time").withLimits(ImportLimits.DEFAULT.withMaxRows(10)));
            assertThat(r.truncated()).isTrue();
            assertThat(r.stopReason()).isEqualTo("the file has more than 10 blank lines (the row limit): the import "
                    + "stopped at row 13");
            assertThat(r.accepted()).isEqualTo(1);
        }

        @Test
        void skipsAnOverlongFieldWithoutStoringIt() throws ImportException {
            ImportSettings s = generic("account", "time").withColumn(Field.TEXT, "text")
                    .withLimits(ImportLimits.DEFAULT.withMaxFieldBytes(100));
            ImportResult r = load("generic/long-field.csv", s);
            assertThat(messages(r)).containsExactly("row 3, column \"text\": field longer than 100 bytes (the limit); "
                    + "the rest of it was skipped (a quote that is never closed?)");
            assertThat(r.dataset().posts()).extracting(Post::text).containsExactly("short", "ok");
        }

        @Test
        void rejectsAnOverlongRow() throws ImportException {
            ImportSettings s = generic("account", "time").withLimits(ImportLimits.DEFAULT.withMaxRecordBytes(60));
            ImportResult r = load("generic/long-field.csv", s);
            assertThat(messages(r)).containsExactly("row 3: row longer than 60 bytes (the limit)");
        }

        @Test
        void refusesAHeaderWiderThanTheColumnCap() {
            assertFileProblems("coortweet/shares.csv", COORTWEET.withLimits(ImportLimits.DEFAULT.withMaxColumns(3)),
                    "the header has 4 columns; at most 3 are allowed (is this a table? is the delimiter right?)");
        }

        @Test
        void invalidUtf8AfterTheFirst64KiBRejectsOnlyItsRow() throws ImportException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes("object_id,account_id,content_id,timestamp_share\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 3000; i++) {
                b.writeBytes(("o1,a" + i + ",c" + i + ",1623881091\n").getBytes(StandardCharsets.US_ASCII));
            }
            b.writeBytes(new byte[] {'o', '1', ',', 'J', 'o', 's', (byte) 0xe9, ',', 'c', 'x', ',', '1', '\n'});
            assertThat(b.size()).isGreaterThan(Input.SAMPLE);
            ImportResult r = Importer.importStream(new ByteArrayInputStream(b.toByteArray()), "late.csv", COORTWEET);
            assertThat(messages(r)).containsExactly("row 3002, column \"account_id\": not valid UTF-8 text");
            assertThat(r.accepted()).isEqualTo(3000);
        }
    }

    @Test
    void sameFileGivesTheSameDatasetEveryTime() throws ImportException {
        ImportResult a = load("io-archive/tweets.csv", ImportSettings.of(Preset.IO_ARCHIVE));
        ImportResult b = load("io-archive/tweets.csv", ImportSettings.of(Preset.IO_ARCHIVE));
        assertThat(b.dataset().posts()).isEqualTo(a.dataset().posts());
        assertThat(b.dataset().accounts()).isEqualTo(a.dataset().accounts());
        assertThat(b.dataset().info()).isEqualTo(a.dataset().info());
    }

    static void assertFileProblems(String fixture, ImportSettings settings, String... problems) {
        String file = fixture.substring(fixture.lastIndexOf('/') + 1);
        assertThatThrownBy(() -> load(fixture, settings)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problems()).containsExactly(problems);
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.getMessage()).startsWith(file + ": " + problems[0]);
        });
    }
}
