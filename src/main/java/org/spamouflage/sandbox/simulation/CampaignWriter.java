package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;
import org.spamouflage.sandbox.simulation.TemplateBook.Template;

/**
 * Writes one campaign comment from a template (Meta 2023: "personal" comments that are near
 * copies, some still carrying the list number they were pasted from, typos, mixed languages):
 * <ul>
 * <li>{@code verbatim}: the template's text, character for character;</li>
 * <li>{@code edit}: one or two small edits from {@code editOperations}: {@code name-swap} (the
 *     template's politician replaced by the one being replied to), {@code emoji},
 *     {@code list-number} (a leftover "3. "), {@code typo};</li>
 * <li>{@code paraphrase}: with strength {@code paraphraseLevel}: synonyms swapped, accusations
 *     reordered, opener and closer replaced, filler added; its own hashtags, tags and link.</li>
 * </ul>
 */
final class CampaignWriter {
    static final String VERBATIM = "verbatim";
    static final String EDIT = "edit";
    static final String PARAPHRASE = "paraphrase";

    private final TemplateBook book;
    private final Politicians politicians;
    private final Scenario.CampaignText text;
    private final String[] editOps;
    private final StringBuilder sb = new StringBuilder(400);
    private final Fill fill = new Fill();
    private final double level;

    CampaignWriter(TemplateBook book, Politicians politicians, Scenario.CampaignText text) {
        this.book = book;
        this.politicians = politicians;
        this.text = text;
        List<String> ops = new ArrayList<>();
        if (text.editOperations() != null) {
            for (String op : text.editOperations()) {
                if (op.equals("name-swap") || op.equals("emoji") || op.equals("list-number") || op.equals("typo")) {
                    if (!ops.contains(op)) {
                        ops.add(op);
                    }
                }
            }
        }
        if (ops.isEmpty()) {
            ops.add("typo");
        }
        this.editOps = ops.toArray(new String[0]);
        this.level = Math.max(0, Math.min(1, text.paraphraseLevel()));
        fill.critic = book.critic;
    }

    /** Draws verbatim, edit or paraphrase by the scenario's rates. */
    String drawKind(Rng r) {
        double exact = Math.max(0, text.exactDuplicateRate());
        double edit = Math.max(0, text.editRate());
        if (exact + edit > 1) {
            edit = Math.max(0, 1 - exact);
        }
        double x = r.nextDouble();
        return x < exact ? VERBATIM : x < exact + edit ? EDIT : PARAPHRASE;
    }

    /**
     * Fills the draft's text, hashtags, mentions and links.
     *
     * @param target  politician being replied to
     * @param persona self-reference prefix ("As a nurse in Oakville, "), or null
     */
    void write(PostDraft d, Rng r, Template t, int lang, String kind, int target, String persona) {
        d.kind = kind;
        d.templateId = t.id;
        d.lang = TemplateBook.CODES[lang];
        switch (kind) {
            case VERBATIM -> {
                d.text = t.text[lang];
                d.hashtags = t.hashtags.get(lang);
                d.mentions = t.mentions;
                d.links = t.links;
            }
            case EDIT -> edit(d, r, t, lang, target);
            default -> paraphrase(d, r, t, lang, target, persona);
        }
    }

    private void prepareFill(Rng r, Template t, int lang, int politician) {
        fill.rng = r;
        fill.lang = lang;
        fill.pol = politicians.names[politician];
        fill.party = politicians.partyName(politician);
        fill.outlet = book.outletFor(t);
    }

    private void edit(PostDraft d, Rng r, Template t, int lang, int target) {
        int n = editOps.length > 1 && r.chance(0.3) ? 2 : 1;
        String op1 = editOps[r.nextInt(editOps.length)];
        String op2 = n == 2 ? editOps[r.nextInt(editOps.length)] : null;
        if (op1.equals(op2)) {
            op2 = null;
        }
        boolean changed = false;
        sb.setLength(0);
        if (has("name-swap", op1, op2) && politicians.size() > 1) {
            int who = target != t.subject ? target : (t.subject + 1 + r.nextInt(politicians.size() - 1)) % politicians.size();
            prepareFill(r, t, lang, who);
            book.renderBody(sb, t, lang, t.opener, t.claims, t.closer, fill, null, 0);
            changed = true;
        } else {
            sb.append(t.body[lang]);
        }
        if (has("list-number", op1, op2)) {
            sb.insert(0, (1 + r.nextInt(20)) + (r.chance(0.8) ? ". " : ") "));
            changed = true;
        }
        if (has("typo", op1, op2)) {
            changed |= TextTools.typo(sb, r);
        }
        if (has("emoji", op1, op2) || !changed) {
            sb.append(lang == TemplateBook.ZH ? "" : " ").append(r.pick(CampaignTexts.EMOJI));
        }
        d.hashtags = t.hashtags.get(lang);
        d.mentions = t.mentions;
        d.links = t.links;
        TextTools.appendExtras(sb, d.mentions, d.hashtags, d.links);
        d.text = sb.toString();
    }

    private static boolean has(String op, String a, String b) {
        return op.equals(a) || op.equals(b);
    }

    private void paraphrase(PostDraft d, Rng r, Template t, int lang, int target, String persona) {
        int opener = t.opener;
        int[] claims = t.claims.clone();
        int closer = t.closer;
        if (r.chance(level)) {
            opener = r.chance(0.3) ? -1 : r.nextInt(CampaignTexts.OPENERS.length);
        }
        if (claims.length == 2 && r.chance(level)) {
            int tmp = claims[0];
            claims[0] = claims[1];
            claims[1] = tmp;
        }
        if (r.chance(level)) {
            closer = r.chance(0.3) ? -1 : r.nextInt(CampaignTexts.CLOSERS.length);
        }
        // Paraphrasers mostly address the politician they are replying to.
        prepareFill(r, t, lang, r.chance(0.7) ? target : t.subject);
        sb.setLength(0);
        int fillerIndex = lang == TemplateBook.ZH ? 2 : lang;
        if (persona != null && lang != TemplateBook.ZH) {
            sb.append(persona);
        } else if (r.chance(level * 0.7)) {
            sb.append(r.pick(CampaignTexts.FILLERS[fillerIndex]));
        }
        int bodyStart = sb.length();
        book.renderBody(sb, t, lang, opener, claims, closer, fill, r, level * 0.6);
        if (bodyStart > 0 && lang != TemplateBook.ZH && !TemplateBook.startsWithName(lang, opener, claims)) {
            TextTools.lowerAfterOpener(sb, bodyStart);
        }
        if (sb.length() == t.body[lang].length() && sb.toString().equals(t.body[lang])) {
            sb.insert(0, r.pick(CampaignTexts.FILLERS[fillerIndex]));
        }
        List<String> tags = TemplateBook.pickDistinct(r, CampaignTexts.HASHTAGS[lang],
                r.poisson(Math.max(0, text.hashtagsPerPost())));
        List<String> mentions = TemplateBook.pickDistinct(r, book.journalists,
                r.poisson(Math.max(0, text.mentionsPerPost())));
        List<String> links = List.of();
        if (r.chance(Math.max(0, Math.min(1, text.linkRate())))) {
            links = List.of(!t.links.isEmpty() && r.chance(0.6) ? t.links.get(0) : r.pick(book.videos));
        }
        d.hashtags = tags;
        d.mentions = mentions;
        d.links = links;
        TextTools.appendExtras(sb, mentions, tags, links);
        d.text = sb.toString();
    }
}
