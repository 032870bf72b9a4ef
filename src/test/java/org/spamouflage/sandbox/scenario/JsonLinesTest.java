package org.spamouflage.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLinesTest {
    // Lines counted by hand.
    private static final String JSON = """
            {
              "format": 1,
              "campaign": {
                "origin": { "newAccounts": 0.75,
                            "hijacked": 1.4 },
                "timing": { "surges": [
                  { "start": "2023-09-01" },
                  { "start": "bad" }
                ] }
              }
            }
            """;

    @Test
    void findsTheLineOfNestedFieldsAndArrayItems() {
        JsonLines lines = JsonLines.of(JSON);
        assertThat(lines.lineOf("$")).isEqualTo(1);
        assertThat(lines.lineOf("$.format")).isEqualTo(2);
        assertThat(lines.lineOf("$.campaign.origin.newAccounts")).isEqualTo(4);
        assertThat(lines.lineOf("$.campaign.origin.hijacked")).isEqualTo(5);
        assertThat(lines.lineOf("$.campaign.timing.surges[1]")).isEqualTo(8);
        assertThat(lines.lineOf("$.campaign.timing.surges[1].start")).isEqualTo(8);
    }

    @Test
    void reportsAMissingFieldAtItsNearestParent() {
        JsonLines lines = JsonLines.of(JSON);
        assertThat(lines.lineOf("$.campaign.origin.bought")).isEqualTo(4);
        assertThat(lines.lineOf("$.organic.accounts")).isEqualTo(1);
    }

    @Test
    void keepsTheLinesFoundBeforeASyntaxError() {
        JsonLines lines = JsonLines.of("{\n  \"format\": 1,\n  \"name\": \"x\"\n  \"seed\": 2\n}");
        assertThat(lines.lineOf("$.format")).isEqualTo(2);
        assertThat(lines.lineOf("$.name")).isEqualTo(3);
        assertThat(lines.lineOf("$.seed")).as("after the missing comma: the whole file").isEqualTo(1);
    }
}
