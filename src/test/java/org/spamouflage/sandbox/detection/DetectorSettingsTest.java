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
}
