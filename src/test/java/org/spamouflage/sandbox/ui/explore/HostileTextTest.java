package org.spamouflage.sandbox.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.scenario.ScenarioJson;
import org.spamouflage.sandbox.ui.HostileData;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.explore.FeedRow;

/**
 * Text from data that looks like HTML stays text in Explore's model and components: the feed row
 * carries it verbatim and the account card sets it as text (the element's only children are text nodes,
 * and its HTML form is escaped).
 */
class HostileTextTest {
    private static ExploreData data;

    @BeforeAll
    static void plant() throws Exception {
        String tiny = new String(HostileTextTest.class.getResourceAsStream("/scenarios/test-tiny.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Pipeline.Run run = new Pipeline().run(ScenarioJson.parse(tiny, "test-tiny.json"), 1, DetectorSettings.defaults());
        data = ExploreData.of(HostileData.plant(run));
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theFeedOfTheFirstPoliticianCarriesTheCommentVerbatim() {
        int target = data.targets().get(0).index();
        int[] found = data.feed(target, null, "onerror");
        assertThat(found).hasSize(2);
        assertThat(Arrays.stream(found).mapToObj(data::row)).extracting(FeedRow::text)
                .containsOnly(HostileData.COMMENT);
        assertThat(data.row(found[0]).handle()).isEqualTo(HostileData.HOSTILE);
    }

    @Test
    void theAccountCardSetsHostileTextAsText() {
        UI.getCurrent().add(new AccountCardView(data.account(HostileData.ACCOUNT), true));

        H4 handle = _get(H4.class, spec -> spec.withId("account-handle"));
        assertThat(handle.getText()).isEqualTo("@" + HostileData.HOSTILE);
        assertThat(handle.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(handle.getElement().getOuterHTML()).contains("@&lt;img src=x onerror=alert(1)&gt;");
        Paragraph bio = _get(Paragraph.class, spec -> spec.withId("account-bio"));
        assertThat(bio.getText()).isEqualTo(HostileData.HOSTILE);
        assertThat(bio.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        UnorderedList posts = _get(UnorderedList.class, spec -> spec.withId("account-posts"));
        assertThat(posts.getElement().getTextRecursively()).contains(HostileData.COMMENT);
        assertThat(posts.getElement().getOuterHTML()).doesNotContain("<img");
    }
}
