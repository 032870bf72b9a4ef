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
        setHeaderTitle("Save scenario as");
        TextField name = new TextField("Name");
        name.setId("save-as-name");
        name.setValue(suggested);
        name.setWidthFull();
        name.setHelperText("Letters, digits, '.', '_' or '-'; shipped names are taken.");
        Button save = new Button("Save", e -> {
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
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("420px");
    }
}
