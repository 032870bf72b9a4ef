package org.spamouflage.sandbox.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small generic CSV ({@code who,when,said}) with a known answer, written by the tests: a brigade of
 * {@value #BRIGADE} accounts pastes the same message within a minute of each other on each of
 * {@value #WAVES} days, and {@value #PEOPLE} people post their own words at their own times. One
 * person's post carries {@value #HOSTILE}, the only post that mentions "onerror".
 */
public final class ImportSamples {
    public static final String HOSTILE = "<img src=x onerror=alert(1)>";
    /** The whole text of the one post that carries {@link #HOSTILE}. */
    public static final String HOSTILE_POST = "look " + HOSTILE + " here";
    public static final int BRIGADE = 5;
    public static final int PEOPLE = 12;
    public static final int WAVES = 6;
    private static final String[] MESSAGES = {
        "The minister lied about the budget, everyone knows it",
        "Why is nobody asking where the money went?",
        "This government sold us out again",
        "Shameful cover-up, resign now",
        "Read the real story before you vote",
        "They think we will forget, we will not",
    };

    private ImportSamples() {
    }

    /** The whole file, header first, rows in time order. */
    public static String brigade() {
        long start = Instant.parse("2024-05-01T09:00:00Z").getEpochSecond();
        List<long[]> order = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int w = 0; w < WAVES; w++) {
            for (int b = 0; b < BRIGADE; b++) {
                long t = start + w * 86_400L + 3_600L + b * 11L;
                order.add(new long[] {t, rows.size()});
                rows.add("brigade" + b + "," + Instant.ofEpochSecond(t) + ",\"" + MESSAGES[w] + "\"");
            }
        }
        for (int p = 0; p < PEOPLE; p++) {
            for (int k = 0; k < 2; k++) {
                long t = start + ((p + 3L * k) % WAVES) * 86_400L + 20_000L + p * 1_337L + k * 611L;
                String said = p == 4 && k == 1 ? HOSTILE_POST
                        : "person " + p + " thinks post " + k + " is about " + (k == 0 ? "rent" : "transit") + " in ward " + (p * 7 % 11);
                order.add(new long[] {t, rows.size()});
                rows.add("person" + p + "," + Instant.ofEpochSecond(t) + ",\"" + said + "\"");
            }
        }
        order.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        StringBuilder out = new StringBuilder("who,when,said\n");
        for (long[] o : order) {
            out.append(rows.get((int) o[1])).append('\n');
        }
        return out.toString();
    }
}
