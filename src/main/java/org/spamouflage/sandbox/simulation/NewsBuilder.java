package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * News outlets and aggregators: honest accounts that post the same headlines and links within
 * minutes, on a schedule (realism.md, "Authentic coordination"; Giglietto et al. 2020 found outlet
 * and page networks among coordinated link sharers; on the real IRA windows the naive copy
 * baseline's false alarms are news-feed accounts posting the same headlines).
 *
 * <ul>
 * <li>Each outlet (class organic, an old account with a real audience: followers log-normal around
 *     {@code followersMedian}) posts {@code postsPerDay} headlines of its own on a clock from
 *     06:00 to 23:00 Eastern, a fixed interval apart with about a minute and a half of jitter, on
 *     whole minutes (a scheduler), each with a link to its own site.</li>
 * <li>Each day about {@code wireStoriesPerDay} wire stories break between 06:00 and 22:00; a share
 *     {@code pickupShare} of the outlets (at least two) post each with the wire's headline (French
 *     outlets the French one) and their own link, the first at once and each other one a log-normal
 *     delay later (median {@code pickupLagMinutes}, sigma 0.8).</li>
 * <li>Each aggregator (class background: automated) follows about half of the outlets and reposts
 *     {@value #AGGREGATOR_REPOST_RATE} of their headlines word for word with the outlet's link, a
 *     log-normal delay after the outlet (median {@code aggregatorLagSeconds}, sigma 0.5).</li>
 * </ul>
 * Outlets never reply to politicians and draw little engagement of their own here.
 */
final class NewsBuilder {
    static final long DAY_FROM = 6 * 3600L;
    static final long DAY_TO = 23 * 3600L;
    static final long WIRE_TO = 22 * 3600L;
    static final double JITTER_SECONDS = 90;
    static final double PICKUP_SIGMA = 0.8;
    static final double AGGREGATOR_SIGMA = 0.5;
    static final double AGGREGATOR_REPOST_RATE = 0.8;
    /** Share of an outlet's headlines that carry a section hashtag. */
    static final double TAG_RATE = 0.4;

    private final World w;
    private final Politicians politicians;
    private final Scenario.News n;
    private final Fill fill = new Fill();
    private final StringBuilder sb = new StringBuilder(200);
    private final List<AccountDraft> outlets = new ArrayList<>();
    private final List<String> domains = new ArrayList<>();
    private final List<Integer> languages = new ArrayList<>();
    private final List<Integer> provinces = new ArrayList<>();
    /** Each outlet's posts in the period, for the aggregators. */
    private final List<List<PostDraft>> posted = new ArrayList<>();
    private int serial = 1000;

    NewsBuilder(World w, Politicians politicians) {
        this.w = w;
        this.politicians = politicians;
        this.n = w.scenario.authentic().news();
    }

    void build() {
        if (n.outlets() <= 0) {
            return;
        }
        double french = Recruits.frenchPostShare(w.scenario.organic());
        int[] perLanguage = new int[2];
        for (int i = 0; i < n.outlets(); i++) {
            Rng r = Rng.derive(w.seed, "news-outlet", i);
            // The first outlet is English so that a one-outlet scenario still has the wire's main language.
            int lang = i > 0 && r.chance(french) ? 1 : 0;
            outlet(r, lang, perLanguage[lang]++);
        }
        for (int i = 0; i < outlets.size(); i++) {
            ownSchedule(i);
        }
        wire();
        for (int j = 0; j < n.aggregators(); j++) {
            aggregator(j);
        }
    }

    private void outlet(Rng r, int lang, int k) {
        String[] names = AuthenticTexts.OUTLET_NAMES[lang];
        String[] sites = AuthenticTexts.OUTLET_DOMAINS[lang];
        String number = k < names.length ? "" : Integer.toString(k / names.length + 1);
        String name = names[k % names.length] + (number.isEmpty() ? "" : " " + number);
        String site = sites[k % sites.length];
        String domain = number.isEmpty() ? site : site.replace(".example", number + ".example");
        AccountDraft a = w.newAccount(AccountClass.ORGANIC);
        a.role = AccountRole.NEWS;
        a.handle = TextTools.asciiHandle(name.replace("'", ""));
        a.displayName = name;
        a.bio = (lang == 1 ? "Nouvelles d'ici et d'ailleurs. Média inventé pour un bac à sable pédagogique. "
                : "News from here and across Canada. An invented outlet for a teaching sandbox. ") + domain;
        a.avatar = "photo";
        a.createdAt = w.yearStart(2009 + r.nextInt(6)) + (long) (r.nextDouble() * World.YEAR);
        a.followers = (int) Math.min(50_000_000, Math.round(r.logNormal(Math.max(0, n.followersMedian()), 1.0)));
        a.following = (int) Math.round(r.logNormal(600, 0.8));
        a.client = AuthenticTexts.NEWS_CLIENTS[r.nextInt(2)];
        a.language = lang;
        outlets.add(a);
        domains.add(domain);
        languages.add(lang);
        int qc = OtherTexts.provinceIndex("QC");
        provinces.add(lang == 1 && w.provinceShare("QC") > 0 ? qc : w.pickProvince(r));
        posted.add(new ArrayList<>());
    }

    /** Own headlines at a fixed interval through the outlet's day, on whole minutes. */
    private void ownSchedule(int i) {
        if (n.postsPerDay() <= 0) {
            return;
        }
        Rng r = Rng.derive(w.seed, "news-schedule", i);
        double interval = (DAY_TO - DAY_FROM) / n.postsPerDay();
        double phase = r.nextDouble() * interval;
        for (long day = w.start; day < w.end; day += World.DAY) {
            for (double at = DAY_FROM + phase; at < DAY_TO; at += interval) {
                long t = day + (long) (at + JITTER_SECONDS * r.gaussian());
                t -= Math.floorMod(t, 60L);
                if (t >= w.start && t < w.end) {
                    int section = r.pickCumulative(AuthenticTexts.NEWS_SECTION_CUMULATIVE);
                    Phrase[] bank = AuthenticTexts.NEWS_P[section][languages.get(i)];
                    headline(i, r, t, section, bank[r.nextInt(bank.length)], r, provinces.get(i));
                }
            }
        }
        int older = r.poisson(8);
        AccountDraft a = outlets.get(i);
        for (int k = 0; k < older && a.createdAt + World.DAY < w.start - World.DAY; k++) {
            long t = a.createdAt + World.DAY + (long) (r.nextDouble() * (w.start - 2 * World.DAY - a.createdAt));
            int section = r.pickCumulative(AuthenticTexts.NEWS_SECTION_CUMULATIVE);
            Phrase[] bank = AuthenticTexts.NEWS_P[section][languages.get(i)];
            headline(i, r, t - Math.floorMod(t, 60L), section, bank[r.nextInt(bank.length)], r, provinces.get(i));
        }
    }

    /** Wire stories: several outlets post one headline, minutes apart, each with its own link. */
    private void wire() {
        if (n.wireStoriesPerDay() <= 0) {
            return;
        }
        Rng r = Rng.derive(w.seed, "news-wire", 0);
        int story = 0;
        int count = outlets.size();
        for (long day = w.start; day < w.end; day += World.DAY) {
            int stories = r.poisson(n.wireStoriesPerDay());
            for (int k = 0; k < stories; k++, story++) {
                long t0 = day + DAY_FROM + (long) (r.nextDouble() * (WIRE_TO - DAY_FROM));
                int section = r.pickCumulative(AuthenticTexts.NEWS_SECTION_CUMULATIVE);
                int line = r.nextInt(AuthenticTexts.NEWS_P[section][0].length);
                long storySeed = r.nextLong();
                int storyProvince = w.pickProvince(r);
                List<Integer> carriers = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    if (r.chance(n.pickupShare())) {
                        carriers.add(i);
                    }
                }
                while (carriers.size() < Math.min(2, count)) {
                    int extra = r.nextInt(count);
                    if (!carriers.contains(extra)) {
                        carriers.add(extra);
                    }
                }
                // Who breaks the story is random; the others follow.
                int first = r.nextInt(carriers.size());
                for (int c = 0; c < carriers.size(); c++) {
                    int i = carriers.get(c);
                    long t = c == first ? t0 : t0 + 30 + (long) r.logNormal(Math.max(0.05, n.pickupLagMinutes()) * 60,
                            PICKUP_SIGMA);
                    t -= Math.floorMod(t, 60L);
                    if (t < w.start || t >= w.end) {
                        continue;
                    }
                    // Every carrier renders the story from the same stream: the same headline, the same names.
                    Rng same = Rng.derive(storySeed, "story", languages.get(i));
                    headline(i, same, t, section, AuthenticTexts.NEWS_P[section][languages.get(i)][line], r,
                            storyProvince);
                }
            }
        }
    }

    /**
     * One headline post of outlet {@code i}: the text comes from {@code text} (the story's own
     * stream for wire stories), the outlet's own choices (tag, link) from {@code own}; places are
     * in {@code province} (the outlet's own, or the wire story's).
     */
    private void headline(int i, Rng text, long t, int section, Phrase line, Rng own, int province) {
        AccountDraft a = outlets.get(i);
        int lang = languages.get(i);
        int pol = politicians.pickForComment(text);
        fill.rng = text;
        fill.lang = lang;
        fill.province = province;
        fill.city = text.pick(OtherTexts.CITIES[fill.province]);
        fill.pol = politicians.names[pol];
        fill.party = politicians.partyName(pol);
        sb.setLength(0);
        line.render(sb, fill, text, 0);
        TextTools.tidy(sb);
        PostDraft d = new PostDraft(a, t);
        d.mentions = section == 0 && own.chance(0.3) ? List.of(politicians.accounts[pol].handle) : List.of();
        String[] tags = AuthenticTexts.NEWS_TAGS[section][lang];
        d.hashtags = own.chance(TAG_RATE) ? TextTools.oneTag(tags[own.nextInt(tags.length)]) : List.of();
        d.links = List.of("https://" + domains.get(i) + "/" + AuthenticTexts.NEWS_PATHS[section] + "/" + (serial++));
        TextTools.appendExtras(sb, d.mentions, d.hashtags, d.links);
        d.text = sb.toString();
        d.lang = lang == 1 ? "fr" : "en";
        d.source = a.client;
        d.kind = "news";
        w.posts.add(d);
        if (t >= w.start) {
            posted.get(i).add(d);
        }
    }

    /** An automated aggregator reposting the headlines of the outlets it follows, with their links. */
    private void aggregator(int j) {
        Rng r = Rng.derive(w.seed, "news-aggregator", j);
        String[] names = AuthenticTexts.AGGREGATOR_NAMES;
        String name = names[j % names.length] + (j < names.length ? "" : " " + (j / names.length + 1));
        AccountDraft a = w.newAccount(AccountClass.BACKGROUND);
        a.role = AccountRole.NEWS;
        a.handle = TextTools.asciiHandle(name.replace(" ", ""));
        a.displayName = name;
        a.bio = "Automated headlines from Canadian outlets. Invented for a teaching sandbox.";
        a.avatar = "default";
        a.createdAt = w.yearStart(2011 + r.nextInt(8)) + (long) (r.nextDouble() * World.YEAR);
        a.followers = (int) Math.round(r.logNormal(1_500, 1.0));
        a.following = outlets.size();
        a.client = "RSS Poster";
        boolean credit = r.chance(0.5);
        List<Integer> follows = new ArrayList<>();
        for (int i = 0; i < outlets.size(); i++) {
            if (r.chance(0.5)) {
                follows.add(i);
            }
        }
        if (follows.isEmpty()) {
            follows.add(r.nextInt(outlets.size()));
        }
        for (int i : follows) {
            AccountDraft outlet = outlets.get(i);
            for (PostDraft p : posted.get(i)) {
                if (!r.chance(AGGREGATOR_REPOST_RATE)) {
                    continue;
                }
                long t = p.time + 5 + (long) r.logNormal(Math.max(1, n.aggregatorLagSeconds()), AGGREGATOR_SIGMA);
                if (t >= w.end) {
                    continue;
                }
                PostDraft d = new PostDraft(a, t);
                String headline = p.text.substring(0, p.text.length() - p.links.get(0).length()).strip();
                List<String> mentions = new ArrayList<>(p.mentions);
                if (credit) {
                    mentions.add(outlet.handle);
                }
                d.mentions = List.copyOf(mentions);
                d.hashtags = p.hashtags;
                d.links = p.links;
                d.text = headline + (credit ? " (via @" + outlet.handle + ")" : "") + " " + p.links.get(0);
                d.lang = p.lang;
                d.source = a.client;
                d.kind = "news";
                w.posts.add(d);
            }
        }
    }
}
