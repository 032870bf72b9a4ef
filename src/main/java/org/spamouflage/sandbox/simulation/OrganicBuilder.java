package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * The honest population: invented Canadians in their provinces' time zones.
 *
 * <ul>
 * <li>Activity is heavy-tailed: each account's expected number of posts is log-normal with
 *     sigma {@code activitySigma} around {@code postsPerAccount} (Pew 2019: the top 10% write
 *     about 80% of posts).</li>
 * <li>Standalone posts come in sessions whose start follows the daily curve in local time; gaps
 *     within a session are minutes, between sessions days, so gaps are heavy-tailed.</li>
 * <li>Replies to politicians follow the post with exponential decay (half-life
 *     {@code replyHalfLifeMinutes}, Pfeffer et al. 2023), thinned by the replier's own daily
 *     curve, plus a small tail of late replies.</li>
 * <li>Languages are assigned so that the share of French <em>posts</em> (not accounts) matches the
 *     settings even though a few heavy users write most posts; provinces then follow language
 *     (most francophones in Quebec).</li>
 * <li>Superfans are honest, very active partisans; news spikes add bursts of posts on one topic.</li>
 * </ul>
 */
final class OrganicBuilder {
    static final int EN = 0;
    static final int FR = 1;
    static final int BILINGUAL = 2;
    /** No honest person writes more than this many posts a day on average. */
    private static final double MAX_POSTS_PER_DAY = 50;
    private static final String[] NICK_A = {"hockey", "maple", "coffee", "prairie", "north", "yyz", "lake", "canuck",
        "garden", "trail", "loonie", "poutine", "snow", "island", "river"};
    private static final String[] NICK_B = {"mom", "dad", "fan", "guy", "girl", "lover", "life", "nerd", "runner",
        "reader", "chef", "watcher"};

    private final World w;
    private final Scenario.Organic o;
    private final Politicians politicians;
    private final OrganicWriter writer = new OrganicWriter();
    /** Accounts that post, with their expected number of posts (for spikes and likes). */
    final List<AccountDraft> members = new ArrayList<>();
    private final List<double[]> langProfiles = new ArrayList<>();
    /** Each member's writing habits, in {@link #members} order. */
    private final List<Voice> voices = new ArrayList<>();
    /** Each member's home city, in {@link #members} order. */
    private final List<String> cities = new ArrayList<>();
    /** The home city of the account being built (also used in its bio). */
    private String homeCity;

    OrganicBuilder(World w, Politicians politicians) {
        this.w = w;
        this.o = w.scenario.organic();
        this.politicians = politicians;
    }

    void build() {
        int n = Math.max(0, o.accounts());
        int fans = Math.max(0, o.superfans().count());
        double days = w.days();
        double cap = MAX_POSTS_PER_DAY * days;
        double[] rate = new double[n + fans];
        for (int i = 0; i < n; i++) {
            Rng r = Rng.derive(w.seed, "organic-rate", i);
            rate[i] = Math.min(cap, r.logNormalWithMean(Math.max(0, o.postsPerAccount()), Math.max(0, o.activitySigma())));
        }
        for (int i = 0; i < fans; i++) {
            Rng r = Rng.derive(w.seed, "superfan-rate", i);
            rate[n + i] = Math.min(cap, r.logNormalWithMean(Math.max(0, o.superfans().postsPerDay()) * days, 0.3));
        }
        int[] language = assignLanguages(rate);
        double[][] provinceByLanguage = provinceByLanguage();
        double bilingualFrench = clamp01(o.bilingualFrenchShare());
        for (int i = 0; i < n + fans; i++) {
            boolean fan = i >= n;
            Rng r = fan ? Rng.derive(w.seed, "superfan", i - n) : Rng.derive(w.seed, "organic", i);
            AccountDraft a = w.newAccount(AccountClass.ORGANIC);
            int lang = language[i];
            a.language = lang;
            a.activity = rate[i];
            int province = r.pickCumulative(provinceByLanguage[lang]);
            profile(a, r, province, lang, fan);
            writer.voice = Voice.draw(r, lang == BILINGUAL);
            voices.add(writer.voice);
            cities.add(homeCity);
            members.add(a);
            double frenchShare = lang == FR ? 1 : lang == BILINGUAL ? bilingualFrench : 0;
            langProfiles.add(new double[] {frenchShare, province});
            posts(a, r, rate[i], frenchShare, province, fan);
            history(a, r, rate[i], frenchShare, province);
        }
        spikes();
    }

    /**
     * Gives each account a language so that post-weighted shares track the targets: accounts are
     * taken from most to least active and each draws a language with odds proportional to how far
     * that language is behind its target share.
     */
    private int[] assignLanguages(double[] rate) {
        double[] target = {Math.max(0, o.languages().english()), Math.max(0, o.languages().french()),
            Math.max(0, o.languages().bilingual())};
        double ts = target[0] + target[1] + target[2];
        if (ts <= 0) {
            target = new double[] {1, 0, 0};
            ts = 1;
        }
        for (int k = 0; k < 3; k++) {
            target[k] /= ts;
        }
        Integer[] order = new Integer[rate.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(rate[y], rate[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        Rng r = Rng.derive(w.seed, "organic-languages", 0);
        int[] out = new int[rate.length];
        double[] got = new double[3];
        double total = 0;
        double[] odds = new double[3];
        for (int idx : order) {
            double weight = rate[idx] + 1e-9;
            double after = total + weight;
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                odds[k] = target[k] <= 0 ? 0 : Math.max(0, target[k] * after - got[k]);
                sum += odds[k];
            }
            if (sum <= 0) {
                System.arraycopy(target, 0, odds, 0, 3);
            }
            int k = r.pickCumulative(Rng.cumulative(odds));
            out[idx] = k;
            got[k] += weight;
            total = after;
        }
        return out;
    }

    /** P(province | language): francophones concentrate in Quebec (StatCan 2021), the rest follow population. */
    private double[][] provinceByLanguage() {
        double[] share = {Math.max(0, o.languages().english()), Math.max(0, o.languages().french()),
            Math.max(0, o.languages().bilingual())};
        double ss = share[0] + share[1] + share[2];
        for (int k = 0; k < 3; k++) {
            share[k] = ss > 0 ? share[k] / ss : (k == 0 ? 1 : 0);
        }
        double q = w.provinceShare("QC");
        double frQc = q <= 0 ? 0 : q >= 1 ? share[FR] : Math.min(Math.min(0.65, 3.4 * share[FR]), share[FR] / q);
        double biQc = q <= 0 ? 0 : q >= 1 ? share[BILINGUAL]
                : Math.min(Math.min(0.9 - frQc, 2.0 * share[BILINGUAL]), share[BILINGUAL] / q);
        biQc = Math.max(0, biQc);
        double frOther = q >= 1 ? 0 : Math.max(0, (share[FR] - q * frQc) / (1 - q));
        double biOther = q >= 1 ? 0 : Math.max(0, (share[BILINGUAL] - q * biQc) / (1 - q));
        double[][] out = new double[3][];
        int qc = OtherTexts.provinceIndex("QC");
        double[] base = new double[OtherTexts.PROVINCE_CODES.length];
        for (int p = 0; p < base.length; p++) {
            base[p] = w.provinceCumulative[p] - (p == 0 ? 0 : w.provinceCumulative[p - 1]);
        }
        for (int k = 0; k < 3; k++) {
            double[] weights = new double[base.length];
            double sum = 0;
            for (int p = 0; p < base.length; p++) {
                double pf = p == qc ? frQc : frOther;
                double pb = p == qc ? biQc : biOther;
                double given = k == FR ? pf : k == BILINGUAL ? pb : Math.max(0, 1 - pf - pb);
                weights[p] = base[p] * given;
                sum += weights[p];
            }
            if (sum <= 0) {
                weights = base.clone();
            }
            out[k] = Rng.cumulative(weights);
        }
        return out;
    }

    private void profile(AccountDraft a, Rng r, int province, int lang, boolean fan) {
        String first;
        String last;
        if (lang == FR || (lang == BILINGUAL && r.chance(0.6))) {
            first = r.pick(Names.FIRST_FR);
            last = r.chance(0.9) ? r.pick(Names.LAST_FR) : r.pick(Names.LAST_EN);
        } else {
            double x = r.nextDouble();
            first = x < 0.75 ? r.pick(Names.FIRST_EN) : r.pick(Names.FIRST_OTHER);
            last = x < 0.7 ? r.pick(Names.LAST_EN) : r.pick(Names.LAST_OTHER);
        }
        a.handle = organicHandle(r, first, last);
        double d = r.nextDouble();
        a.displayName = d < 0.6 ? first + " " + last : d < 0.8 ? first : d < 0.9 ? first + " " + last.charAt(0) + "."
                : first + " " + last + " 🇨🇦";
        writer.fill.rng = r;
        writer.fill.lang = Math.min(lang, 1);
        writer.fill.province = province;
        writer.fill.city = r.pick(OtherTexts.CITIES[province]);
        homeCity = writer.fill.city;
        if (r.chance(fan ? 0.9 : 0.55)) {
            StringBuilder sb = new StringBuilder();
            r.pick(OtherTexts.ORGANIC_BIO_P[Math.min(lang, 1)]).render(sb, writer.fill);
            a.bio = sb.toString();
        }
        double av = r.nextDouble();
        a.avatar = av < 0.75 ? "photo" : av < 0.94 ? "default" : "anime";
        double ratio = o.postsPerAccount() > 0 ? Math.max(0.05, a.activity / Math.max(1e-9, o.postsPerAccount())) : 1;
        double followers = r.logNormal(Math.max(0, o.followers().median()), Math.max(0, o.followers().sigma()))
                * StrictMath.pow(ratio, 0.2) * (fan ? 5 : 1);
        a.followers = (int) Math.min(5_000_000, Math.round(followers));
        a.following = (int) Math.min(50_000, Math.round(r.logNormal(150, 1.0)));
        double minAge = Math.max(0, o.minAccountAgeYears());
        double maxAge = Math.max(minAge, o.maxAccountAgeYears());
        a.createdAt = w.start - (long) (r.uniform(minAge, maxAge) * World.YEAR);
        a.client = OtherTexts.ORGANIC_CLIENTS[r.pickCumulative(Rng.cumulative(OtherTexts.ORGANIC_CLIENT_WEIGHTS))];
    }

    static String organicHandle(Rng r, String first, String last) {
        String f = TextTools.asciiHandle(first);
        String l = TextTools.asciiHandle(last);
        StringBuilder sb = new StringBuilder(20);
        double x = r.nextDouble();
        if (x < 0.15) {
            // Honest users keep platform default handles too (a source of false positives).
            sb.append(f).append(l, 0, Math.min(3, l.length()));
            TextTools.appendDigits(sb, r, 8);
        } else if (x < 0.4) {
            sb.append(f.toLowerCase(java.util.Locale.ROOT)).append(r.chance(0.5) ? "_" : "")
                    .append(l.toLowerCase(java.util.Locale.ROOT));
        } else if (x < 0.55) {
            sb.append(f.charAt(0)).append(l);
            TextTools.appendDigits(sb, r, 2);
        } else if (x < 0.78) {
            sb.append(r.pick(NICK_A)).append(r.chance(0.3) ? "_" : "").append(r.pick(NICK_B));
            TextTools.appendDigits(sb, r, 1 + r.nextInt(3));
        } else {
            sb.append(l).append(f.charAt(0)).append(19).append(50 + r.nextInt(50));
        }
        return sb.toString();
    }

    private void posts(AccountDraft a, Rng r, double rate, double frenchShare, int province, boolean fan) {
        int count = r.poisson(rate);
        if (count == 0) {
            return;
        }
        IntensityGrid grid = w.organicGrid(province);
        double replyShare = clamp01(fan ? Math.max(o.replyShare(), 0.7) : o.replyShare());
        double sloganShare = clamp01(fan ? o.superfans().sloganShare() : o.sloganShare());
        double halfLife = Math.max(1, o.replyHalfLifeMinutes()) * 60;
        Fill fill = writer.fill;
        fill.province = province;
        String home = homeCity;
        long sessionTime = Long.MIN_VALUE;
        boolean hasTargets = !politicians.allPosts.isEmpty();
        for (int k = 0; k < count; k++) {
            int lang = r.chance(frenchShare) ? 1 : 0;
            fill.rng = r;
            // Mostly the user's own city; now and then another one in the province.
            fill.city = r.chance(0.85) ? home : r.pick(OtherTexts.CITIES[province]);
            boolean reply = hasTargets && r.chance(replyShare);
            PostDraft d;
            if (reply) {
                PostDraft target = null;
                long t = 0;
                for (int attempt = 0; attempt < 24; attempt++) {
                    int pol = politicians.pickForComment(r);
                    PostDraft[] ps = politicians.posts[pol];
                    if (ps.length == 0) {
                        continue;
                    }
                    PostDraft p = ps[r.nextInt(ps.length)];
                    long lag = r.chance(0.88) ? (long) (r.exponential(halfLife / StrictMath.log(2)))
                            : (long) r.logNormal(6 * 3600, 1.0);
                    long cand = p.time + 20 + lag;
                    if (cand >= w.end) {
                        continue;
                    }
                    target = p;
                    t = cand;
                    if (r.chance(grid.relative(cand))) {
                        break;
                    }
                }
                if (target == null) {
                    reply = false;
                    d = null;
                } else {
                    d = new PostDraft(a, t);
                    d.replyTo = target;
                    int pol = politicians.indexOf(target.author);
                    fill.pol = politicians.names[pol];
                    fill.party = politicians.partyName(pol);
                }
            } else {
                d = null;
            }
            if (!reply) {
                if (sessionTime == Long.MIN_VALUE || r.chance(0.55)) {
                    sessionTime = grid.sample(r);
                } else {
                    sessionTime += 30 + (long) r.logNormal(240, 1.0);
                    if (sessionTime >= w.end) {
                        sessionTime = grid.sample(r);
                    }
                }
                d = new PostDraft(a, sessionTime);
                if (fan) {
                    int pol = politicians.pickForComment(r);
                    fill.pol = politicians.names[pol];
                    fill.party = politicians.partyName(pol);
                }
            }
            if (r.chance(sloganShare)) {
                writer.slogan(d, r, lang);
            } else {
                writer.write(d, r, lang, reply, fan, reply ? d.replyTo.topic : -1);
            }
            d.lang = lang == 1 ? "fr" : "en";
            d.source = a.client;
            w.posts.add(d);
        }
    }

    /** Older posts from before the observed period: honest accounts have a past too. */
    private void history(AccountDraft a, Rng r, double rate, double frenchShare, int province) {
        long from = a.createdAt + World.DAY;
        long to = w.start - World.DAY;
        if (to <= from) {
            return;
        }
        int count = r.poisson(0.3 + Math.min(rate, 30) * 0.05);
        writer.fill.province = province;
        for (int k = 0; k < count; k++) {
            PostDraft d = new PostDraft(a, from + (long) (r.nextDouble() * (to - from)));
            int lang = r.chance(frenchShare) ? 1 : 0;
            writer.fill.city = null;
            writer.write(d, r, lang, false, false, -1);
            d.lang = lang == 1 ? "fr" : "en";
            d.source = a.client;
            w.posts.add(d);
        }
    }

    /** Extra posts on one topic during each news spike, by users drawn by activity. */
    private void spikes() {
        List<Scenario.NewsSpike> list = o.newsSpikes();
        if (list == null || list.isEmpty() || members.isEmpty()) {
            return;
        }
        double[] weights = new double[members.size()];
        double expectedPosts = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = members.get(i).activity;
            expectedPosts += weights[i];
        }
        double[] cumulative = Rng.cumulative(weights);
        if (cumulative[cumulative.length - 1] <= 0) {
            return;
        }
        IntensityGrid eastern = w.organicGrid(OtherTexts.provinceIndex("ON"));
        for (int k = 0; k < list.size(); k++) {
            Scenario.NewsSpike s = list.get(k);
            Rng r = Rng.derive(w.seed, "spike", k);
            long from = World.epochOf(s.date()) + (long) s.startHour() * 3600;
            long to = from + (long) (Math.max(0.1, s.durationHours()) * 3600);
            from = Math.max(from, w.start);
            to = Math.min(to, w.end);
            if (to <= from) {
                continue;
            }
            double baseInWindow = expectedPosts * eastern.total(from, to) / Math.max(1e-9, eastern.total());
            int extra = r.poisson(Math.max(0, s.multiplier() - 1) * baseInWindow);
            String topic = s.topic() == null || s.topic().isBlank() ? "breaking news" : s.topic();
            String tag = TextTools.hashtagOf(topic);
            for (int e = 0; e < extra; e++) {
                int who = r.pickCumulative(cumulative);
                AccountDraft a = members.get(who);
                double[] profile = langProfiles.get(who);
                // Attention rises at once and fades: front-loaded within the window.
                long t = from + (long) ((to - from) * StrictMath.pow(r.nextDouble(), 1.6));
                PostDraft d = new PostDraft(a, t);
                int lang = r.chance(profile[0]) ? 1 : 0;
                writer.fill.province = (int) profile[1];
                writer.fill.city = null;
                writer.voice = voices.get(who);
                writer.spike(d, r, lang, topic, tag);
                if (r.chance(0.3) && !politicians.allPosts.isEmpty()) {
                    int pol = politicians.pickForComment(r);
                    int j = politicians.lastBefore(pol, t);
                    if (j >= 0) {
                        d.replyTo = politicians.posts[pol][j];
                    }
                }
                d.lang = lang == 1 ? "fr" : "en";
                d.source = a.client;
                w.posts.add(d);
            }
        }
    }

    /** Member {@code i}'s share of posts written in French (0 English only, 1 French only). */
    double frenchShare(int i) {
        return langProfiles.get(i)[0];
    }

    /** Member {@code i}'s province index ({@link OtherTexts#PROVINCE_CODES}). */
    int province(int i) {
        return (int) langProfiles.get(i)[1];
    }

    /** Member {@code i}'s home city. */
    String city(int i) {
        return cities.get(i);
    }

    /** Member {@code i}'s writing habits. */
    Voice voice(int i) {
        return voices.get(i);
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
