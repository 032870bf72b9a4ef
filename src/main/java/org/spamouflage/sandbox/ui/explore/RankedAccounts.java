package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.explore.AccountTable;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.report.Fmt;

/**
 * Every scored account of the run, ranked by combined score: rank, handle, combined score, each
 * signal's score ("n/a" where the signal does not apply), cluster. Sortable by any column,
 * filterable by cluster, by a signal that fired and by handle; a click opens the account's card with
 * its evidence beside the table. Signals that apply to no account are named above the table with why.
 */
class RankedAccounts extends Div {
    static final String ANY = "any";
    static final String NO_CLUSTER = "in no cluster";

    private final Grid<AccountTable.Row> grid = new Grid<>();
    private final Select<String> cluster = new Select<>();
    private final Select<String> signal = new Select<>();
    private final TextField search = new TextField();
    private final Div notApplicable = new Div();
    private final Div card = new Div();
    private final Supplier<Boolean> showTruth;
    private Supplier<ExploreData> data = () -> null;
    private int[] rows = new int[0];
    private String zoneHint = "";

    RankedAccounts(Supplier<Boolean> showTruth) {
        this.showTruth = showTruth;
        setId("ranked-accounts");
        setWidthFull();
        notApplicable.setId("not-applicable");
        add(notApplicable, configureFilters(), configureBody());
    }

    private HorizontalLayout configureFilters() {
        cluster.setId("ranked-cluster");
        cluster.setLabel(getTranslation("ranked.cluster"));
        cluster.setItemLabelGenerator(this::clusterLabel);
        cluster.addValueChangeListener(e -> refresh());
        signal.setId("ranked-signal");
        signal.setLabel(getTranslation("ranked.signal"));
        signal.addValueChangeListener(e -> refresh());
        search.setId("ranked-search");
        search.setLabel(getTranslation("ranked.handle"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(cluster, signal, search);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private Div configureBody() {
        grid.setId("ranked");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setMultiSort(false);
        grid.setHeight("460px");
        grid.addItemClickListener(e -> showAccount(e.getItem().accountId()));
        grid.addSortListener(e -> refresh());
        card.setId("ranked-account-panel");
        card.add(Sections.note(getTranslation("ranked.hint")));
        Div left = new Div(grid);
        left.getStyle().set("flex", "3 1 560px").set("min-width", "0");
        card.getStyle().set("flex", "1 1 320px").set("min-width", "0");
        Div body = new Div(left, card);
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("margin-top", "var(--lumo-space-s)");
        return body;
    }

    /**
     * Shows a run's table.
     *
     * @param zoneHint what to add where local-time signals abstain for want of a zone (e.g. "set one
     *                 above"), or empty
     */
    void show(Supplier<ExploreData> source, String zoneHint) {
        data = source;
        this.zoneHint = zoneHint;
        AccountTable t = source.get().table();
        configureColumns(t);
        List<String> clusters = new ArrayList<>(List.of(ANY, NO_CLUSTER));
        t.clusters().forEach(c -> clusters.add(Integer.toString(c)));
        cluster.setItems(clusters);
        cluster.setValue(ANY);
        List<String> signals = new ArrayList<>(List.of(ANY));
        t.signals().stream().filter(s -> t.abstention(s.id()) == null).forEach(s -> signals.add(s.id()));
        signal.setItems(signals);
        signal.setItemLabelGenerator(id -> ANY.equals(id) ? getTranslation("ranked.any") : title(t, id));
        signal.setValue(ANY);
        showNotApplicable(t);
        refresh();
    }

    private void configureColumns(AccountTable t) {
        grid.removeAllColumns();
        grid.addColumn(r -> Integer.toString(r.rank())).setHeader(getTranslation("ranked.col.rank")).setKey(AccountTable.RANK).setWidth("5.5rem")
                .setFlexGrow(0).setSortable(true).setFrozen(true);
        grid.addColumn(AccountTable.Row::handle).setHeader(getTranslation("ranked.handle")).setKey(AccountTable.HANDLE).setWidth("9rem")
                .setFlexGrow(0).setSortable(true).setTooltipGenerator(AccountTable.Row::handle);
        grid.addColumn(r -> Fmt.num(r.score(), 3)).setHeader(getTranslation("ranked.col.combined")).setKey(AccountTable.SCORE).setWidth("6.5rem")
                .setFlexGrow(0).setSortable(true);
        for (SignalInfo s : t.signals()) {
            String why = t.abstention(s.id());
            grid.addColumn(r -> data.get().table().shownScore(r.index(), s.id())).setHeader(title(t, s.id()))
                    .setKey(AccountTable.SIGNAL + s.id()).setWidth("7rem").setFlexGrow(0).setSortable(true)
                    .setTooltipGenerator(r -> why != null ? "n/a: " + why : title(t, s.id()));
        }
        grid.addColumn(r -> r.cluster() < 0 ? "" : Integer.toString(r.cluster())).setHeader(getTranslation("ranked.cluster"))
                .setKey(AccountTable.CLUSTER).setWidth("6rem").setFlexGrow(0).setSortable(true);
        grid.setItems(q -> IntStream.of(rows).skip(q.getOffset()).limit(q.getLimit())
                .mapToObj(i -> data.get().table().row(i)), q -> rows.length);
    }

    private static String title(AccountTable t, String id) {
        String english = t.signals().stream().filter(s -> s.id().equals(id)).findFirst().map(SignalInfo::title).orElse(id);
        return Languages.texts().getOr("signal." + id + ".title", english);
    }

    private String clusterLabel(String c) {
        return ANY.equals(c) ? getTranslation("ranked.any") : NO_CLUSTER.equals(c) ? getTranslation("ranked.noCluster") : c;
    }

    private void showNotApplicable(AccountTable t) {
        notApplicable.removeAll();
        List<String> zone = new ArrayList<>();
        for (AccountTable.NotApplicable na : t.notApplicable()) {
            if (na.reason().startsWith("no audience time zone")) {
                zone.add(title(t, na.signalId()));
            } else {
                notApplicable.add(english(line(getTranslation("ranked.na", title(t, na.signalId()), na.reason()))));
            }
        }
        if (!zone.isEmpty()) {
            Paragraph p = line(getTranslation("ranked.naZone", String.join(", ", zone))
                    + (zoneHint.isEmpty() ? "." : "; " + zoneHint + "."));
            p.setId("not-applicable-zone");
            notApplicable.addComponentAsFirst(p);
        }
    }

    /** The engine writes its reasons in English: say so, for screen readers. */
    private static Paragraph english(Paragraph p) {
        p.getElement().setAttribute("lang", "en");
        return p;
    }

    private static Paragraph line(String text) {
        Paragraph p = Sections.note(text);
        p.getStyle().set("margin", "0");
        return p;
    }

    private void refresh() {
        ExploreData d = data.get();
        if (d == null) {
            return;
        }
        Integer c = switch (cluster.getValue() == null ? ANY : cluster.getValue()) {
            case ANY -> null;
            case NO_CLUSTER -> -1;
            default -> Integer.valueOf(cluster.getValue());
        };
        String s = signal.getValue() == null || ANY.equals(signal.getValue()) ? null : signal.getValue();
        List<GridSortOrder<AccountTable.Row>> order = grid.getSortOrder();
        String key = order.isEmpty() ? null : order.get(0).getSorted().getKey();
        boolean descending = !order.isEmpty() && order.get(0).getDirection() == SortDirection.DESCENDING;
        rows = d.table().view(c, s, search.getValue(), key, descending);
        grid.getDataProvider().refreshAll();
    }

    private Runnable onCard = () -> { };

    /** {@code r} runs whenever this panel opens an account card (the page closes the other panel's). */
    void onCardShown(Runnable r) {
        onCard = r;
    }

    /** Closes the card, if one is open (one card on the page at a time: ids inside it are unique). */
    void clearCard() {
        if (card.getChildren().anyMatch(c -> c instanceof AccountCardView)) {
            card.removeAll();
            card.add(Sections.note(getTranslation("ranked.hint")));
        }
    }

    private void showAccount(String accountId) {
        onCard.run();
        ExploreData d = data.get();
        card.removeAll();
        card.add(new AccountCardView(d.account(accountId), showTruth.get() && d.labelled()));
    }

    /** For tests: the account indexes shown, in order. */
    int[] rows() {
        return rows.clone();
    }
}
