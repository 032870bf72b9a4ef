package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectorSettingsTest {
    @Test
    void defaultsRoundTripThroughJson() {
        DetectorSettings d = DetectorSettings.defaults().withSignal("volume", false, 0.3);
        assertThat(DetectorSettings.fromJson(d.toJson())).isEqualTo(d);
    }

    @Test
    void partialJsonKeepsOtherDefaults() {
        DetectorSettings s = DetectorSettings.fromJson("{\"coShareWindowSeconds\": 10, \"signals\": {\"volume\": {\"enabled\": false, \"weight\": 0}}}");
        assertThat(s.coShareWindowSeconds()).isEqualTo(10);
        assertThat(s.enabled("volume")).isFalse();
        assertThat(s.enabled("night-posting")).isTrue();
        assertThat(s.coCommentWindowSeconds()).isEqualTo(DetectorSettings.defaults().coCommentWindowSeconds());
    }

    @Test
    void unknownSignalAndUnknownFieldAreRefusedWithTheirName() {
        assertThatThrownBy(() -> DetectorSettings.fromJson("{\"signals\": {\"telepathy\": {\"enabled\": true, \"weight\": 1}}}"))
                .hasMessageContaining("telepathy");
        assertThatThrownBy(() -> DetectorSettings.fromJson("{\"windowz\": 3}")).hasMessageContaining("windowz");
    }

    @Test
    void hourOfWeekFollowsNightPostingOnAtHalfWeightAndRoundTrips() {
        java.util.List<String> ids = Signals.ids();
        assertThat(ids).hasSize(16).doesNotHaveDuplicates();
        assertThat(ids.indexOf("hour-of-week")).isEqualTo(ids.indexOf("night-posting") + 1);
        DetectorSettings d = DetectorSettings.defaults();
        assertThat(d.enabled("hour-of-week")).isTrue();
        assertThat(d.weight("hour-of-week")).isEqualTo(0.5);
        DetectorSettings changed = d.withSignal("hour-of-week", false, 2.25);
        assertThat(DetectorSettings.fromJson(changed.toJson())).isEqualTo(changed);
        assertThat(d.toJson()).contains("\"hour-of-week\"");
    }
}
