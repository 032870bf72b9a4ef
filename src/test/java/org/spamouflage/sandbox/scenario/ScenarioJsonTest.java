package org.spamouflage.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

    @Test
    void defaultsRoundTripThroughCanonicalJson() throws Exception {
        Scenario defaults = ScenarioJson.defaults();
        Scenario back = ScenarioJson.parse(ScenarioJson.write(defaults), "defaults.json");
        assertThat(back).isEqualTo(defaults);
        assertThat(ScenarioJson.hash(back)).isEqualTo(ScenarioJson.hash(defaults));
    }

    @Test
    void fieldsLeftOutTakeTheirDefaults() throws Exception {
        Scenario s = ScenarioJson.parse("{\"format\":1,\"name\":\"tiny\",\"campaign\":{\"accounts\":50}}", "tiny.json");
        assertThat(s.name()).isEqualTo("tiny");
        assertThat(s.campaign().accounts()).isEqualTo(50);
        assertThat(s.campaign().operators()).isEqualTo(ScenarioJson.defaults().campaign().operators());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\n  \"name\": \"x\",,\n}", "bad.json"))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("line 2");
    }
}
