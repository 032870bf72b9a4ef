package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.spamouflage.sandbox.detection.DetectorSettings.SignalSetting;
import org.spamouflage.sandbox.detection.signals.AccountAgeSignal;
import org.spamouflage.sandbox.detection.signals.CamouflageSignal;
import org.spamouflage.sandbox.detection.signals.CoActionSignal;
import org.spamouflage.sandbox.detection.signals.CrossLanguageSignal;
import org.spamouflage.sandbox.detection.signals.InClusterEngagementSignal;
import org.spamouflage.sandbox.detection.signals.CreationBurstSignal;
import org.spamouflage.sandbox.detection.signals.DormancySwitchSignal;
import org.spamouflage.sandbox.detection.signals.FollowersSignal;
import org.spamouflage.sandbox.detection.signals.HandlePatternSignal;
import org.spamouflage.sandbox.detection.signals.HourOfWeekSignal;
import org.spamouflage.sandbox.detection.signals.NightPostingSignal;
import org.spamouflage.sandbox.detection.signals.RegularitySignal;
import org.spamouflage.sandbox.detection.signals.VolumeSignal;

/**
 * The signal catalogue, in display order, with default weights. Coordination signals weigh more
 * than single-account traits: coordination traces separate paid agents better than individual
 * account features (Keller, Schoch, Stier &amp; Yang 2020). The four co-action layers weigh the same:
 * each is the same test on another kind of object (a post, a link, a hashtag, a message) and nothing says
 * in advance which a campaign will use (Keller et al. weigh co-tweeting and co-retweeting alike); the
 * earlier 3/2/1/3 split favoured what the generator's campaign does and cost 0.045 combined AUC on a real
 * window that runs on hashtags (BENCHMARKS.md, "Real campaigns").
 */
public final class Signals {
    private Signals() {
    }

    private record Entry(Signal signal, double defaultWeight) {
    }

    private static final List<Entry> ALL = List.of(
            new Entry(new CoActionSignal("co-comment", "Co-commenting", "comments", "post",
                    "CooRTweet; Keller et al. 2020; CTV on Canada 2023", "the data hold no replies"), 2.0),
            new Entry(new CoActionSignal("co-share", "Co-sharing", "shares", "link or object",
                    "CooRTweet; QUT coordination-network-toolkit (co-link, co-retweet)",
                    "the data hold no re-shares and no links"), 2.0),
            new Entry(new CoActionSignal("co-hashtag", "Co-hashtagging", "hashtag uses", "hashtag",
                    "CooRTweet co-hashtag; QUT toolkit", "the data hold no hashtags"), 2.0),
            new Entry(new CoActionSignal("duplicate-text", "Near-duplicate posting", "posts", "message",
                    "Meta Q2 2023 (templates reused across accounts); CooRTweet 1.x near-duplicate text",
                    "the data hold no post texts"), 2.0),
            new Entry(new CrossLanguageSignal(), 1.0),
            new Entry(new CamouflageSignal(), 1.0),
            new Entry(new InClusterEngagementSignal(), 1.0),
            new Entry(new NightPostingSignal(), 1.0),
            new Entry(new HourOfWeekSignal(), 0.5),
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
