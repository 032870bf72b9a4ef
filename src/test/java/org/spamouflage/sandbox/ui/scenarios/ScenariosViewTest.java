package org.spamouflage.sandbox.ui.scenarios;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.app.ScenarioLibrary;
import org.spamouflage.sandbox.store.ScenarioRepository;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.ui.playground.PlaygroundView;
import org.springframework.beans.factory.annotation.Autowired;

class ScenariosViewTest extends KaribuSpringTest {
    // Line numbers counted by hand: "hijacked" is on line 5, "accounts" (organic) on line 8.
    private static final String INVALID = """
            {
              "format": 1,
              "name": "broken",
              "campaign": {
                "origin": { "newAccounts": 0.75, "hijacked": 1.4, "bought": 0.1 }
              },
              "organic": {
                "accounts": -5
              }
            }
            """;

    @Autowired
    ScenarioRepository saved;

    @SuppressWarnings("unchecked")
    private static Grid<ScenarioLibrary.Entry> list() {
        return _get(Grid.class, spec -> spec.withId("scenario-list"));
    }

    private static TextArea editor() {
        return _get(TextArea.class, spec -> spec.withId("scenario-json"));
    }

    /** Every scenarios/*.json on the classpath: the shipped folder and, in tests, the test resources. */
    @Test
    void listsEveryShippedScenarioFile() throws IOException {
        navigate("scenarios");
        List<String> files;
        try (Stream<Path> a = Files.list(Path.of("scenarios")); Stream<Path> b = Files.list(Path.of("src/test/resources/scenarios"))) {
            files = Stream.concat(a, b).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().distinct().toList();
        }
        List<String> shown = list().getListDataView().getItems()
                .filter(e -> e.source() == ScenarioLibrary.Source.SHIPPED).map(ScenarioLibrary.Entry::name).toList();
        assertThat(shown).isEqualTo(files.isEmpty() ? List.of(ScenarioLibrary.DEFAULTS) : files);
    }

    @Test
    void selectingAScenarioShowsItsFileAndSaysItIsValid() throws IOException {
        navigate("scenarios");
        ScenarioLibrary.Entry first = GridKt._get(list(), 0);
        list().select(first);
        Path file = Path.of("scenarios", first.name() + ".json");
        if (Files.exists(file)) {
            assertThat(editor().getValue()).isEqualTo(Files.readString(file));
        }
        assertThat(_find(Div.class, spec -> spec.withId("scenario-valid"))).hasSize(1);
        assertThat(editor().isInvalid()).isFalse();
    }

    @Test
    void anInvalidEditShowsEveryProblemWithItsLineAndField() {
        navigate("scenarios");
        _setValue(editor(), INVALID);

        List<ListItem> items = _find(_get(ScenarioProblemsList.class), ListItem.class);
        assertThat(items).extracting(li -> li.getElement().getAttribute("data-path"))
                .contains("$.campaign.origin.hijacked", "$.organic.accounts");
        ListItem hijacked = items.stream().filter(li -> "$.campaign.origin.hijacked"
                .equals(li.getElement().getAttribute("data-path"))).findFirst().orElseThrow();
        assertThat(hijacked.getElement().getAttribute("data-line")).isEqualTo("5");
        assertThat(hijacked.getText()).startsWith("line 5 · $.campaign.origin.hijacked = 1.4: ");
        ListItem accounts = items.stream().filter(li -> "$.organic.accounts"
                .equals(li.getElement().getAttribute("data-path"))).findFirst().orElseThrow();
        assertThat(accounts.getText()).startsWith("line 8 · $.organic.accounts = -5: ");
        assertThat(editor().isInvalid()).isTrue();
        assertThat(editor().getErrorMessage()).contains("the first is on line 5");
        assertThat(_get(Button.class, spec -> spec.withId("open-playground")).isEnabled()).isFalse();
    }

    @Test
    void saveAsStoresAValidScenarioUnderANewNameAndOpensItInThePlayground() {
        navigate("scenarios");
        String json = "{\n  \"format\": 1,\n  \"name\": \"karibu-lesson\",\n  \"organic\": { \"accounts\": 300 }\n}\n";
        _setValue(editor(), json);
        _click(_get(Button.class, spec -> spec.withId("save-as")));
        _setValue(_get(TextField.class, spec -> spec.withId("save-as-name")), "karibu-lesson");
        _click(_get(Button.class, spec -> spec.withId("save-as-confirm")));

        assertThat(saved.find("karibu-lesson")).contains(json);
        assertThat(list().getSelectedItems()).extracting(ScenarioLibrary.Entry::name).containsExactly("karibu-lesson");
        _click(_get(Button.class, spec -> spec.withId("open-playground")));
        roundTrip();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(PlaygroundView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters()
                .get("scenario")).containsExactly("karibu-lesson");
    }

    @Test
    void saveAsRefusesAShippedName() {
        navigate("scenarios");
        String shipped = GridKt._get(list(), 0).name();
        _click(_get(Button.class, spec -> spec.withId("save-as")));
        TextField name = _get(TextField.class, spec -> spec.withId("save-as-name"));
        _setValue(name, shipped);
        _click(_get(Button.class, spec -> spec.withId("save-as-confirm")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("shipped scenario");
        assertThat(saved.find(shipped)).isEmpty();
    }

    @Test
    void anUploadedFileIsCheckedAndNotSavedUntilAskedTo() {
        navigate("scenarios");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withId("upload")), "lesson.json", INVALID.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        roundTrip();

        assertThat(editor().getValue()).isEqualTo(INVALID);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("scenario-title")).getText())
                .isEqualTo("Uploaded: lesson.json (not saved yet)");
        assertThat(editor().isInvalid()).isTrue();
        assertThat(saved.find("lesson")).isEmpty();
    }
}
