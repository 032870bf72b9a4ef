package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.AuthenticTexts.Cause;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Letter-writing pushes: honest people who look coordinated (realism.md, "Authentic
 * coordination"; Vargas, Emami &amp; Traynor 2020 found advocacy campaigns among the clusters a
 * coordination detector reports).
 *
 * <p>On each push day an invented organisation posts a call at {@code callHour} (Eastern) in
 * English, then in French, with a link to its action page and its tag, addressed to the
 * politician it lobbies (the prime minister for the first push, then the prime minister or a
 * minister). Its letter is fixed for the push (one wording per sentence). {@code supporters} honest users whose accounts are at least a year old
 * answer: each writes in their own language, a log-normal delay after the call (median
 * {@code responseMedianHours}, sigma 1, within three days) thinned by their own waking hours, and
 * replies to the lobbied politician's latest post or to their own MP's (a politician of their
 * province), then, pasting the same letter a few minutes apart, to the other of the two and to
 * more politicians: {@code recipients} letters per supporter on average ("write to the Prime
 * Minister, the minister and your MP" is the usual ask). A share {@code editRate} of them edit lightly (a sentence of their own added, or one
 * left out); the others paste it. A share {@code linkRate} keeps the organisation's link. Nobody
 * posts both language versions. The next day the organisation thanks its supporters.
 *
 * <p>What separates them from a campaign cell, all visible in the data: old accounts with ordinary
 * histories and followers, each writing in their own province's daytime, one letter each, no
 * translated twins inside one account set, no shift pattern, and a link to a real organisation.
 */
final class AdvocacyBuilder {
    /** Spread of the supporters' response delay (log-scale): the 90th percentile is about 3.6 times the median. */
    static final double RESPONSE_SIGMA = 1.0;
    /** Supporters answer within this long after the call, or not at all. */
    static final long MAX_RESPONSE_SECONDS = 72 * 3600L;
    /** Supporters are drawn from accounts at least this old (years) at the start of the period. */
    static final double MIN_SUPPORTER_AGE_YEARS = 1.0;
    /** Share of supporters who reply to the lobbied politician rather than to their own MP. */
    static final double TO_LOBBIED_POLITICIAN = 0.6;
    /** Median gap between one supporter's letters to several politicians (copy, paste, next). */
    static final double NEXT_LETTER_MEDIAN_SECONDS = 150;
    /** Mean other supporters' letters an amplifying supporter likes. */
    static final double AMPLIFY_LIKES = 3;
    /** Share of supporters whose letters carry the push's tag ("tweet your MP" buttons add it). */
    static final double TAG_RATE = 0.8;

    private final World w;
    private final Politicians politicians;
    private final OrganicBuilder organic;
    private final Scenario.Advocacy a;
    private final Fill fill = new Fill();
    private final StringBuilder sb = new StringBuilder(640);
    private final List<Push> pushes = new ArrayList<>();

    /** One push's calls (English, French) and each answering supporter with their first letter. */
    private record Push(PostDraft[] calls, List<AccountDraft> supporters, List<PostDraft> firstLetters) {
    }

    AdvocacyBuilder(World w, Politicians politicians, OrganicBuilder organic) {
        this.w = w;
        this.politicians = politicians;
        this.organic = organic;
        this.a = w.scenario.authentic().advocacy();
    }

    void build() {
        if (a.pushes() <= 0) {
            return;
        }
        long[] days = Recruits.days(w, a.pushes(), a.dates(), Rng.derive(w.seed, "advocacy-days", 0));
        int[] causes = TemplateBook.identity(AuthenticTexts.CAUSES.length);
        Rng.derive(w.seed, "advocacy-causes", 0).shuffle(causes);
        for (int k = 0; k < days.length; k++) {
            push(k, days[k], AuthenticTexts.CAUSES[causes[k % causes.length]], k / causes.length);
        }
    }

    private void push(int k, long day, Cause cause, int repeat) {
        Rng r = Rng.derive(w.seed, "advocacy", k);
        AccountDraft org = organisation(r, cause, repeat);
        int lobbied = k == 0 ? 0 : lobbied(r);
        int second = second(r, lobbied);
        long call = day + (long) a.callHour() * 3600 + r.nextInt(1800);
        // The call points at the two politicians' latest posts: "reply to them there".
        PostDraft[] named = new PostDraft[politicians.size()];
        for (int p : new int[] {lobbied, second}) {
            int j = p < 0 ? -1 : politicians.lastBefore(p, call);
            if (j >= 0) {
                named[p] = politicians.posts[p][j];
            }
        }
        // The letter's wording is decided once for the push: everyone gets the same template.
        Phrase[][] letter = new Phrase[2][];
        Phrase[] opener = new Phrase[2];
        Phrase[][] template = AuthenticTexts.letter(cause);
        for (int lang = 0; lang < 2; lang++) {
            letter[lang] = new Phrase[template[lang].length];
            for (int s = 0; s < letter[lang].length; s++) {
                letter[lang][s] = template[lang][s].resolve(r);
            }
            opener[lang] = r.pick(AuthenticTexts.OPENER_P[lang]).resolve(r);
        }
        String[] links = {"https://" + cause.domain() + "/act", "https://" + cause.domain() + "/fr/agir"};
        Push push = new Push(new PostDraft[2], new ArrayList<>(), new ArrayList<>());
        pushes.add(push);
        for (int lang = 0; lang < 2; lang++) {
            long t = call + lang * (60L + r.nextInt(240));
            push.calls()[lang] = orgPost(org, r, t, AuthenticTexts.CALL_P[lang], lang, cause, links[lang], lobbied, second);
            long thanks = call + World.DAY + r.nextInt(4 * 3600) + lang * 120L;
            orgPost(org, r, thanks, AuthenticTexts.THANKS_P[lang], lang, cause, null, -1, -1);
        }
        history(org, r, cause);

        Rng pick = Rng.derive(w.seed, "advocacy-supporters", k);
        long oldEnough = w.start - (long) (MIN_SUPPORTER_AGE_YEARS * World.YEAR);
        int[] chosen = Recruits.draw(organic, a.supporters(), pick, AccountRole.ADVOCACY,
                i -> organic.members.get(i).createdAt <= oldEnough, i -> 1.0);
        for (int j = 0; j < chosen.length; j++) {
            List<PostDraft> sent = letter(Rng.derive(w.seed, "advocacy-letter", k * 100_003L + j), chosen[j], call,
                    lobbied, second, named, letter, opener, cause, links);
            if (!sent.isEmpty()) {
                push.supporters().add(organic.members.get(chosen[j]));
                push.firstLetters().add(sent.get(0));
            }
        }
    }

    /** The organisation's account: old, followed, bilingual, with a bio and a link to its site. */
    private AccountDraft organisation(Rng r, Cause cause, int repeat) {
        AccountDraft org = w.newAccount(AccountClass.ORGANIC);
        org.role = AccountRole.ADVOCACY;
        org.handle = cause.handle() + (repeat > 0 ? Integer.toString(repeat + 1) : "");
        org.displayName = cause.name()[0];
        org.bio = cause.bio()[0] + " " + cause.domain();
        org.avatar = "photo";
        org.createdAt = w.yearStart(2010 + r.nextInt(7)) + (long) (r.nextDouble() * World.YEAR);
        org.followers = (int) Math.min(2_000_000, Math.round(r.logNormal(6_000, 0.8)));
        org.following = (int) Math.round(r.logNormal(400, 0.8));
        org.client = "Web App";
        org.language = OrganicBuilder.BILINGUAL;
        return org;
    }

    /** The politician the organisation lobbies: the prime minister half the time, else a minister. */
    private int lobbied(Rng r) {
        return r.chance(0.5) ? 0 : minister(r);
    }

    /** A minister at random; the prime minister when there is none. */
    private int minister(Rng r) {
        List<Integer> ministers = new ArrayList<>();
        for (int i = 0; i < politicians.size(); i++) {
            if (Politicians.MINISTER.equals(politicians.roles[i])) {
                ministers.add(i);
            }
        }
        return ministers.isEmpty() ? 0 : ministers.get(r.nextInt(ministers.size()));
    }

    /** Posts one of the organisation's calls or thanks; returns it, or null outside the period. */
    private PostDraft orgPost(AccountDraft org, Rng r, long t, Phrase[] bank, int lang, Cause cause, String link,
                              int lobbied, int second) {
        if (t < w.start || t >= w.end) {
            return null;
        }
        PostDraft d = new PostDraft(org, t);
        fill.rng = r;
        fill.lang = lang;
        sb.setLength(0);
        r.pick(bank).render(sb, fill, r, 0);
        TextTools.tidy(sb);
        List<String> mentions = new ArrayList<>(2);
        for (int p : new int[] {lobbied, second}) {
            if (p >= 0) {
                mentions.add(politicians.accounts[p].handle);
            }
        }
        d.mentions = List.copyOf(mentions);
        d.hashtags = TextTools.oneTag(cause.tag()[lang]);
        d.links = link == null ? List.of() : List.of(link);
        TextTools.appendExtras(sb, d.mentions, d.hashtags, d.links);
        finish(d, org, lang);
        return d;
    }

    /** An organisation has run campaigns before: a few older calls and thanks. */
    private void history(AccountDraft org, Rng r, Cause cause) {
        int n = r.poisson(6);
        long from = org.createdAt + World.DAY;
        long to = w.start - World.DAY;
        for (int i = 0; i < n && to > from; i++) {
            long t = from + (long) (r.nextDouble() * (to - from));
            int lang = r.chance(0.5) ? 1 : 0;
            PostDraft d = new PostDraft(org, t);
            fill.rng = r;
            fill.lang = lang;
            sb.setLength(0);
            r.pick(r.chance(0.5) ? AuthenticTexts.CALL_P[lang] : AuthenticTexts.THANKS_P[lang]).render(sb, fill, r, 0);
            TextTools.tidy(sb);
            d.hashtags = TextTools.oneTag(cause.tag()[lang]);
            TextTools.appendExtras(sb, d.mentions, d.hashtags, d.links);
            finish(d, org, lang);
        }
    }

    /** One supporter's letters, in the order sent (none when they do not answer in time). */
    private List<PostDraft> letter(Rng r, int member, long call, int lobbied, int second, PostDraft[] named,
                                   Phrase[][] letter, Phrase[] opener, Cause cause, String[] links) {
        List<PostDraft> sent = new ArrayList<>(4);
        AccountDraft s = organic.members.get(member);
        int lang = r.chance(organic.frenchShare(member)) ? 1 : 0;
        int province = organic.province(member);
        IntensityGrid grid = w.organicGrid(province);
        long t = -1;
        for (int attempt = 0; attempt < 24; attempt++) {
            long lag = (long) r.logNormal(Math.max(0.1, a.responseMedianHours()) * 3600, RESPONSE_SIGMA);
            long cand = call + 60 + lag;
            if (lag > MAX_RESPONSE_SECONDS || cand >= w.end || cand <= s.createdAt) {
                continue;
            }
            t = cand;
            if (r.chance(grid.relative(cand))) {
                break;
            }
        }
        if (t < 0) {
            return sent;
        }
        // Who gets the letter: the lobbied politician or the supporter's own MP first, then the
        // politicians the call names and their own MP, then others; one reply each, pasted a few
        // minutes apart.
        int own = ownMp(r, province);
        List<Integer> recipients = new ArrayList<>(4);
        recipients.add(own < 0 || r.chance(TO_LOBBIED_POLITICIAN) ? lobbied : own);
        int count = Math.min(politicians.size(), 1 + r.poisson(Math.max(0, a.recipients() - 1)));
        for (int p : new int[] {lobbied, second, own}) {
            if (recipients.size() < count && p >= 0 && !recipients.contains(p)) {
                recipients.add(p);
            }
        }
        for (int attempt = 0; recipients.size() < count && attempt < 50; attempt++) {
            int other = politicians.pickForComment(r);
            if (!recipients.contains(other)) {
                recipients.add(other);
            }
        }
        // The supporter's own version, the same in every letter they send.
        fill.rng = r;
        fill.lang = lang;
        fill.province = province;
        fill.city = organic.city(member);
        boolean edited = r.chance(a.editRate());
        int skip = edited && letter[lang].length > 1 && r.chance(0.5) ? 1 + r.nextInt(letter[lang].length - 1) : -1;
        int personalAt = edited && skip < 0 ? (r.chance(0.5) ? 0 : letter[lang].length) : -1;
        sb.setLength(0);
        if (personalAt >= 0) {
            r.pick(AuthenticTexts.PERSONAL_P[lang]).render(sb, fill, r, 0);
        }
        String personal = sb.toString();
        List<String> tags = r.chance(TAG_RATE) ? TextTools.oneTag(cause.tag()[lang]) : List.of();
        List<String> link = r.chance(a.linkRate()) ? List.of(links[lang]) : List.of();
        for (int to : recipients) {
            if (t >= w.end) {
                break;
            }
            PostDraft d = new PostDraft(s, t);
            int j = politicians.lastBefore(to, t);
            if (named[to] != null && named[to].time < t) {
                d.replyTo = named[to];
            } else if (j >= 0) {
                d.replyTo = politicians.posts[to][j];
            }
            fill.pol = politicians.names[to];
            sb.setLength(0);
            opener[lang].render(sb, fill, r, 0);
            for (int sentence = 0; sentence <= letter[lang].length; sentence++) {
                if (sentence == personalAt) {
                    sb.append(' ').append(personal);
                }
                if (sentence < letter[lang].length && sentence != skip) {
                    sb.append(' ');
                    letter[lang][sentence].render(sb, fill, r, 0);
                }
            }
            TextTools.tidy(sb);
            d.mentions = d.replyTo == null || to != lobbied ? List.of(politicians.accounts[lobbied].handle) : List.of();
            d.hashtags = tags;
            d.links = link;
            TextTools.appendExtras(sb, d.mentions, d.hashtags, d.links);
            finish(d, s, lang);
            sent.add(d);
            t += 20 + (long) r.logNormal(NEXT_LETTER_MEDIAN_SECONDS, 0.8);
        }
        return sent;
    }

    /**
     * Supporters amplify one another (activists re-share and like each other, which is how
     * coordination detectors find advocacy groups in co-retweet networks, Vargas et al. 2020): a
     * share {@code amplifyRate} of them re-share the organisation's call in their language just
     * before writing, and like a few other supporters' letters, re-sharing one now and then. Call
     * after every other like and share is made.
     */
    void amplify() {
        if (pushes.isEmpty() || a.amplifyRate() <= 0) {
            return;
        }
        EngagementIndex done = new EngagementIndex(w, AccountRole.ADVOCACY);
        for (int k = 0; k < pushes.size(); k++) {
            Push push = pushes.get(k);
            Rng r = Rng.derive(w.seed, "advocacy-amplify", k);
            List<PostDraft> letters = push.firstLetters();
            for (int j = 0; j < push.supporters().size(); j++) {
                if (!r.chance(a.amplifyRate())) {
                    continue;
                }
                AccountDraft s = push.supporters().get(j);
                PostDraft first = letters.get(j);
                int lang = "fr".equals(first.lang) ? 1 : 0;
                PostDraft call = push.calls()[lang] != null ? push.calls()[lang] : push.calls()[1 - lang];
                if (call != null) {
                    long t = Math.max(call.time + 30, first.time - 30 - (long) r.logNormal(90, 0.8));
                    done.like(s, call, t - 2);
                    done.share(s, call, t);
                }
                int likes = r.poisson(AMPLIFY_LIKES);
                for (int q = 0; q < likes; q++) {
                    PostDraft other = letters.get(r.nextInt(letters.size()));
                    long t = Math.max(first.time, other.time) + 30 + (long) r.logNormal(600, 1.0);
                    done.like(s, other, t);
                    if (r.chance(0.3)) {
                        done.share(s, other, t + 2);
                    }
                }
            }
        }
    }

    /** The politician the call names besides the lobbied one: a minister next to the prime minister, else the prime minister. */
    private int second(Rng r, int lobbied) {
        if (politicians.size() < 2) {
            return -1;
        }
        if (lobbied != 0) {
            return 0;
        }
        int other = minister(r);
        return other != 0 ? other : 1;
    }

    /** A politician of the supporter's province (their "own MP"), or -1 when none is. */
    private int ownMp(Rng r, int province) {
        int count = 0;
        for (int i = 0; i < politicians.size(); i++) {
            count += politicians.province[i] == province ? 1 : 0;
        }
        if (count == 0) {
            return -1;
        }
        int pick = r.nextInt(count);
        for (int i = 0; i < politicians.size(); i++) {
            if (politicians.province[i] == province && pick-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private void finish(PostDraft d, AccountDraft author, int lang) {
        d.text = sb.toString();
        d.lang = lang == 1 ? "fr" : "en";
        d.source = author.client;
        d.kind = "advocacy";
        w.posts.add(d);
    }
}
