package org.spamouflage.sandbox.ui.importer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.ingest.FixtureErrors;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.ingest.RowError;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.ui.explore.ExploreView;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.explore.FeedRow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Import page without a browser: upload, preview, preset and column mapping, row errors worded
 * exactly as the importer words them (the literal lines of {@code ImporterFixturesTest}), the
 * stored list, and the hand-over to Explore.
 */
class ImportViewTest extends KaribuSpringTest {

    /** A generic file whose column names the form cannot guess, with a label column and markup in a text. */
    static final String GENERIC = """
            who,when,said,truth
            u1,2024-05-01T10:00:00Z,hello <b>world</b>,bot
            u2,2024-05-01T10:00:30Z,second post,human
            u1,2024-05-01 10:01,third,bot
            u3,2024-05-01T12:02:00+02:00,fourth,human
            """;

    @Autowired
    SandboxService service;

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/ingest/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void upload(String fileName, byte[] bytes) {
        navigate("import");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), fileName, bytes);
        roundTrip();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Preset> preset() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("preset"));
    }

    private static void clickImport() {
        _click(_get(Button.class, spec -> spec.withId("import-button")));
        roundTrip();
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary")).getText();
    }

    private static List<String> items(String listId) {
        return _get(UnorderedList.class, spec -> spec.withId(listId)).getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
    }

    private ImportedDataset newest() {
        return service.imports().list(ImportAccess.INSTRUCTOR).get(0);
    }

    @Nested
    class Preview {
        @Test
        void showsTheFirstRowsUnderTheFilesColumnsAndPreselectsTheSuggestedPreset() throws IOException {
            upload("shares.csv", fixture("coortweet/shares.csv"));
            Grid<List<String>> preview = grid("preview");
            assertThat(preview.getColumns()).extracting(Grid.Column::getHeaderText)
                    .containsExactly("object_id", "account_id", "content_id", "timestamp_share");
            assertThat(GridKt._size(preview)).isEqualTo(6);
            assertThat(GridKt._getFormattedRow(preview, 0)).containsExactly("o1", "a2", "c1", "1623881091");
            assertThat(GridKt._getFormattedRow(preview, 5)).containsExactly("o2", "a2", "c5", "1623882000");
            assertThat(preset().getValue()).isEqualTo(Preset.COORTWEET);
            assertThat(_get(TextField.class, spec -> spec.withId("import-name")).getValue()).isEqualTo("shares");
            assertThat(_find(Div.class, spec -> spec.withId("mapping"))).as("generic mapping form shown").isEmpty();
            assertThat(_find(ComboBox.class, spec -> spec.withId("label-column"))).hasSize(1);
        }

        @Test
        void aFileThatCannotBeReadSaysWhyAndOffersNothingToImport() throws IOException {
            int before = service.imports().list(ImportAccess.INSTRUCTOR).size();
            upload("empty.csv", fixture("coortweet/empty.csv"));
            assertThat(summary()).isEqualTo("empty.csv cannot be imported:");
            assertThat(items("import-problems")).containsExactly("the file is empty");
            assertThat(_find(Button.class, spec -> spec.withId("import-button"))).isEmpty();
            assertThat(service.imports().list(ImportAccess.INSTRUCTOR)).hasSize(before);
        }
    }

    @Nested
    class Errors {
        @Test
        void aMalformedFileListsEveryRejectedRowWordedAsTheImporterWordsIt() throws IOException {
            upload("bad-timestamps.csv", fixture("coortweet/bad-timestamps.csv"));
            clickImport();

            assertThat(summary()).endsWith("8 rows in the file: 2 accepted, 6 rejected: 2 posts by 2 accounts");
            // the lines the importer's own test expects for this file
            assertThat(_get(TextArea.class, spec -> spec.withId("row-errors-text")).getValue())
                    .isEqualTo(String.join("\n", FixtureErrors.BAD_TIMESTAMPS));
            Grid<RowError> errors = grid("row-errors");
            assertThat(GridKt._size(errors)).isEqualTo(6);
            assertThat(GridKt._getFormattedRow(errors, 0)).containsExactly("3", "3", "timestamp_share", "abc",
                    "bad timestamp \"abc\" (expected epoch seconds, e.g. 1623881091)");
            assertThat(GridKt._getFormattedRow(errors, 5)).containsExactly("9", "9", "object_id", "",
                    "missing required value (shared object id)");
            assertThat(newest().accepted()).isEqualTo(2);
            assertThat(newest().rejected()).isEqualTo(6);
        }

        @Test
        void rowsAndLinesAreShownApartAfterAQuotedNewline() throws IOException {
            upload("broken-quoting.csv", fixture("coortweet/broken-quoting.csv"));
            clickImport();
            Grid<RowError> errors = grid("row-errors");
            assertThat(GridKt._getFormattedRow(errors, 1).subList(0, 3)).containsExactly("6", "7", "timestamp_share");
            assertThat(_get(TextArea.class, spec -> spec.withId("row-errors-text")).getValue().lines().toList().get(1))
                    .isEqualTo("row 6 (line 7), column \"timestamp_share\": bad timestamp \"oops\" (expected epoch "
                            + "seconds, e.g. 1623881091)");
        }
    }

    @Nested
    class Mapping {
        @Test
        void genericColumnsMustBeChosenBeforeImporting() {
            upload("people.csv", GENERIC.getBytes(StandardCharsets.UTF_8));
            assertThat(preset().getValue()).isEqualTo(Preset.GENERIC);
            assertThat(combo("map-account").getValue()).isNull();
            int before = service.imports().list(ImportAccess.INSTRUCTOR).size();
            clickImport();
            assertThat(items("import-problems")).containsExactly("Pick the column for account (author account id).",
                    "Pick the column for time (post time).");
            assertThat(combo("map-account").isInvalid()).isTrue();
            assertThat(service.imports().list(ImportAccess.INSTRUCTOR)).hasSize(before);
        }

        @Test
        void theChosenColumnsAreImportedWithTheirLabels() {
            upload("people.csv", GENERIC.getBytes(StandardCharsets.UTF_8));
            _setValue(combo("map-account"), "who");
            _setValue(combo("map-time"), "when");
            _setValue(combo("map-text"), "said");
            _setValue(combo("map-label"), "truth");
            _setValue(_get(TextField.class, spec -> spec.withId("import-name")), "People <i>test</i>");
            clickImport();

            ImportedDataset d = newest();
            assertThat(summary()).isEqualTo("Imported and stored as \u201cPeople <i>test</i>\u201d (import " + d.id()
                    + "): 4 rows in the file: 4 accepted, 0 rejected: 4 posts by 3 accounts");
            assertThat(d.labelled()).isTrue();
            assertThat(d.preset()).isEqualTo("generic");
            assertThat(_find(Grid.class, spec -> spec.withId("row-errors"))).as("row errors shown").isEmpty();
            Grid<ImportedDataset> stored = grid("imports");
            assertThat(stored.getListDataView().getItems().map(ImportedDataset::id)).contains(d.id());
        }
    }

    @Nested
    class Explore {
        @Test
        void runningTheEngineOpensTheImportInExploreWithItsPostsAndTruth() {
            upload("people.csv", GENERIC.getBytes(StandardCharsets.UTF_8));
            _setValue(combo("map-account"), "who");
            _setValue(combo("map-time"), "when");
            _setValue(combo("map-text"), "said");
            _setValue(combo("map-label"), "truth");
            clickImport();
            long id = newest().id();
            _click(_get(Button.class, spec -> spec.withId("run-engine")));
            roundTrip();

            ExploreView view = _get(ExploreView.class);
            assertThat(_get(Paragraph.class, spec -> spec.withId("explore-heading")).getText())
                    .isEqualTo("Reading import " + id + ": people.");
            @SuppressWarnings("unchecked")
            Select<ExploreData.TargetEntry> feedPicker = _get(Select.class, spec -> spec.withId("politician"));
            assertThat(feedPicker.getValue().label()).isEqualTo("All posts · 4 posts");
            Grid<FeedRow> feed = grid("feed");
            assertThat(GridKt._size(feed)).isEqualTo(4);
            assertThat(GridKt._get(feed, 0).text()).isEqualTo("hello <b>world</b>");
            // u1 is labelled "bot" (campaign); the truth switch shows because the file had labels
            assertThat(GridKt._get(feed, 0).truth()).isEqualTo("campaign");
            assertThat(_get(Checkbox.class, spec -> spec.withId("explore-truth")).isVisible()).isTrue();
            assertThat(_find(Anchor.class, spec -> spec.withId("export-metrics-json"))).hasSize(1);
            assertThat(view).isNotNull();
        }

        @Test
        void anImportWithoutLabelsShowsNoTruth() throws IOException {
            upload("shares.csv", fixture("coortweet/shares.csv"));
            clickImport();
            _click(_get(Button.class, spec -> spec.withId("run-engine")));
            roundTrip();
            assertThat(_find(Checkbox.class, spec -> spec.withId("explore-truth"))).as("truth switch shown").isEmpty();
            assertThat(grid("feed").getColumnByKey("truth").isVisible()).isFalse();
            assertThat(_find(Anchor.class, spec -> spec.withId("export-metrics-json"))).isEmpty();
            assertThat(_find(Anchor.class, spec -> spec.withId("export-accounts-csv"))).hasSize(1);
        }

        @Test
        void aDeletedImportLeavesTheListAndExploreSaysSo() throws IOException {
            upload("shares.csv", fixture("coortweet/shares.csv"));
            clickImport();
            long id = newest().id();
            Grid<ImportedDataset> stored = grid("imports");
            int row = stored.getListDataView().getItems().map(ImportedDataset::id).toList().indexOf(id);
            _click(_get(GridKt._getCellComponent(stored, row, "actions"), Button.class,
                    spec -> spec.withId("delete-import-" + id)));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

            assertThat(service.imports().find(id, ImportAccess.INSTRUCTOR)).isEmpty();
            assertThat(stored.getListDataView().getItems().map(ImportedDataset::id)).doesNotContain(id);
            navigate("explore?import=" + id);
            assertThat(_get(Paragraph.class, spec -> spec.withId("explore-heading")).getText())
                    .isEqualTo("There is no import " + id + " here (it may have been deleted, or it was made in another browser); "
                            + "see the Import page.");
        }
    }
}
