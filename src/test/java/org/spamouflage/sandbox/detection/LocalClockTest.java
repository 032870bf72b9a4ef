package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalClockTest {

    /**
     * Oracle: java.time's own conversion, over random instants 2005–2030 (DST changes included, a zone at a
     * quarter-hour offset and one with a half-hour change). The span is wider than the clock's array, so its
     * hash-map path is checked too.
     */
    @ParameterizedTest
    @ValueSource(strings = {"America/Toronto", "America/St_Johns", "Asia/Shanghai", "America/Regina", "Asia/Kolkata",
        "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"})
    void agreesWithJavaTimeEverywhere(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        LocalClock clock = new LocalClock(zone);
        SplittableRandom r = new SplittableRandom(7);
        long from = Instant.parse("2005-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long t = r.nextLong(from, to);
            ZonedDateTime z = ZonedDateTime.ofInstant(Instant.ofEpochSecond(t), zone);
            assertThat(clock.hour(t)).as("%s at %d", zoneId, t).isEqualTo(z.getHour());
            assertThat(clock.dayOfWeek(t)).isEqualTo(z.getDayOfWeek().getValue() - 1);
        }
    }
}
