package org.spamouflage.sandbox.ui.scenarios;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.app.ScenarioLibrary;
import org.spamouflage.sandbox.scenario.ScenarioValidator;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * The scenario library: pick a shipped or saved scenario, read or edit its JSON (checked as you
 * type, problems listed with their line and field), upload a file, download, save as, open in the
 * Playground.
 */
@AnonymousAllowed
@Route(value = "scenarios", layout = MainLayout.class)
@PageTitle("Scenarios · Spamouflage Sandbox")
public class ScenariosView extends Div {
    private final SandboxService service;
    private final Grid<ScenarioLibrary.Entry> list = new Grid<>();
    private final Span title = new Span();
    private final TextArea editor = new TextArea();
    private final ScenarioProblemsList problems = new ScenarioProblemsList();
    private final Anchor download = new Anchor();
    private final Button delete = new Button("Delete");
    private final Button open = new Button("Open in Playground");
    private String name;
    private String savedText = "";

    public ScenariosView(SandboxService service) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        add(configureList(), configureEditor());
        refreshList();
        list.getListDataView().getItems().filter(e -> e.name().equals(service.scenarios().defaultName())).findFirst()
                .or(() -> list.getListDataView().getItems().findFirst()).ifPresent(list::select);
    }

    private Div configureList() {
        list.setId("scenario-list");
        list.addColumn(ScenarioLibrary.Entry::name).setHeader("Scenario");
        list.addColumn(e -> e.source() == ScenarioLibrary.Source.SHIPPED ? "shipped" : "saved").setHeader("Kind")
                .setWidth("7em").setFlexGrow(0);
        list.setHeight("420px");
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::load));
        // The upload callback may run outside the UI's lock: hand the result over with access().
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            ui.access(() -> uploaded(meta.fileName(), bytes.length, text));
        }));
        upload.setId("upload");
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFileSize(ScenarioValidator.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Notification.show("File not accepted: " + e.getErrorMessage()));
        Div left = new Div(list, Sections.note("Upload a scenario file (JSON, at most 1 MB):"), upload);
        left.getStyle().set("flex", "1 1 300px").set("min-width", "0");
        return left;
    }

    private Div configureEditor() {
        title.setId("scenario-title");
        title.getStyle().set("font-weight", "600");
        editor.setId("scenario-json");
        editor.setLabel("Scenario JSON");
        editor.setWidthFull();
        editor.setHeight("480px");
        editor.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setValueChangeTimeout(500);
        editor.addValueChangeListener(e -> validate());
        Button saveAs = new Button("Save as…", e -> new SaveAsDialog(service.scenarios(), suggestedName(),
                editor.getValue(), this::saved).open());
        saveAs.setId("save-as");
        saveAs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-playground");
        open.addClickListener(e -> openInPlayground());
        delete.setId("delete-scenario");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        download.setId("download");
        download.setText("Download");
        HorizontalLayout buttons = new HorizontalLayout(saveAs, open, download, delete);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div right = new Div(title, editor, problems, buttons);
        right.getStyle().set("flex", "3 1 520px").set("min-width", "0");
        return right;
    }

    private void refreshList() {
        list.setItems(service.scenarios().entries());
    }

    private void load(ScenarioLibrary.Entry entry) {
        name = entry.name();
        savedText = service.scenarios().json(name).orElse("");
        title.setText(entry.label());
        editor.setValue(savedText);
        delete.setEnabled(entry.source() == ScenarioLibrary.Source.SAVED);
        validate();
    }

    private void uploaded(String fileName, int size, String text) {
        if (size > ScenarioValidator.MAX_FILE_BYTES) {
            Notification.show(fileName + " is larger than 1 MB; not loaded.");
            return;
        }
        name = null;
        savedText = "";
        list.deselectAll();
        title.setText("Uploaded: " + fileName + " (not saved yet)");
        editor.setValue(text);
        delete.setEnabled(false);
        validate();
    }

    /** Checks the editor's text; problems appear next to the editor and at the field itself. */
    void validate() {
        String json = editor.getValue();
        var result = service.scenarios().validate(json, name == null ? "upload.json" : name + ".json");
        int line = problems.show(json, result.problems(), result.count());
        editor.setInvalid(!result.valid());
        editor.setErrorMessage(result.valid() ? null : result.count() + " problem(s); the first is on line " + line);
        boolean dirty = !json.equals(savedText);
        open.setEnabled(result.valid() && name != null && !dirty);
        open.setTooltipText(dirty ? "Save the changes first" : null);
        String file = (name == null ? "scenario" : name) + ".json";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        download.setHref(DownloadHandler.fromInputStream(ev -> new DownloadResponse(new ByteArrayInputStream(bytes), file,
                "application/json", bytes.length)));
        download.getElement().setAttribute("download", file);
    }

    private String suggestedName() {
        return name == null || service.scenarios().isShipped(name) ? (name == null ? "my-scenario" : name + "-copy") : name;
    }

    private void saved(String newName) {
        refreshList();
        list.getListDataView().getItems().filter(e -> e.name().equals(newName)).findFirst().ifPresent(list::select);
        Notification.show("Saved as " + newName + ".");
    }

    private void openInPlayground() {
        UI.getCurrent().navigate("", QueryParameters.simple(java.util.Map.of("scenario", name)));
    }

    private void confirmDelete() {
        ConfirmDialog d = new ConfirmDialog("Delete " + name + "?", "The saved scenario is removed for good. "
                + "Saved runs keep their own copy of it.", "Delete", e -> {
                    service.scenarios().delete(name);
                    refreshList();
                    list.getListDataView().getItems().findFirst().ifPresent(list::select);
                }, "Cancel", e -> { });
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    /** For tests: the editor. */
    TextArea editor() {
        return editor;
    }

}
