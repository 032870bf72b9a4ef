package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Import settings survive being stored as JSON, and a damaged text names what is wrong. */
class ImportSettingsJsonTest {

    @Test
    void everySettingRoundTrips() {
        ImportSettings s = ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, "who")
                .withColumn(Field.TIME, "when").withColumn(Field.TEXT, "said").withLabelColumn("truth")
                .withTimeFormat(TimeFormat.EPOCH_MS).withCreatedAtFormat(TimeFormat.ISO)
                .withZone(ZoneId.of("Europe/Paris")).withFormat(InputFormat.TSV)
                .withLimits(ImportLimits.DEFAULT.withMaxRows(77).withMaxRejectedRows(3).withMaxColumns(12));
        assertThat(ImportSettingsJson.read(ImportSettingsJson.write(s))).isEqualTo(s);
    }

    @Test
    void aPresetWithDefaultsRoundTripsAndIsWrittenInAFixedOrder() {
        ImportSettings s = ImportSettings.of(Preset.COORTWEET);
        String json = ImportSettingsJson.write(s);
        assertThat(ImportSettingsJson.read(json)).isEqualTo(s);
        assertThat(json).isEqualTo("{\"format\":1,\"preset\":\"coortweet\",\"columns\":{},\"timeFormat\":null,"
                + "\"createdAtFormat\":null,\"zone\":\"Z\",\"input\":\"auto\",\"limits\":{\"maxRows\":20000000,"
                + "\"maxRejectedRows\":1000,\"maxFieldBytes\":100000,\"maxRecordBytes\":1000000,\"maxColumns\":1000}}");
    }

    @Test
    void aTextCapRoundTripsAndIsWrittenOnlyWhenSet() {
        ImportSettings capped = ImportSettings.of(Preset.COORTWEET)
                .withLimits(ImportLimits.DEFAULT.withMaxTextBytes(512L << 20));
        String json = ImportSettingsJson.write(capped);
        assertThat(json).endsWith("\"maxColumns\":1000,\"maxTextBytes\":536870912}}");
        assertThat(ImportSettingsJson.read(json)).isEqualTo(capped);
        assertThat(ImportSettingsJson.write(ImportSettings.of(Preset.COORTWEET))).doesNotContain("maxTextBytes");
    }

    @Test
    void columnsAreWrittenInFieldOrderWhateverOrderTheyWereMapped() {
        String a = ImportSettingsJson.write(ImportSettings.of(Preset.GENERIC).withColumn(Field.TIME, "t")
                .withColumn(Field.ACCOUNT, "a"));
        String b = ImportSettingsJson.write(ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, "a")
                .withColumn(Field.TIME, "t"));
        assertThat(a).isEqualTo(b).contains("\"columns\":{\"account\":\"a\",\"time\":\"t\"}");
    }

    @Test
    void namesEveryProblemOfADamagedText() {
        assertThatThrownBy(() -> ImportSettingsJson.read("{\"format\":1,\"preset\":\"tiktok\",\"columns\":{\"who\":\"x\"},"
                + "\"timeFormat\":\"unix\",\"zone\":\"Mars/Base\",\"input\":\"auto\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown preset \"tiktok\"")
                .hasMessageContaining("unknown field \"who\"")
                .hasMessageContaining("unknown time format \"unix\"")
                .hasMessageContaining("unknown zone \"Mars/Base\"");
        assertThatThrownBy(() -> ImportSettingsJson.read("not json")).hasMessageStartingWith("import settings are not JSON");
    }
}
