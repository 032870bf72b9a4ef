package org.spamouflage.sandbox.ui.scenarios;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.spamouflage.sandbox.app.ScenarioLibrary;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.ScenarioProblem;

/** Asks for a name and saves the editor's text as a user scenario (only when it is valid). */
public class SaveAsDialog extends Dialog {

    public SaveAsDialog(ScenarioLibrary library, String suggested, String json, Consumer<String> saved) {
        setHeaderTitle(getTranslation("scenarios.saveAs.title"));
        TextField name = new TextField(getTranslation("scenarios.saveAs.name"));
        name.setId("save-as-name");
        name.setValue(suggested);
        name.setWidthFull();
        name.setHelperText(getTranslation("scenarios.saveAs.help"));
        // Typing replaces the suggestion instead of being appended to it.
        name.setAutoselect(true);
        name.setAutofocus(true);
        Button save = new Button(getTranslation("scenarios.saveAs.save"), e -> {
            try {
                library.save(name.getValue().strip(), json);
                close();
                saved.accept(name.getValue().strip());
            } catch (InvalidScenarioException ex) {
                name.setInvalid(true);
                name.setErrorMessage(String.join("; ", ex.problems().stream().map(ScenarioProblem::message).distinct()
                        .limit(3).toList()));
            }
        });
        save.setId("save-as-confirm");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("420px");
    }
}
