package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.Badges;
import org.spamouflage.sandbox.ui.base.StateParams;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.model.ClusterCard;
import org.spamouflage.sandbox.ui.model.ExploreData;
import org.spamouflage.sandbox.ui.model.FeedRow;

/**
 * Explore: the run the Playground shows (or the one the URL names, in the same form), read as a
 * journalist would. Pick a politician, read the comments under their posts, click a comment to see
 * its author's card. With {@code ?import=ID} it reads a stored import instead (the engine's
 * default settings; truth only when the import had a label column). The results can be
 * downloaded (scores, edges, network, clusters, methods note).
 */
@AnonymousAllowed
@Route(value = "explore", layout = MainLayout.class)
public class ExploreView extends Div implements BeforeEnterObserver {
    public static final int MAX_CLUSTERS = 12;
    /** The "every language" choice (shown in the page's language by the item label generator). */
    private static final String ALL = "all languages";

    private final SandboxService service;
    private final Paragraph heading = new Paragraph();
    private final Anchor playground = new Anchor("", getTranslation("explore.openPlayground"));
    private final Checkbox showTruth = new Checkbox(getTranslation("explore.showTruth"));
    private final ProgressBar busy = new ProgressBar();
    private final Select<ExploreData.TargetEntry> politician = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField search = new TextField();
    private final Grid<FeedRow> feed = new Grid<>();
    private final Div card = new Div();
    private final SandboxChart heatmap = Sections.chart("chart-heatmap", "280px");
    private final Div clusters = new Div();
    private final Div importNote = new Div();
    private final ExportLinks exports = new ExportLinks();
    /** What the page reads, kept as a handle: the data itself is shared and may be evicted (then fetched again). */
    private ResultCache.Handle<ExploreData> data;
    private String exportBase = "export";
    /** The run came from a lesson link that locks the truth hidden: no truth in view or in downloads. */
    private boolean truthLocked;
    private int[] rows = new int[0];
    private BackgroundRunner runner;
    private String shownAccount;

    public ExploreView(SandboxService service) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        heading.setId("explore-heading");
        busy.setIndeterminate(true);
        busy.setVisible(false);
        busy.setWidth("120px");
        showTruth.setId("explore-truth");
        showTruth.addValueChangeListener(e -> {
            refreshFeed();
            if (shownAccount != null) {
                showAccount(shownAccount);
            }
        });
        HorizontalLayout top = new HorizontalLayout(heading, playground, showTruth, busy);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        importNote.setId("import-note");
        add(top, importNote, exports, configureFilters(), configureBody(), Sections.section("panel-heatmap", getTranslation("explore.heatmap"), heatmap),
                Sections.section("panel-clusters", getTranslation("explore.clusters"), clusters));
    }

    private HorizontalLayout configureFilters() {
        politician.setId("politician");
        politician.setLabel(getTranslation("explore.politician"));
        politician.setItemLabelGenerator(this::label);
        politician.setWidth("28em");
        politician.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                language.setItems(languages(e.getValue().index()));
                language.setValue(ALL);
                refreshFeed();
            }
        });
        language.setId("language");
        language.setLabel(getTranslation("explore.language"));
        language.setItemLabelGenerator(l -> ALL.equals(l) ? getTranslation("explore.allLanguages") : l);
        language.addValueChangeListener(e -> refreshFeed());
        search.setId("search");
        search.setLabel(getTranslation("explore.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refreshFeed());
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> params = StateParams.read(event);
        if (runner == null) {
            runner = new BackgroundRunner(event.getUI(), service.executor(), busy::setVisible);
        }
        exports.setVisible(false);
        importNote.removeAll();
        if (params.containsKey(IMPORT)) {
            enterImport(params.get(IMPORT), !"hidden".equals(params.get("truth")));
            return;
        }
        PlaygroundState state = service.readState(params).state();
        heading.setText(getTranslation("explore.reading", state.scenario(), state.seed()));
        playground.setVisible(true);
        playground.setHref("?" + state.toQuery());
        // A lesson link that locks the truth hidden keeps it hidden here too, downloads included.
        showTruth.setVisible(!state.truthLocked());
        showTruth.setValue(!state.hideTruth());
        truthLocked = state.truthLocked();
        exportBase = state.scenario() + "-seed-" + state.seed();
        runner.submit(() -> service.exploreHandle(state), this::show, e -> heading.setText(
                e instanceof InvalidScenarioException ise ? getTranslation("explore.cannotRun", ise.getMessage())
                        : getTranslation("explore.failed", e.getMessage())));
    }

    /** URL parameter naming a stored import: {@code /explore?import=7}. */
    public static final String IMPORT = "import";

    private record Loaded(ResultCache.Handle<ExploreData> data, ImportedDataset info, List<String> warnings) {
    }

    private void enterImport(String idText, boolean truth) {
        playground.setVisible(false);
        showTruth.setVisible(false);
        showTruth.setValue(truth);
        long id;
        try {
            id = Long.parseLong(idText.strip());
        } catch (NumberFormatException e) {
            heading.setText(getTranslation("explore.badImport", idText));
            return;
        }
        heading.setText(getTranslation("explore.readingImport", id));
        runner.submit(() -> {
            ImportedDataset info = service.imports().find(id).orElseThrow(() -> new NoSuchElementException(
                    getTranslation("explore.noImport", id)));
            ResultCache.Handle<ExploreData> d = service.exploreImportHandle(id);
            return new Loaded(d, info, service.imports().open(id).warnings());
        }, this::showImport, e -> heading.setText(e instanceof NoSuchElementException ? e.getMessage()
                : getTranslation("explore.importUnreadable", e.getMessage())));
    }

    private void showImport(Loaded l) {
        ImportedDataset info = l.info();
        heading.setText(getTranslation("explore.readingImportNamed", info.id(), info.name()));
        importNote.removeAll();
        importNote.add(Sections.note(getTranslation("explore.importNote", info.fileName(), info.preset(), info.posts(),
                info.accounts()) + " " + getTranslation(l.data().get().labelled() ? "explore.labels" : "explore.noLabels")));
        for (String w : l.warnings()) {
            Paragraph p = Sections.note(w);
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            importNote.add(p);
        }
        showTruth.setVisible(l.data().get().labelled());
        truthLocked = false;
        exportBase = info.name();
        show(l.data());
    }

    private void show(ResultCache.Handle<ExploreData> handle) {
        data = handle;
        ExploreData d = handle.get();
        exports.show(exportBase, d.labelled() && !truthLocked, (f, out) -> service.writeExport(handle.get(), f, out));
        politician.setLabel(getTranslation(d.allPosts() ? "explore.feed" : "explore.politician"));
        feed.getColumnByKey("comment").setHeader(getTranslation(d.allPosts() ? "explore.col.post" : "explore.col.comment"));
        List<ExploreData.TargetEntry> targets = d.targets();
        politician.setItems(targets);
        if (targets.isEmpty()) {
            rows = new int[0];
            feed.getDataProvider().refreshAll();
            heatmap.setSpec(d.heatmap(rows, getTranslation("explore.noComments")));
        } else {
            politician.setValue(targets.get(0));
        }
        clusters.removeAll();
        List<ClusterCard> cards = d.clusters(MAX_CLUSTERS);
        if (cards.isEmpty()) {
            clusters.add(Sections.note(getTranslation("explore.noClusters")));
        }
        Div grid = Sections.grid("420px");
        cards.forEach(c -> grid.add(new ClusterCardView(c)));
        clusters.add(grid);
    }

    /** "Name (party, role) · 123 comments" in the page's language. */
    private String label(ExploreData.TargetEntry e) {
        String name = ExploreData.ALL_POSTS.equals(e.name()) && e.party().isEmpty() ? getTranslation("explore.allPosts") : e.name();
        String extra = String.join(", ", java.util.stream.Stream.of(e.party(), e.role()).filter(x -> !x.isEmpty()).toList());
        return name + (extra.isEmpty() ? "" : " (" + extra + ")") + " · "
                + getTranslation("posts".equals(e.unit()) ? "explore.entry.posts" : "explore.entry.comments", e.comments());
    }

    private List<String> languages(int target) {
        List<String> out = new ArrayList<>();
        out.add(ALL);
        out.addAll(data.get().languages(target));
        return out;
    }

    private void refreshFeed() {
        ExploreData data = this.data == null ? null : this.data.get();
        feed.getColumnByKey("truth").setVisible(showTruth.getValue() && (data == null || data.labelled()));
        if (data == null || politician.getValue() == null) {
            return;
        }
        String lang = ALL.equals(language.getValue()) ? null : language.getValue();
        rows = data.feed(politician.getValue().index(), lang, search.getValue());
        feed.getDataProvider().refreshAll();
        heatmap.setSpec(data.heatmap(rows, data.allPosts() ? getTranslation("explore.heatmap.posts", rows.length)
                : getTranslation("explore.heatmap.comments", rows.length, politician.getValue().name())));
    }

    private void showAccount(String accountId) {
        ExploreData data = this.data.get();
        shownAccount = accountId;
        card.removeAll();
        card.add(new AccountCardView(data.account(accountId), showTruth.getValue() && data.labelled() && !truthLocked));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (runner != null) {
            runner.cancel();
        }
    }

    /** For tests. */
    ExploreData data() {
        return data == null ? null : data.get();
    }
}
