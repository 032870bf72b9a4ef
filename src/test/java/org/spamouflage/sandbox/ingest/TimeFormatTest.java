package org.spamouflage.sandbox.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Time parsing. Expected epoch values computed with Python's datetime (and `date -d` for offsets). */
class TimeFormatTest {
    static final ZoneId UTC = ZoneOffset.UTC;

    @Nested
    class Iso {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "2019-08-19T06:42:00Z        | 1566196920",
            "2019-08-19T06:42Z           | 1566196920",
            "2019-08-19 06:42            | 1566196920",
            "2019-08-19 06:42:00         | 1566196920",
            "2019-08-19t06:42:00z        | 1566196920",
            "2019-08-19 06:42:00 UTC     | 1566196920",
            "2019-08-19T06:42:00GMT      | 1566196920",
            "2019-08-19T06:42:00.999Z    | 1566196920",
            "2019-08-19T06:42:00,5Z      | 1566196920",
            "2019-08-19T08:42:00+02:00   | 1566196920",
            "2019-08-19T08:42:00+0200    | 1566196920",
            "2019-08-19T08:42:00+02      | 1566196920",
            "2019-08-19T01:12:00-05:30   | 1566196920",
            "2019-08-19                  | 1566172800",
            "1970-01-01T00:00:00Z        | 0",
            "2099-12-31T23:59:59Z        | 4102444799"})
        void readsCommonForms(String text, long expected) throws BadValue {
            assertThat(TimeFormat.ISO.parse(text, UTC, "timestamp")).isEqualTo(expected);
        }

        @Test
        void readsZonelessTimesInTheGivenZoneButHonoursAnExplicitOffset() throws BadValue {
            ZoneId toronto = ZoneId.of("America/Toronto");
            // EDT (UTC-4) in August: 2023-08-29 10:00 Toronto = 14:00Z = 1693317600
            assertThat(TimeFormat.ISO.parse("2023-08-29 10:00", toronto, "timestamp")).isEqualTo(1693317600L);
            assertThat(TimeFormat.ISO.parse("2023-08-29T14:00:00Z", toronto, "timestamp")).isEqualTo(1693317600L);
        }

        @ParameterizedTest
        @ValueSource(strings = {"yesterday", "19/08/2019 06:42", "2019-8-19", "2019-02-30", "2019-08-19T25:00",
            "2019-08-19T06:42:60", "2019-08-19T06:42:00+25:00", "2019-08-19 Z", "2019-08-19T06:42:00 Europe/Paris",
            "2019-08-19T06:42:00.Z", "2019-08-19T", "1566196920"})
        void refusesOtherShapes(String text) {
            assertThatThrownBy(() -> TimeFormat.ISO.parse(text, UTC, "timestamp")).isInstanceOf(BadValue.class)
                    .hasMessage("bad timestamp \"" + text + "\" (expected an ISO-8601 date-time such as "
                            + "2019-08-19T06:42:00Z, 2019-08-19 06:42 or 2019-08-19)");
        }

        @Test
        void refusesYearsOutside1970To2099() {
            assertThatThrownBy(() -> TimeFormat.ISO.parse("1969-12-31T23:59:59Z", UTC, "timestamp"))
                    .hasMessage("timestamp \"1969-12-31T23:59:59Z\" is outside 1970–2099 (expected an ISO-8601 date-time "
                            + "such as 2019-08-19T06:42:00Z, 2019-08-19 06:42 or 2019-08-19)");
            assertThatThrownBy(() -> TimeFormat.ISO.parse("2100-01-01", UTC, "date")).isInstanceOf(BadValue.class);
        }
    }

    @Nested
    class Epoch {
        @ParameterizedTest
        @CsvSource({"1623881091, 1623881091", "1623881091.999, 1623881091", "+1623881091, 1623881091", "0, 0",
            "1623881091., 1623881091"})
        void readsSeconds(String text, long expected) throws BadValue {
            assertThat(TimeFormat.EPOCH_S.parse(text, UTC, "timestamp")).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"1623881091000, 1623881091", "1623881091999, 1623881091", "1623881091999.9, 1623881091"})
        void readsMilliseconds(String text, long expected) throws BadValue {
            assertThat(TimeFormat.EPOCH_MS.parse(text, UTC, "timestamp")).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "", ".", "12a", "1 623", "0x10", "1623881091,5", "999999999999999999999"})
        void refusesWhatIsNotADecimalNumber(String text) {
            assertThatThrownBy(() -> TimeFormat.EPOCH_S.parse(text, UTC, "timestamp"))
                    .hasMessage("bad timestamp \"" + text + "\" (expected epoch seconds, e.g. 1623881091)");
        }

        @Test
        void refusesNegativeTimesAndSuspectedUnitMixUps() {
            assertThatThrownBy(() -> TimeFormat.EPOCH_S.parse("-1", UTC, "timestamp"))
                    .hasMessage("timestamp \"-1\" is outside 1970–2099 (expected epoch seconds, e.g. 1623881091)");
            assertThatThrownBy(() -> TimeFormat.EPOCH_S.parse("-0.5", UTC, "timestamp"))
                    .hasMessage("timestamp \"-0.5\" is outside 1970–2099 (expected epoch seconds, e.g. 1623881091)");
            assertThatThrownBy(() -> TimeFormat.EPOCH_MS.parse("1623881091", UTC, "timestamp"))
                    .hasMessage("bad timestamp \"1623881091\" (expected epoch milliseconds, e.g. 1623881091000; this "
                            + "looks like seconds: use time format epoch-s)");
        }
    }

    @Test
    void namesTheAllowedFormatsForAnUnknownOne() {
        assertThatThrownBy(() -> TimeFormat.fromKey("unix"))
                .hasMessage("unknown time format \"unix\"; allowed: iso, epoch-s, epoch-ms");
        assertThat(TimeFormat.fromKey(" EPOCH-MS ")).isEqualTo(TimeFormat.EPOCH_MS);
    }
}
