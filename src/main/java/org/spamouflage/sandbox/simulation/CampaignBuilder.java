package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;
import org.spamouflage.sandbox.simulation.TemplateBook.Template;

/**
 * The coordinated campaign, shaped on the public reports of the 2023 flood (see realism.md):
 *
 * <ul>
 * <li><b>Accounts.</b> New accounts are created in {@code batches} bursts of {@code spreadMinutes}
 *     (a batch belongs to one cell; now and then two accounts with the same name minutes apart);
 *     default-looking handles ({@code JaneDav41198277}); most have zero followers. Hijacked and
 *     bought accounts were created years ago, posted spam in another language with another client,
 *     fell silent for {@code minSilentYears..maxSilentYears}, then switch language, topic and client.</li>
 * <li><b>Operators.</b> Each account belongs to one cell and one operator. An operator posts in
 *     waves: several of their accounts reply to the same politician's post within minutes
 *     ({@code jitterMinutes}), in their shift blocks in their own time zone, mostly at a block's
 *     start; weekends are quiet, surge days busy. The post replied to is chosen with a log-normal
 *     preference for delays around {@code replyLagMedianHours}.</li>
 * <li><b>Text.</b> A wave pastes one template (mostly from its cell's own set) as verbatim copies,
 *     small edits or paraphrases, in English, machine-translated French or Mandarin; camouflage
 *     posts (scenery, food, pets, sport, quotes) make up {@code camouflageRatio} of the posts.</li>
 * <li><b>Engagement.</b> Accounts like posts of their own cell ({@code inNetworkLikesPerPost}) and
 *     re-share them in bursts ({@code inNetworkSharesPerPost}, {@code inNetworkShareLagSeconds}):
 *     mostly the author's squad, a handful of one operator's accounts that amplify together.</li>
 * </ul>
 *
 * <p>Three jobs, three classes: {@link CampaignAccounts} makes the accounts, this class writes their
 * posts in waves and camouflage, {@link CampaignEngagement} adds their likes and re-shares.
 */
final class CampaignBuilder {
    private final World w;
    private final Scenario.Campaign c;
    private final Politicians politicians;
    /** Political and camouflage posts, in creation order. */
    final List<PostDraft> posts = new ArrayList<>();
    private int cells;
    private int operators;
    private List<AccountDraft> members;
    private CampaignAccounts roster;

    CampaignBuilder(World w, Politicians politicians) {
        this.w = w;
        this.c = w.scenario.campaign();
        this.politicians = politicians;
    }

    void build() {
        if (!c.enabled() || c.accounts() <= 0) {
            return;
        }
        cells = Math.max(1, c.cells());
        operators = Math.max(1, c.operators());
        Scenario.Timing timing = c.timing();
        long activeStart = Math.max(w.start, timing.activeFrom() == null ? w.start : World.epochOf(timing.activeFrom()));
        long activeEnd = Math.min(w.end, timing.activeTo() == null ? w.end : World.epochOf(timing.activeTo()) + World.DAY);
        if (activeEnd - activeStart < 3600) {
            activeStart = w.start;
            activeEnd = w.end;
        }
        ShiftSchedule schedule = new ShiftSchedule(timing, activeStart, activeEnd);
        if (schedule.isEmpty()) {
            Scenario.Timing allDay = new Scenario.Timing(timing.operatorTimeZone(),
                    List.of(new Scenario.Shift(java.time.LocalTime.MIN, java.time.LocalTime.of(23, 59))),
                    timing.weekendFactor(), timing.postsPerAccount(), timing.surges(), timing.replyLagMedianHours(),
                    timing.jitterMinutes(), timing.activeFrom(), timing.activeTo());
            schedule = new ShiftSchedule(allDay, activeStart, activeEnd);
        }
        roster = new CampaignAccounts(w, c, cells, operators);
        roster.create(activeStart, activeEnd);
        members = roster.members;
        TemplateBook book = new TemplateBook(w, politicians, c.text(), cells);
        CampaignWriter writer = new CampaignWriter(book, politicians, c.text());
        int[][] byOperator = roster.byOperator();
        for (int o = 0; o < operators; o++) {
            Rng r = Rng.derive(w.seed, "operator", o);
            double[] load = schedule.loadFor(r);
            if (byOperator[o].length == 0) {
                continue;
            }
            waves(r, byOperator[o], schedule, load, book, writer, activeStart, activeEnd);
            camouflage(r, byOperator[o], schedule, schedule.cumulativeWeights(load), activeStart, activeEnd);
        }
        CampaignEngagement engagement = new CampaignEngagement(w, c, cells, members, posts);
        engagement.inNetworkLikes();
        engagement.inNetworkShares(byOperator);
    }

    private double[] languageCumulative() {
        Scenario.CampaignLanguages l = c.text().languages();
        double[] w = {Math.max(0, l.english()), Math.max(0, l.french()), Math.max(0, l.mandarin())};
        if (w[0] + w[1] + w[2] <= 0) {
            w[0] = 1;
        }
        return Rng.cumulative(w);
    }

    /**
     * Political comments in waves. A wave answers one post of a politician drawn by share of
     * attention ({@code primeMinisterShare} for the prime minister, the rest by prominence). The
     * operator means to answer after a log-normal delay (median {@code replyLagMedianHours}, sigma
     * 0.9); a moment outside the operator's shift blocks waits for the next working day's blocks
     * and is worked off in a batch at the start of one of them. So when the shifts fall in the
     * politicians' night (canada-2023) the realised delays are longer than the setting. Moments are
     * kept with probability proportional to the block's load (quiet weekends, busy surge days).
     * Several of the operator's accounts that already exist then post within {@code jitterMinutes}.
     */
    private void waves(Rng r, int[] accounts, ShiftSchedule schedule, double[] load, TemplateBook book,
                       CampaignWriter writer, long activeStart, long activeEnd) {
        int[] remaining = new int[accounts.length];
        int left = 0;
        for (int i = 0; i < accounts.length; i++) {
            remaining[i] = roster.political[accounts[i]];
            left += remaining[i];
        }
        double maxLoad = 0;
        for (double x : load) {
            maxLoad = Math.max(maxLoad, x);
        }
        double waveMean = Math.max(1.5, Math.min(10, accounts.length / 4.0));
        double jitter = Math.max(0, c.timing().jitterMinutes()) * 60;
        double lagMedian = Math.max(0.05, c.timing().replyLagMedianHours()) * 3600;
        double[] langCum = languageCumulative();
        int[] candidates = new int[accounts.length];
        long lastSecond = Math.min(activeEnd, w.end) - 1;
        // Posts from shortly before the campaign starts are fair game too.
        long earliestTarget = activeStart - (long) Math.max(6 * 3600, Math.min(2 * World.DAY, 6 * lagMedian));
        while (left > 0) {
            long waveTime = 0;
            PostDraft target = null;
            int pol = 0;
            int m = 0;
            for (int attempt = 0; attempt < 400 && m == 0; attempt++) {
                pol = politicians.pickForComment(r);
                PostDraft[] ps = politicians.posts[pol];
                int lo = politicians.lastBefore(pol, earliestTarget) + 1;
                int hi = politicians.lastBefore(pol, lastSecond) + 1;
                if (hi <= lo) {
                    continue;
                }
                PostDraft p = ps[lo + r.nextInt(hi - lo)];
                long t = p.time + 120 + (long) r.logNormal(lagMedian, 0.9);
                int b = schedule.blockAtOrAfter(Math.max(t, activeStart));
                if (b < 0) {
                    continue;
                }
                ShiftSchedule.Block block = schedule.blocks.get(b);
                if (t < block.start()) {
                    // Outside working hours the post waits in the queue; the queue is worked off in
                    // batches at the start of that day's blocks (morning, after lunch, after supper).
                    b = schedule.laterBlockSameDay(b, r);
                    block = schedule.blocks.get(b);
                    t = block.start() + Math.min((long) r.exponential(600), block.length() - 1);
                }
                if (!r.chance(load[b] / maxLoad)) {
                    continue;
                }
                for (int i = 0; i < accounts.length; i++) {
                    if (remaining[i] > 0 && members.get(accounts[i]).createdAt < t - 600) {
                        candidates[m++] = i;
                    }
                }
                waveTime = t;
                target = p;
            }
            if (m == 0) {
                // No moment found at which the operator has an account and a post to answer.
                break;
            }
            int k = Math.min(m, 1 + r.poisson(waveMean - 1));
            for (int i = 0; i < k; i++) {
                int j = i + r.nextInt(m - i);
                int tmp = candidates[i];
                candidates[i] = candidates[j];
                candidates[j] = tmp;
                remaining[candidates[i]]--;
                left--;
            }
            AccountDraft lead = members.get(accounts[candidates[0]]);
            int[] pool = book.byCell[lead.cell % book.byCell.length];
            Template tpl = pool.length == 0 || r.chance(0.15) ? r.pick(book.templates) : book.templates[pool[r.nextInt(pool.length)]];
            int waveLang = r.pickCumulative(langCum);
            for (int i = 0; i < k; i++) {
                int j = accounts[candidates[i]];
                AccountDraft a = members.get(j);
                long t = waveTime + (long) (Math.abs(r.gaussian()) * jitter) + r.nextInt(90);
                t = Math.min(Math.max(t, target.time + 60), lastSecond);
                PostDraft d = new PostDraft(a, t);
                d.replyTo = target;
                d.campaign = true;
                d.source = a.client;
                int lang = r.chance(0.7) ? waveLang : r.pickCumulative(langCum);
                String kind = writer.drawKind(r);
                String prefix = null;
                if (roster.persona[j] != null && kind.equals(CampaignWriter.PARAPHRASE) && lang != TemplateBook.ZH
                        && r.chance(0.5)) {
                    // Personas speak of themselves; after a drift they describe someone else.
                    prefix = roster.persona[j][(lang == TemplateBook.FR ? 2 : 0) + (t >= roster.driftAt[j] ? 1 : 0)];
                }
                writer.write(d, r, tpl, lang, kind, pol, prefix);
                w.posts.add(d);
                posts.add(d);
            }
        }
    }

    private void camouflage(Rng r, int[] accounts, ShiftSchedule schedule, double[] blockWeights, long activeStart,
                            long activeEnd) {
        double[] langCum = languageCumulative();
        Fill fill = new Fill();
        fill.rng = r;
        StringBuilder sb = new StringBuilder(120);
        for (int j : accounts) {
            AccountDraft a = members.get(j);
            for (int k = 0; k < roster.camouflage[j]; k++) {
                long t = -1;
                for (int attempt = 0; attempt < 30 && t <= a.createdAt + 600; attempt++) {
                    ShiftSchedule.Block block = schedule.blocks.get(r.pickCumulative(blockWeights));
                    t = block.start() + (long) (r.nextDouble() * block.length());
                }
                if (t <= a.createdAt + 600) {
                    continue;
                }
                int lang = r.pickCumulative(langCum);
                fill.lang = lang;
                sb.setLength(0);
                r.pick(OtherTexts.CAMOUFLAGE_P[lang]).render(sb, fill);
                recycle(sb, r);
                PostDraft d = new PostDraft(a, t);
                d.text = sb.toString();
                d.lang = TemplateBook.CODES[lang];
                d.kind = "camouflage";
                d.campaign = true;
                d.source = a.client;
                w.posts.add(d);
                posts.add(d);
            }
            if (a.origin.equals("bought") && r.chance(0.4)) {
                // "test new owner": the first post after a resale.
                long t = activeStart + (long) (r.nextDouble() * Math.min(5 * World.DAY, activeEnd - activeStart));
                PostDraft d = new PostDraft(a, t);
                d.text = r.pick(OtherTexts.RESALE);
                d.lang = "en";
                d.kind = "camouflage";
                d.campaign = true;
                d.source = a.client;
                w.posts.add(d);
                posts.add(d);
            }
        }
    }

    /**
     * Light edits operators make to recycled filler so that it is not an exact copy every time:
     * another emoji, an extra one, a dropped full stop, lower case, now and then a typo. The text
     * stays a near copy of the bank line: camouflage is meant to be recycled.
     */
    static void recycle(StringBuilder sb, Rng r) {
        double x = r.nextDouble();
        if (x < 0.3) {
            sb.append(' ').append(r.pick(OtherTexts.CAMOUFLAGE_EMOJI));
        } else if (x < 0.45) {
            sb.append(' ').append(r.pick(OtherTexts.CAMOUFLAGE_EMOJI)).append(r.pick(OtherTexts.CAMOUFLAGE_EMOJI));
        }
        if (r.chance(0.12)) {
            TextTools.dropFinalPunctuation(sb);
        }
        if (r.chance(0.06)) {
            TextTools.lowerCaseAll(sb);
        }
        if (r.chance(0.04)) {
            TextTools.typo(sb, r);
        }
    }

}
