package org.spamouflage.sandbox.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFolderReadTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeFixture() throws IOException {
        DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
    }

    /** Every field of every record, compared with the original. */
    static void assertSameDataset(Dataset actual, Dataset expected) {
        assertThat(actual.info()).isEqualTo(expected.info());
        assertThat(actual.accounts()).containsExactlyElementsOf(expected.accounts());
        assertThat(actual.posts()).containsExactlyElementsOf(expected.posts());
        assertThat(actual.engagements()).containsExactlyElementsOf(expected.engagements());
        assertThat(actual.targets()).containsExactlyElementsOf(expected.targets());
    }

    static void assertSameTruth(GroundTruth actual, GroundTruth expected) {
        assertThat(List.copyOf(actual.accounts().values())).containsExactlyElementsOf(expected.accounts().values());
        assertThat(List.copyOf(actual.posts().values())).containsExactlyElementsOf(expected.posts().values());
    }

    private void edit(String file, int line, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
        if (line == 0) {
            String all = Files.readString(p);
            assertThat(all).as("test setup: %s", file).contains(from);
            Files.writeString(p, all.replace(from, to));
            return;
        }
        String old = lines.get(line - 1);
        assertThat(old).as("test setup: line %d of %s", line, file).contains(from);
        lines.set(line - 1, old.replace(from, to));
        Files.write(p, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems() {
        try {
            DatasetFolder.read(dir);
        } catch (DatasetFolderException e) {
            return e.problems().stream().map(DatasetFolderException.Problem::toString).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected the folder to be rejected");
    }

    @Nested
    class RoundTrip {

        @Test
        void readingBackGivesEqualRecordsAndLabels() throws Exception {
            DatasetFolder.Contents back = DatasetFolder.read(dir);
            assertSameDataset(back.dataset(), DatasetFixtures.small());
            assertThat(back.groundTruth()).isPresent();
            assertSameTruth(back.truth(), DatasetFixtures.smallTruth());
        }

        @Test
        void aFolderReadBackAndWrittenAgainIsByteIdentical(@TempDir Path again) throws Exception {
            DatasetFolder.Contents back = DatasetFolder.read(dir);
            DatasetFolder.write(back.dataset(), back.truth(), again);
            for (String f : DatasetFolder.FILES) {
                assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve(f)));
            }
        }

        @Test
        void eachIdIsHeldOnceTheEngagementsNamingThePostsAndAccountsByTheirOwnInstances() throws Exception {
            Dataset back = DatasetFolder.readDataset(dir);
            Map<String, Post> posts = new HashMap<>();
            back.posts().forEach(p -> posts.put(p.id(), p));
            Map<String, Account> accounts = new HashMap<>();
            back.accounts().forEach(a -> accounts.put(a.id(), a));
            int onPostsHere = 0;
            for (Engagement e : back.engagements()) {
                if (posts.containsKey(e.postId())) { // engagements may name posts outside the dataset
                    assertThat(e.postId()).isSameAs(posts.get(e.postId()).id());
                    onPostsHere++;
                }
                assertThat(e.accountId()).isSameAs(accounts.get(e.accountId()).id());
            }
            assertThat(onPostsHere).as("engagements on the dataset's own posts").isPositive();
            for (Post p : back.posts()) {
                assertThat(p.accountId()).isSameAs(accounts.get(p.accountId()).id());
            }
        }

        @Test
        void readDatasetLeavesTheLabelsAlone() throws Exception {
            Files.writeString(dir.resolve("truth.csv"), "garbage that would fail if read\n");
            assertSameDataset(DatasetFolder.readDataset(dir), DatasetFixtures.small());
        }

        @Test
        void readTruthReadsOnlyTheLabels() throws Exception {
            assertSameTruth(DatasetFolder.readTruth(dir), DatasetFixtures.smallTruth());
        }

        @Test
        void manifestGivesCountsWithoutLoadingTheData() throws Exception {
            Manifest m = DatasetFolder.readManifest(dir);
            assertThat(m).isEqualTo(new Manifest(1, DatasetFixtures.small().info(), 3, 5, 3, 1, true));
        }

        @Test
        void aFolderWithoutLabelsReadsWithoutTruth(@TempDir Path bare) throws Exception {
            DatasetFolder.write(DatasetFixtures.small(), null, bare);
            assertThat(DatasetFolder.read(bare).groundTruth()).isEmpty();
        }
    }

    @Nested
    class ToleratesHandEditing {

        @Test
        void acceptsCrLfLineEndsBomBlankLinesAndUnknownFields() throws Exception {
            String accounts = Files.readString(dir.resolve("accounts.jsonl"));
            accounts = "\uFEFF" + accounts.replace("\n", "\r\n").replace("\"bio\"", "\"note\":{\"x\":[1,2]},\"bio\"")
                    + "\r\n\r\n";
            Files.writeString(dir.resolve("accounts.jsonl"), accounts);
            assertSameDataset(DatasetFolder.read(dir).dataset(), DatasetFixtures.small());
        }

        @Test
        void optionalFieldsLeftOutTakeTheirDefaults() throws Exception {
            Files.writeString(dir.resolve("targets.jsonl"), "{\"account_id\":\"t1\"}\n");
            assertThat(DatasetFolder.read(dir).dataset().targets()).containsExactly(new Target("t1", "", "", "", ""));
        }

        @Test
        void truthWithOnlyAccountAndClassColumnsIsEnough() throws Exception {
            Files.writeString(dir.resolve("truth.csv"), "account_id,class\na1,organic\na2,Campaign\nt1,organic\n");
            GroundTruth truth = DatasetFolder.read(dir).truth();
            assertThat(truth.accounts().get("a2")).isEqualTo(new GroundTruth.AccountTruth("a2", AccountClass.CAMPAIGN,
                    -1, -1, ""));
        }

        @Test
        void truthWrittenBeforeRolesExistedReadsAsNoRoles() throws Exception {
            // The header of folders written before the role column was added.
            Files.writeString(dir.resolve("truth.csv"), "account_id,class,cell,operator,origin\n"
                    + "a1,organic,,,\na2,campaign,0,3,hijacked\nt1,organic,,,\n");
            GroundTruth truth = DatasetFolder.read(dir).truth();
            assertThat(truth.accounts().values()).extracting(GroundTruth.AccountTruth::role)
                    .containsOnly(AccountRole.NONE);
            assertThat(truth.accounts().get("a2").origin()).isEqualTo("hijacked");
        }

        @Test
        void rolesAreReadByNameInAnyCase() throws Exception {
            Files.writeString(dir.resolve("truth.csv"), "account_id,class,role\na1,organic, Fan-Ring \n"
                    + "a2,campaign,\nt1,organic,news\n");
            GroundTruth truth = DatasetFolder.read(dir).truth();
            assertThat(truth.role("a1")).isEqualTo(AccountRole.FAN_RING);
            assertThat(truth.role("a2")).isEqualTo(AccountRole.NONE);
            assertThat(truth.role("t1")).isEqualTo(AccountRole.NEWS);
        }
    }

    @Nested
    class RejectsBrokenFolders {

        @Test
        void namesAMissingFolder() {
            Path missing = dir.resolve("nope");
            assertThatThrownBy(() -> DatasetFolder.read(missing)).isInstanceOf(DatasetFolderException.class)
                    .hasMessage(missing + ": no such folder");
        }

        @Test
        void explainsAMissingManifest() throws IOException {
            Files.delete(dir.resolve("manifest.json"));
            assertThat(problems()).containsExactly("manifest.json: is missing: " + dir + " is not a dataset folder,"
                    + " or writing it was interrupted (the manifest is written last)");
        }

        @Test
        void refusesANewerFormatVersion() throws IOException {
            edit("manifest.json", 0, "\"format_version\": 1", "\"format_version\": 2");
            assertThat(problems()).containsExactly("manifest.json, field format_version: 2 is not supported: this"
                    + " program reads version 1 (the folder was written by a newer Spamouflage Sandbox)");
        }

        @Test
        void listsEveryBadManifestFieldAtOnce() throws IOException {
            Files.writeString(dir.resolve("manifest.json"), "{\"format_version\":1,\"synthetic\":\"yes\",\"seed\":1.5,"
                    + "\"period\":{\"start\":\"2023-08-07\",\"end\":\"2023-08-08T00:00:00Z\"},"
                    + "\"counts\":{\"accounts\":3,\"posts\":-5,\"engagements\":3}}");
            assertThat(problems()).containsExactly(
                    "manifest.json, field synthetic: must be true or false, found \"yes\"",
                    "manifest.json, field seed: must be a whole number, found 1.5",
                    "manifest.json, field period.start: \"2023-08-07\" is not an ISO-8601 UTC time like"
                            + " 2023-08-07T14:03:22Z",
                    "manifest.json, field counts.posts: must not be negative, found -5",
                    "manifest.json, field counts.targets: is missing");
        }

        @Test
        void namesAMissingDataFile() throws IOException {
            Files.delete(dir.resolve("posts.jsonl"));
            assertThat(problems()).containsExactly("posts.jsonl: is missing from " + dir);
        }

        @Test
        void reportsEveryBadRecordWithFileLineAndField() throws IOException {
            edit("posts.jsonl", 2, "\"created_at\":\"2023-08-07T14:05:01Z\"", "\"created_at\":\"yesterday\"");
            edit("posts.jsonl", 3, "\"account_id\":\"a1\"", "\"account_id\":\"ghost\"");
            edit("posts.jsonl", 4, "\"links\":[]", "\"links\":\"https://x.example\"");
            edit("accounts.jsonl", 3, "\"followers\":250000", "\"followers\":2.5e5");
            edit("engagements.jsonl", 1, "\"type\":\"like\"", "\"type\":\"love\"");
            assertThat(problems()).containsExactly(
                    "accounts.jsonl: line 3, field followers: must be a whole number from -2147483648 to 2147483647"
                            + " or null, found 250000.0",
                    "posts.jsonl: line 1, field account_id: account \"t1\" is not in accounts.jsonl",
                    "posts.jsonl: line 2, field created_at: \"yesterday\" is not an ISO-8601 UTC time like"
                            + " 2023-08-07T14:03:22Z",
                    "posts.jsonl: line 3, field account_id: account \"ghost\" is not in accounts.jsonl",
                    "posts.jsonl: line 4, field links: must be an array of strings, found the string"
                            + " \"https://x.example\"",
                    "engagements.jsonl: line 1, field type: \"love\" is not an engagement type; allowed: like, share",
                    "targets.jsonl: line 1, field account_id: account \"t1\" is not in accounts.jsonl",
                    // Rejected records drag their labels along: the labels now name records that are not there.
                    "truth.csv: line 4, field account_id: account \"t1\" is not in accounts.jsonl",
                    "post_truth.csv: line 2, field post_id: post \"p1\" is not in posts.jsonl",
                    "post_truth.csv: line 3, field post_id: post \"p2\" is not in posts.jsonl",
                    "post_truth.csv: line 4, field post_id: post \"p3\" is not in posts.jsonl",
                    "post_truth.csv: line 5, field post_id: post \"p4\" is not in posts.jsonl");
        }

        @Test
        void aFileCutShortDisagreesWithTheManifest() throws IOException {
            String posts = Files.readString(dir.resolve("posts.jsonl"));
            Files.writeString(dir.resolve("posts.jsonl"), posts.substring(0, posts.indexOf("{\"post_id\":\"p5\"")));
            assertThat(problems()).containsExactly(
                    "posts.jsonl: has 4 records but manifest.json says 5 (was the file cut short or edited?)",
                    "post_truth.csv: line 6, field post_id: post \"p5\" is not in posts.jsonl");
        }

        @Test
        void requiredFieldsMustBePresent() throws IOException {
            edit("posts.jsonl", 5, "\"post_id\":\"p5\",", "");
            assertThat(problems()).contains("posts.jsonl: line 5, field post_id: is missing");
        }

        @Test
        void duplicateIdsAreRejected() throws IOException {
            edit("posts.jsonl", 2, "\"post_id\":\"p2\"", "\"post_id\":\"p1\"");
            assertThat(problems()).contains("posts.jsonl: line 2, field post_id: \"p1\" occurs more than once");
        }

        @Test
        void aFieldGivenTwiceSpoilsOnlyItsRecordAndReadingGoesOn() throws IOException {
            edit("posts.jsonl", 3, "\"lang\":\"fr\",", "\"lang\":\"fr\",\"lang\":\"en\",");
            edit("posts.jsonl", 5, "\"post_id\":\"p5\",", "\"post_id\":\"p5\",\"extra\":1,\"extra\":2,");
            edit("posts.jsonl", 4, "\"post_id\":\"p4\",", "\"post_id\":\"p4\",\"post_id\":\"p4\",");
            // the unknown field given twice (line 5) is skipped like any unknown field
            assertThat(problems()).contains("posts.jsonl: line 3, field lang: appears more than once in this record",
                    "posts.jsonl: line 4, field post_id: appears more than once in this record")
                    .noneMatch(p -> p.startsWith("posts.jsonl: line 5")).noneMatch(p -> p.contains("not valid JSON"));
        }

        @Test
        void malformedJsonStopsThatFileWithLineAndColumn() throws IOException {
            edit("posts.jsonl", 3, "\"lang\":\"fr\",", "\"lang\":\"fr\",,");
            List<String> problems = problems();
            assertThat(problems.get(0)).startsWith("posts.jsonl: line 3: not valid JSON at column 83: Unexpected"
                    + " character (',' (code 44))").endsWith("(reading of this file stopped here)");
        }

        @Test
        void invalidUtf8IsReportedWithItsLine() throws IOException {
            byte[] b = Files.readAllBytes(dir.resolve("targets.jsonl"));
            byte[] bad = new byte[b.length + 1];
            System.arraycopy(b, 0, bad, 0, 20);
            bad[20] = (byte) 0xC3; // a lead byte followed by an ASCII letter is malformed UTF-8
            System.arraycopy(b, 20, bad, 21, b.length - 20);
            Files.write(dir.resolve("targets.jsonl"), bad);
            assertThat(problems().get(0)).startsWith("targets.jsonl: line 1: not valid JSON at column")
                    .contains("Invalid UTF-8");
        }

        @Test
        void anAbsurdlyLongStringIsRefusedBeforeItFillsMemory() throws IOException {
            edit("posts.jsonl", 1, "Proud of our new housing plan.", "x".repeat(JsonlReader.MAX_STRING_LENGTH + 1));
            assertThat(problems().get(0)).startsWith("posts.jsonl: line 1: not valid JSON").contains(
                    "exceeds the maximum allowed (1000000");
        }

        @Test
        void stopsAfterAHundredProblems() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 150; i++) {
                b.append("{\"account_id\":5}\n");
            }
            Files.writeString(dir.resolve("accounts.jsonl"), b);
            List<String> problems = problems();
            assertThat(problems).hasSize(101);
            assertThat(problems.get(0)).isEqualTo("accounts.jsonl: line 1, field account_id: must be a string, found 5");
            assertThat(problems.get(100)).isEqualTo("accounts.jsonl: stopped after 100 problems");
        }

        // posts.jsonl and engagements.jsonl are read at the same time; what is reported must be what reading
        // them one after the other gives: posts first, one cap for both, and nothing after a fatal problem.
        @Test
        void postAndEngagementProblemsComeInFileOrderAndShareOneCap() throws IOException {
            String first = Files.readAllLines(dir.resolve("posts.jsonl")).get(0);
            assertThat(first).as("test setup").contains("\"created_at\":\"2023-");
            StringBuilder posts = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                posts.append(first.replaceFirst("\"created_at\":\"[^\"]*\"", "\"created_at\":\"soon\"")).append('\n');
            }
            Files.writeString(dir.resolve("posts.jsonl"), posts);
            StringBuilder engagements = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                engagements.append("{\"account_id\":\"a1\",\"post_id\":\"p1\",\"type\":\"hug\",")
                        .append("\"created_at\":\"2023-08-07T14:05:01Z\"}\n");
            }
            Files.writeString(dir.resolve("engagements.jsonl"), engagements);
            List<String> problems = problems();
            assertThat(problems).hasSize(101);
            assertThat(problems.subList(0, 60)).allMatch(p -> p.startsWith("posts.jsonl: line "));
            assertThat(problems.get(59)).startsWith("posts.jsonl: line 60, field created_at: \"soon\" is not");
            assertThat(problems.get(60)).isEqualTo("engagements.jsonl: line 1, field type: \"hug\" is not an"
                    + " engagement type; allowed: like, share");
            assertThat(problems.get(99)).startsWith("engagements.jsonl: line 40, field type:");
            assertThat(problems.get(100)).isEqualTo("engagements.jsonl: stopped after 100 problems");
        }

        @Test
        void aMissingEngagementFileIsReportedAfterThePostProblems() throws IOException {
            edit("posts.jsonl", 2, "\"created_at\":\"2023-08-07T14:05:01Z\"", "\"created_at\":\"yesterday\"");
            Files.delete(dir.resolve("engagements.jsonl"));
            assertThat(problems()).containsExactly(
                    "posts.jsonl: line 2, field created_at: \"yesterday\" is not an ISO-8601 UTC time like"
                            + " 2023-08-07T14:03:22Z",
                    "engagements.jsonl: is missing from " + dir);
        }

        @Test
        void engagementsOverTheirCapAreReportedAfterThePostProblems() throws IOException {
            edit("posts.jsonl", 3, "\"account_id\":\"a1\"", "\"account_id\":\"ghost\"");
            edit("manifest.json", 0, "\"engagements\": 3", "\"engagements\": 1");
            List<String> problems = new ArrayList<>();
            try {
                DatasetFolder.read(dir, new DatasetFolder.Caps(10, 10, 1, 10));
            } catch (DatasetFolderException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertThat(problems).hasSize(2);
            assertThat(problems.get(0)).isEqualTo("posts.jsonl: line 3, field account_id: account \"ghost\" is not"
                    + " in accounts.jsonl");
            assertThat(problems.get(1)).startsWith("engagements.jsonl: line 2: more than 1 records;");
        }

        @Test
        void aFatalPostProblemEndsReadingBeforeTheEngagements() throws IOException {
            edit("manifest.json", 0, "\"posts\": 5", "\"posts\": 2");
            edit("engagements.jsonl", 1, "\"type\":\"like\"", "\"type\":\"love\"");
            assertThatThrownBy(() -> DatasetFolder.read(dir, new DatasetFolder.Caps(10, 4, 10, 10)))
                    .isInstanceOf(DatasetFolderException.class)
                    .satisfies(e -> assertThat(((DatasetFolderException) e).problems()).hasSize(1))
                    .hasMessageStartingWith("posts.jsonl: line 5: more than 4 records");
        }

        @Test
        void badLabelsAreNamedByRowAndColumn() throws IOException {
            Files.writeString(dir.resolve("truth.csv"), "account_id,class,cell,operator,origin\n"
                    + "a1,bot,,,\na2,campaign,x,3,new\nt1\n");
            assertThat(problems()).containsExactly(
                    "truth.csv: line 2, field class: \"bot\" is not a class; allowed: organic, campaign, background",
                    "truth.csv: line 3, field cell: \"x\" must be empty or a whole number ≥ 0",
                    "truth.csv: line 4, field class: is missing (the row has 1 cell, at least 2 are needed)");
        }

        @Test
        void anUnknownRoleIsNamedWithTheAllowedOnes() throws IOException {
            Files.writeString(dir.resolve("truth.csv"), "account_id,class,cell,operator,origin,role\n"
                    + "a1,organic,,,,activist\na2,campaign,0,3,new,\nt1,organic,,,,\n");
            assertThat(problems()).containsExactly("truth.csv: line 2, field role: \"activist\" is not a role; allowed:"
                    + " advocacy, news, fan-ring, hashtag-game, or empty");
        }

        @Test
        void aWrongLabelHeaderIsNamed() throws IOException {
            Files.writeString(dir.resolve("truth.csv"), "id,label\na1,organic\n");
            assertThat(problems()).containsExactly("truth.csv: line 1: the header must start with account_id,class,"
                    + " found id,label");
        }
    }

    @Nested
    class Caps {

        @Test
        void refusesAFolderWhoseManifestIsOverTheCap() {
            assertThatThrownBy(() -> DatasetFolder.read(dir, new DatasetFolder.Caps(10, 4, 10, 10)))
                    .isInstanceOf(DatasetFolderException.class)
                    .hasMessage("manifest.json, field counts.posts: 5 posts is over the cap of 4; the cap keeps memory"
                            + " bounded (a loaded post or account takes up to about 1 KB of heap); split the data or"
                            + " sample it");
        }

        @Test
        void refusesAFileLongerThanTheCapEvenWhenTheManifestUnderstates() throws IOException {
            edit("manifest.json", 0, "\"posts\": 5", "\"posts\": 2");
            assertThatThrownBy(() -> DatasetFolder.read(dir, new DatasetFolder.Caps(10, 4, 10, 10)))
                    .hasMessage("posts.jsonl: line 5: more than 4 records; the cap keeps memory bounded (a loaded post"
                            + " or account takes up to about 1 KB of heap); split the data or sample it");
        }
    }
}
