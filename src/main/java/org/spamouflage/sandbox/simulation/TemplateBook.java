package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.scenario.Scenario;

/**
 * The campaign's templates: each an English comment built from the storyline's sentence bank
 * (optional opener, one or two accusations, optional closer) naming one politician, with a French
 * version and a Mandarin version. A share {@code machineTranslationArtefacts} of the templates got
 * their French from a machine translation (calques, false friends, missing elisions, English word
 * order); the others a correct translation. The choice is per template because the operators
 * translated each template once, so every French copy of it shares the artefacts. Each template carries its own hashtags, tagged
 * journalists and "evidence" video link, so verbatim copies are identical strings.
 */
final class TemplateBook {
    static final int EN = 0;
    static final int FR = 1;
    static final int ZH = 2;
    static final String[] CODES = {"en", "fr", "zh"};

    /** One template. Sentence arrays hold bank indices; -1 means absent. */
    static final class Template {
        final int id;
        final int opener;
        final int[] claims;
        final int closer;
        final int subject;
        /** Per sentence position (opener, claims..., closer): French from the machine-translated column. */
        final boolean[] machineFrench;
        final String[] body = new String[3];
        final String[] text = new String[3];
        final List<List<String>> hashtags = new ArrayList<>(3);
        final List<String> mentions;
        final List<String> links;
        final int homeCell;

        Template(int id, int opener, int[] claims, int closer, int subject, boolean[] machineFrench,
                 List<String> mentions, List<String> links, int homeCell) {
            this.id = id;
            this.opener = opener;
            this.claims = claims;
            this.closer = closer;
            this.subject = subject;
            this.machineFrench = machineFrench;
            this.mentions = mentions;
            this.links = links;
            this.homeCell = homeCell;
        }
    }

    final Template[] templates;
    final String critic;
    final String[] outlets;
    final String[] journalists;
    final List<String> videos = new ArrayList<>();
    final int[][] byCell;

    TemplateBook(World w, Politicians politicians, Scenario.CampaignText text, int cells) {
        Rng story = Rng.derive(w.seed, "storyline", 0);
        critic = story.pick(Names.CRITICS);
        int o1 = story.nextInt(Names.OUTLETS.length);
        int o2 = (o1 + 1 + story.nextInt(Names.OUTLETS.length - 1)) % Names.OUTLETS.length;
        outlets = new String[] {Names.OUTLETS[o1], Names.OUTLETS[o2]};
        int[] jOrder = identity(Names.JOURNALISTS.length);
        story.shuffle(jOrder);
        journalists = new String[6];
        for (int i = 0; i < journalists.length; i++) {
            journalists[i] = Names.JOURNALISTS[jOrder[i]];
        }
        int[] claimOrder = identity(CampaignTexts.CLAIMS.length);
        story.shuffle(claimOrder);

        int count = Math.max(1, text.templates());
        double artefacts = clamp01(text.machineTranslationArtefacts());
        // Exactly round(share x templates) templates were machine-translated into French (the whole
        // template, once); so about that share of French posts carry the artefacts.
        int[] mtOrder = identity(count);
        story.shuffle(mtOrder);
        boolean[] machine = new boolean[count];
        int machineCount = (int) Math.round(artefacts * count);
        for (int i = 0; i < machineCount; i++) {
            machine[mtOrder[i]] = true;
        }
        double linkRate = clamp01(text.linkRate());
        int prominent = Math.min(politicians.size(), 12);
        templates = new Template[count];
        Fill fill = new Fill();
        fill.critic = critic;
        StringBuilder sb = new StringBuilder(400);
        for (int t = 0; t < count; t++) {
            Rng r = Rng.derive(w.seed, "template", t);
            int opener = r.chance(0.6) ? r.nextInt(CampaignTexts.OPENERS.length) : -1;
            int c1 = claimOrder[t % claimOrder.length];
            int[] claims;
            if (t >= claimOrder.length || r.chance(0.65)) {
                int c2 = claimOrder[(t + 1 + r.nextInt(claimOrder.length - 1)) % claimOrder.length];
                claims = new int[] {c1, c2};
            } else {
                claims = new int[] {c1};
            }
            int closer = r.chance(0.6) ? r.nextInt(CampaignTexts.CLOSERS.length) : -1;
            int subject = politicians.size() == 1 || r.chance(0.5) ? 0 : 1 + r.nextInt(Math.max(1, prominent - 1));
            boolean[] mt = new boolean[claims.length + 2];
            java.util.Arrays.fill(mt, machine[t]);
            List<String> mentions = pickDistinct(r, journalists, r.poisson(Math.max(0, text.mentionsPerPost())));
            List<String> links = List.of();
            if (r.chance(linkRate)) {
                String url = videoUrl(r);
                videos.add(url);
                links = List.of(url);
            }
            Template tpl = new Template(t, opener, claims, closer, subject, mt, mentions, links, t % Math.max(1, cells));
            fill.outlet = outletFor(tpl);
            int tagCount = r.poisson(Math.max(0, text.hashtagsPerPost()));
            for (int lang = 0; lang < 3; lang++) {
                tpl.hashtags.add(pickDistinct(r, CampaignTexts.HASHTAGS[lang], tagCount));
            }
            for (int lang = 0; lang < 3; lang++) {
                fill.rng = r;
                fill.pol = politicians.names[subject];
                fill.party = politicians.partyName(subject);
                sb.setLength(0);
                renderBody(sb, tpl, lang, tpl.opener, tpl.claims, tpl.closer, fill, null, 0);
                tpl.body[lang] = sb.toString();
                TextTools.appendExtras(sb, tpl.mentions, tpl.hashtags.get(lang), tpl.links);
                tpl.text[lang] = sb.toString();
            }
            templates[t] = tpl;
        }
        if (videos.isEmpty()) {
            videos.add(videoUrl(story));
        }
        int c = Math.max(1, cells);
        byCell = new int[c][];
        for (int cell = 0; cell < c; cell++) {
            List<Integer> mine = new ArrayList<>();
            for (Template tpl : templates) {
                if (tpl.homeCell == cell) {
                    mine.add(tpl.id);
                }
            }
            byCell[cell] = mine.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The outlet a template cites (kept stable across variants of one template). */
    String outletFor(Template t) {
        return outlets[t.id % 2];
    }

    /**
     * Renders sentences in one language. For French, the template's machine-translation choice is
     * kept for each sentence position; sentences a paraphrase brings in draw their own.
     *
     * @return number of synonym swaps made
     */
    int renderBody(StringBuilder sb, Template tpl, int lang, int opener, int[] claims, int closer, Fill fill,
                   Rng rng, double swap) {
        int swaps = 0;
        int pos = 0;
        boolean first = true;
        if (opener >= 0) {
            swaps += sentence(sb, CampaignTexts.OPENER_PHRASES[opener], lang, tpl.machineFrench[0], fill, rng, swap, first);
            first = false;
        }
        for (int c : claims) {
            pos++;
            boolean mt = tpl.machineFrench[Math.min(pos, tpl.machineFrench.length - 1)];
            swaps += sentence(sb, CampaignTexts.CLAIM_PHRASES[c], lang, mt, fill, rng, swap, first);
            first = false;
        }
        if (closer >= 0) {
            swaps += sentence(sb, CampaignTexts.CLOSER_PHRASES[closer], lang,
                    tpl.machineFrench[tpl.machineFrench.length - 1], fill, rng, swap, first);
        }
        return swaps;
    }

    /** True when the first sentence rendered for these choices begins with a name slot. */
    static boolean startsWithName(int lang, int opener, int[] claims) {
        Phrase[] row = opener >= 0 ? CampaignTexts.OPENER_PHRASES[opener] : CampaignTexts.CLAIM_PHRASES[claims[0]];
        int variant = lang == FR ? CampaignTexts.FR : lang == ZH ? CampaignTexts.ZH : CampaignTexts.EN;
        return row[variant].startsWithSlot() || row[CampaignTexts.FR_MT].startsWithSlot() && lang == FR;
    }

    private static int sentence(StringBuilder sb, Phrase[] row, int lang, boolean machine, Fill fill, Rng rng,
                                double swap, boolean first) {
        if (!first && lang != ZH) {
            sb.append(' ');
        }
        int variant = switch (lang) {
            case FR -> machine ? CampaignTexts.FR_MT : CampaignTexts.FR;
            case ZH -> CampaignTexts.ZH;
            default -> CampaignTexts.EN;
        };
        return row[variant].render(sb, fill, rng, swap);
    }

    private String videoUrl(Rng r) {
        StringBuilder sb = new StringBuilder("https://");
        sb.append(r.pick(Names.VIDEO_HOSTS)).append("/v/");
        TextTools.appendRandom(sb, r, 8, TextTools.ALNUM);
        return sb.toString();
    }

    static List<String> pickDistinct(Rng r, String[] pool, int k) {
        k = Math.min(k, pool.length);
        if (k <= 0) {
            return List.of();
        }
        int[] idx = identity(pool.length);
        List<String> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(pool.length - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
            out.add(pool[idx[i]]);
        }
        return List.copyOf(out);
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
