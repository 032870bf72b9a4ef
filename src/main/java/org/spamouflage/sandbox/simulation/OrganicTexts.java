package org.spamouflage.sandbox.simulation;

import java.util.Map;

/**
 * What invented honest users (and the politicians they answer) write, in English ({@code [0]})
 * and French ({@code [1]}), read from the banks {@code honest-en.txt} and {@code honest-fr.txt}.
 *
 * <p>Why so much machinery: real people do not write near-identical 15-word comments, and the
 * detection lessons depend on that. A post here is composed from independent parts (an opener,
 * one to three sentences on one of {@value #ISSUE_COUNT} issues or {@value #EVERYDAY_COUNT}
 * everyday topics, an opinion, a personal aside, a closer), every bank line has inline choices so
 * that it stands for hundreds of wordings, slots carry the writer's own city and numbers, and the
 * writer's habits (casual spelling, the other official language, lower case, emoji, typos) are
 * applied on top. Two honest posts therefore rarely share most of their word pairs.
 *
 * <p>Slogans and hashtags are the deliberate exception: short phrases many honest users repeat
 * word for word (honest false positives for near-duplicate detection).
 */
final class OrganicTexts {
    private OrganicTexts() {
    }

    /** Issues people live through and politicians post about (index = topic id). */
    static final String[] ISSUES = {"housing", "groceries", "health", "transit", "childcare", "seniors", "jobs",
        "energy", "climate", "schools", "roads", "politics"};
    static final int ISSUE_COUNT = 12;
    /** How often each issue comes up in honest posts (cost of living first, as in 2023 polling). */
    static final double[] ISSUE_CUMULATIVE = Rng.cumulative(new double[] {
        3, 3, 2.5, 1.2, 1, 1, 1.2, 1.2, 1, 0.8, 0.6, 1.2});
    /** Topic id of politicians' visits, greetings and town halls (no issue of its own). */
    static final int COMMUNITY = ISSUE_COUNT;
    /** Everything a politician posts about: the issues, then {@link #COMMUNITY}. */
    static final int POLITICIAN_TOPICS = ISSUE_COUNT + 1;
    /** Politicians post about community life about a quarter of the time. */
    static final double[] POLITICIAN_TOPIC_CUMULATIVE = Rng.cumulative(new double[] {
        2, 1.5, 1.5, 1, 1, 1, 1, 0.8, 1, 0.8, 0.5, 1.5, 4.5});

    /** Everyday topics with no politics. */
    static final String[] EVERYDAY = {"weather", "sports", "food", "pets", "commute", "family", "outdoors", "shopping",
        "tech", "media", "work", "weekend", "local", "jokes", "questions"};
    static final int EVERYDAY_COUNT = 15;

    static final Map<String, String[]> SYNONYMS_EN = Map.ofEntries(
            Map.entry("really", new String[] {"truly", "seriously"}),
            Map.entry("kids", new String[] {"children"}),
            Map.entry("expensive", new String[] {"pricey", "costly"}),
            Map.entry("frustrated", new String[] {"fed up", "angry"}),
            Map.entry("exhausted", new String[] {"burnt out", "wiped"}),
            Map.entry("brutal", new String[] {"awful", "terrible"}),
            Map.entry("packed", new String[] {"crowded", "full"}),
            Map.entry("solutions", new String[] {"answers", "fixes"}),
            Map.entry("disappointed", new String[] {"let down"}),
            Map.entry("struggling", new String[] {"hurting"}),
            Map.entry("scared", new String[] {"worried", "nervous"}),
            Map.entry("unreal", new String[] {"insane", "wild"}),
            Map.entry("finally", new String[] {"at last"}),
            Map.entry("totally", new String[] {"completely", "100%"}),
            Map.entry("great", new String[] {"excellent", "fantastic"}),
            Map.entry("impossible", new String[] {"hopeless"}),
            Map.entry("people", new String[] {"folks"}),
            Map.entry("again", new String[] {"once more"}),
            Map.entry("maybe", new String[] {"perhaps"}),
            Map.entry("problem", new String[] {"issue"}),
            Map.entry("money", new String[] {"cash"}),
            Map.entry("crazy", new String[] {"insane", "nuts"}),
            Map.entry("everyone", new String[] {"everybody"}),
            Map.entry("anyone", new String[] {"anybody"}),
            Map.entry("huge", new String[] {"massive", "enormous"}),
            Map.entry("awful", new String[] {"terrible", "horrible"}),
            Map.entry("angry", new String[] {"mad", "furious"}),
            Map.entry("worried", new String[] {"anxious"}),
            Map.entry("nice", new String[] {"lovely"}),
            Map.entry("started", new String[] {"began"}),
            Map.entry("house", new String[] {"home"}));

    /** Shorthand people type (applied by writers with a casual habit). */
    static final Map<String, String[]> CASUAL_EN = Map.ofEntries(
            Map.entry("you", new String[] {"u", "ya"}),
            Map.entry("your", new String[] {"ur"}),
            Map.entry("because", new String[] {"bc", "cuz", "cause"}),
            Map.entry("though", new String[] {"tho"}),
            Map.entry("people", new String[] {"ppl"}),
            Map.entry("probably", new String[] {"prob", "probs"}),
            Map.entry("tonight", new String[] {"tonite"}),
            Map.entry("okay", new String[] {"ok", "k"}),
            Map.entry("with", new String[] {"w/"}),
            Map.entry("please", new String[] {"pls", "plz"}),
            Map.entry("thanks", new String[] {"thx", "ty"}),
            Map.entry("seriously", new String[] {"srsly"}),
            Map.entry("something", new String[] {"smth"}),
            Map.entry("really", new String[] {"rly", "realy"}),
            Map.entry("tomorrow", new String[] {"tmrw"}),
            Map.entry("before", new String[] {"b4"}),
            Map.entry("about", new String[] {"abt"}),
            Map.entry("are", new String[] {"r"}),
            Map.entry("definitely", new String[] {"def", "definately"}),
            Map.entry("favourite", new String[] {"fave", "favorite"}),
            Map.entry("minutes", new String[] {"mins"}),
            Map.entry("hours", new String[] {"hrs"}),
            Map.entry("weekend", new String[] {"wknd"}),
            Map.entry("birthday", new String[] {"bday"}),
            Map.entry("what", new String[] {"wut"}),
            Map.entry("right", new String[] {"rite"}),
            Map.entry("love", new String[] {"luv"}),
            Map.entry("neighbour", new String[] {"neighbor"}),
            Map.entry("neighbours", new String[] {"neighbors"}),
            Map.entry("colour", new String[] {"color"}),
            Map.entry("until", new String[] {"til", "till"}),
            Map.entry("going", new String[] {"goin"}),
            Map.entry("nothing", new String[] {"nothin"}),
            Map.entry("government", new String[] {"gov", "govt"}),
            Map.entry("information", new String[] {"info"}));

    /** French words bilingual users slip into English posts. */
    static final Map<String, String[]> MIXED_EN = Map.ofEntries(
            Map.entry("anyway", new String[] {"bref"}),
            Map.entry("thanks", new String[] {"merci"}),
            Map.entry("yes", new String[] {"oui"}),
            Map.entry("hello", new String[] {"allo"}),
            Map.entry("exactly", new String[] {"exactement"}),
            Map.entry("whatever", new String[] {"peu importe"}),
            Map.entry("cottage", new String[] {"chalet"}),
            Map.entry("wow", new String[] {"ayoye"}),
            Map.entry("ugh", new String[] {"ouf"}),
            Map.entry("dinner", new String[] {"souper"}),
            Map.entry("supper", new String[] {"souper"}),
            Map.entry("mom", new String[] {"maman"}),
            Map.entry("dad", new String[] {"papa"}),
            Map.entry("buddy", new String[] {"chum"}),
            Map.entry("grandma", new String[] {"grand-maman", "mémé"}),
            Map.entry("daycare", new String[] {"garderie", "CPE"}),
            Map.entry("potholes", new String[] {"nids-de-poule"}),
            Map.entry("pothole", new String[] {"nid-de-poule"}));

    static final Map<String, String[]> SYNONYMS_FR = Map.ofEntries(
            Map.entry("vraiment", new String[] {"réellement"}),
            Map.entry("épuisées", new String[] {"à bout"}),
            Map.entry("cher", new String[] {"dispendieux"}),
            Map.entry("tannés", new String[] {"écœurés", "fâchés"}),
            Map.entry("déçu", new String[] {"découragé"}),
            Map.entry("solutions", new String[] {"réponses"}),
            Map.entry("enfin", new String[] {"finalement"}),
            Map.entry("gens", new String[] {"citoyens"}),
            Map.entry("fou", new String[] {"capoté", "débile"}),
            Map.entry("problème", new String[] {"souci", "enjeu"}),
            Map.entry("argent", new String[] {"cash"}),
            Map.entry("voiture", new String[] {"char", "auto"}),
            Map.entry("char", new String[] {"auto", "voiture"}),
            Map.entry("travail", new String[] {"boulot"}),
            Map.entry("enfants", new String[] {"jeunes", "petits"}),
            Map.entry("magasin", new String[] {"commerce"}),
            Map.entry("beau", new String[] {"joli"}));

    /** Shorthand French speakers type. */
    static final Map<String, String[]> CASUAL_FR = Map.ofEntries(
            Map.entry("beaucoup", new String[] {"bcp"}),
            Map.entry("toujours", new String[] {"tjrs", "tjs"}),
            Map.entry("vraiment", new String[] {"vrm"}),
            Map.entry("pourquoi", new String[] {"pk", "pourquoi"}),
            Map.entry("petit", new String[] {"ptit"}),
            Map.entry("petite", new String[] {"ptite"}),
            Map.entry("bien", new String[] {"ben"}),
            Map.entry("maintenant", new String[] {"mtn"}),
            Map.entry("quoi", new String[] {"koi"}),
            Map.entry("tellement", new String[] {"tellment"}),
            Map.entry("sérieusement", new String[] {"sérieux"}),
            Map.entry("rien", new String[] {"rin"}),
            Map.entry("moi", new String[] {"moé"}),
            Map.entry("toi", new String[] {"toé"}),
            Map.entry("gouvernement", new String[] {"gouv"}),
            Map.entry("information", new String[] {"info"}),
            Map.entry("rendez-vous", new String[] {"rdv"}));

    /** English words bilingual users slip into French posts. */
    static final Map<String, String[]> MIXED_FR = Map.ofEntries(
            Map.entry("vraiment", new String[] {"full", "genre"}),
            Map.entry("très", new String[] {"full", "super"}),
            Map.entry("patron", new String[] {"boss"}),
            Map.entry("stationnement", new String[] {"parking"}),
            Map.entry("emploi", new String[] {"job"}),
            Map.entry("travail", new String[] {"job", "shift"}),
            Map.entry("réunion", new String[] {"meeting"}),
            Map.entry("difficile", new String[] {"tough"}),
            Map.entry("occupé", new String[] {"busy"}),
            Map.entry("bref", new String[] {"anyway"}),
            Map.entry("chanceux", new String[] {"lucky"}),
            Map.entry("fou", new String[] {"crazy", "nuts"}),
            Map.entry("correct", new String[] {"ok", "fine"}),
            Map.entry("drôle", new String[] {"funny"}),
            Map.entry("magasiner", new String[] {"shopper"}),
            Map.entry("facture", new String[] {"bill"}),
            Map.entry("ennuyant", new String[] {"boring"}));

    static final Lexicon LEXICON_EN = new Lexicon(SYNONYMS_EN, CASUAL_EN, MIXED_EN);
    static final Lexicon LEXICON_FR = new Lexicon(SYNONYMS_FR, CASUAL_FR, MIXED_FR);
    static final TextBank[] BANKS = {TextBank.load("honest-en.txt", LEXICON_EN),
        TextBank.load("honest-fr.txt", LEXICON_FR)};

    static final Phrase[][] REPLY_OPENER_P = section("reply.opener");
    static final Phrase[][] POST_OPENER_P = section("post.opener");
    static final Phrase[][] OPINION_P = section("opinion");
    static final Phrase[][] ASIDE_P = section("aside");
    static final Phrase[][] CLOSER_P = section("closer");
    static final Phrase[][] CHATTER_P = section("chatter");
    /** The other language's bits a bilingual writer drops in (French in English posts and back). */
    static final Phrase[][] SWITCH_P = section("switch");
    static final Phrase[][] SUPERFAN_P = section("superfan");
    static final Phrase[][] SPIKE_P = section("spike");
    /** [language][issue][]: personal experience of the issue. */
    static final Phrase[][][] SITUATION_P = topics(ISSUES, ".situation");
    /** [language][issue][]: what should be done. */
    static final Phrase[][][] REACTION_P = topics(ISSUES, ".reaction");
    /** [language][issue][]: questions to the politician. */
    static final Phrase[][][] QUESTION_P = topics(ISSUES, ".question");
    /** [language][politician topic][]: what politicians post. */
    static final Phrase[][][] ANNOUNCE_P = politicianTopics(".announce");
    /** [language][politician topic][]: answers to a politician's post on that topic. */
    static final Phrase[][][] REPLY_P = politicianTopics(".reply");
    /** What a politician adds after the post itself (thanks, "more to come", an invitation). */
    static final Phrase[][] POLITICIAN_EXTRA_P = section("politician.extra");
    /** [language][everyday topic][]. */
    static final Phrase[][][] EVERYDAY_P = topics(EVERYDAY, ".post");

    /** Short phrases many honest users repeat word for word. */
    static final String[][] SLOGANS = {
        {"#cdnpoli", "Enough is enough!", "Vote them out.", "Canada deserves better.", "Facts matter.",
            "Bring it home!", "Do your job.", "#polcan", "Listen to the people.", "Show us the plan."},
        {"#polqc", "Ça suffit!", "On mérite mieux.", "#polcan", "Faites votre travail.", "Écoutez le monde.",
            "Montrez-nous le plan.", "Dehors!"},
    };

    static final String[] EMOJI = {"🙄", "👍", "😡", "🇨🇦", "😂", "🤔", "👏", "🙏", "😬", "💯", "😤", "❤️", "😅", "🤷",
        "😩", "🔥", "😭", "🙃", "👀", "💪", "☕", "🍁", "😊", "🤦"};

    private static Phrase[][] section(String name) {
        return new Phrase[][] {BANKS[0].get(name), BANKS[1].get(name)};
    }

    private static Phrase[][][] topics(String[] names, String suffix) {
        Phrase[][][] out = new Phrase[2][names.length][];
        for (int l = 0; l < 2; l++) {
            for (int t = 0; t < names.length; t++) {
                out[l][t] = BANKS[l].get(names[t] + suffix);
            }
        }
        return out;
    }

    private static Phrase[][][] politicianTopics(String suffix) {
        Phrase[][][] out = new Phrase[2][POLITICIAN_TOPICS][];
        for (int l = 0; l < 2; l++) {
            for (int t = 0; t < POLITICIAN_TOPICS; t++) {
                out[l][t] = BANKS[l].get((t == COMMUNITY ? "community" : ISSUES[t]) + suffix);
            }
        }
        return out;
    }
}
