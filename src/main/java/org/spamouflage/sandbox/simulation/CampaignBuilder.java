package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
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
 */
final class CampaignBuilder {
    private final World w;
    private final Scenario.Campaign c;
    private final Politicians politicians;
    final List<AccountDraft> members = new ArrayList<>();
    /** Political and camouflage posts, in creation order. */
    final List<PostDraft> posts = new ArrayList<>();
    private int cells;
    private int operators;

    // Per campaign account (index = position in members).
    private int[] political;
    private int[] camouflage;
    private String[][] persona;
    private long[] driftAt;

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
        createAccounts(activeStart, activeEnd);
        TemplateBook book = new TemplateBook(w, politicians, c.text(), cells);
        CampaignWriter writer = new CampaignWriter(book, politicians, c.text());
        int[][] byOperator = accountsByOperator();
        for (int o = 0; o < operators; o++) {
            Rng r = Rng.derive(w.seed, "operator", o);
            double[] load = schedule.loadFor(r);
            if (byOperator[o].length == 0) {
                continue;
            }
            waves(r, byOperator[o], schedule, load, book, writer, activeStart, activeEnd);
            camouflage(r, byOperator[o], schedule, schedule.cumulativeWeights(load), activeStart, activeEnd);
        }
        inNetworkLikes();
        inNetworkShares(byOperator);
    }

    private void createAccounts(long activeStart, long activeEnd) {
        int n = c.accounts();
        Scenario.OriginMix mix = c.origin();
        double sNew = Math.max(0, mix.newAccounts());
        double sHij = Math.max(0, mix.hijacked());
        double sBought = Math.max(0, mix.bought());
        double total = sNew + sHij + sBought;
        if (total <= 0) {
            sNew = 1;
            total = 1;
        }
        int nNew = (int) Math.round(n * sNew / total);
        int nHij = Math.min(n - nNew, (int) Math.round(n * sHij / total));

        Scenario.CreationBatches creation = c.creation();
        Rng br = Rng.derive(w.seed, "batches", 0);
        int batches = Math.max(1, creation.batches());
        double[] batchSize = new double[batches];
        for (int b = 0; b < batches; b++) {
            batchSize[b] = br.logNormal(1, 0.5);
        }
        double[] batchCum = Rng.cumulative(batchSize);
        long from = creation.from() == null ? activeStart - 60 * World.DAY : World.epochOf(creation.from());
        long to = creation.to() == null ? activeStart - World.DAY : World.epochOf(creation.to()) + World.DAY;
        // Accounts made after the campaign starts post only once they exist.
        to = Math.min(to, activeEnd - 3600);
        if (to <= from) {
            from = to - 30 * World.DAY;
        }
        double spread = Math.max(0, creation.spreadMinutes()) * 60;
        long[] centre = new long[batches];
        for (int b = 0; b < batches; b++) {
            double slot = (to - from - spread) / (double) batches;
            centre[b] = from + (long) (Math.max(0, slot) * (b + br.uniform(0.05, 0.95)));
        }
        AccountDraft[] lastInBatch = new AccountDraft[batches];
        String[][] lastNames = new String[batches][];

        political = new int[n];
        camouflage = new int[n];
        persona = new String[n][];
        driftAt = new long[n];
        int[] perCell = new int[cells];
        Scenario.Profiles profiles = c.profiles();
        double[] avatarCum = Rng.cumulative(new double[] {profiles.avatars().defaultAvatar(),
            profiles.avatars().stolenPhoto(), profiles.avatars().anime(), profiles.avatars().ganFace()});
        String[] avatarNames = {"default", "stolen-photo", "anime", "gan-face"};
        Scenario.Dormancy dormancy = c.dormancy();
        double ppa = Math.max(0, c.timing().postsPerAccount());
        double camouflageRatio = Math.max(0, Math.min(0.95, c.text().camouflageRatio()));
        // Camouflage comes on top of the political posts so that it is camouflageRatio of all posts.
        double camouflagePerPolitical = camouflageRatio / (1 - camouflageRatio);
        // zeroFollowerShare is over all campaign accounts; bought ones come with followers, so the
        // others are zero more often.
        int nBought = n - nNew - nHij;
        double zeroShare = nBought >= n ? 0
                : Math.min(1, Math.max(0, profiles.zeroFollowerShare()) * n / (double) (n - nBought));
        double driftShare = Math.max(0, Math.min(1, profiles.personaDrift()));
        boolean personaStyle = "persona".equals(profiles.handlePattern());

        for (int j = 0; j < n; j++) {
            Rng r = Rng.derive(w.seed, "campaign", j);
            AccountDraft a = w.newAccount(AccountClass.CAMPAIGN);
            members.add(a);
            String origin = j < nNew ? "new" : j < nNew + nHij ? "hijacked" : "bought";
            a.origin = origin;
            int batch = -1;
            if (origin.equals("new")) {
                double pos = (j + 0.5) / nNew * batchCum[batches - 1];
                batch = 0;
                while (batch < batches - 1 && batchCum[batch] < pos) {
                    batch++;
                }
                a.cell = batch % cells;
            } else {
                a.cell = j % cells;
            }
            int[] ops = operatorsOfCell(a.cell);
            a.operator = ops[perCell[a.cell]++ % ops.length];

            String first = pickFirst(r);
            String last = pickLast(r);
            boolean twin = false;
            if (batch >= 0 && lastInBatch[batch] != null && r.chance(0.05)) {
                // Same-named accounts created minutes apart (Conspirador Norteño).
                first = lastNames[batch][0];
                last = lastNames[batch][1];
                twin = true;
            }
            a.handle = handle(r, first, last, profiles);
            a.displayName = displayName(r, first, last, profiles.handlePattern());
            a.avatar = avatarNames[r.pickCumulative(avatarCum)];
            a.client = OtherTexts.CAMPAIGN_CLIENT;

            // Persona details (shown when the handle pattern is "persona" or the account has a bio).
            int pl = r.chance(0.8) ? 0 : 1;
            int occ0 = r.nextInt(CampaignTexts.OCCUPATIONS[0].length);
            String city0 = r.pick(CampaignTexts.PERSONA_CITIES);
            int occ1 = occ0;
            String city1 = city0;
            driftAt[j] = Long.MAX_VALUE;
            if (r.chance(driftShare)) {
                occ1 = (occ0 + 1 + r.nextInt(CampaignTexts.OCCUPATIONS[0].length - 1)) % CampaignTexts.OCCUPATIONS[0].length;
                city1 = r.pick(CampaignTexts.PERSONA_CITIES);
                driftAt[j] = activeStart + (long) (r.uniform(0.25, 0.75) * (activeEnd - activeStart));
            }
            int style = r.nextInt(2);
            if (personaStyle) {
                persona[j] = new String[] {prefix(0, style, occ0, city0), prefix(0, style, occ1, city1),
                    prefix(1, style, occ0, city0), prefix(1, style, occ1, city1)};
            }
            if (r.chance(Math.max(0, Math.min(1, profiles.bioShare())))) {
                Fill f = new Fill();
                f.rng = r;
                f.lang = pl;
                f.occupation = CampaignTexts.OCCUPATIONS[pl][occ1];
                f.city = city1;
                StringBuilder sb = new StringBuilder();
                // The bio shows the persona as it is now; older posts may describe someone else.
                r.pick(OtherTexts.PERSONA_BIO_P[pl]).render(sb, f);
                TextTools.capitaliseSentences(sb);
                a.bio = sb.toString();
            }

            switch (origin) {
                case "new" -> {
                    long created = centre[batch] + (long) (r.nextDouble() * spread);
                    if (twin) {
                        created = lastInBatch[batch].createdAt + 120 + r.nextInt(240);
                    }
                    a.createdAt = created;
                    a.followers = nearZeroFollowers(r, profiles, zeroShare);
                    a.following = r.nextInt(40);
                    lastInBatch[batch] = a;
                    lastNames[batch] = new String[] {first, last};
                }
                case "hijacked" -> {
                    a.followers = nearZeroFollowers(r, profiles, zeroShare);
                    a.following = (int) Math.round(r.logNormal(80, 1.0));
                    legacy(a, r, dormancy, activeStart);
                }
                default -> {
                    a.followers = (int) Math.min(10_000_000, Math.round(r.logNormal(Math.max(0, dormancy.boughtFollowersMedian()), 0.5)));
                    a.following = (int) Math.round(r.logNormal(400, 0.8));
                    legacy(a, r, dormancy, activeStart);
                }
            }
            int count = ppa >= 1 ? 1 + r.poisson((ppa - 1) * r.logNormalWithMean(1, 0.7)) : r.poisson(ppa);
            political[j] = count;
            camouflage[j] = r.poisson(count * camouflagePerPolitical);
        }
    }

    private static String prefix(int lang, int style, int occupation, String city) {
        String[] styles = CampaignTexts.PERSONA_PREFIX[lang];
        String p = styles[style % styles.length];
        String occ = CampaignTexts.OCCUPATIONS[lang][occupation];
        if (lang == 1 && "aeiouéèê".indexOf(occ.charAt(0)) >= 0) {
            // Personas write good French: elide before a vowel.
            p = p.replace("que {OCCUPATION}", "qu'{OCCUPATION}");
        }
        return p.replace("{OCCUPATION}", occ).replace("{CITY}", city);
    }

    private int nearZeroFollowers(Rng r, Scenario.Profiles p, double zeroShare) {
        if (r.chance(zeroShare) || p.maxFollowers() < 1) {
            return 0;
        }
        return 1 + r.nextInt((int) Math.max(1, Math.min(1_000_000, Math.floor(p.maxFollowers()))));
    }

    /** Old spam in another language and client, then years of silence before the campaign. */
    private void legacy(AccountDraft a, Rng r, Scenario.Dormancy d, long activeStart) {
        int y0 = Math.min(d.createdFromYear(), d.createdToYear());
        int y1 = Math.max(d.createdFromYear(), d.createdToYear());
        a.createdAt = w.yearStart(y0) + (long) (r.nextDouble() * (w.yearStart(y1 + 1) - w.yearStart(y0)));
        double minSilent = Math.max(0, Math.min(d.minSilentYears(), d.maxSilentYears()));
        double maxSilent = Math.max(minSilent, d.maxSilentYears());
        long silenceStart = activeStart - (long) (r.uniform(minSilent, maxSilent) * World.YEAR);
        if (a.createdAt > silenceStart - 30 * World.DAY) {
            // Created too late for its silence: the account must be older than the scenario's range says.
            a.createdAt = silenceStart - (long) (r.uniform(30, 730) * World.DAY);
        }
        int count = d.legacyPostsPerAccount() <= 0 ? 0 : Math.max(1, r.poisson(d.legacyPostsPerAccount()));
        List<String> langs = d.legacyLanguages() == null || d.legacyLanguages().isEmpty() ? List.of("en") : d.legacyLanguages();
        String code = r.pick(langs);
        int bank = OtherTexts.legacyLanguageIndex(code);
        if (bank < 0) {
            bank = OtherTexts.legacyLanguageIndex("en");
            code = "en";
        }
        String client = r.pick(OtherTexts.LEGACY_CLIENTS);
        long from = a.createdAt + World.DAY;
        StringBuilder sb = new StringBuilder(120);
        for (int k = 0; k < count; k++) {
            long t = from + (long) (r.nextDouble() * Math.max(1, silenceStart - from));
            PostDraft p = new PostDraft(a, t);
            sb.setLength(0);
            sb.append(r.pick(OtherTexts.LEGACY[bank]));
            List<String> tags = List.of();
            if (r.chance(0.4)) {
                tags = TextTools.oneTag(r.pick(OtherTexts.LEGACY_HASHTAGS));
                sb.append(" #").append(tags.get(0));
            }
            List<String> links = List.of();
            if (r.chance(0.5)) {
                StringBuilder u = new StringBuilder("https://").append(r.pick(OtherTexts.LEGACY_DOMAINS)).append("/item/");
                TextTools.appendRandom(u, r, 6, TextTools.ALNUM);
                links = List.of(u.toString());
                sb.append(' ').append(links.get(0));
            }
            p.text = sb.toString();
            p.hashtags = tags;
            p.links = links;
            p.lang = code;
            p.source = client;
            p.kind = "legacy";
            p.campaign = false;
            w.posts.add(p);
        }
    }

    private String pickFirst(Rng r) {
        double x = r.nextDouble();
        return x < 0.55 ? r.pick(Names.FIRST_EN) : x < 0.7 ? r.pick(Names.FIRST_FR) : r.pick(Names.FIRST_OTHER);
    }

    private String pickLast(Rng r) {
        double x = r.nextDouble();
        return x < 0.55 ? r.pick(Names.LAST_EN) : x < 0.7 ? r.pick(Names.LAST_FR) : r.pick(Names.LAST_OTHER);
    }

    /** Handles per {@code handlePattern}. */
    static String handle(Rng r, String first, String last, Scenario.Profiles p) {
        String f = TextTools.asciiHandle(first);
        String l = TextTools.asciiHandle(last);
        int digits = Math.max(0, Math.min(15, p.handleDigits()));
        StringBuilder sb = new StringBuilder(24);
        switch (p.handlePattern() == null ? "name-digits" : p.handlePattern()) {
            case "name-random" -> {
                sb.append(f);
                if (r.chance(0.5)) {
                    sb.append('_');
                }
                TextTools.appendRandom(sb, r, Math.max(3, digits), TextTools.ALNUM);
            }
            case "persona" -> {
                String fl = f.toLowerCase(java.util.Locale.ROOT);
                String ll = l.toLowerCase(java.util.Locale.ROOT);
                switch (r.nextInt(5)) {
                    case 0 -> sb.append(fl).append('_').append(ll);
                    case 1 -> sb.append(fl).append(ll).append(70 + r.nextInt(30));
                    case 2 -> sb.append("the").append(f).append(l);
                    case 3 -> sb.append(fl).append("_from_").append(r.pick(CampaignTexts.PERSONA_CITIES).toLowerCase(java.util.Locale.ROOT).replace(' ', '_'));
                    default -> sb.append(f).append(l.charAt(0)).append("Writes");
                }
            }
            default -> {
                sb.append(f).append(l, 0, Math.min(3, l.length()));
                TextTools.appendDigits(sb, r, digits);
            }
        }
        return sb.toString();
    }

    private static String displayName(Rng r, String first, String last, String pattern) {
        if ("name-random".equals(pattern)) {
            return r.chance(0.6) ? first : first + " " + last;
        }
        if ("persona".equals(pattern)) {
            double x = r.nextDouble();
            return x < 0.7 ? first + " " + last : x < 0.85 ? first + " " + last.charAt(0) + "." : first + " 🇨🇦";
        }
        return first + " " + last;
    }

    private int[] operatorsOfCell(int cell) {
        if (operators <= cells) {
            return new int[] {cell % operators};
        }
        List<Integer> ops = new ArrayList<>();
        for (int o = 0; o < operators; o++) {
            if (o % cells == cell) {
                ops.add(o);
            }
        }
        return ops.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[][] accountsByOperator() {
        List<List<Integer>> lists = new ArrayList<>();
        for (int o = 0; o < operators; o++) {
            lists.add(new ArrayList<>());
        }
        for (int j = 0; j < members.size(); j++) {
            lists.get(members.get(j).operator).add(j);
        }
        int[][] out = new int[operators][];
        for (int o = 0; o < operators; o++) {
            out[o] = lists.get(o).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
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
            remaining[i] = political[accounts[i]];
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
                if (persona[j] != null && kind.equals(CampaignWriter.PARAPHRASE) && lang != TemplateBook.ZH
                        && r.chance(0.5)) {
                    // Personas speak of themselves; after a drift they describe someone else.
                    prefix = persona[j][(lang == TemplateBook.FR ? 2 : 0) + (t >= driftAt[j] ? 1 : 0)];
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
            for (int k = 0; k < camouflage[j]; k++) {
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

    /** Campaign accounts like posts of their own cell. */
    private void inNetworkLikes() {
        double perPost = Math.max(0, c.engagement().inNetworkLikesPerPost());
        if (perPost <= 0 || posts.isEmpty()) {
            return;
        }
        List<List<AccountDraft>> byCell = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            byCell.add(new ArrayList<>());
        }
        for (AccountDraft a : members) {
            byCell.get(a.cell).add(a);
        }
        Rng r = Rng.derive(w.seed, "campaign-likes", 0);
        for (PostDraft p : posts) {
            List<AccountDraft> cell = byCell.get(p.author.cell);
            if (cell.size() < 2) {
                continue;
            }
            int n = Math.min(cell.size() - 1, r.poisson(perPost));
            int stamp = w.nextStamp();
            for (int k = 0; k < n; k++) {
                AccountDraft who = cell.get(r.nextInt(cell.size()));
                if (who == p.author || who.likedStamp == stamp) {
                    continue;
                }
                long t = p.time + 30 + (long) r.exponential(2400);
                if (t < w.end && who.createdAt < t) {
                    who.likedStamp = stamp;
                    w.likes.add(who, p, t);
                }
            }
        }
    }

    /** Accounts an operator amplifies with together (kept logged in side by side). */
    static final int SQUAD_SIZE = 6;
    /** Share of re-shares made by the author's squad-mates rather than any cell-mate. */
    static final double SQUAD_SHARE = 0.75;

    /**
     * Campaign amplification (Keller et al. 2020: co-retweeting is one of the strongest traces of
     * paid agents). Each campaign post draws Poisson({@code inNetworkSharesPerPost}) re-shares,
     * twice as many when it carries an "evidence" link. They come in one burst: the burst starts a
     * log-normal delay (median {@code inNetworkShareLagSeconds}, sigma 0.8) after the post, and each
     * sharer follows the burst start by a half-normal delay of a quarter of the lag median plus up
     * to 20 s. Sharers are mostly the author's squad-mates ({@link #SQUAD_SHARE}): an operator
     * amplifies with the accounts open side by side, so the same pairs co-share again and again;
     * the rest are any accounts of the author's cell. An account shares a post at most once, and
     * only once it exists.
     */
    private void inNetworkShares(int[][] byOperator) {
        double perPost = Math.max(0, c.engagement().inNetworkSharesPerPost());
        if (perPost <= 0 || posts.isEmpty()) {
            return;
        }
        List<List<AccountDraft>> squads = new ArrayList<>();
        for (int[] accounts : byOperator) {
            for (int from = 0; from < accounts.length; from += SQUAD_SIZE) {
                List<AccountDraft> squad = new ArrayList<>(SQUAD_SIZE);
                for (int i = from; i < Math.min(accounts.length, from + SQUAD_SIZE); i++) {
                    AccountDraft a = members.get(accounts[i]);
                    a.squad = squads.size();
                    squad.add(a);
                }
                squads.add(squad);
            }
        }
        List<List<AccountDraft>> byCell = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            byCell.add(new ArrayList<>());
        }
        for (AccountDraft a : members) {
            byCell.get(a.cell).add(a);
        }
        double lagMedian = Math.max(1, c.engagement().inNetworkShareLagSeconds());
        double spread = lagMedian / 4;
        Rng r = Rng.derive(w.seed, "campaign-shares", 0);
        for (PostDraft p : posts) {
            List<AccountDraft> cell = byCell.get(p.author.cell);
            List<AccountDraft> squad = squads.get(p.author.squad);
            if (cell.size() < 2) {
                continue;
            }
            int n = Math.min(cell.size() - 1, r.poisson(p.links.isEmpty() ? perPost : 2 * perPost));
            if (n == 0) {
                continue;
            }
            int stamp = w.nextStamp();
            long burst = p.time + 5 + (long) r.logNormal(lagMedian, 0.8);
            for (int k = 0; k < n; k++) {
                long t = burst + (long) (Math.abs(r.gaussian()) * spread) + r.nextInt(20);
                if (t >= w.end) {
                    continue;
                }
                // A few tries: a small squad soon runs out of accounts that have not shared yet.
                for (int attempt = 0; attempt < 4; attempt++) {
                    List<AccountDraft> pool = squad.size() > 1 && r.chance(SQUAD_SHARE) ? squad : cell;
                    AccountDraft who = pool.get(r.nextInt(pool.size()));
                    if (who != p.author && who.sharedStamp != stamp && who.createdAt < t) {
                        who.sharedStamp = stamp;
                        w.likes.addShare(who, p, t);
                        break;
                    }
                }
            }
        }
    }
}
