package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SettingsValidatorTest {

    @Test
    void theDefaultsAreValid() {
        assertThat(SettingsValidator.check(DetectorSettings.defaults(), "defaults")).isEmpty();
    }

    @Test
    void everySettingHasOneSpecAndEveryDefaultAndSliderLiesInItsRange() {
        List<String> fields = Arrays.stream(DetectorSettings.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !n.equals("signals")).toList();
        assertThat(SettingSpecs.all().stream().map(SettingSpec::field).toList()).containsExactlyElementsOf(fields);
        for (SettingSpec s : SettingSpecs.all()) {
            if (s.kind() == SettingSpec.Kind.INTEGER || s.kind() == SettingSpec.Kind.NUMBER_ABOVE_MIN) {
                assertThat(s.sliderMin()).as(s.field()).isGreaterThanOrEqualTo(s.min());
                assertThat(s.sliderMax()).as(s.field()).isLessThanOrEqualTo(s.max()).isGreaterThan(s.sliderMin());
                assertThat(s.meaning()).isNotBlank();
                assertThat(s.source()).isNotBlank();
            }
        }
    }

    @Nested
    class Problems {
        @Test
        void everyProblemAtOnceNamingFieldValueRangeAndDefault() {
            DetectorSettings bad = DetectorSettings.fromJson("{\"referenceTimeZone\": \"Mars/Olympus\", \"coShareWindowSeconds\":"
                    + " -5, \"significanceLevel\": 0, \"similarityThreshold\": 1.5, \"minParticipation\": 0,"
                    + " \"signals\": {\"volume\": {\"enabled\": true, \"weight\": -1}}}");
            assertThat(SettingsValidator.check(bad, "s.json")).extracting(Object::toString).containsExactly(
                    "s.json: $.referenceTimeZone = Mars/Olympus: not a time zone; allowed: auto (the zone the data"
                            + " declare) or a name like America/Toronto, Europe/Paris or UTC; default auto",
                    "s.json: $.coShareWindowSeconds = -5: must be a whole number from 0 to 2,592,000 seconds (30 days);"
                            + " default 60",
                    "s.json: $.significanceLevel = 0.0: must be above 0 and at most 1; default 0.01",
                    "s.json: $.similarityThreshold = 1.5: must be above 0 and at most 1; default 0.5",
                    "s.json: $.minParticipation = 0: must be a whole number from 1 to 1,000,000 co-actions; default 2",
                    "s.json: $.signals.volume.weight = -1: must be from 0 to 1,000; default 0.25");
        }

        @Test
        void anExplicitZoneOrAutoIsAllowed() {
            assertThat(SettingsValidator.check(DetectorSettings.fromJson("{\"referenceTimeZone\": \"Europe/Paris\"}"), "x"))
                    .isEmpty();
            assertThat(SettingsValidator.check(DetectorSettings.fromJson("{\"referenceTimeZone\": \"AUTO\"}"), "x")).isEmpty();
        }

        @Test
        void parsingReportsUnknownFieldsAndBrokenJson() {
            assertThatThrownBy(() -> SettingsValidator.parse("{\"coShareWindow\": 60}", "s.json"))
                    .isInstanceOf(InvalidSettingsException.class)
                    .hasMessageStartingWith("s.json: $.coShareWindow: unknown setting; allowed: format, referenceTimeZone");
            assertThatThrownBy(() -> SettingsValidator.parse("{\"minClusterSize\": 3,", "s.json"))
                    .hasMessageStartingWith("s.json: $: not valid JSON");
            assertThat(SettingsValidator.parse("{\"minClusterSize\": 4}", "s.json").minClusterSize()).isEqualTo(4);
        }
    }
}
