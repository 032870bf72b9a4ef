package org.spamouflage.sandbox.detection;

/**
 * One field of the detector settings: its JSON name, kind, unit, allowed range, default, source and
 * meaning, and the range a slider offers (narrower than what is allowed: a 30-day window is allowed in a
 * settings file, not useful on a slider). The table of all of them ({@link SettingSpecs}) drives the
 * validation ({@link SettingsValidator}), the Playground's detector controls and the methods note, so
 * none of them can drift from the others.
 *
 * @param field     the JSON field ({@code coShareWindowSeconds})
 * @param kind      what value it takes
 * @param unit      unit for messages and docs ("seconds", "accounts"), empty when none
 * @param min       smallest allowed value (numbers)
 * @param max       largest allowed value (numbers)
 * @param meaning   one sentence: what the setting does
 * @param source    where the default comes from
 * @param sliderMin a slider's lower end (numbers)
 * @param sliderMax a slider's upper end (numbers)
 * @param step      a slider's step (numbers)
 */
public record SettingSpec(String field, Kind kind, String unit, double min, double max, String meaning, String source,
                          double sliderMin, double sliderMax, double step) {

    /** The value a setting takes. */
    public enum Kind {
        /** A whole number. */
        INTEGER,
        /** A number; bounds may be exclusive at 0 for levels (see {@link #minExclusive}). */
        NUMBER,
        /** A number greater than {@code min} (e.g. a significance level above 0). */
        NUMBER_ABOVE_MIN,
        /** {@code auto} or an IANA time-zone id. */
        TIME_ZONE,
        /** The settings format version. */
        FORMAT
    }

    /** True when {@code min} itself is not allowed. */
    public boolean minExclusive() {
        return kind == Kind.NUMBER_ABOVE_MIN;
    }
}
