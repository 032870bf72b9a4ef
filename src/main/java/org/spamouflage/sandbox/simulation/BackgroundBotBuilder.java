package org.spamouflage.sandbox.simulation;

import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Automated accounts unrelated to the campaign (Varol et al. 2017: 9–15% of active accounts are
 * automated): weather, deals, crypto, jobs, horoscopes, news feeds. They post on a clock, day and
 * night, mostly links, about unrelated topics. {@code regularity} 1 means a fixed interval; lower
 * values mix in exponential gaps. They are honest false positives for timing and link signals.
 */
final class BackgroundBotBuilder {
    private final World w;
    private final Scenario.BackgroundBots b;

    BackgroundBotBuilder(World w) {
        this.w = w;
        this.b = w.scenario.backgroundBots();
    }

    void build() {
        int n = Math.max(0, b.count());
        double perDay = Math.max(0, b.postsPerDay());
        double regularity = Math.max(0, Math.min(1, b.regularity()));
        double linkRate = Math.max(0, Math.min(1, b.linkRate()));
        Fill fill = new Fill();
        StringBuilder sb = new StringBuilder(160);
        for (int i = 0; i < n; i++) {
            Rng r = Rng.derive(w.seed, "bot", i);
            AccountDraft a = w.newAccount(AccountClass.BACKGROUND);
            int genre = r.nextInt(OtherTexts.BOT_GENRES.length);
            int province = w.pickProvince(r);
            String city = r.pick(OtherTexts.CITIES[province]);
            String genreName = OtherTexts.BOT_GENRE_NAMES[genre];
            String cityTag = TextTools.asciiHandle(city);
            StringBuilder h = new StringBuilder();
            switch (r.nextInt(3)) {
                case 0 -> h.append(cityTag).append(genreName);
                case 1 -> h.append(genreName).append(r.chance(0.5) ? "Alerts" : "Daily");
                default -> h.append("the").append(genreName).append("Feed");
            }
            TextTools.appendDigits(h, r, 2 + r.nextInt(3));
            a.handle = h.toString();
            a.displayName = (r.chance(0.5) ? city + " " : "") + genreName + (r.chance(0.5) ? " Bot" : " Updates");
            a.bio = r.chance(0.6) ? "Automated " + genreName.toLowerCase(java.util.Locale.ROOT) + " updates." : "";
            a.avatar = r.chance(0.5) ? "default" : "photo";
            a.createdAt = w.yearStart(2012 + r.nextInt(10)) + (long) (r.nextDouble() * World.YEAR);
            a.followers = (int) Math.min(1_000_000, Math.round(r.logNormal(120, 1.2)));
            a.following = (int) Math.round(r.logNormal(20, 1.0));
            a.client = r.pick(OtherTexts.BOT_CLIENTS);
            fill.rng = r;
            fill.lang = 0;
            fill.province = province;
            fill.city = city;
            String domain = OtherTexts.BOT_DOMAINS[genre];
            // This bot's own wording of its genre's formats, fixed for all its posts.
            Phrase[] genreFormats = OtherTexts.BOT_P[genre];
            Phrase[] formats = new Phrase[genreFormats.length];
            for (int k = 0; k < formats.length; k++) {
                formats[k] = genreFormats[k].resolve(r);
            }
            if (perDay <= 0) {
                continue;
            }
            double period = World.DAY / perDay;
            long t = w.start + (long) (r.nextDouble() * period);
            // Most schedulers fire on whole minutes.
            boolean onTheMinute = regularity >= 0.7;
            int serial = 1000 + r.nextInt(9000);
            while (t < w.end) {
                long at = onTheMinute ? t - Math.floorMod(t, 60L) : t;
                if (at >= w.start) {
                    w.posts.add(post(a, r, at, genre, formats, linkRate, fill, sb, domain, serial++));
                }
                double gap = period * (regularity + (1 - regularity) * r.exponential(1));
                t += Math.max(60, (long) gap);
            }
            int older = r.poisson(3);
            long from = a.createdAt + World.DAY;
            for (int k = 0; k < older && from < w.start - World.DAY; k++) {
                long at = from + (long) (r.nextDouble() * (w.start - World.DAY - from));
                w.posts.add(post(a, r, at, genre, formats, linkRate, fill, sb, domain, serial++));
            }
        }
    }

    private PostDraft post(AccountDraft a, Rng r, long t, int genre, Phrase[] formats, double linkRate, Fill fill,
                           StringBuilder sb, String domain, int serial) {
        PostDraft d = new PostDraft(a, t);
        sb.setLength(0);
        r.pick(formats).render(sb, fill, r, 0);
        TextTools.tidy(sb);
        List<String> tags = List.of();
        if (r.chance(0.5)) {
            String tag = r.pick(OtherTexts.BOT_HASHTAGS[genre]);
            tags = TextTools.oneTag(tag);
            sb.append(" #").append(tag);
        }
        List<String> links = List.of();
        if (r.chance(linkRate)) {
            String link = "https://" + domain + "/p/" + serial;
            links = List.of(link);
            sb.append(' ').append(link);
        }
        d.text = sb.toString();
        d.hashtags = tags;
        d.links = links;
        d.lang = "en";
        d.source = a.client;
        d.kind = "bot";
        return d;
    }
}
