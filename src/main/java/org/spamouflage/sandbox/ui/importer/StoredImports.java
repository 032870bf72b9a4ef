package org.spamouflage.sandbox.ui.importer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.store.ImportedDataset;

/**
 * The imports the user may see: name, file, preset, counts; open one in Explore or delete it. A
 * signed-in instructor sees every import, with an extra column saying whose it is.
 */
public class StoredImports extends Grid<ImportedDataset> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final LongConsumer open;
    private final LongConsumer delete;

    public StoredImports(LongConsumer open, LongConsumer delete) {
        this.open = open;
        this.delete = delete;
        setId("imports");
        addColumn(ImportedDataset::id).setHeader("#").setWidth("4em").setFlexGrow(0);
        addColumn(ImportedDataset::name).setHeader("Name").setTooltipGenerator(ImportedDataset::name);
        addColumn(ImportedDataset::fileName).setHeader("File").setTooltipGenerator(ImportedDataset::fileName);
        addColumn(ImportedDataset::preset).setHeader("Preset").setWidth("7em").setFlexGrow(0);
        addColumn(StoredImports::counts).setHeader("Rows, posts, accounts").setFlexGrow(2);
        addColumn(d -> d.labelled() ? "yes" : "no").setHeader("Labels").setWidth("5em").setFlexGrow(0);
        addColumn(d -> WHEN.format(d.createdAt())).setHeader("Imported").setWidth("12em").setFlexGrow(0);
        addColumn(d -> owner(d)).setHeader("Owner").setKey("owner").setWidth("9em").setFlexGrow(0).setVisible(false);
        addComponentColumn(this::actions).setKey("actions").setHeader("").setWidth("15em").setFlexGrow(0);
        setAllRowsVisible(true);
    }

    static String counts(ImportedDataset d) {
        return d.accepted() + " accepted, " + d.rejected() + " rejected" + (d.truncated() ? " (stopped early)" : "")
                + " · " + d.posts() + " posts by " + d.accounts() + " accounts";
    }

    private HorizontalLayout actions(ImportedDataset d) {
        Button explore = new Button("Explore", e -> open.accept(d.id()));
        explore.setId("explore-import-" + d.id());
        explore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button("Delete", e -> confirmDelete(d));
        remove.setId("delete-import-" + d.id());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(explore, remove);
    }

    private void confirmDelete(ImportedDataset d) {
        ConfirmDialog dialog = new ConfirmDialog("Delete import " + d.id() + "?", "", "Delete",
                e -> delete.accept(d.id()), "Cancel", e -> { });
        dialog.setText("\u201c" + d.name() + "\u201d (" + d.fileName() + ") and the stored copy of the file are removed "
                + "from this app's database for good.");
        dialog.setId("confirm-delete-import");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private ImportAccess access = ImportAccess.NOBODY;

    /** Shows the imports {@code a} may see (an instructor also sees whose each is). */
    public void show(List<ImportedDataset> items, ImportAccess a) {
        access = a;
        getColumnByKey("owner").setVisible(a.instructor());
        setItems(items);
    }

    private String owner(ImportedDataset d) {
        if (d.ownerHash() == null) {
            return "nobody (older)";
        }
        return access.hashes().contains(d.ownerHash()) ? "this browser" : "another browser";
    }
}
