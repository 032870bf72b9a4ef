package org.spamouflage.sandbox.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.ImportLibrary;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.detection.Detection;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.InvalidSettingsException;
import org.spamouflage.sandbox.detection.SettingsValidator;
import org.spamouflage.sandbox.detection.SignalResult;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.explore.AccountTable;
import org.spamouflage.sandbox.explore.ExploreData;
import org.spamouflage.sandbox.explore.FeedRow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Explore's ranked account table and an import's settings without a browser: the table lists every
 * scored account in rank order, filters by cluster and by a signal that fired, and a click opens the
 * account's card; on a share table the local-time signals read "n/a", the feed shows what was shared
 * and "unknown" for the language; the settings form reports exactly the library validator's
 * problems, and Run again keeps valid settings with the import and uses them.
 */
class RankedAccountsTest extends KaribuSpringTest {

    @Autowired
    SandboxService service;

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static List<Integer> shown(Grid<AccountTable.Row> g) {
        return java.util.stream.IntStream.range(0, GridKt._size(g)).mapToObj(i -> GridKt._get(g, i).index()).toList();
    }

    @Test
    void listsEveryAccountInRankOrderFiltersAndOpensTheCardOnClick() {
        navigate("explore?seed=5");
        ExploreView view = _get(ExploreView.class);
        Detection d = view.data().run().detection();
        Grid<AccountTable.Row> ranked = grid("ranked");
        assertThat(GridKt._size(ranked)).isEqualTo(d.size());
        double[] combined = d.combined();
        for (int i = 0; i < 20; i++) {
            AccountTable.Row r = GridKt._get(ranked, i);
            assertThat(r.rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(combined[r.index()]).isLessThanOrEqualTo(combined[GridKt._get(ranked, i - 1).index()]);
            }
        }
        assertThat(ranked.getColumns().stream().map(c -> c.getKey()).toList()).startsWith(AccountTable.RANK,
                AccountTable.HANDLE, AccountTable.SCORE).endsWith(AccountTable.CLUSTER)
                .hasSize(4 + d.signals().size());

        int[] clusters = d.clusters();
        int cluster = Arrays.stream(clusters).filter(c -> c >= 0).min().orElseThrow();
        _setValue(select("ranked-cluster"), Integer.toString(cluster));
        assertThat(shown(ranked)).hasSize((int) Arrays.stream(clusters).filter(c -> c == cluster).count())
                .allSatisfy(i -> assertThat(clusters[i]).isEqualTo(cluster));
        _setValue(select("ranked-cluster"), RankedAccounts.ANY);

        String signal = select("ranked-signal").getListDataView().getItems().filter(s -> !RankedAccounts.ANY.equals(s))
                .findFirst().orElseThrow();
        double[] scores = d.signalScores(signal);
        _setValue(select("ranked-signal"), signal);
        assertThat(shown(ranked)).hasSize((int) Arrays.stream(scores).filter(v -> v >= SignalResult.FIRED).count())
                .allSatisfy(i -> assertThat(scores[i]).isGreaterThanOrEqualTo(SignalResult.FIRED));
        _setValue(select("ranked-signal"), RankedAccounts.ANY);

        AccountTable.Row third = GridKt._get(ranked, 2);
        GridKt._clickItem(ranked, 2);
        assertThat(_get(H4.class, spec -> spec.withId("account-handle")).getText()).isEqualTo("@" + third.handle());
    }

    /** CooRTweet's columns, no time zone and no language: a share table. */
    private static byte[] shares() throws Exception {
        try (InputStream in = RankedAccountsTest.class.getResourceAsStream("/ingest/coortweet/shares.csv")) {
            return in.readAllBytes();
        }
    }

    private long importShares() throws Exception {
        navigate("import");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "shares.csv", shares());
        roundTrip();
        _click(_get(Button.class, spec -> spec.withId("import-button")));
        roundTrip();
        long id = service.imports().list(ImportAccess.INSTRUCTOR).get(0).id();
        _click(_get(Button.class, spec -> spec.withId("run-engine")));
        roundTrip();
        return id;
    }

    @Test
    void aShareTableShowsNotApplicableSignalsWhatWasSharedAndUnknownLanguage() throws Exception {
        importShares();
        ExploreData data = _get(ExploreView.class).data();
        AccountTable t = data.table();
        List<String> abstaining = t.notApplicable().stream().map(AccountTable.NotApplicable::signalId).toList();
        assertThat(abstaining).isNotEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-applicable-zone")).getText())
                .startsWith("Not applicable: ").contains("no audience time zone; set one above, under Settings for this "
                        + "import.");
        Grid<AccountTable.Row> ranked = grid("ranked");
        var column = ranked.getColumnByKey(AccountTable.SIGNAL + abstaining.get(0));
        for (int i = 0; i < GridKt._size(ranked); i++) {
            assertThat(GridKt._getFormattedRow(ranked, i).get(ranked.getColumns().indexOf(column))).isEqualTo("n/a");
        }
        // o1,a2,c1,1623881091 is the first share in time order
        Grid<FeedRow> feed = grid("feed");
        List<FeedRow> rows = java.util.stream.IntStream.range(0, GridKt._size(feed)).mapToObj(i -> GridKt._get(feed, i))
                .toList();
        assertThat(rows).extracting(FeedRow::lang).containsOnly(ExploreData.UNKNOWN_LANGUAGE);
        assertThat(rows).extracting(FeedRow::text).contains("shared object o1", "shared object o2");
        GridKt._clickItem(ranked, 0);
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-facts")).getText()).contains("writes in unknown");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> zone() {
        return _get(ComboBox.class, spec -> spec.withId("setting-referenceTimeZone"));
    }

    private static NumberField number(String field) {
        return _get(NumberField.class, spec -> spec.withId("setting-" + field));
    }

    private static List<String> problems() {
        return _get(UnorderedList.class, spec -> spec.withId("settings-problems")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
    }

    @Test
    void theSettingsFormReportsTheLibraryValidatorsProblemsAndRunAgainKeepsValidSettings() throws Exception {
        long id = importShares();
        _setValue(number("significanceLevel"), 2.0);
        _setValue(number("coShareWindowSeconds"), -5.0);
        _click(_get(Button.class, spec -> spec.withId("settings-run")));
        roundTrip();
        // Oracle: the same values through the validator the command line uses for a settings file.
        String json = DetectorSettings.defaults().toJson().replace("\"significanceLevel\" : 0.01", "\"significanceLevel\" : 2")
                .replace("\"coShareWindowSeconds\" : 60", "\"coShareWindowSeconds\" : -5");
        List<String> expected;
        try {
            SettingsValidator.parse(json, "these settings");
            throw new AssertionError("the validator took " + json);
        } catch (InvalidSettingsException e) {
            expected = e.problems().stream().map(Object::toString).toList();
        }
        assertThat(expected).hasSize(2);
        assertThat(problems()).isEqualTo(expected);
        assertThat(number("significanceLevel").isInvalid()).isTrue();
        assertThat(service.imports().find(id, ImportAccess.INSTRUCTOR).orElseThrow().detectorSettingsJson()).isNull();

        _setValue(number("significanceLevel"), 0.05);
        _setValue(number("coShareWindowSeconds"), 30.0);
        _setValue(zone(), "America/Toronto");
        _click(_get(Button.class, spec -> spec.withId("settings-run")));
        roundTrip();
        assertThat(problems()).isEmpty();
        ImportedDataset stored = service.imports().find(id, ImportAccess.INSTRUCTOR).orElseThrow();
        DetectorSettings kept = ImportLibrary.detectorSettings(stored);
        assertThat(kept.referenceTimeZone()).isEqualTo("America/Toronto");
        assertThat(kept.coShareWindowSeconds()).isEqualTo(30);
        assertThat(kept.significanceLevel()).isEqualTo(0.05);
        ExploreData data = _get(ExploreView.class).data();
        assertThat(data.run().detection().settings()).isEqualTo(kept);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("import-note")).getElement()
                .getTextRecursively()).contains("audience time zone America/Toronto");

        ByteArrayOutputStream settingsJson = new ByteArrayOutputStream();
        service.writeExport(data, ExportFile.SETTINGS_JSON, settingsJson);
        assertThat(SettingsValidator.parse(settingsJson.toString(StandardCharsets.UTF_8), "settings.json")).isEqualTo(kept);
        ByteArrayOutputStream methods = new ByteArrayOutputStream();
        service.writeExport(data, ExportFile.METHODS_MD, methods);
        assertThat(methods.toString(StandardCharsets.UTF_8)).contains("America/Toronto");

        // Opening the import again starts from the kept settings.
        navigate("explore?import=" + id);
        assertThat(zone().getValue()).isEqualTo("America/Toronto");
        assertThat(number("coShareWindowSeconds").getValue()).isEqualTo(30.0);
    }
}
