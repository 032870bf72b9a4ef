package org.spamouflage.sandbox.ui.glossary;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.ui.KaribuSpringTest;

/** Pages built for a French reader: headings, titles, column headers and messages from the French bundle. */
class FrenchPagesTest extends KaribuSpringTest {

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("fr-CA"));
    }

    private static String h1() {
        return _get(H1.class, s -> s.withId("page-title")).getText();
    }

    @Test
    void theRunsPageSpeaksFrenchInItsHeadingTitleAndColumns() {
        navigate("runs");
        assertThat(h1()).isEqualTo("Exécutions enregistrées");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Exécutions enregistrées · Spamouflage Sandbox");
        Grid<?> grid = _get(Grid.class, s -> s.withId("runs"));
        assertThat(grid.getColumns().stream().map(c -> c.getHeaderText()).toList())
                .contains("Scénario", "Graine", "Mesures", "Moteur").anyMatch(h -> h.startsWith("Enregistrée ("));
    }

    @Test
    void theJoinPageLabelsItsFieldsInFrench() {
        navigate("join");
        assertThat(h1()).isEqualTo("Rejoindre une classe");
        assertThat(_get(TextField.class, s -> s.withId("join-code")).getLabel()).isEqualTo("Code de la classe");
    }

    @Test
    void theGlossaryListsEveryTermInBothLanguages() {
        navigate("glossary");
        assertThat(h1()).isEqualTo("Glossaire");
        String page = _get(GlossaryView.class).getElement().getOuterHTML();
        assertThat(page).contains("comportement inauthentique coordonné").contains("coordinated inauthentic behaviour")
                .contains("Parmi les comptes de campagne, la part qui a été signalée.").doesNotContain("!glossary");
        assertThat(GlossaryView.TERMS).hasSize(24);
        for (String id : GlossaryView.TERMS) {
            assertThat(page).contains("id=\"term-" + id + "\"");
        }
    }

    @Test
    void aJsonSyntaxErrorIsPlacedOnTheLineItsMessageNames() {
        navigate("scenarios");
        TextArea editor = _get(TextArea.class, s -> s.withId("scenario-json"));
        _setValue(editor, "{\n  \"format\": 1,\n  \"name\": \"x\"\n  \"seed\": 3\n}\n");
        ListItem first = _find(ListItem.class).get(0);
        assertThat(first.getText()).startsWith("ligne 4 · ").contains("line 4, column 3");
        assertThat(first.getElement().getAttribute("data-line")).isEqualTo("4");
        assertThat(editor.getErrorMessage()).isEqualTo("1 problème ; le premier est à la ligne 4");
    }
}
