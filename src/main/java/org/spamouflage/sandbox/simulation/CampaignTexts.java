package org.spamouflage.sandbox.simulation;

import java.util.Map;

/**
 * The campaign's sentence bank: the invented storyline of a Vancouver critic accusing politicians,
 * in English, correct French, machine-translated French and Mandarin. Each row is one sentence:
 * {@code {english, french, french as a machine translation, mandarin}}.
 *
 * <p>The machine-translated French carries the artefacts investigators reported (robotic phrasing,
 * translation errors): literal calques ("souffleur de sifflet" for whistleblower, "venir dehors"
 * for come out), false friends ("résigner", "évidence"), missing or wrong elisions ("la histoire",
 * "que ils"), dropped articles, and English word order ("un étranger homme d'affaires").
 */
final class CampaignTexts {
    private CampaignTexts() {
    }

    static final int EN = 0;
    static final int FR = 1;
    static final int FR_MT = 2;
    static final int ZH = 3;

    static final String[][] OPENERS = {
        {"Everyone should know this.", "Tout le monde devrait savoir ça.", "Tout le monde devrait connaître ceci.",
            "大家都应该知道这件事。"},
        {"Wake up, Canada!", "Réveille-toi, Canada!", "Réveillez en haut, Canada!", "加拿大人，醒醒吧！"},
        {"Shocking news from Vancouver.", "Des nouvelles choquantes de Vancouver.", "Choquantes nouvelles de Vancouver.",
            "来自温哥华的惊人消息。"},
        {"Why is the media silent about this?", "Pourquoi les médias se taisent-ils là-dessus?",
            "Pourquoi est le média silencieux à propos de ceci?", "为什么媒体对此保持沉默？"},
        {"The truth is finally coming out.", "La vérité éclate enfin.", "La vérité est finalement venant dehors.",
            "真相终于大白了。"},
        {"Read this before you vote again.", "Lisez ceci avant de voter à nouveau.", "Lisez ceci avant vous votez encore.",
            "再次投票之前请先看看这个。"},
        {"This is a scandal.", "C'est un scandale.", "Ceci est un scandale.", "这是一个丑闻。"},
        {"Canadians deserve answers.", "Les Canadiens méritent des réponses.", "Canadiens méritent réponses.",
            "加拿大人应该得到答案。"},
        {"Another story they don't want you to see.", "Encore une histoire qu'on ne veut pas que vous voyiez.",
            "Une autre histoire ils ne veulent pas vous de voir.", "又一个他们不想让你看到的故事。"},
        {"Please share before it gets deleted.", "Partagez avant que ce soit supprimé.",
            "S'il vous plaît partager avant il obtient supprimé.", "请在被删除之前转发。"},
    };

    static final String[][] CLAIMS = {
        {"{CRITIC}, a commentator in Vancouver, says {POL} took money from developers and hid it.",
            "{CRITIC}, un commentateur de Vancouver, affirme que {POL} a reçu de l'argent de promoteurs et l'a caché.",
            "{CRITIC}, un commentateur dans Vancouver, dit {POL} a pris argent de les développeurs et l'a caché.",
            "温哥华评论员{CRITIC}说，{POL}收受了开发商的钱并隐瞒了下来。"},
        {"{POL} has been lying to voters for years and {CRITIC} has the proof.",
            "{POL} ment aux électeurs depuis des années et {CRITIC} en a la preuve.",
            "{POL} a été mentant aux électeurs pour années et {CRITIC} a la preuve.",
            "{POL}多年来一直在欺骗选民，{CRITIC}手里有证据。"},
        {"The video from {CRITIC} shows {POL} accepting gifts from a foreign businessman.",
            "La vidéo de {CRITIC} montre {POL} en train d'accepter des cadeaux d'un homme d'affaires étranger.",
            "La vidéo de {CRITIC} montre {POL} acceptant des cadeaux de un étranger homme d'affaires.",
            "{CRITIC}公布的视频显示，{POL}接受了一名外国商人的礼物。"},
        {"{OUTLET} reported that {POL} covered up a sexual misconduct case in the office.",
            "{OUTLET} rapporte que {POL} a étouffé une affaire d'inconduite sexuelle au bureau.",
            "{OUTLET} a rapporté que {POL} a couvert en haut un cas de sexuelle inconduite dans le bureau.",
            "据{OUTLET}报道，{POL}掩盖了办公室里的一起性骚扰案件。"},
        {"{CRITIC} asked {POL} three simple questions and got no answer.",
            "{CRITIC} a posé trois questions simples à {POL} et n'a reçu aucune réponse.",
            "{CRITIC} a demandé {POL} trois simples questions et a obtenu pas de réponse.",
            "{CRITIC}向{POL}提了三个简单的问题，却没有得到任何回答。"},
        {"The {PARTY} is protecting {POL} because they are all involved.",
            "Le {PARTY} protège {POL} parce qu'ils sont tous impliqués.",
            "Le {PARTY} est protégeant {POL} parce que ils sont tous impliqués.",
            "{PARTY}在包庇{POL}，因为他们都牵涉其中。"},
        {"{POL} used public funds for private trips, according to {CRITIC}.",
            "Selon {CRITIC}, {POL} a utilisé des fonds publics pour des voyages privés.",
            "{POL} a utilisé publics fonds pour privés voyages, selon à {CRITIC}.",
            "据{CRITIC}说，{POL}用公款进行私人旅行。"},
        {"{CRITIC} lives in Vancouver and has been warning about {POL} since last year.",
            "{CRITIC} vit à Vancouver et met en garde contre {POL} depuis l'an dernier.",
            "{CRITIC} vit dans Vancouver et a été avertissant à propos de {POL} depuis dernière année.",
            "{CRITIC}住在温哥华，从去年起就一直在提醒大家注意{POL}。"},
        {"Documents shared by {CRITIC} link {POL} to a money laundering network.",
            "Des documents publiés par {CRITIC} relient {POL} à un réseau de blanchiment d'argent.",
            "Documents partagés par {CRITIC} lient {POL} à un argent blanchiment réseau.",
            "{CRITIC}分享的文件显示，{POL}与一个洗钱网络有关。"},
        {"{POL} tried to silence {CRITIC} instead of answering the accusations.",
            "{POL} a tenté de faire taire {CRITIC} au lieu de répondre aux accusations.",
            "{POL} a essayé de silencer {CRITIC} au lieu de répondre les accusations.",
            "{POL}没有回应指控，反而试图让{CRITIC}闭嘴。"},
        {"Why won't {POL} sue {CRITIC} if the story is false?",
            "Pourquoi {POL} ne poursuit-il pas {CRITIC} si l'histoire est fausse?",
            "Pourquoi ne veut pas {POL} poursuivre {CRITIC} si la histoire est faux?",
            "如果这件事是假的，{POL}为什么不起诉{CRITIC}？"},
        {"{OUTLET} says {POL} met secretly with lobbyists before the vote.",
            "Selon {OUTLET}, {POL} a rencontré des lobbyistes en secret avant le vote.",
            "{OUTLET} dit {POL} a rencontré secrètement avec lobbyistes avant le vote.",
            "{OUTLET}称，{POL}在投票前秘密会见了说客。"},
        {"The evidence against {POL} is all in the video. Watch it yourself.",
            "Toutes les preuves contre {POL} sont dans la vidéo. Regardez par vous-même.",
            "La évidence contre {POL} est toute dans la vidéo. Regardez elle vous-même.",
            "针对{POL}的证据都在视频里，你自己看吧。"},
        {"{POL} owes Canadians an explanation for what {CRITIC} revealed.",
            "{POL} doit une explication aux Canadiens pour ce que {CRITIC} a révélé.",
            "{POL} doit Canadiens une explication pour quoi {CRITIC} a révélé.",
            "{POL}欠加拿大人一个解释，说明{CRITIC}揭露的事情。"},
        {"{CRITIC} says staff in the office of {POL} were paid to stay quiet.",
            "{CRITIC} affirme que des employés du bureau de {POL} ont été payés pour se taire.",
            "{CRITIC} dit le personnel dans le bureau de {POL} étaient payés pour rester tranquille.",
            "{CRITIC}说，{POL}办公室的工作人员被花钱封口。"},
        {"How much longer will {POL} hide from these questions?",
            "Combien de temps encore {POL} va-t-il fuir ces questions?",
            "Combien plus longtemps va {POL} cacher de ces questions?",
            "{POL}还要躲避这些问题多久？"},
        {"Every MP who defends {POL} is part of the cover-up.",
            "Chaque député qui défend {POL} participe à l'étouffement de l'affaire.",
            "Chaque MP qui défend {POL} est partie de la couverture.",
            "每一个为{POL}辩护的议员都是掩盖真相的一部分。"},
        {"{CRITIC} was threatened after speaking out about {POL}.",
            "{CRITIC} a été menacé après avoir dénoncé {POL}.",
            "{CRITIC} a été menacé après parlant dehors à propos de {POL}.",
            "{CRITIC}在揭发{POL}之后受到了威胁。"},
        {"{POL} promised transparency and delivered corruption.",
            "{POL} avait promis la transparence et a livré la corruption.",
            "{POL} a promis transparence et a délivré corruption.",
            "{POL}承诺透明，带来的却是腐败。"},
        {"The story from {OUTLET} about {POL} has been quietly removed. Why?",
            "L'article de {OUTLET} sur {POL} a été retiré discrètement. Pourquoi?",
            "La histoire de {OUTLET} à propos de {POL} a été tranquillement enlevée. Pourquoi?",
            "{OUTLET}关于{POL}的报道被悄悄删除了。为什么？"},
        {"{CRITIC} says there are more videos of {POL} coming this week.",
            "{CRITIC} annonce d'autres vidéos de {POL} cette semaine.",
            "{CRITIC} dit il y a plus vidéos de {POL} venant cette semaine.",
            "{CRITIC}说，本周还会有更多关于{POL}的视频。"},
        {"{POL} is not fit to hold office after these revelations.",
            "Après ces révélations, {POL} n'est plus digne d'occuper son poste.",
            "{POL} est pas apte pour tenir bureau après ces révélations.",
            "出了这些事，{POL}已经不适合担任公职。"},
        {"A whistleblower told {CRITIC} that {POL} knew everything.",
            "Un lanceur d'alerte a confié à {CRITIC} que {POL} savait tout.",
            "Un souffleur de sifflet a dit {CRITIC} que {POL} savait tout.",
            "一名举报人告诉{CRITIC}，{POL}什么都知道。"},
        {"{POL} and the {PARTY} must resign and face an independent inquiry.",
            "{POL} et le {PARTY} doivent démissionner et faire face à une enquête indépendante.",
            "{POL} et le {PARTY} doivent résigner et faire face une indépendante enquête.",
            "{POL}和{PARTY}必须辞职，接受独立调查。"},
    };

    static final String[][] CLOSERS = {
        {"Share this with everyone.", "Partagez avec tout le monde.", "Partagez ceci avec tout le monde.", "请转发给所有人。"},
        {"We will not be silenced.", "On ne nous fera pas taire.", "Nous ne serons pas silencés.", "我们不会沉默。"},
        {"The truth always comes out.", "La vérité finit toujours par éclater.", "La vérité toujours vient dehors.",
            "真相总会大白。"},
        {"Resign now!", "Démission!", "Résignez maintenant!", "立即辞职！"},
        {"Canada deserves better than this.", "Le Canada mérite mieux que ça.", "Canada mérite mieux que ceci.",
            "加拿大值得更好的。"},
        {"Do not let them hide it.", "Ne les laissez pas cacher ça.", "Ne laissez pas eux le cacher.", "不要让他们隐瞒。"},
        {"Watch the video and decide for yourself.", "Regardez la vidéo et jugez par vous-même.",
            "Regardez la vidéo et décidez pour vous-même.", "看看视频，自己判断。"},
        {"Shame!", "Honte à vous!", "Honte!", "可耻！"},
        {"Thank you {CRITIC} for your courage.", "Merci {CRITIC} pour votre courage.",
            "Merci vous {CRITIC} pour votre courage.", "感谢{CRITIC}的勇气。"},
        {"Answer the questions, {POL}.", "Répondez aux questions, {POL}.", "Répondez les questions, {POL}.",
            "{POL}，请回答问题。"},
    };

    /** Words a paraphrase adds (per language: en, fr, zh). */
    static final String[][] FILLERS = {
        {"Honestly, ", "Just saying. ", "Think about it. ", "Unbelievable. ", "Look, ", "I can't believe this. ",
            "Seriously, ", "Not surprised. "},
        {"Franchement, ", "Je dis ça comme ça. ", "Réfléchissez. ", "Incroyable. ", "Écoutez, ", "Pas surpris. "},
        {"说实话，", "想想吧。", "难以置信。", "我一点也不惊讶。"},
    };

    /** Persona self-references used when persona details are shown (en, fr). */
    static final String[][] PERSONA_PREFIX = {
        {"As a {OCCUPATION} in {CITY}, ", "Speaking as a {OCCUPATION} from {CITY}: ", "I'm a {OCCUPATION} in {CITY} and "},
        {"En tant que {OCCUPATION} à {CITY}, ", "Je suis {OCCUPATION} à {CITY} et "},
    };

    static final String[][] OCCUPATIONS = {
        {"nurse", "retired teacher", "small business owner", "mom of three", "truck driver", "veteran",
            "software developer", "student", "electrician", "grandmother"},
        {"infirmière", "enseignante retraitée", "propriétaire de PME", "mère de trois enfants", "camionneur",
            "ancien militaire", "développeur", "étudiante", "électricien", "grand-mère"},
    };

    static final String[] PERSONA_CITIES = {"Oakville", "Mississauga", "Ottawa", "Laval", "Markham", "Brampton",
        "Burlington", "Gatineau", "London", "Kingston", "Richmond Hill", "Surrey"};

    static final String[][] HASHTAGS = {
        {"Corruption", "CanadaScandal", "TruthMatters", "cdnpoli", "Resign", "CoverUp", "Accountability"},
        {"Corruption", "ScandaleCanada", "polcan", "Vérité", "Démission"},
        {"加拿大", "腐败", "真相", "丑闻"},
    };

    static final String[] EMOJI = {"😡", "🤬", "👇", "‼️", "🔥", "😱", "🙄", "👀"};

    /** Synonyms a paraphrase may swap in (each safe in every sentence that uses the word). */
    static final Map<String, String[]> SYNONYMS_EN = Map.ofEntries(
            Map.entry("says", new String[] {"claims", "states"}),
            Map.entry("took", new String[] {"accepted", "received"}),
            Map.entry("voters", new String[] {"Canadians", "citizens"}),
            Map.entry("proof", new String[] {"evidence", "receipts"}),
            Map.entry("shows", new String[] {"reveals", "proves"}),
            Map.entry("gifts", new String[] {"presents"}),
            Map.entry("reported", new String[] {"revealed", "wrote"}),
            Map.entry("simple", new String[] {"basic", "easy"}),
            Map.entry("protecting", new String[] {"shielding", "covering for"}),
            Map.entry("involved", new String[] {"implicated", "in on it"}),
            Map.entry("private", new String[] {"personal"}),
            Map.entry("trips", new String[] {"vacations", "travel"}),
            Map.entry("documents", new String[] {"files", "papers"}),
            Map.entry("link", new String[] {"connect", "tie"}),
            Map.entry("tried", new String[] {"attempted"}),
            Map.entry("accusations", new String[] {"allegations", "claims"}),
            Map.entry("false", new String[] {"fake", "untrue"}),
            Map.entry("secretly", new String[] {"privately", "in secret"}),
            Map.entry("evidence", new String[] {"proof"}),
            Map.entry("explanation", new String[] {"answer"}),
            Map.entry("revealed", new String[] {"exposed", "uncovered"}),
            Map.entry("staff", new String[] {"employees", "aides"}),
            Map.entry("paid", new String[] {"bribed"}),
            Map.entry("quiet", new String[] {"silent"}),
            Map.entry("threatened", new String[] {"intimidated", "harassed"}),
            Map.entry("promised", new String[] {"pledged"}),
            Map.entry("removed", new String[] {"deleted", "taken down"}),
            Map.entry("quietly", new String[] {"silently"}),
            Map.entry("revelations", new String[] {"disclosures", "facts"}),
            Map.entry("resign", new String[] {"step down", "quit"}),
            Map.entry("inquiry", new String[] {"investigation", "probe"}),
            Map.entry("scandal", new String[] {"disgrace", "outrage"}),
            Map.entry("shocking", new String[] {"disturbing", "incredible"}),
            Map.entry("deserve", new String[] {"need", "want"}),
            Map.entry("media", new String[] {"press"}),
            Map.entry("silent", new String[] {"quiet"}),
            Map.entry("share", new String[] {"repost", "spread"}),
            Map.entry("deleted", new String[] {"removed", "censored"}),
            Map.entry("courage", new String[] {"bravery"}),
            Map.entry("everyone", new String[] {"everybody"}),
            Map.entry("decide", new String[] {"judge"}),
            Map.entry("corruption", new String[] {"graft"}),
            Map.entry("whistleblower", new String[] {"source"}),
            Map.entry("warning", new String[] {"talking"}),
            Map.entry("businessman", new String[] {"tycoon", "investor"}),
            Map.entry("video", new String[] {"clip", "footage"}));

    static final Map<String, String[]> SYNONYMS_FR = Map.ofEntries(
            Map.entry("affirme", new String[] {"dit", "soutient"}),
            Map.entry("électeurs", new String[] {"citoyens"}),
            Map.entry("cadeaux", new String[] {"présents"}),
            Map.entry("vidéo", new String[] {"séquence"}),
            Map.entry("montre", new String[] {"prouve", "révèle"}),
            Map.entry("simples", new String[] {"basiques"}),
            Map.entry("protège", new String[] {"couvre"}),
            Map.entry("impliqués", new String[] {"mouillés", "compromis"}),
            Map.entry("voyages", new String[] {"déplacements"}),
            Map.entry("privés", new String[] {"personnels"}),
            Map.entry("documents", new String[] {"dossiers"}),
            Map.entry("accusations", new String[] {"allégations"}),
            Map.entry("fausse", new String[] {"inventée"}),
            Map.entry("révélé", new String[] {"dévoilé", "exposé"}),
            Map.entry("employés", new String[] {"collaborateurs"}),
            Map.entry("menacé", new String[] {"intimidé"}),
            Map.entry("retiré", new String[] {"supprimé", "effacé"}),
            Map.entry("discrètement", new String[] {"en douce", "sans bruit"}),
            Map.entry("révélations", new String[] {"informations"}),
            Map.entry("démissionner", new String[] {"partir", "quitter son poste"}),
            Map.entry("enquête", new String[] {"investigation"}),
            Map.entry("choquantes", new String[] {"troublantes"}),
            Map.entry("médias", new String[] {"journalistes"}),
            Map.entry("réponses", new String[] {"explications"}),
            Map.entry("partagez", new String[] {"diffusez", "relayez"}),
            Map.entry("supprimé", new String[] {"effacé", "censuré"}),
            Map.entry("courage", new String[] {"bravoure"}),
            Map.entry("corruption", new String[] {"magouille"}));

    /** Parsed rows: [sentence][variant]. */
    static final Phrase[][] OPENER_PHRASES = parseRows(OPENERS);
    static final Phrase[][] CLAIM_PHRASES = parseRows(CLAIMS);
    static final Phrase[][] CLOSER_PHRASES = parseRows(CLOSERS);

    private static Phrase[][] parseRows(String[][] rows) {
        Phrase[][] out = new Phrase[rows.length][4];
        for (int i = 0; i < rows.length; i++) {
            out[i][EN] = Phrase.parse(rows[i][EN], SYNONYMS_EN);
            out[i][FR] = Phrase.parse(rows[i][FR], SYNONYMS_FR);
            // Machine output is pasted as is: paraphrases do not polish its wording.
            out[i][FR_MT] = Phrase.parse(rows[i][FR_MT], null);
            out[i][ZH] = Phrase.parse(rows[i][ZH], null);
        }
        return out;
    }
}
