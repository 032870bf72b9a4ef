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
        addColumn(ImportedDataset::id).setHeader("#").setWidth("4rem").setFlexGrow(0);
        addColumn(ImportedDataset::name).setHeader(getTranslation("import.col.name")).setTooltipGenerator(ImportedDataset::name);
        addColumn(ImportedDataset::fileName).setHeader(getTranslation("import.col.file")).setTooltipGenerator(ImportedDataset::fileName);
        addColumn(ImportedDataset::preset).setHeader(getTranslation("import.col.preset")).setWidth("7rem").setFlexGrow(0);
        addColumn(this::counts).setHeader(getTranslation("import.col.counts")).setFlexGrow(2);
        addColumn(d -> getTranslation(d.labelled() ? "common.yes" : "common.no")).setHeader(getTranslation("import.col.labels")).setWidth("5rem").setFlexGrow(0);
        addColumn(d -> WHEN.format(d.createdAt())).setHeader(getTranslation("import.col.imported")).setWidth("12rem").setFlexGrow(0);
        addColumn(d -> owner(d)).setHeader(getTranslation("import.col.owner")).setKey("owner").setWidth("9rem").setFlexGrow(0)
                .setVisible(false);
        addComponentColumn(this::actions).setKey("actions").setHeader("").setWidth("15rem").setFlexGrow(0);
        setAllRowsVisible(true);
    }

    private String counts(ImportedDataset d) {
        return getTranslation("import.counts", d.accepted(), d.rejected())
                + (d.truncated() ? " " + getTranslation("import.stoppedEarly") : "")
                + " · " + getTranslation("import.postsBy", d.posts(), d.accounts());
    }

    private HorizontalLayout actions(ImportedDataset d) {
        Button explore = new Button(getTranslation("nav.explore"), e -> open.accept(d.id()));
        explore.setId("explore-import-" + d.id());
        explore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation("runs.delete"), e -> confirmDelete(d));
        remove.setId("delete-import-" + d.id());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(explore, remove);
    }

    private void confirmDelete(ImportedDataset d) {
        ConfirmDialog dialog = new ConfirmDialog("Delete import " + d.id() + "?", "", "Delete",
                e -> delete.accept(d.id()), getTranslation("common.cancel"), e -> { });
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
            return getTranslation("import.owner.none");
        }
        return access.hashes().contains(d.ownerHash()) ? getTranslation("import.owner.self") : getTranslation("import.owner.other");
    }
}
