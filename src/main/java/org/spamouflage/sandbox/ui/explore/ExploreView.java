package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import org.spamouflage.sandbox.app.ComputeQueue;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.RunStatus;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.base.StateParams;
import org.spamouflage.sandbox.explore.ClusterCard;
import org.spamouflage.sandbox.explore.ExploreData;

/**
 * Explore: the run the Playground shows (or the one the URL names, in the same form), read as a
 * journalist would: every scored account ranked with each signal's score, the feed under each
 * politician, an account's card with its evidence, when posts arrive, the detected clusters, and
 * every export. With {@code ?import=ID} it reads a stored import instead ({@link ImportExplorer}):
 * only its owner or an instructor sees it, with its own detector settings and "Run again".
 */
@AnonymousAllowed
@Route(value = "explore", layout = MainLayout.class)
public class ExploreView extends Div implements BeforeEnterObserver {
    public static final int MAX_CLUSTERS = 12;
    /** URL parameter naming a stored import: {@code /explore?import=7}. */
    public static final String IMPORT = "import";

    private final SandboxService service;
    private final Paragraph heading = new Paragraph();
    private final Anchor playground = new Anchor("", getTranslation("explore.openPlayground"));
    private final Checkbox showTruth = new Checkbox(getTranslation("explore.showTruth"));
    private final ProgressBar busy = new ProgressBar();
    private final Div importNote = new Div();
    private final ExportLinks exports = new ExportLinks();
    private final RankedAccounts ranked = new RankedAccounts(showTruth::getValue);
    private final FeedPanel feed = new FeedPanel(showTruth::getValue, this::feedShown);
    private final SandboxChart heatmap = Sections.chart("chart-heatmap", "280px");
    private final Div clusters = new Div();
    private final Div results = new Div();
    private final ImportExplorer imports;
    /** What the page reads, kept as a handle: the data itself is shared and may be evicted (then fetched again). */
    private ResultCache.Handle<ExploreData> data;
    private BackgroundRunner runner;

    public ExploreView(SandboxService service, AuthenticationContext auth) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        heading.setId("explore-heading");
        busy.setIndeterminate(true);
        busy.setVisible(false);
        busy.setWidth("120px");
        showTruth.setId("explore-truth");
        showTruth.addValueChangeListener(e -> feed.truthChanged());
        ranked.onCardShown(feed::clearCard);
        feed.onCardShown(ranked::clearCard);
        HorizontalLayout top = new HorizontalLayout(heading, playground, showTruth, busy);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        importNote.setId("import-note");
        RunStatus status = new RunStatus("engine-status", () -> service.executor() instanceof ComputeQueue q
                ? q.heavyJobs() : 0);
        imports = new ImportExplorer(service, auth, new ImportExplorer.Page(heading, importNote, status, exports,
                showTruth, results, this::show));
        results.add(Sections.section("panel-ranked", getTranslation("explore.ranked"), ranked),
                Sections.section("panel-feed", getTranslation("explore.posts"), feed),
                Sections.section("panel-heatmap", getTranslation("explore.heatmap"), heatmap),
                Sections.section("panel-clusters", getTranslation("explore.clusters"), clusters));
        results.setWidthFull();
        add(top, importNote, imports.settingsPanel(), status, exports, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> params = StateParams.read(event);
        exports.setVisible(false);
        importNote.removeAll();
        if (params.containsKey(IMPORT)) {
            playground.setVisible(false);
            showTruth.setVisible(false);
            showTruth.setValue(!"hidden".equals(params.get("truth")));
            imports.enter(event.getUI(), params.get(IMPORT));
            return;
        }
        imports.leave();
        results.setVisible(true);
        if (runner == null) {
            runner = new BackgroundRunner(event.getUI(), service.executor(), busy::setVisible);
        }
        PlaygroundState state = service.readState(params).state();
        heading.setText(getTranslation("explore.reading", state.scenario(), state.seed()));
        playground.setVisible(true);
        playground.setHref("?" + state.toQuery());
        // A lesson link that locks the truth hidden keeps it hidden here too, downloads included.
        showTruth.setVisible(!state.truthLocked());
        showTruth.setValue(!state.hideTruth());
        boolean truthLocked = state.truthLocked();
        String base = state.scenario() + "-seed-" + state.seed();
        runner.submit(() -> service.exploreHandle(state), h -> {
            exports.show(base, h.get().labelled() && !truthLocked, (f, out) -> service.writeExport(h.get(), f, out));
            show(h, "");
        }, e -> heading.setText(e instanceof InvalidScenarioException ise ? getTranslation("explore.cannotRun", ise.getMessage())
                : getTranslation("explore.failed", e.getMessage())));
    }

    /** Shows a run; {@code zoneHint} is added where local-time signals abstain for want of a zone. */
    private void show(ResultCache.Handle<ExploreData> handle, String zoneHint) {
        data = handle;
        ranked.show(handle::get, zoneHint);
        feed.show(handle::get);
        clusters.removeAll();
        List<ClusterCard> cards = handle.get().clusters(MAX_CLUSTERS);
        if (cards.isEmpty()) {
            clusters.add(Sections.note(getTranslation("explore.noClusters")));
        }
        Div grid = Sections.grid("min(420px, 100%)");
        cards.forEach(c -> grid.add(new ClusterCardView(c)));
        clusters.add(grid);
    }

    private void feedShown(int[] rows) {
        ExploreData d = data == null ? null : data.get();
        if (d == null) {
            return;
        }
        var p = feed.politician();
        heatmap.setSpec(d.heatmap(rows, p == null ? getTranslation("explore.noComments") : d.allPosts()
                ? getTranslation("explore.heatmap.posts", rows.length)
                : getTranslation("explore.heatmap.comments", rows.length, p.name())));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (runner != null) {
            runner.cancel();
        }
        imports.leave();
    }

    /** For tests. */
    ExploreData data() {
        return data == null ? null : data.get();
    }

    /** For tests. */
    RankedAccounts ranked() {
        return ranked;
    }
}
