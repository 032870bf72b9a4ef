package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.spamouflage.sandbox.detection.DetectorSettings;
import org.spamouflage.sandbox.detection.InvalidSettingsException;
import org.spamouflage.sandbox.detection.SettingSpec;
import org.spamouflage.sandbox.detection.SettingSpecs;
import org.spamouflage.sandbox.detection.SettingsProblem;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.Signals;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.explore.SettingsDraft;

/**
 * The detector settings of an import: the audience time zone, every window, the significance
 * level, min participation and the other settings (each field's unit, meaning and allowed range come
 * from {@link SettingSpecs}), and each signal on or off with its weight. "Run again" checks them with
 * the library's one validator and hands them on; every problem is listed (field, value, what is
 * allowed, the default) and marked on its field.
 */
class ImportSettingsPanel extends Details {
    private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, Checkbox> switches = new LinkedHashMap<>();
    private final Map<String, NumberField> weights = new LinkedHashMap<>();
    private final UnorderedList problems = new UnorderedList();
    private final Button run = new Button("Run again");
    private final Consumer<DetectorSettings> onRun;

    ImportSettingsPanel(Consumer<DetectorSettings> onRun) {
        super("Settings for this import");
        this.onRun = onRun;
        setId("import-settings");
        setOpened(true);
        setWidthFull();
        problems.setId("settings-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        run.setId("settings-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runAgain());
        Button defaults = new Button("Engine defaults", e -> show(DetectorSettings.defaults()));
        defaults.setId("settings-defaults");
        Div buttons = new Div(run, defaults);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("margin-top", "var(--lumo-space-s)");
        add(Sections.note("Change them and press Run again: the engine runs on your data with these settings, and "
                + "they are kept with the import, written into the methods note and settings.json."), configureFields(),
                configureSignals(), problems, buttons);
    }

    private Div configureFields() {
        Div grid = Sections.grid("15em");
        for (SettingSpec spec : SettingsDraft.editable()) {
            AbstractField<?, ?> f = spec.kind() == SettingSpec.Kind.TIME_ZONE ? zoneBox(spec) : numberBox(spec);
            f.setId("setting-" + spec.field());
            fields.put(spec.field(), f);
            grid.add((Component) f);
        }
        return grid;
    }

    private static ComboBox<String> zoneBox(SettingSpec spec) {
        ComboBox<String> zone = new ComboBox<>(SettingsDraft.label(spec));
        List<String> zones = new ArrayList<>();
        zones.add(DetectorSettings.AUTO_ZONE);
        ZoneId.getAvailableZoneIds().stream().sorted().forEach(zones::add);
        zone.setItems(zones);
        zone.setAllowCustomValue(true);
        zone.addCustomValueSetListener(e -> zone.setValue(e.getDetail()));
        zone.setHelperText("Where the audience lives, e.g. America/Toronto. auto: the zone the data declare, if "
                + "any; without one, night posting and hour of week do not apply.");
        zone.setWidthFull();
        return zone;
    }

    private static NumberField numberBox(SettingSpec spec) {
        NumberField n = new NumberField(SettingsDraft.label(spec));
        n.setMin(spec.min());
        n.setMax(spec.max());
        n.setStep(spec.step());
        n.setStepButtonsVisible(spec.kind() == SettingSpec.Kind.INTEGER);
        n.setHelperText(spec.meaning() + " (" + SettingsDraft.range(spec) + ")");
        n.setWidthFull();
        return n;
    }

    private Div configureSignals() {
        Div grid = Sections.grid("15em");
        grid.setId("settings-signals");
        for (SignalInfo s : Signals.all().stream().map(x -> x.info()).toList()) {
            Checkbox on = new Checkbox(s.title());
            on.setId("signal-" + s.id());
            on.setTooltipText(s.direction());
            NumberField w = new NumberField();
            w.setId("weight-" + s.id());
            w.setMin(0);
            w.setMax(SettingSpecs.MAX_WEIGHT);
            w.setStep(0.25);
            w.setWidth("6em");
            w.setAriaLabel(s.title() + " weight");
            on.addValueChangeListener(e -> w.setEnabled(e.getValue()));
            switches.put(s.id(), on);
            weights.put(s.id(), w);
            Div row = new Div(on, w);
            row.getStyle().set("display", "flex").set("align-items", "baseline").set("justify-content", "space-between")
                    .set("gap", "var(--lumo-space-s)");
            grid.add(row);
        }
        return grid;
    }

    /** Fills every field from {@code s}. */
    void show(DetectorSettings s) {
        clearProblems();
        SettingsDraft now = SettingsDraft.of(s);
        SettingsDraft.editable().forEach(spec -> {
            AbstractField<?, ?> f = fields.get(spec.field());
            if (f instanceof ComboBox<?>) {
                @SuppressWarnings("unchecked")
                ComboBox<String> box = (ComboBox<String>) f;
                box.setValue(s.referenceTimeZone());
            } else {
                ((NumberField) f).setValue(now.value(spec.field()));
            }
        });
        switches.forEach((id, c) -> c.setValue(s.enabled(id)));
        weights.forEach((id, w) -> {
            w.setValue(s.weight(id));
            w.setEnabled(s.enabled(id));
        });
    }

    /** The settings as the fields say, or the problems listed and marked. */
    private void runAgain() {
        clearProblems();
        SettingsDraft draft = SettingsDraft.of(DetectorSettings.defaults());
        fields.forEach((field, f) -> {
            if (f instanceof NumberField n) {
                draft.number(field, n.getValue());
            } else {
                draft.text(field, String.valueOf(f.getValue() == null ? "" : f.getValue()));
            }
        });
        switches.forEach((id, c) -> draft.signal(id, c.getValue(), weights.get(id).getValue()));
        try {
            onRun.accept(draft.settings());
        } catch (InvalidSettingsException e) {
            showProblems(e.problems());
        }
    }

    private void showProblems(List<SettingsProblem> list) {
        for (SettingsProblem p : list) {
            ListItem li = new ListItem();
            li.setText(p.toString());
            problems.add(li);
            String field = p.path().startsWith("$.") ? p.path().substring(2) : p.path();
            AbstractField<?, ?> f = fields.get(field);
            if (f instanceof com.vaadin.flow.component.HasValidation v) {
                v.setInvalid(true);
                v.setErrorMessage(p.message());
            }
            String[] signal = field.split("\\.");
            if (signal.length == 3 && weights.containsKey(signal[1])) {
                weights.get(signal[1]).setInvalid(true);
                weights.get(signal[1]).setErrorMessage(p.message());
            }
        }
    }

    private void clearProblems() {
        problems.removeAll();
        fields.values().forEach(f -> {
            if (f instanceof com.vaadin.flow.component.HasValidation v) {
                v.setInvalid(false);
            }
        });
        weights.values().forEach(w -> w.setInvalid(false));
    }

    /** Enables or disables Run again (while the engine runs). */
    void setRunning(boolean running) {
        run.setEnabled(!running);
    }
}
