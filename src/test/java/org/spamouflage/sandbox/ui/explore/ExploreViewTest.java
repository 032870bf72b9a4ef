package org.spamouflage.sandbox.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.explore.FeedRow;

/** Explore without a browser: the feed per politician, its filters, account cards and the truth switch. */
class ExploreViewTest extends KaribuSpringTest {

    @SuppressWarnings("unchecked")
    private static Grid<FeedRow> feed() {
        return _get(Grid.class, spec -> spec.withId("feed"));
    }

    @SuppressWarnings("unchecked")
    private static Select<ExploreData.TargetEntry> politician() {
        return _get(Select.class, spec -> spec.withId("politician"));
    }

    private static ExploreView open(String query) {
        navigate("explore?" + query);
        return _get(ExploreView.class);
    }

    /** Oracle: comments under a politician's posts, counted straight from the dataset. */
    private static int comments(Dataset ds, String targetAccount, String lang) {
        Set<String> own = new HashSet<>();
        for (Post p : ds.posts()) {
            if (p.accountId().equals(targetAccount)) {
                own.add(p.id());
            }
        }
        int n = 0;
        for (Post p : ds.posts()) {
            if (p.replyTo() != null && own.contains(p.replyTo()) && !ds.isTarget(p.accountId())
                    && (lang == null || lang.equals(p.lang()))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void showsTheRunTheLinkNamesWithTheMostCommentedPoliticianFirst() {
        ExploreView view = open("seed=5");
        assertThat(_get(Paragraph.class, spec -> spec.withId("explore-heading")).getText()).endsWith("seed 5.");
        assertThat(view.data().run().seed()).isEqualTo(5);
        Dataset ds = view.data().run().generated().dataset();
        ExploreData.TargetEntry first = politician().getValue();
        String account = ds.targets().get(first.index()).accountId();
        assertThat(GridKt._size(feed())).isEqualTo(comments(ds, account, null)).isPositive();
        for (var t : ds.targets()) {
            assertThat(comments(ds, t.accountId(), null)).isLessThanOrEqualTo(first.comments());
        }
        assertThat(_get(SandboxChart.class, spec -> spec.withId("chart-heatmap")).getSpec().heatmap().values())
                .satisfies(cells -> assertThat(java.util.Arrays.stream(cells).flatMapToDouble(java.util.Arrays::stream).sum())
                        .isEqualTo(comments(ds, account, null)));
    }

    @Test
    void theLanguageFilterAndTheSearchNarrowTheFeed() {
        ExploreView view = open("seed=5");
        Dataset ds = view.data().run().generated().dataset();
        String account = ds.targets().get(politician().getValue().index()).accountId();
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withId("language"));
        _setValue(language, "fr");
        assertThat(GridKt._size(feed())).isEqualTo(comments(ds, account, "fr"));
        for (int i = 0; i < GridKt._size(feed()); i++) {
            assertThat(GridKt._get(feed(), i).lang()).isEqualTo("fr");
        }
        _setValue(language, "all languages");
        String word = GridKt._get(feed(), 0).text().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        _setValue(_get(TextField.class, spec -> spec.withId("search")), word);
        int size = GridKt._size(feed());
        assertThat(size).isPositive();
        for (int i = 0; i < size; i++) {
            FeedRow r = GridKt._get(feed(), i);
            assertThat((r.text() + " " + r.handle()).toLowerCase(java.util.Locale.ROOT)).contains(word);
        }
    }

    @Test
    void clickingACommentOpensItsAuthorsCardWithTheEnginesEvidence() {
        ExploreView view = open("seed=5");
        FeedRow row = GridKt._get(feed(), 0);
        GridKt._clickItem(feed(), 0);

        assertThat(_get(H4.class, spec -> spec.withId("account-handle")).getText()).isEqualTo("@" + row.handle());
        assertThat(_find(Span.class, spec -> spec.withId("account-truth"))).hasSize(1);
        int signals = view.data().run().detection().signals().size();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("account-evidence")).getChildren()
                .filter(c -> c.getElement().hasAttribute("data-signal")).count()).isEqualTo(signals);
    }

    @Test
    void aCampaignAuthorsCardListsItsCoActionsAndCopiedMessages() {
        ExploreView view = open("seed=5");
        var run = view.data().run();
        int row = -1;
        for (int i = 0; i < 60 && row < 0; i++) {
            FeedRow r = GridKt._get(feed(), i);
            var ev = run.detection().evidence(run.detection().indexOf(r.accountId()));
            if (!ev.coActions().isEmpty() && !ev.messages().isEmpty()) {
                row = i;
            }
        }
        assertThat(row).as("a comment whose author has co-actions and copied messages").isNotNegative();
        GridKt._clickItem(feed(), row);
        var coActions = _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("account-coactions"));
        assertThat(coActions.getChildren().count()).isPositive();
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("account-copied"))
                .getChildren().count()).isPositive();
    }

    @Test
    void theTruthSwitchHidesTheBadges() {
        open("seed=5&truth=hidden");
        assertThat(_get(Checkbox.class, spec -> spec.withId("explore-truth")).getValue()).isFalse();
        assertThat(feed().getColumnByKey("truth").isVisible()).isFalse();
        GridKt._clickItem(feed(), 0);
        assertThat(_find(Span.class, spec -> spec.withId("account-truth"))).isEmpty();
    }
}
