package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.spamouflage.sandbox.detection.DetectorSettings.SignalSetting;
import org.spamouflage.sandbox.detection.signals.AccountAgeSignal;
import org.spamouflage.sandbox.detection.signals.CreationBurstSignal;
import org.spamouflage.sandbox.detection.signals.DormancySwitchSignal;
import org.spamouflage.sandbox.detection.signals.FollowersSignal;
import org.spamouflage.sandbox.detection.signals.HandlePatternSignal;
import org.spamouflage.sandbox.detection.signals.NightPostingSignal;
import org.spamouflage.sandbox.detection.signals.RegularitySignal;
import org.spamouflage.sandbox.detection.signals.VolumeSignal;

/**
 * The signal catalogue, in display order, with default weights. Coordination signals weigh more
 * than single-account traits: coordination traces separate paid agents better than individual
 * account features (Keller, Schoch, Stier &amp; Yang 2020).
 */
public final class Signals {
    private Signals() {
    }

    private record Entry(Signal signal, double defaultWeight) {
    }

    private static final List<Entry> ALL = List.of(
            new Entry(new NightPostingSignal(), 1.0),
            new Entry(new CreationBurstSignal(), 1.0),
            new Entry(new AccountAgeSignal(), 0.5),
            new Entry(new HandlePatternSignal(), 0.5),
            new Entry(new FollowersSignal(), 0.5),
            new Entry(new VolumeSignal(), 0.25),
            new Entry(new RegularitySignal(), 0.25),
            new Entry(new DormancySwitchSignal(), 0.5));

    /** All signals in display order. */
    public static List<Signal> all() {
        List<Signal> out = new ArrayList<>();
        for (Entry e : ALL) {
            out.add(e.signal());
        }
        return out;
    }

    public static List<String> ids() {
        return all().stream().map(s -> s.info().id()).toList();
    }

    /** The signal's description, or null when unknown. */
    public static SignalInfo info(String id) {
        for (Entry e : ALL) {
            if (e.signal().info().id().equals(id)) {
                return e.signal().info();
            }
        }
        return null;
    }

    static SortedMap<String, SignalSetting> defaultSettings() {
        SortedMap<String, SignalSetting> m = new TreeMap<>();
        for (Entry e : ALL) {
            m.put(e.signal().info().id(), new SignalSetting(true, e.defaultWeight()));
        }
        return m;
    }
}
