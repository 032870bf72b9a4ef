package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.spamouflage.sandbox.app.ScenarioLibrary;
import org.spamouflage.sandbox.playground.PlaygroundState;

/**
 * The Playground's top bar: scenario, seed and "new seed", the truth switch, lesson link, save,
 * explore, and the busy indicator. It reports what the learner did to the view through {@link Actions}.
 */
public class PlaygroundToolbar extends HorizontalLayout {

    /** What the learner asked for. */
    public interface Actions {
        void scenario(String name);

        void seed(long seed);

        void hideTruth(boolean hide);

        void lessonLink();

        void saveRun();

        void explore();
    }

    private final Select<ScenarioLibrary.Entry> scenario = new Select<>();
    private final TextField seed = new TextField(getTranslation("playground.seed"));
    private final Button newSeed = new Button(getTranslation("playground.newSeed"));
    private final Checkbox hideTruth = new Checkbox(getTranslation("playground.hideTruth"));
    private final ProgressBar busy = new ProgressBar();
    private long currentSeed;

    public PlaygroundToolbar(Actions actions) {
        scenario.setId("scenario");
        scenario.setLabel(getTranslation("playground.scenario"));
        scenario.addClassName("sandbox-scenario-select");
        scenario.setItemLabelGenerator(ScenarioLibrary.Entry::label);
        scenario.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                actions.scenario(e.getValue().name());
            }
        });
        seed.setId("seed");
        seed.setAllowedCharPattern("[0-9-]");
        seed.setWidth("9em");
        seed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    actions.seed(Long.parseLong(e.getValue().strip()));
                } catch (NumberFormatException ex) {
                    seed.setInvalid(true);
                    seed.setErrorMessage(getTranslation("playground.seed.invalid"));
                }
            }
        });
        newSeed.setId("new-seed");
        newSeed.setTooltipText(getTranslation("playground.newSeed.help"));
        newSeed.addClickListener(e -> actions.seed(currentSeed + 1));
        hideTruth.setId("hide-truth");
        hideTruth.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.hideTruth(e.getValue());
            }
        });
        Button lesson = button("lesson-link", getTranslation("playground.lessonLink"), actions::lessonLink);
        Button save = button("save-run", getTranslation("playground.saveRun"), actions::saveRun);
        Button explore = button("explore-run", getTranslation("playground.explore"), actions::explore);
        busy.setId("busy");
        busy.setIndeterminate(true);
        busy.setWidth("120px");
        busy.getElement().setAttribute("aria-label", getTranslation("playground.busy"));
        busy.setVisible(false);
        add(scenario, seed, newSeed, hideTruth, lesson, save, explore, busy);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** Lists the scenarios and selects the state's. */
    public void scenarios(List<ScenarioLibrary.Entry> entries, String selected) {
        scenario.setItems(entries);
        entries.stream().filter(x -> x.name().equals(selected)).findFirst().ifPresent(scenario::setValue);
    }

    /** Shows the state: seed, truth switch, and which of them are locked or hidden. */
    public void show(PlaygroundState state) {
        currentSeed = state.seed();
        scenario.setEnabled(!state.isLocked("scenario"));
        scenario.setVisible(!state.isHidden("scenario"));
        seed.setValue(Long.toString(state.seed()));
        seed.setInvalid(false);
        seed.setEnabled(!state.isLocked("seed"));
        newSeed.setEnabled(!state.isLocked("seed"));
        seed.setVisible(!state.isHidden("seed"));
        newSeed.setVisible(!state.isHidden("seed"));
        hideTruth.setValue(state.hideTruth());
        hideTruth.setEnabled(!state.isLocked("truth"));
        hideTruth.setVisible(!state.isHidden("truth"));
    }

    public void busy(boolean running) {
        busy.setVisible(running);
    }
}
