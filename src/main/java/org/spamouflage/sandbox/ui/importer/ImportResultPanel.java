package org.spamouflage.sandbox.ui.importer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.spamouflage.sandbox.app.ImportLibrary;
import org.spamouflage.sandbox.ingest.ImportResult;
import org.spamouflage.sandbox.ingest.RowError;

/**
 * What an import did: rows accepted and rejected, notes, why it stopped early, every rejected row
 * (row, line, column, value, reason) in a grid and as copyable lines, and the button that runs the
 * engine on the stored dataset. Problems with the file as a whole are listed instead. All data is
 * shown as text.
 */
public class ImportResultPanel extends Div {
    /** Error lines in the copyable text at most (the grid holds them all). */
    static final int MAX_TEXT_LINES = 2000;

    private final Paragraph summary = new Paragraph();
    private final UnorderedList notes = new UnorderedList();
    private final UnorderedList problems = new UnorderedList();
    private final Grid<RowError> errors = new Grid<>();
    private final TextArea errorText = new TextArea("Rejected rows as text (to copy)");
    private final Button run = new Button("Run the engine");
    private long storedId = -1;

    public ImportResultPanel(LongConsumer runEngine) {
        setId("import-result");
        summary.setId("import-summary");
        summary.getStyle().set("font-weight", "600");
        notes.setId("import-notes");
        problems.setId("import-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        errors.setId("row-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(RowError::row).setHeader("Row").setKey("row").setWidth("5rem").setFlexGrow(0);
        errors.addColumn(RowError::line).setHeader("Line").setKey("line").setWidth("5rem").setFlexGrow(0);
        errors.addColumn(RowError::column).setHeader("Column").setKey("column").setWidth("10rem").setFlexGrow(0)
                .setTooltipGenerator(RowError::column);
        errors.addColumn(RowError::value).setHeader("Value").setKey("value").setWidth("12rem").setFlexGrow(0)
                .setTooltipGenerator(RowError::value);
        errors.addColumn(RowError::reason).setHeader("Reason").setKey("reason").setFlexGrow(1)
                .setTooltipGenerator(RowError::reason);
        errors.setHeight("300px");
        errorText.setId("row-errors-text");
        errorText.setReadOnly(true);
        errorText.setWidthFull();
        errorText.setHeight("160px");
        run.setId("run-engine");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runEngine.accept(storedId));
        add(summary, problems, notes, run, errors, errorText);
        clear();
    }

    /** Hides everything (a new file was uploaded). */
    public void clear() {
        storedId = -1;
        setVisible(false);
    }

    /** Shows an import's outcome; the engine can run when it was stored. */
    public void show(ImportLibrary.Outcome o) {
        ImportResult r = o.result();
        setVisible(true);
        problems.removeAll();
        problems.setVisible(false);
        storedId = o.stored().map(d -> d.id()).orElse(-1L);
        summary.setText(o.stored().map(d -> "Imported and stored as \u201c" + d.name() + "\u201d (import " + d.id() + "): ")
                .orElse("Nothing was stored: no row could be imported. ") + r.summary());
        fill(notes, r.notes());
        if (r.truncated()) {
            ListItem stop = new ListItem();
            stop.setText("Stopped early: " + r.stopReason());
            stop.getStyle().set("color", "var(--lumo-error-text-color)");
            notes.add(stop);
        }
        errors.setItems(r.errors());
        boolean anyErrors = !r.errors().isEmpty();
        errors.setVisible(anyErrors);
        errorText.setVisible(anyErrors);
        errorText.setValue(r.errors().stream().limit(MAX_TEXT_LINES).map(RowError::message)
                .collect(Collectors.joining("\n")) + (r.errors().size() > MAX_TEXT_LINES
                ? "\n… and " + (r.errors().size() - MAX_TEXT_LINES) + " more (all are in the grid above)" : ""));
        run.setVisible(storedId >= 0);
    }

    /** Shows why the file as a whole cannot be imported (nothing was stored). */
    public void showProblems(String headline, List<String> lines) {
        setVisible(true);
        storedId = -1;
        summary.setText(headline);
        fill(problems, lines);
        problems.setVisible(true);
        notes.removeAll();
        errors.setItems(List.of());
        errors.setVisible(false);
        errorText.setVisible(false);
        run.setVisible(false);
    }

    private static void fill(UnorderedList list, List<String> lines) {
        list.removeAll();
        for (String line : lines) {
            ListItem li = new ListItem();
            li.setText(line);
            list.add(li);
        }
    }

}
