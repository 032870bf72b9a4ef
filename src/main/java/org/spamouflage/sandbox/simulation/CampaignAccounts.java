package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * The campaign's accounts (the first job of {@link CampaignBuilder}): origin (new, hijacked, bought),
 * creation batches, cell and operator, names and handles, avatars and bios, persona details that may
 * drift, followers, the legacy posts of old accounts, and how many political and camouflage posts each
 * account will write.
 */
final class CampaignAccounts {
    private final World w;
    private final Scenario.Campaign c;
    private final int cells;
    private final int operators;
    final List<AccountDraft> members = new ArrayList<>();

    // Per campaign account (index = position in members).
    /** Political posts the account will write. */
    int[] political;
    /** Camouflage posts the account will write. */
    int[] camouflage;
    /** Persona sentence openings {English before drift, after; French before, after}, or null. */
    String[][] persona;
    /** When the persona's details change (epoch seconds); {@code Long.MAX_VALUE} when never. */
    long[] driftAt;

    CampaignAccounts(World w, Scenario.Campaign c, int cells, int operators) {
        this.w = w;
        this.c = c;
        this.cells = cells;
        this.operators = operators;
    }

    /**
     * Creates the accounts in the builder's random streams ("batches"; "campaign", j per account), so the
     * output does not depend on how the campaign's code is split into classes.
     */
    void create(long activeStart, long activeEnd) {
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

    /** Indices into {@link #members} of each operator's accounts, in creation order. */
    int[][] byOperator() {
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
}
