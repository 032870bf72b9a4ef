package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.Target;

/**
 * The generic mapping's {@code engagement} (post, like or share rows) and {@code target} (public
 * figures, not scored) fields: what a dataset needs beyond posts so that an export of any dataset
 * imports back whole.
 */
class GenericEngagementsAndTargetsTest {

    static final String FILE = """
            id,account,time,text,object,reply_to,kind,is_target,name
            p1,pm,2023-08-10T12:00:00Z,Hello Canada,,,post,true,The PM
            c1,ann,2023-08-10T12:05:00Z,great,,p1,,,
            ,bob,2023-08-10T12:06:00Z,,p1,,like,,
            ,cat,2023-08-10T12:07:00Z,,c1,,SHARE,0,
            ,ann,2023-08-10T12:04:00Z,,p1,,Like,no,
            """;

    static ImportSettings settings() {
        return ImportSettings.of(Preset.GENERIC).withColumn(Field.ID, "id").withColumn(Field.ACCOUNT, "account")
                .withColumn(Field.TIME, "time").withColumn(Field.TEXT, "text").withColumn(Field.OBJECT, "object")
                .withColumn(Field.REPLY_TO, "reply_to").withColumn(Field.ENGAGEMENT, "kind")
                .withColumn(Field.TARGET, "is_target").withColumn(Field.DISPLAY_NAME, "name");
    }

    static ImportResult load(String csv) throws ImportException {
        return Importer.importStream(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
                settings());
    }

    @Test
    void likeAndShareRowsBecomeEngagementsNotPosts() throws ImportException {
        ImportResult r = load(FILE);
        assertThat(r.errors()).isEmpty();
        Dataset d = r.dataset();
        assertThat(d.posts()).extracting(p -> p.id()).containsExactly("p1", "c1");
        // sorted by time, then account
        assertThat(d.engagements()).containsExactly(
                new Engagement("ann", "p1", Engagement.Type.LIKE, Fixtures2.t("2023-08-10T12:04:00Z")),
                new Engagement("bob", "p1", Engagement.Type.LIKE, Fixtures2.t("2023-08-10T12:06:00Z")),
                new Engagement("cat", "c1", Engagement.Type.SHARE, Fixtures2.t("2023-08-10T12:07:00Z")));
        // accounts that only engage are accounts too
        assertThat(d.accounts()).extracting(a -> a.id()).containsExactly("ann", "bob", "cat", "pm");
        assertThat(r.accepted()).isEqualTo(5);
    }

    @Test
    void aMarkedAccountIsATarget() throws ImportException {
        Dataset d = load(FILE).dataset();
        assertThat(d.targets()).containsExactly(new Target("pm", "The PM", "", "", ""));
        assertThat(d.isTarget("ann")).isFalse();
    }

    @Test
    void badKindsFlagsAndEngagementsWithoutAnObjectAreRowErrors() throws ImportException {
        ImportResult r = load("""
                id,account,time,text,object,reply_to,kind,is_target,name
                p1,pm,2023-08-10T12:00:00Z,x,,,poke,,
                p2,pm,2023-08-10T12:00:00Z,x,,,,maybe,
                ,bob,2023-08-10T12:06:00Z,,,,like,,
                p4,ann,2023-08-10T12:06:00Z,ok,,,,,
                """);
        assertThat(r.errors()).extracting(RowError::reason).containsExactly(
                "unknown row kind \"poke\" (allowed: post or empty for a post, like, share)",
                "bad yes/no value \"maybe\" (allowed: true, false, 1, 0, yes, no, or empty)",
                "a like row needs the engaged post's id in the object column");
        assertThat(r.errors()).extracting(RowError::column).containsExactly("kind", "is_target", "object");
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(3);
    }

    @Test
    void withoutTheNewFieldsEveryRowIsAPostAsBefore() throws ImportException {
        ImportSettings plain = ImportSettings.of(Preset.GENERIC).withColumn(Field.ID, "id")
                .withColumn(Field.ACCOUNT, "account").withColumn(Field.TIME, "time");
        ImportResult r = Importer.importStream(new ByteArrayInputStream(
                "id,account,time\np1,a,2023-08-10T12:00:00Z\n".getBytes(StandardCharsets.UTF_8)), "t.csv", plain);
        assertThat(r.dataset().posts()).hasSize(1);
        assertThat(r.dataset().engagements()).isEmpty();
        assertThat(r.dataset().targets()).isEmpty();
    }

    /** Time helper. */
    static final class Fixtures2 {
        static long t(String iso) {
            return java.time.Instant.parse(iso).getEpochSecond();
        }
    }

}
