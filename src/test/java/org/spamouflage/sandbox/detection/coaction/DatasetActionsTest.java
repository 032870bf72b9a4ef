package org.spamouflage.sandbox.detection.coaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Engagement;
import org.spamouflage.sandbox.dataset.Post;

class DatasetActionsTest {

    private static Post post(String id, String account, long time, String replyTo, String shared, List<String> links,
                             List<String> tags) {
        return new Post(id, account, time, "en", "", replyTo, shared, links, tags, List.of(), "x", "");
    }

    private static final Dataset DATA = new Dataset(new DatasetInfo(true, "test", "", "", 0, 0, 100),
            List.of(),
            List.of(
                    post("p1", "A", 10, "target1", null, List.of("https://e.x/a", "https://e.x/a"), List.of("Vote", "#vote")),
                    post("p2", "B", 20, "target1", "orig9", List.of(), List.of("VOTE")),
                    post("p3", "C", 25, null, null, List.of("https://e.x/a"), List.of())),
            List.of(new Engagement("D", "orig9", Engagement.Type.SHARE, 30),
                    new Engagement("E", "orig9", Engagement.Type.LIKE, 30)),
            List.of());

    @Test
    void coCommentPairsRepliesToTheSamePost() {
        ActionTable t = DatasetActions.of(DATA, CoActionLayer.CO_COMMENT);
        assertThat(t.size()).isEqualTo(2);
        assertThat(CoActionCounterTest.edges(new CoActionCounter(60).count(t))).containsExactly("A,B,1,1");
    }

    @Test
    void coShareUsesSharedObjectsShareEngagementsAndLinksOncePerPost() {
        ActionTable t = DatasetActions.of(DATA, CoActionLayer.CO_SHARE);
        // p1's link twice is one action; p2 shares orig9; p3 the link; D's SHARE engagement; E's like is no share.
        assertThat(t.size()).isEqualTo(4);
        assertThat(CoActionCounterTest.edges(new CoActionCounter(60).count(t))).containsExactly("A,C,1,1", "B,D,1,1");
        int d = t.indexOfAccount("D");
        for (int i = 0; i < t.size(); i++) {
            if (t.account(i) == d) {
                assertThat(DatasetActions.isEngagement(t.source(i))).isTrue();
                assertThat(DatasetActions.engagementIndex(t.source(i))).isZero();
            }
        }
    }

    @Test
    void coHashtagIgnoresCaseAndTheHashSign() {
        ActionTable t = DatasetActions.of(DATA, CoActionLayer.CO_HASHTAG);
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.objectId(t.object(0))).isEqualTo("#vote");
        assertThat(CoActionCounterTest.edges(new CoActionCounter(60).count(t))).containsExactly("A,B,1,1");
    }
}
