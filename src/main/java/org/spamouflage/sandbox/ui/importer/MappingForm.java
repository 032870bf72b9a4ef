package org.spamouflage.sandbox.ui.importer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spamouflage.sandbox.ingest.Field;
import org.spamouflage.sandbox.ingest.ImportPreview;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.ingest.TimeFormat;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ingest.ColumnGuess;

/**
 * How to read the uploaded file: a preset (the suggested one preselected) or, for {@code generic},
 * a column per field with the time format and zone; for the other presets an optional label
 * column. Column names come from the file and are shown as text.
 */
public class MappingForm extends Div {
    private final RadioButtonGroup<Preset> preset = new RadioButtonGroup<>("How is the file laid out?");
    private final Div generic = new Div();
    private final Map<Field, ComboBox<String>> columns = new EnumMap<>(Field.class);
    private final RadioButtonGroup<TimeFormat> timeFormat = new RadioButtonGroup<>("Time format");
    private final ComboBox<String> zone = new ComboBox<>("Zone of times without an offset");
    private final ComboBox<String> labelColumn = new ComboBox<>("Label column (optional)");

    public MappingForm() {
        setId("mapping-form");
        preset.setId("preset");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(MappingForm::presetLabel);
        preset.addValueChangeListener(e -> showPreset());
        generic.setId("mapping");
        Div fields = Sections.grid("15em");
        for (Field f : Field.values()) {
            ComboBox<String> c = new ComboBox<>(f.key() + " (" + f.description() + ")");
            c.setId("map-" + f.key());
            c.setClearButtonVisible(true);
            c.setWidthFull();
            boolean required = Preset.GENERIC.required().contains(f);
            c.setRequiredIndicatorVisible(required);
            c.setPlaceholder(required ? "required" : "not in the file");
            columns.put(f, c);
            fields.add(c);
        }
        timeFormat.setId("time-format");
        timeFormat.setItems(TimeFormat.values());
        timeFormat.setItemLabelGenerator(t -> t.key() + ": " + t.expected());
        timeFormat.setValue(Preset.GENERIC.timeFormat());
        zone.setId("zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setAllowCustomValue(true);
        zone.addCustomValueSetListener(e -> zone.setValue(e.getDetail()));
        zone.setValue("UTC");
        zone.setWidth("18em");
        generic.add(Sections.note("Pick the column that holds each field; account and time are required. "
                + "A label column (campaign/organic, bot/human, 1/0…) adds ground truth."), fields, timeFormat, zone);
        labelColumn.setId("label-column");
        labelColumn.setClearButtonVisible(true);
        labelColumn.setWidth("18em");
        add(preset, generic, labelColumn);
    }

    private static String presetLabel(Preset p) {
        return switch (p) {
            case COORTWEET -> "coortweet: CooRTweet share table (object_id, account_id, content_id, timestamp_share)";
            case QUT -> "qut: QUT coordination-network-toolkit CSV (message_id, user_id, username, …)";
            case IO_ARCHIVE -> "io-archive: X/Twitter information-operations archive tweets (tweetid, userid, …)";
            case GENERIC -> "generic: map the columns yourself";
        };
    }

    /** Fills the form for a new file: its columns, the suggested preset and a first guess of the mapping. */
    public void setFile(ImportPreview preview) {
        List<String> header = preview.columns();
        Map<Field, String> guess = ColumnGuess.guess(header);
        columns.forEach((f, c) -> {
            c.setItems(header);
            c.setValue(guess.get(f));
            c.setInvalid(false);
        });
        labelColumn.setItems(header);
        labelColumn.clear();
        preset.setValue(preview.suggestedPreset());
        showPreset();
    }

    private void showPreset() {
        boolean isGeneric = preset.getValue() == Preset.GENERIC;
        generic.setVisible(isGeneric);
        labelColumn.setVisible(!isGeneric);
    }

    /** What the form asks for, or the problems that keep it from being imported (empty list: fine). */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (preset.getValue() == null) {
            out.add("Pick how the file is laid out.");
            return out;
        }
        if (preset.getValue() == Preset.GENERIC) {
            for (Field f : Preset.GENERIC.required()) {
                ComboBox<String> c = columns.get(f);
                boolean missing = c.getValue() == null || c.getValue().isEmpty();
                c.setInvalid(missing);
                c.setErrorMessage(missing ? "required: pick the column with the " + f.description() : null);
                if (missing) {
                    out.add("Pick the column for " + f.key() + " (" + f.description() + ").");
                }
            }
            if (zone() == null) {
                out.add("\"" + zone.getValue() + "\" is not a time zone; use a name such as America/Toronto, or UTC.");
            }
        }
        return out;
    }

    /** The import settings the form describes; call {@link #problems()} first. */
    public ImportSettings settings() {
        Preset p = preset.getValue() == null ? Preset.GENERIC : preset.getValue();
        ImportSettings s = ImportSettings.of(p);
        if (p == Preset.GENERIC) {
            for (Map.Entry<Field, ComboBox<String>> e : columns.entrySet()) {
                String v = e.getValue().getValue();
                if (v != null && !v.isEmpty()) {
                    s = s.withColumn(e.getKey(), v);
                }
            }
            s = s.withTimeFormat(timeFormat.getValue() == null ? p.timeFormat() : timeFormat.getValue());
            ZoneId z = zone();
            if (z != null) {
                s = s.withZone(z);
            }
        } else if (labelColumn.getValue() != null && !labelColumn.getValue().isEmpty()) {
            s = s.withLabelColumn(labelColumn.getValue());
        }
        return s;
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(zone.getValue() == null || zone.getValue().isBlank() ? "UTC" : zone.getValue().strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
