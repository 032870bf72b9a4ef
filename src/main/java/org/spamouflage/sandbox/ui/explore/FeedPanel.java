package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.spamouflage.sandbox.ui.base.Badges;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.explore.FeedRow;

/**
 * The feed of a run: pick a politician (or "All posts" for data without any), filter by language
 * and by a search over texts and handles, click a post to open its author's card beside it. Tells
 * its listener which posts are shown (for the heatmap). Posts without text show what they shared.
 */
class FeedPanel extends Div {
    private static final String ALL = "all languages";

    private final Select<ExploreData.TargetEntry> politician = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField search = new TextField();
    private final Grid<FeedRow> feed = new Grid<>();
    private final Div card = new Div();
    private final Supplier<Boolean> showTruth;
    private final Consumer<int[]> shownPosts;
    private Supplier<ExploreData> data = () -> null;
    private int[] rows = new int[0];
    private String shownAccount;

    /**
     * @param showTruth  whether truth badges are wanted now
     * @param shownPosts told the posts the feed shows after every change
     */
    FeedPanel(Supplier<Boolean> showTruth, Consumer<int[]> shownPosts) {
        this.showTruth = showTruth;
        this.shownPosts = shownPosts;
        setWidthFull();
        add(configureFilters(), configureBody());
    }

    private HorizontalLayout configureFilters() {
        politician.setId("politician");
        politician.setLabel(getTranslation("explore.politician"));
        politician.setItemLabelGenerator(this::label);
        politician.setWidth("min(28em, 100%)");
        politician.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                language.setItems(languages(e.getValue().index()));
                language.setValue(ALL);
                refresh();
            }
        });
        language.setId("language");
        language.setLabel(getTranslation("explore.language"));
        language.setItemLabelGenerator(l -> ALL.equals(l) ? getTranslation("explore.allLanguages") : l);
        language.addValueChangeListener(e -> refresh());
        search.setId("search");
        search.setLabel(getTranslation("explore.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(politician, language, search);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private Div configureBody() {
        feed.setId("feed");
        // Its cells are the data's own words (comments, handles, in English or French): not to be translated.
        feed.getElement().setAttribute("translate", "no");
        feed.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        feed.addColumn(FeedRow::time).setHeader(getTranslation("explore.col.time")).setWidth("5.5rem").setFlexGrow(0);
        feed.addColumn(FeedRow::handle).setHeader(getTranslation("explore.col.author")).setWidth("6rem").setFlexGrow(0)
                .setTooltipGenerator(FeedRow::handle);
        feed.addColumn(FeedRow::lang).setHeader(getTranslation("explore.col.lang")).setWidth("3rem").setFlexGrow(0);
        feed.addColumn(FeedRow::text).setHeader(getTranslation("explore.col.comment")).setKey("comment").setFlexGrow(1).setWidth("7.5rem")
                .setTooltipGenerator(FeedRow::text);
        feed.addComponentColumn(r -> Badges.truth(r.truth())).setHeader(getTranslation("explore.col.truth")).setKey("truth").setWidth("8rem")
                .setFlexGrow(0);
        feed.setItems(q -> {
            ExploreData d = data.get();
            return IntStream.of(rows).skip(q.getOffset()).limit(q.getLimit()).mapToObj(d::row);
        }, q -> rows.length);
        feed.setHeight("520px");
        feed.addItemClickListener(e -> showAccount(e.getItem().accountId()));
        card.setId("account-panel");
        card.add(Sections.note(getTranslation("explore.clickHint")));
        Div left = new Div(feed);
        left.getStyle().set("flex", "2 1 560px").set("min-width", "0");
        card.getStyle().set("flex", "1 1 340px").set("min-width", "0");
        Div body = new Div(left, card);
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("margin-top", "var(--lumo-space-s)");
        return body;
    }

    /** Shows a run (read through {@code source}, which may fetch it again if it was evicted). */
    void show(Supplier<ExploreData> source) {
        data = source;
        ExploreData d = source.get();
        politician.setLabel(getTranslation(d.allPosts() ? "explore.feed" : "explore.politician"));
        feed.getColumnByKey("comment").setHeader(getTranslation(d.allPosts() ? "explore.col.post" : "explore.col.comment"));
        List<ExploreData.TargetEntry> targets = d.targets();
        politician.setItems(targets);
        if (targets.isEmpty()) {
            rows = new int[0];
            feed.getDataProvider().refreshAll();
            shownPosts.accept(rows);
        } else {
            politician.setValue(targets.get(0));
        }
    }

    /** Shows the truth column and badges, or hides them. */
    void truthChanged() {
        refresh();
        if (shownAccount != null) {
            showAccount(shownAccount);
        }
    }

    /** The politician shown, or null. */
    ExploreData.TargetEntry politician() {
        return politician.getValue();
    }

    private List<String> languages(int target) {
        List<String> out = new ArrayList<>();
        out.add(ALL);
        out.addAll(data.get().languages(target));
        return out;
    }

    private void refresh() {
        ExploreData d = data.get();
        feed.getColumnByKey("truth").setVisible(showTruth.get() && (d == null || d.labelled()));
        if (d == null || politician.getValue() == null) {
            return;
        }
        String lang = ALL.equals(language.getValue()) ? null : language.getValue();
        rows = d.feed(politician.getValue().index(), lang, search.getValue());
        feed.getDataProvider().refreshAll();
        shownPosts.accept(rows);
    }

    private Runnable onCard = () -> { };

    /** {@code r} runs whenever this panel opens an account card (the page closes the other panel's). */
    void onCardShown(Runnable r) {
        onCard = r;
    }

    /** Closes the card, if one is open (one card on the page at a time: ids inside it are unique). */
    void clearCard() {
        shownAccount = null;
        if (card.getChildren().anyMatch(c -> c instanceof AccountCardView)) {
            card.removeAll();
            card.add(Sections.note(getTranslation("explore.clickHint")));
        }
    }

    private void showAccount(String accountId) {
        onCard.run();
        ExploreData d = data.get();
        shownAccount = accountId;
        card.removeAll();
        card.add(new AccountCardView(d.account(accountId), showTruth.get() && d.labelled()));
    }

    /** "Name (party, role) · 123 comments" in the page's language. */
    private String label(ExploreData.TargetEntry e) {
        String name = ExploreData.ALL_POSTS.equals(e.name()) && e.party().isEmpty() ? getTranslation("explore.allPosts") : e.name();
        String extra = String.join(", ", java.util.stream.Stream.of(e.party(), e.role()).filter(x -> !x.isEmpty()).toList());
        return name + (extra.isEmpty() ? "" : " (" + extra + ")") + " · "
                + getTranslation("posts".equals(e.unit()) ? "explore.entry.posts" : "explore.entry.comments", e.comments());
    }
}
