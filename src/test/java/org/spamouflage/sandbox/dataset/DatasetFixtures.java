package org.spamouflage.sandbox.dataset;

import java.time.Instant;
import java.util.List;

/**
 * Small hand-made datasets whose exports are written out by hand in the tests. The texts are
 * chosen to break naive CSV and JSON writers: quotes, commas, CR LF, emoji, markup, a leading '#'.
 */
public final class DatasetFixtures {
    private DatasetFixtures() {
    }

    static long t(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    public static final String P2_TEXT = "He said \"no\", then, well… 😀";
    public static final String P3_TEXT = "Ligne 1\r\nLigne 2 <img src=x onerror=alert(1)>";
    public static final String P5_TEXT = "#Québec est beau";

    /** Five posts by two people and one invented prime minister, with replies, a re-share and links. */
    public static Dataset small() {
        DatasetInfo info = new DatasetInfo(true, "scenario fixture", "fixture", "abc123", 42,
                t("2023-08-07T00:00:00Z"), t("2023-08-08T00:00:00Z"), "America/Toronto");
        List<Account> accounts = List.of(
                new Account("a1", "JeanTremblay", "Jean Tremblay", t("2015-03-02T10:00:00Z"), 120, 80, "Montréal, QC",
                        "photo", true),
                new Account("a2", "Lisa8734521", "Lisa", Account.UNKNOWN, -1, 0, "", "default", true),
                new Account("t1", "PM_Maple", "Alex Maplewood", t("2012-01-01T00:00:00Z"), 250000, 300,
                        "Prime Minister (invented)", "photo", true));
        List<Post> posts = List.of(
                new Post("p1", "t1", t("2023-08-07T14:03:22Z"), "en", "Proud of our new housing plan.", null, null,
                        List.of("https://example.org/plan"), List.of("housing"), List.of(), "x", "Web App"),
                new Post("p2", "a2", t("2023-08-07T14:05:01Z"), "en", P2_TEXT, "p1", null,
                        List.of("https://video.example/v/1", "https://video.example/v/2"), List.of("PM", "scandal"),
                        List.of("PM_Maple"), "x", ""),
                new Post("p3", "a1", t("2023-08-07T15:00:00Z"), "fr", P3_TEXT, "p1", null,
                        List.of("https://video.example/v/1", "https://video.example/v/1"), List.of(), List.of(), "x",
                        ""),
                new Post("p4", "a2", t("2023-08-07T16:30:00Z"), "", "", null, "p1", List.of(), List.of(), List.of(),
                        "x", ""),
                new Post("p5", "a1", t("2023-08-07T17:00:00Z"), "fr", P5_TEXT, null, null, List.of(), List.of(),
                        List.of(), "x", ""));
        List<Engagement> engagements = List.of(
                new Engagement("a1", "p2", Engagement.Type.LIKE, t("2023-08-07T14:10:00Z")),
                new Engagement("a2", "p1", Engagement.Type.SHARE, t("2023-08-07T14:20:00Z")),
                new Engagement("a1", "external-999", Engagement.Type.LIKE, t("2023-08-07T18:00:00Z")));
        List<Target> targets = List.of(new Target("t1", "Alex Maplewood", "Maple Party", "prime-minister", "ON"));
        return new Dataset(info, accounts, posts, engagements, targets);
    }

    public static GroundTruth smallTruth() {
        return new GroundTruth(
                List.of(new GroundTruth.AccountTruth("a1", AccountClass.ORGANIC, -1, -1, "", AccountRole.ADVOCACY),
                        new GroundTruth.AccountTruth("a2", AccountClass.CAMPAIGN, 0, 3, "hijacked"),
                        new GroundTruth.AccountTruth("t1", AccountClass.ORGANIC, -1, -1, "")),
                List.of(new GroundTruth.PostTruth("p1", false, "target", -1),
                        new GroundTruth.PostTruth("p2", true, "verbatim", 7),
                        new GroundTruth.PostTruth("p3", false, "organic", -1),
                        new GroundTruth.PostTruth("p4", true, "camouflage", -1),
                        new GroundTruth.PostTruth("p5", false, "organic", -1)));
    }
}
