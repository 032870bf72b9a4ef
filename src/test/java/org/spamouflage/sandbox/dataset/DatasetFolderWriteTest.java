package org.spamouflage.sandbox.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact bytes written for the hand-made fixture. The expected files below were written by
 * hand from the format description (RFC 4180 quoting, ISO-8601 UTC, Unix seconds); the Unix
 * seconds were checked with Python's {@code datetime(..., tzinfo=timezone.utc).timestamp()}.
 */
class DatasetFolderWriteTest {

    static final String ACCOUNTS_JSONL = """
            {"account_id":"a1","handle":"JeanTremblay","display_name":"Jean Tremblay","created_at":"2015-03-02T10:00:00Z","followers":120,"following":80,"bio":"Montréal, QC","avatar":"photo","synthetic":true}
            {"account_id":"a2","handle":"Lisa8734521","display_name":"Lisa","created_at":null,"followers":null,"following":0,"bio":"","avatar":"default","synthetic":true}
            {"account_id":"t1","handle":"PM_Maple","display_name":"Alex Maplewood","created_at":"2012-01-01T00:00:00Z","followers":250000,"following":300,"bio":"Prime Minister (invented)","avatar":"photo","synthetic":true}
            """;

    static final String POSTS_JSONL = """
            {"post_id":"p1","account_id":"t1","created_at":"2023-08-07T14:03:22Z","lang":"en","text":"Proud of our new housing plan.","reply_to":null,"shared_object":null,"links":["https://example.org/plan"],"hashtags":["housing"],"mentions":[],"platform":"x","source":"Web App","synthetic":true}
            {"post_id":"p2","account_id":"a2","created_at":"2023-08-07T14:05:01Z","lang":"en","text":"He said \\"no\\", then, well… 😀","reply_to":"p1","shared_object":null,"links":["https://video.example/v/1","https://video.example/v/2"],"hashtags":["PM","scandal"],"mentions":["PM_Maple"],"platform":"x","source":"","synthetic":true}
            {"post_id":"p3","account_id":"a1","created_at":"2023-08-07T15:00:00Z","lang":"fr","text":"Ligne 1\\r\\nLigne 2 <img src=x onerror=alert(1)>","reply_to":"p1","shared_object":null,"links":["https://video.example/v/1","https://video.example/v/1"],"hashtags":[],"mentions":[],"platform":"x","source":"","synthetic":true}
            {"post_id":"p4","account_id":"a2","created_at":"2023-08-07T16:30:00Z","lang":"","text":"","reply_to":null,"shared_object":"p1","links":[],"hashtags":[],"mentions":[],"platform":"x","source":"","synthetic":true}
            {"post_id":"p5","account_id":"a1","created_at":"2023-08-07T17:00:00Z","lang":"fr","text":"#Québec est beau","reply_to":null,"shared_object":null,"links":[],"hashtags":[],"mentions":[],"platform":"x","source":"","synthetic":true}
            """;

    static final String ENGAGEMENTS_JSONL = """
            {"account_id":"a1","post_id":"p2","type":"like","created_at":"2023-08-07T14:10:00Z","synthetic":true}
            {"account_id":"a2","post_id":"p1","type":"share","created_at":"2023-08-07T14:20:00Z","synthetic":true}
            {"account_id":"a1","post_id":"external-999","type":"like","created_at":"2023-08-07T18:00:00Z","synthetic":true}
            """;

    static final String TARGETS_JSONL = """
            {"account_id":"t1","name":"Alex Maplewood","party":"Maple Party","role":"prime-minister","province":"ON","synthetic":true}
            """;

    // Quoted only where RFC 4180 needs it (comma, quote, line break), plus the leading '#' of p5,
    // which commons-csv quotes so that readers treating '#' as a comment marker keep the row.
    // The CR of p3's CR LF survives inside the quotes; records end with LF.
    static final String POSTS_CSV = """
            post_id,account_id,created_at,lang,text,reply_to,shared_object,links,hashtags,mentions,platform,source,synthetic
            p1,t1,2023-08-07T14:03:22Z,en,Proud of our new housing plan.,,,https://example.org/plan,housing,,x,Web App,true
            p2,a2,2023-08-07T14:05:01Z,en,"He said ""no"", then, well… 😀",p1,,https://video.example/v/1 https://video.example/v/2,PM scandal,PM_Maple,x,,true
            p3,a1,2023-08-07T15:00:00Z,fr,"Ligne 1\r
            Ligne 2 <img src=x onerror=alert(1)>",p1,,https://video.example/v/1 https://video.example/v/1,,,x,,true
            p4,a2,2023-08-07T16:30:00Z,,,,p1,,,,x,,true
            p5,a1,2023-08-07T17:00:00Z,fr,"#Québec est beau",,,,,,x,,true
            """;

    // p1: its link. p2: the post it replies to, then its two links. p3: reply target, and the
    // link it carries twice only once. p4: the re-shared post. p5 points at nothing: no row.
    static final String COORTWEET_CSV = """
            object_id,account_id,content_id,timestamp_share
            https://example.org/plan,t1,p1,1691417002
            p1,a2,p2,1691417101
            https://video.example/v/1,a2,p2,1691417101
            https://video.example/v/2,a2,p2,1691417101
            p1,a1,p3,1691420400
            https://video.example/v/1,a1,p3,1691420400
            p1,a2,p4,1691425800
            """;

    static final String TRUTH_CSV = """
            account_id,class,cell,operator,origin,role
            a1,organic,,,,advocacy
            a2,campaign,0,3,hijacked,
            t1,organic,,,,
            """;

    static final String POST_TRUTH_CSV = """
            post_id,campaign,kind,template_id
            p1,false,target,
            p2,true,verbatim,7
            p3,false,organic,
            p4,true,camouflage,
            p5,false,organic,
            """;

    @TempDir
    Path dir;

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Nested
    class WithTruth {

        @Test
        void jsonLinesHoldOneRecordPerLineInFixedFieldOrder() throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            assertThat(read("accounts.jsonl")).isEqualTo(ACCOUNTS_JSONL);
            assertThat(read("posts.jsonl")).isEqualTo(POSTS_JSONL);
            assertThat(read("engagements.jsonl")).isEqualTo(ENGAGEMENTS_JSONL);
            assertThat(read("targets.jsonl")).isEqualTo(TARGETS_JSONL);
        }

        @Test
        void postsCsvQuotesOnlyWhereNeededAndKeepsCarriageReturnsInsideTexts() throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            assertThat(read("posts.csv")).isEqualTo(POSTS_CSV);
        }

        @Test
        void coortweetCsvHasOneRowPerPostAndDistinctObject() throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            assertThat(read("coortweet.csv")).isEqualTo(COORTWEET_CSV);
        }

        @Test
        void truthFilesLeaveCellOperatorAndTemplateEmptyWhenThereIsNone() throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            assertThat(read("truth.csv")).isEqualTo(TRUTH_CSV);
            assertThat(read("post_truth.csv")).isEqualTo(POST_TRUTH_CSV);
        }

        @Test
        void manifestListsOriginCountsPerClassAndEveryFileWithItsSize() throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            long readmeBytes = Files.size(dir.resolve("README.txt"));
            String expected = """
                    {
                      "format": "spamouflage-sandbox dataset folder",
                      "format_version": 1,
                      "synthetic": true,
                      "note": "%s",
                      "source": "scenario fixture",
                      "scenario": {
                        "name": "fixture",
                        "hash": "abc123"
                      },
                      "seed": 42,
                      "period": {
                        "start": "2023-08-07T00:00:00Z",
                        "end": "2023-08-08T00:00:00Z"
                      },
                      "audience_time_zone": "America/Toronto",
                      "counts": {
                        "accounts": 3,
                        "posts": 5,
                        "engagements": 3,
                        "targets": 1
                      },
                      "truth": {
                        "accounts_by_class": {
                          "organic": 2,
                          "campaign": 1,
                          "background": 0,
                          "unlabelled": 0
                        },
                        "accounts_by_role": {
                          "advocacy": 1,
                          "news": 0,
                          "fan-ring": 0,
                          "hashtag-game": 0
                        },
                        "posts_by_account_class": {
                          "organic": 3,
                          "campaign": 2,
                          "background": 0,
                          "unlabelled": 0
                        },
                        "campaign_posts": 2,
                        "labelled_posts": 5
                      },
                      "files": [
                        {
                          "name": "accounts.jsonl",
                          "records": 3,
                          "bytes": %d
                        },
                        {
                          "name": "posts.jsonl",
                          "records": 5,
                          "bytes": %d
                        },
                        {
                          "name": "engagements.jsonl",
                          "records": 3,
                          "bytes": %d
                        },
                        {
                          "name": "targets.jsonl",
                          "records": 1,
                          "bytes": %d
                        },
                        {
                          "name": "posts.csv",
                          "records": 5,
                          "bytes": %d
                        },
                        {
                          "name": "coortweet.csv",
                          "records": 7,
                          "bytes": %d
                        },
                        {
                          "name": "truth.csv",
                          "records": 3,
                          "bytes": %d
                        },
                        {
                          "name": "post_truth.csv",
                          "records": 5,
                          "bytes": %d
                        },
                        {
                          "name": "README.txt",
                          "bytes": %d
                        }
                      ]
                    }
                    """.formatted(FolderWriter.SYNTHETIC_NOTE, bytes(ACCOUNTS_JSONL), bytes(POSTS_JSONL),
                    bytes(ENGAGEMENTS_JSONL), bytes(TARGETS_JSONL), bytes(POSTS_CSV), bytes(COORTWEET_CSV),
                    bytes(TRUTH_CSV), bytes(POST_TRUTH_CSV), readmeBytes);
            assertThat(read("manifest.json")).isEqualTo(expected);
            assertThat(FolderWriter.SYNTHETIC_NOTE).contains("invented");
        }

        @Test
        void readmeSaysTheDataAreSyntheticAndNamesEveryFile() throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            String readme = read("README.txt");
            assertThat(readme).contains("SYNTHETIC DATA", "invented", "Scenario: fixture, seed 42");
            for (String f : DatasetFolder.FILES) {
                if (!f.equals("README.txt")) {
                    assertThat(readme).contains(f);
                }
            }
        }

        @Test
        void filesAreUtf8WithoutBomAndWithoutCrLfLineEnds() throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            for (String f : DatasetFolder.FILES) {
                byte[] b = Files.readAllBytes(dir.resolve(f));
                assertThat(b.length).as(f).isGreaterThan(3);
                assertThat(b[0] == (byte) 0xEF && b[1] == (byte) 0xBB).as(f + " starts with a BOM").isFalse();
                assertThat(b[b.length - 1]).as(f + " ends with LF").isEqualTo((byte) '\n');
                String text = new String(b, StandardCharsets.UTF_8);
                // The only CR allowed is the one inside p3's quoted text in posts.csv.
                long crs = text.chars().filter(c -> c == '\r').count();
                assertThat(crs).as(f).isEqualTo(f.equals("posts.csv") ? 1 : 0);
            }
        }

        @Test
        void writingTwiceGivesTheSameBytes(@TempDir Path other) throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), other);
            for (String f : DatasetFolder.FILES) {
                assertThat(Files.readAllBytes(other.resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve(f)));
            }
        }
    }

    @Nested
    class WithoutTruth {

        @Test
        void writesNoLabelFilesAndRemovesStaleOnesButKeepsForeignFiles() throws IOException {
            DatasetFolder.write(DatasetFixtures.small(), DatasetFixtures.smallTruth(), dir);
            Files.writeString(dir.resolve("notes.md"), "mine");
            DatasetFolder.write(DatasetFixtures.small(), null, dir);
            assertThat(dir.resolve("truth.csv")).doesNotExist();
            assertThat(dir.resolve("post_truth.csv")).doesNotExist();
            assertThat(dir.resolve("notes.md")).hasContent("mine");
            assertThat(read("manifest.json")).contains("\"truth\": null,").doesNotContain("truth.csv");
            assertThat(read("README.txt")).doesNotContain("truth.csv  ");
        }

        @Test
        void importedDataAreNotCalledSynthetic() throws IOException {
            Dataset small = DatasetFixtures.small();
            DatasetInfo imported = new DatasetInfo(false, "import of shares.csv", "", "", 0, 0, 86_400);
            DatasetFolder.write(new Dataset(imported, small.accounts(), small.posts(), small.engagements(),
                    small.targets()), null, dir);
            assertThat(read("manifest.json")).contains("\"synthetic\": false,", FolderWriter.IMPORTED_NOTE);
            assertThat(read("README.txt")).doesNotContain("SYNTHETIC");
            assertThat(read("posts.jsonl")).contains("\"synthetic\":false").doesNotContain("\"synthetic\":true");
            assertThat(read("posts.csv")).doesNotContain(",true\n");
            assertThat(read("posts.csv").split(",false\n", -1)).hasSize(6);
        }

        @Test
        void emptyObjectIdsMakeNoCoortweetRow() throws IOException {
            DatasetInfo info = new DatasetInfo(true, "s", "s", "h", 1, 0, 0);
            Account a = new Account("a", "a", "", 0, 0, 0, "", "", true);
            Post p = new Post("p", "a", 7, "en", "t", "", "", List.of("", "https://x.example"), List.of(), List.of(),
                    "x", "");
            DatasetFolder.write(new Dataset(info, List.of(a), List.of(p), List.of(), List.of()), null, dir);
            assertThat(read("coortweet.csv")).isEqualTo("object_id,account_id,content_id,timestamp_share\n"
                    + "https://x.example,a,p,7\n");
        }

        @Test
        void anEmptyDatasetGivesHeaderOnlyTables() throws IOException {
            DatasetInfo info = new DatasetInfo(true, "scenario empty", "empty", "h", 1, 0, 0);
            DatasetFolder.write(new Dataset(info, List.of(), List.of(), List.of(), List.of()), null, dir);
            assertThat(read("posts.jsonl")).isEmpty();
            assertThat(read("coortweet.csv")).isEqualTo("object_id,account_id,content_id,timestamp_share\n");
            assertThat(read("posts.csv")).startsWith("post_id,account_id,created_at,lang,text,reply_to,").endsWith("\n");
        }
    }

    @Nested
    class RefusesInconsistentData {

        private Dataset with(List<Account> accounts, List<Post> posts) {
            Dataset s = DatasetFixtures.small();
            return new Dataset(s.info(), accounts, posts, List.of(), List.of());
        }

        @Test
        void rejectsDuplicatePostIds() {
            Dataset s = DatasetFixtures.small();
            Dataset d = with(s.accounts(), List.of(s.posts().get(0), s.posts().get(0)));
            assertThatThrownBy(() -> DatasetFolder.write(d, null, dir))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the dataset cannot be written: post id \"p1\" occurs more than once");
        }

        @Test
        void rejectsPostsByAccountsThatAreNotInTheDataset() {
            Dataset s = DatasetFixtures.small();
            Dataset d = with(s.accounts().subList(0, 2), List.of(s.posts().get(0)));
            assertThatThrownBy(() -> DatasetFolder.write(d, null, dir))
                    .hasMessage("the dataset cannot be written: post p1 is by account \"t1\", which is not in the"
                            + " dataset");
        }

        @Test
        void rejectsTruthAboutUnknownAccounts() {
            Dataset s = DatasetFixtures.small();
            GroundTruth truth = new GroundTruth(List.of(new GroundTruth.AccountTruth("ghost", AccountClass.CAMPAIGN,
                    0, 0, "new")), List.of());
            assertThatThrownBy(() -> DatasetFolder.write(s, truth, dir))
                    .hasMessage("the dataset cannot be written: ground truth names account \"ghost\", which is not in"
                            + " the dataset");
        }
    }
}
