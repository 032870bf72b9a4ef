package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.lesson.ExercisePage;
import org.spamouflage.sandbox.lesson.ExerciseReveal;

/**
 * The accounts of an exercise, highest combined score first, with a tick box per account to flag
 * it. A search box filters by handle or name; a click on a row opens the account's card. After the
 * reveal, {@link #reveal} adds the truth and the student's outcome per account (before it, those
 * columns do not exist).
 */
class FlagTable extends Div {

    /** The flagged set changed (from a tick, the header box, or {@link #flag}). */
    static class FlagsChanged extends ComponentEvent<FlagTable> {
        FlagsChanged(FlagTable source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The student clicked an account. */
    static class AccountClicked extends ComponentEvent<FlagTable> {
        private final String accountId;

        AccountClicked(FlagTable source, String accountId) {
            super(source, true);
            this.accountId = accountId;
        }

        String accountId() {
            return accountId;
        }
    }

    private final Grid<ExercisePage.Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private GridListDataView<ExercisePage.Row> view;
    private ExercisePage page;
    private ExerciseReveal reveal;
    private boolean mistakesOnly;

    FlagTable() {
        setWidthFull();
        search.setId("account-search");
        search.setPlaceholder(getTranslation("exercise.search"));
        search.setAriaLabel(getTranslation("exercise.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        grid.setId("flag-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(r -> Integer.toString(r.rank())).setHeader(getTranslation("exercise.col.rank")).setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(ExercisePage.Row::handle).setHeader(getTranslation("exercise.col.handle")).setKey("handle").setWidth("10rem")
                .setTooltipGenerator(ExercisePage.Row::handle);
        grid.addColumn(ExercisePage.Row::displayName).setHeader(getTranslation("exercise.col.name")).setWidth("9rem");
        grid.addColumn(r -> Languages.texts().num(r.score(), 3)).setHeader(getTranslation("exercise.col.score")).setKey("score").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.cluster() < 0 ? "" : Integer.toString(r.cluster())).setHeader(getTranslation("exercise.col.cluster")).setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> Integer.toString(r.posts())).setHeader(getTranslation("exercise.col.posts")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> r.strongestId().isEmpty() ? "" : Languages.texts().getOr("signal." + r.strongestId() + ".title",
                r.strongest())).setHeader(getTranslation("exercise.col.strongest")).setWidth("11em");
        grid.setHeight("460px");
        grid.addSelectionListener(e -> fireEvent(new FlagsChanged(this, e.isFromClient())));
        grid.addItemClickListener(e -> fireEvent(new AccountClicked(this, e.getItem().accountId())));
        add(search, grid);
    }

    void show(ExercisePage p) {
        page = p;
        view = grid.setItems(p.rows());
        applyFilter();
    }

    /** Flagged account ids, sorted. */
    Set<String> flagged() {
        Set<String> out = new TreeSet<>();
        grid.getSelectedItems().forEach(r -> out.add(r.accountId()));
        return out;
    }

    /** Flags exactly {@code ids}. */
    void flag(Collection<String> ids) {
        Set<ExercisePage.Row> rows = new LinkedHashSet<>();
        for (String id : ids) {
            rows.add(page.row(id));
        }
        grid.asMultiSelect().setValue(rows);
    }

    /** Flags or unflags one account (a click in the network). */
    void toggle(String accountId) {
        if (page == null || !page.contains(accountId)) {
            return;
        }
        ExercisePage.Row r = page.row(accountId);
        if (grid.getSelectedItems().contains(r)) {
            grid.deselect(r);
        } else {
            grid.select(r);
        }
    }

    /** Switching the selection mode clears the flags, so it only happens when flagging is switched on or off. */
    void setFlaggingEnabled(boolean enabled) {
        boolean now = grid.getSelectionModel() instanceof com.vaadin.flow.component.grid.GridMultiSelectionModel;
        if (now != enabled) {
            grid.setSelectionMode(enabled ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        }
    }

    /** Adds the truth and the outcome columns (after the reveal). */
    void reveal(ExerciseReveal r) {
        if (reveal != null) {
            reveal = r;
            grid.getDataProvider().refreshAll();
            return;
        }
        reveal = r;
        grid.addColumn(row -> reveal.truthWithRole(row.accountId(), Languages.texts())).setHeader(getTranslation("explore.col.truth")).setKey("truth").setWidth("10rem");
        grid.addColumn(row -> reveal.outcome(row.accountId(), Languages.texts())).setHeader(getTranslation("exercise.col.outcome")).setKey("outcome")
                .setWidth("10rem");
        // Next to the handle, where a narrow table still shows them without scrolling sideways.
        List<Grid.Column<ExercisePage.Row>> order = new java.util.ArrayList<>(grid.getColumns());
        Grid.Column<ExercisePage.Row> truth = grid.getColumnByKey("truth");
        Grid.Column<ExercisePage.Row> outcome = grid.getColumnByKey("outcome");
        order.remove(truth);
        order.remove(outcome);
        int after = order.indexOf(grid.getColumnByKey("handle")) + 1;
        order.add(after, outcome);
        order.add(after, truth);
        grid.setColumnOrder(order);
    }

    void showMistakesOnly(boolean only) {
        mistakesOnly = only;
        applyFilter();
    }

    private void applyFilter() {
        if (view == null) {
            return;
        }
        String needle = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        view.setFilter(r -> (needle.isEmpty() || r.handle().toLowerCase(Locale.ROOT).contains(needle)
                || r.displayName().toLowerCase(Locale.ROOT).contains(needle))
                && (!mistakesOnly || reveal == null || reveal.reveal().mistake(r.accountId())));
    }

    Registration addFlagsChangedListener(ComponentEventListener<FlagsChanged> l) {
        return addListener(FlagsChanged.class, l);
    }

    Registration addAccountClickedListener(ComponentEventListener<AccountClicked> l) {
        return addListener(AccountClicked.class, l);
    }

    Grid<ExercisePage.Row> grid() {
        return grid;
    }
}
