package org.spamouflage.sandbox.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spamouflage.sandbox.detection.SettingSpec;
import org.spamouflage.sandbox.detection.SettingSpecs;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.Signals;
import org.spamouflage.sandbox.playground.Control.Target;

/** The catalogue of Playground controls, in display order. */
public final class Controls {
    private Controls() {
    }

    private static final List<Control> ALL = build();

    public static List<Control> all() {
        return ALL;
    }

    public static Optional<Control> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static List<Control> build() {
        List<Control> c = new ArrayList<>();
        String camp = "Campaign";
        c.add(num("bots", "Campaign accounts", camp, "campaign.accounts", null, 0, 5000, 10,
                "More accounts make a denser network; fewer hide more easily."));
        c.add(num("hijacked", "Hijacked share", camp, "campaign.origin.hijacked", "campaign.origin.newAccounts", 0, 1, 0.05,
                "Old hijacked accounts escape the account-age signal but show a dormancy switch."));
        c.add(num("paraphrase", "Paraphrase strength", camp, "campaign.text.paraphraseLevel", null, 0, 1, 0.05,
                "Stronger paraphrase breaks near-duplicate matching."));
        c.add(num("exact", "Exact copies", camp, "campaign.text.exactDuplicateRate", "campaign.text.editRate", 0, 1, 0.05,
                "The share of comments pasted verbatim."));
        c.add(num("jitter", "Timing jitter (min)", camp, "campaign.timing.jitterMinutes", null, 0, 600, 5,
                "Spreading posts out in time weakens co-comment windows."));
        c.add(num("campshares", "Campaign shares per post", camp, "campaign.engagement.inNetworkSharesPerPost", null,
                0, 10, 0.1, "Cell-mates re-sharing each other's posts in bursts: the co-sharing trace."));
        c.add(choice("opzone", "Operator time zone", camp, "campaign.timing.operatorTimeZone",
                List.of("Asia/Shanghai", "Europe/Moscow", "UTC", "America/Toronto", "America/Vancouver"),
                "Operators in the audience's own time zone defeat the night-posting signal."));
        c.add(num("camouflage", "Camouflage share", camp, "campaign.text.camouflageRatio", null, 0, 0.9, 0.05,
                "Off-topic posts (food, scenery, sport) dilute per-account signals."));
        c.add(num("campfrench", "Campaign French share", camp, "campaign.text.languages.french",
                "campaign.text.languages.english", 0, 1, 0.05, "More French comments, machine-translated."));
        c.add(num("zerofollowers", "Zero-follower share", camp, "campaign.profiles.zeroFollowerShare", null, 0, 1, 0.05,
                "Bought followers defeat the follower signal."));
        c.add(num("weekend", "Weekend activity", camp, "campaign.timing.weekendFactor", null, 0, 1, 0.05,
                "1 = operators work weekends like weekdays."));
        String pop = "Population";
        c.add(num("population", "Organic accounts", pop, "organic.accounts", null, 100, 20000, 100,
                "More real people means more honest look-alikes."));
        c.add(num("french", "French-speaking share", pop, "organic.languages.french", "organic.languages.english", 0, 1, 0.01,
                "Share of organic accounts writing in French."));
        c.add(num("superfans", "Superfans", pop, "organic.superfans.count", null, 0, 200, 1,
                "Very active honest users: a classic false positive."));
        c.add(num("bgbots", "Background bots", pop, "backgroundBots.count", null, 0, 500, 5,
                "Unrelated automated accounts: not the campaign, but not people either."));
        c.add(num("advocates", "Advocacy supporters per push", pop, "authentic.advocacy.supporters", null, 0, 1000, 5,
                "Honest people pasting an organisation's letter within hours: coordinated, not inauthentic."));
        c.add(num("outlets", "News outlets", pop, "authentic.news.outlets", null, 0, 50, 1,
                "Outlets posting the same wire headlines within minutes, on a clock."));
        c.add(num("ringmembers", "Fan-ring members", pop, "authentic.fanRings.members", null, 1, 100, 1,
                "Honest fans re-sharing their politician within seconds, every time."));
        String det = "Detector";
        c.add(settings("wcomment", "Co-comment window (s)", det, "coCommentWindowSeconds",
                "Two comments on one post count as coordinated when this close in time."));
        c.add(settings("wshare", "Co-share window (s)", det, "coShareWindowSeconds",
                "Same for sharing one link or object."));
        c.add(settings("wdup", "Duplicate window (s)", det, "duplicateWindowSeconds",
                "Two near-identical posts count as coordinated when this close in time."));
        c.add(settings("sim", "Text similarity threshold", det, "similarityThreshold",
                "Lower finds paraphrases but also honest slogans."));
        c.add(settings("alpha", "Edge significance level", det, "significanceLevel",
                "How surprising co-actions must be, under chance, to become an edge."));
        for (SignalInfo s : Signals.all().stream().map(x -> x.info()).toList()) {
            c.add(new Control("sig." + s.id(), s.title(), "Signals", Target.SIGNAL, s.id(), null, 0, 1, 1, List.of(),
                    s.direction()));
            c.add(new Control("wt." + s.id(), s.title() + " weight", "Signals", Target.WEIGHT, s.id(), null, 0, 5, 0.25,
                    List.of(), "Weight of this signal in the combined score."));
        }
        return List.copyOf(c);
    }

    private static Control num(String id, String label, String group, String path, String balance, double min,
                               double max, double step, String help) {
        return new Control(id, label, group, Target.SCENARIO, path, balance, min, max, step, List.of(), help);
    }

    private static Control choice(String id, String label, String group, String path, List<String> choices, String help) {
        return new Control(id, label, group, Target.SCENARIO, path, null, 0, 0, 0, choices, help);
    }

    /** A detector-settings slider whose range and step come from the setting's spec (one place for its rules). */
    private static Control settings(String id, String label, String group, String field, String help) {
        SettingSpec spec = SettingSpecs.of(field).orElseThrow(() -> new IllegalStateException("no spec for " + field));
        return new Control(id, label, group, Target.SETTINGS, field, null, spec.sliderMin(), spec.sliderMax(),
                spec.step(), List.of(), help);
    }
}
