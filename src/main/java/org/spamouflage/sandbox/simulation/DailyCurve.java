package org.spamouflage.sandbox.simulation;

import org.spamouflage.sandbox.scenario.Scenario;

/** How active someone is at a given local clock hour; 1 at the peak. */
@FunctionalInterface
interface DailyCurve {

    /**
     * @param localHour hour of the local clock in [0, 24)
     * @param weekend   true on a local Saturday or Sunday
     */
    double level(double localHour, boolean weekend);

    /**
     * Honest users (Tavares &amp; Faisal 2013, Golder &amp; Macy 2011): a night lull, a rise from
     * 07:00, a dip around noon and a peak in the evening; weekends shift the curve later.
     * Knots are hours after the peak, so moving {@code peakHour} moves the whole day.
     */
    static DailyCurve organic(Scenario.Circadian c) {
        double[] shape = {1.0, 0.9, 0.7, 0.45, 0.22, 0.08, 0.02, 0.0, 0.03, 0.12, 0.3, 0.45, 0.55, 0.6, 0.62, 0.6,
            0.6, 0.62, 0.66, 0.7, 0.75, 0.82, 0.9, 0.96, 1.0};
        double night = clamp(c.nightLevel(), 0, 1);
        double dip = clamp(c.noonDip(), 0, 1);
        int peak = c.peakHour();
        double shift = c.weekendShiftHours();
        return (h, weekend) -> {
            double clock = weekend ? h - shift : h;
            double d = mod24(clock - peak);
            double s = interpolate(shape, d);
            double fromNoon = Math.abs(mod24(clock) - 12.5);
            double noon = 1 - (1 - dip) * Math.max(0, 1 - fromNoon / 1.5);
            return night + (1 - night) * s * noon;
        };
    }

    /** Politicians' offices: working hours plus early evening, much quieter at weekends. */
    static DailyCurve politician() {
        double[] byHour = {0.03, 0.02, 0.01, 0.01, 0.01, 0.02, 0.08, 0.3, 0.6, 0.85, 1.0, 1.0, 0.9, 0.8, 0.85, 0.85,
            0.9, 0.9, 0.95, 0.85, 0.6, 0.4, 0.2, 0.08, 0.03};
        return (h, weekend) -> interpolate(byHour, mod24(h)) * (weekend ? 0.5 : 1.0);
    }

    private static double interpolate(double[] knots, double x) {
        int i = (int) Math.floor(x);
        if (i >= knots.length - 1) {
            return knots[knots.length - 1];
        }
        double f = x - i;
        return knots[i] * (1 - f) + knots[i + 1] * f;
    }

    private static double mod24(double h) {
        double r = h % 24;
        return r < 0 ? r + 24 : r;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
