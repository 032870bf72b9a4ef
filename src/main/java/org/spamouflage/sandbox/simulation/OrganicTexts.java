package org.spamouflage.sandbox.simulation;

import java.util.Map;

/**
 * What invented honest users write, in English ({@code [0]}) and French ({@code [1]}). Posts are
 * composed from several independent parts (an opener, a situation, an opinion, a closer, slot
 * values such as the writer's own city, synonym swaps, casual noise), so two honest users rarely
 * write near-identical text, unlike a campaign pasting templates. Slogans and hashtags are the
 * deliberate exception: short phrases many honest users repeat.
 */
final class OrganicTexts {
    private OrganicTexts() {
    }

    static final String[][] REPLY_OPENERS = {
        {"Honestly, ", "With respect, ", "Sorry but ", "Ok but ", "Serious question: ", "Agreed. ", "Hmm. ",
            "Thank you! ", "Look, ", "Real talk: ", "Yes! ", "Hold on. ", "Fair enough, but ", "Here in {CITY}, ",
            "Not gonna lie, ", "As a parent, ", "As a senior, ", "Just so you know, ", "Again, ", "Quick reminder: ",
            "Respectfully, ", "Great, ", "Lol. ", "Meanwhile in {CITY}: ", "Yep. ", "Wow. ", "Ugh. "},
        {"Franchement, ", "Avec respect, ", "Désolé mais ", "Sérieusement, ", "D'accord. ", "Merci! ", "Écoutez, ",
            "Ici à {CITY}, ", "En tant que parent, ", "Bon. ", "Encore une fois, ", "Oui! ", "Honnêtement, ",
            "Pendant ce temps à {CITY}: ", "Petite question: ", "Je m'excuse, mais ", "Bravo! ", "Soyons clairs: ",
            "Pour vrai, ", "Ben voyons. ", "Ouf. ", "Bref, "},
    };

    static final String[][] CLOSERS = {
        {" Do better.", " Just my two cents.", " Thanks for listening.", " We're watching.", " Seriously.",
            " Please reply.", " Rant over.", " Anyway.", " Thanks.", " Just saying.", " Come on.", " Sigh.",
            " Keep going!", " Cheers.", " Think about it.", " Long overdue."},
        {" Faites mieux.", " C'est mon opinion.", " Merci de nous écouter.", " On vous surveille.", " Sérieusement.",
            " Répondez-nous.", " Bref.", " Merci.", " Allez!", " Voilà.", " Il était temps.", " Pensez-y."},
    };

    /** Personal situations, grouped loosely by topic (housing, food, health, transit, climate, work...). */
    static final String[][] SITUATIONS = {
        {"Rent for a one-bedroom in {CITY} just went up to ${RENT}.",
            "We've been looking for a place in {CITY} for {NUM} months.",
            "My landlord raised the rent by {PCT}% this year.",
            "My kids will never afford a house in {CITY} at this rate.",
            "Half my paycheque goes to rent now.",
            "Paid ${MONEY} for {ITEM} this morning.",
            "I now check three flyers before buying {ITEM}.",
            "The food bank in {CITY} ran out of {ITEM} again.",
            "We stopped buying {ITEM} because it's just too expensive.",
            "Waited {HOURS} hours in the ER in {CITY} last week.",
            "My mom has been on a surgery waitlist for {NUM} months.",
            "Still no family doctor after {NUM} years on the list.",
            "The walk-in clinic in {CITY} is closed on weekends again.",
            "Our nurses are exhausted and it shows.",
            "The bus in {CITY} was {NUM}0 minutes late again this morning.",
            "My commute doubled since they cut the route.",
            "The construction near {CITY} has been going on for {NUM} years.",
            "The smoke in {CITY} was so bad we kept the kids inside.",
            "Our basement flooded for the second time in {NUM} years.",
            "The heat this summer in {CITY} was unreal.",
            "My company in {CITY} just laid off {NUM}0 people.",
            "Interest rates are killing small businesses like mine.",
            "My mortgage renews next spring and I'm scared.",
            "I'm working two jobs and still behind.",
            "The carbon rebate barely covers my heating bill.",
            "Daycare spots in {CITY} are impossible to find.",
            "We've been on {NUM} daycare waitlists since the baby was born.",
            "My kid's school in {CITY} still has no air conditioning.",
            "My dad's pension doesn't cover his rent anymore.",
            "Seniors in {CITY} are choosing between groceries and medicine.",
            "Long-term care homes in {PROVINCE} still need more staff.",
            "Question period was a circus again today.",
            "I watched the committee hearing and still have no idea what the plan is.",
            "Another announcement, another photo op.",
            "I read the whole bill and it's not what the ads say.",
            "Gas went up again overnight in {CITY}.",
            "Our hydro bill was ${NUM}0 higher than last winter.",
            "My daughter moved back home because she can't find anything in {CITY}."},
        {"Le loyer d'un 4 et demi à {CITY} est rendu à {RENT} $ par mois.",
            "Ça fait {NUM} mois qu'on cherche un logement à {CITY}.",
            "Mon propriétaire a augmenté le loyer de {PCT} % cette année.",
            "Mes enfants ne pourront jamais acheter une maison à {CITY}.",
            "La moitié de ma paye passe dans le loyer.",
            "J'ai payé {MONEY} $ pour un paquet de {ITEM} ce matin.",
            "La banque alimentaire de {CITY} n'a plus de {ITEM}.",
            "On n'achète plus de {ITEM}, c'est rendu trop cher.",
            "Je compare trois circulaires avant d'acheter du {ITEM}.",
            "J'ai attendu {HOURS} heures à l'urgence à {CITY} la semaine passée.",
            "Ma mère attend une opération depuis {NUM} mois.",
            "Toujours pas de médecin de famille après {NUM} ans sur la liste.",
            "La clinique de {CITY} est encore fermée la fin de semaine.",
            "Nos infirmières sont épuisées et ça paraît.",
            "L'autobus à {CITY} avait {NUM}0 minutes de retard ce matin.",
            "Mon trajet a doublé depuis qu'ils ont coupé la ligne.",
            "Les travaux près de {CITY} durent depuis {NUM} ans.",
            "La fumée à {CITY} était tellement épaisse qu'on a gardé les enfants en dedans.",
            "Notre sous-sol a été inondé pour la deuxième fois en {NUM} ans.",
            "La chaleur cet été à {CITY}, c'était fou.",
            "Mon employeur à {CITY} vient de mettre {NUM}0 personnes à pied.",
            "Les taux d'intérêt tuent les petites entreprises comme la mienne.",
            "Mon hypothèque se renouvelle au printemps et j'ai peur.",
            "Je travaille à deux places et je n'arrive toujours pas.",
            "La remise carbone couvre à peine mon chauffage.",
            "Impossible de trouver une place en garderie à {CITY}.",
            "On est sur {NUM} listes d'attente de CPE depuis la naissance du bébé.",
            "L'école de mon gars à {CITY} n'a toujours pas de climatisation.",
            "La pension de mon père ne couvre plus son loyer.",
            "Des aînés à {CITY} doivent choisir entre l'épicerie et les médicaments.",
            "Les CHSLD manquent encore de personnel.",
            "La période de questions était encore un cirque aujourd'hui.",
            "Encore une annonce, encore une séance photo.",
            "J'ai lu le projet de loi au complet et ce n'est pas ce que disent les pubs.",
            "L'essence a encore monté pendant la nuit à {CITY}.",
            "Ma fille est revenue vivre chez nous parce qu'elle ne trouve rien à {CITY}."},
    };

    static final String[][] OPINIONS = {
        {"Please do something about it.", "This needs to be a priority.", "When will this actually change?",
            "We need real solutions, not press releases.", "Build more, and build faster.",
            "Thank you for finally addressing this.", "Good start, but it's not enough.",
            "This is exactly why people are frustrated.", "Nobody in Ottawa seems to get it.",
            "Can you explain how this helps families in {PROVINCE}?", "I voted for you and I'm disappointed.",
            "Glad to see some action on this.", "Who is actually accountable here?",
            "Talk to people outside the big cities for once.", "Fix the basics first.", "The numbers don't add up.",
            "This will take years to make a difference.", "Not sure this will work, but worth trying.",
            "My whole street feels the same way.", "Please listen to the nurses and teachers.",
            "Stop blaming the other party and fix it.", "Appreciate the update, keep us posted.",
            "Where is the money going?", "This should have happened five years ago.",
            "Proud of the work being done here.", "I'll believe it when I see it.", "Any plan for rural communities?",
            "Both parties have failed on this.", "Finally some good news.", "How is this still a problem in this country?",
            "Real people are struggling right now.", "Please read the replies here.", "Totally agree with this.",
            "This is the right call.", "Respectfully, this misses the point.",
            "We can't keep doing the same thing and expect a different result.", "What's the timeline?",
            "Small towns need this too.", "Make it simpler to apply, please."},
        {"Faites quelque chose, s'il vous plaît.", "Ça doit devenir une priorité.",
            "Quand est-ce que ça va vraiment changer?", "On a besoin de vraies solutions, pas de communiqués.",
            "Merci de vous occuper enfin de ce dossier.", "Bon début, mais ce n'est pas assez.",
            "C'est exactement pour ça que les gens sont tannés.", "Personne à Ottawa ne semble comprendre.",
            "J'ai voté pour vous et je suis déçu.", "Content de voir enfin de l'action.", "Qui est vraiment responsable ici?",
            "Parlez aux gens en dehors des grandes villes.", "Réglez les bases d'abord.",
            "Les chiffres ne tiennent pas la route.", "Ça va prendre des années avant de faire une différence.",
            "Toute ma rue pense la même chose.", "Écoutez les infirmières et les profs.",
            "Arrêtez de blâmer l'autre parti et réglez le problème.", "Merci pour la mise à jour.", "Où va l'argent?",
            "Ça aurait dû être fait il y a cinq ans.", "Je vais le croire quand je vais le voir.",
            "Et les régions, elles?", "Les deux partis ont échoué là-dessus.", "Enfin une bonne nouvelle.",
            "Comment ça peut encore être un problème dans ce pays?", "Du vrai monde a de la misère en ce moment.",
            "Tout à fait d'accord.", "C'est la bonne décision.", "Avec respect, ça passe à côté de l'essentiel.",
            "C'est quoi l'échéancier?", "Les petites villes en ont besoin aussi.", "Simplifiez les formulaires, svp."},
    };

    /** Personal tails that anchor a comment in the writer's own life (with their own slot values). */
    static final String[][] TAILS = {
        {" Same story here in {CITY}.", " I've lived in {CITY} for {NUM}0 years and never seen it this bad.",
            " My neighbours in {CITY} all agree.", " Writing from {CITY}, for what it's worth.",
            " Ask anyone in {CITY}.", " {NUM} of my friends feel the same way.", " We're in {PROVINCE} and it's the same.",
            " My kids in {CITY} deserve better.", " I've been saying this for {NUM} years.", " It's been {NUM} months like this.",
            " Just talk to people at the grocery store in {CITY}.", " Worked {NUM}0 hours this week and still can't keep up."},
        {" Même chose ici à {CITY}.", " Ça fait {NUM}0 ans que je vis à {CITY} et je n'ai jamais vu ça.",
            " Mes voisins à {CITY} sont d'accord.", " Je vous écris de {CITY}.", " Demandez à n'importe qui à {CITY}.",
            " {NUM} de mes amis pensent la même chose.", " Je le répète depuis {NUM} ans.", " Ça fait {NUM} mois que ça dure.",
            " Allez parler au monde à l'épicerie à {CITY}.", " J'ai travaillé {NUM}0 heures cette semaine et ça ne suffit pas."},
    };

    /** Small talk that follows an everyday post. */
    static final String[][] CHATTER = {
        {" Anyway.", " Happy Friday!", " Can't complain.", " Small wins.", " Life in {CITY}, eh.", " Back to work I guess.",
            " Hope everyone's having a good week.", " More later.", " Wish me luck.", " Love this city.",
            " {NUM} more days till the weekend.", " Not complaining, just saying.", " Anyone else?", " Classic {CITY}.",
            " Good times.", " Send coffee.", " Day {NUM} of this.", " The little things."},
        {" Bref.", " Bon vendredi!", " Je ne me plains pas.", " Petites victoires.", " La vie à {CITY}, quoi.",
            " Retour au travail.", " Bonne semaine à tous.", " Souhaitez-moi bonne chance.", " J'aime ma ville.",
            " Encore {NUM} jours avant la fin de semaine.", " Quelqu'un d'autre?", " Classique à {CITY}.",
            " Du café svp.", " Jour {NUM} de cette affaire.", " Les petits bonheurs."},
    };

    /** Everyday posts with no political content. */
    static final String[][] EVERYDAY = {
        {"Finally some sun in {CITY} today.", "Anyone else's internet down in {CITY}?",
            "Made {FOOD} for dinner and the kids actually ate it.", "Traffic on the way to work was brutal.",
            "Can't believe summer is almost over.", "{TEAM} looked good last night, cautiously optimistic.",
            "Long weekend plans: absolutely nothing.", "Power's out on our street again.",
            "Our dog learned to open the back door. Send help.", "Who else is watching the game tonight?",
            "Picked {NUM} baskets of blueberries this morning.", "The leaves are starting to turn already.",
            "Back to school shopping is a racket.", "Garage sale haul: a lamp and {NUM} board games.",
            "Best poutine in {CITY}? Go.", "Farmers market in {CITY} was packed today.",
            "Finished a {NUM}k run this morning, legs are jelly.", "Mosquitoes are out of control this year.",
            "My tomatoes finally turned red.", "Just got my hydro bill. Ouch.",
            "Thinking about getting a heat pump, any advice?", "The library in {CITY} has a great new reading room.",
            "Cottage weekend, no cell signal, perfect.", "Coffee number {NUM} and it's not even noon.",
            "Sunset over {PLACE} tonight was something else.", "Why does every app need a subscription now?",
            "Trying a new {FOOD} recipe tonight, wish me luck.", "The kids start school next week, send coffee.",
            "Saw a moose on the highway near {CITY} this morning!", "Congrats to {TEAM}, what a season."},
        {"Enfin du soleil à {CITY} aujourd'hui.", "Quelqu'un d'autre a une panne d'internet à {CITY}?",
            "J'ai fait un bon {FOOD} pour souper et les enfants ont tout mangé.", "Le trafic ce matin, c'était l'enfer.",
            "Déjà la fin de l'été, je n'en reviens pas.", "Belle victoire des {TEAM} hier soir!",
            "Plan pour la longue fin de semaine: rien pantoute.", "Encore une panne de courant dans notre rue.",
            "Notre chien a appris à ouvrir la porte. À l'aide.", "Qui regarde la game ce soir?",
            "On a cueilli {NUM} paniers de bleuets ce matin.", "Les feuilles commencent déjà à changer de couleur.",
            "Les fournitures scolaires coûtent une fortune.", "Trouvaille de vente de garage: une lampe et {NUM} jeux de société.",
            "La meilleure poutine à {CITY}? Allez-y.", "Le marché public de {CITY} était plein aujourd'hui.",
            "J'ai couru {NUM} km ce matin, j'ai les jambes en compote.", "Les maringouins sont déchaînés cette année.",
            "Mes tomates sont enfin rouges.", "Je viens de recevoir ma facture d'Hydro. Ouch.",
            "Je pense m'acheter une thermopompe, des conseils?", "Fin de semaine au chalet, pas de réseau, parfait.",
            "Troisième café et il n'est même pas midi.", "Le coucher de soleil sur {PLACE} ce soir, wow.",
            "Pourquoi chaque application veut un abonnement maintenant?", "La rentrée scolaire la semaine prochaine, du café svp."},
    };

    /** Partisan cheerleading by superfans (honest heavy posters). */
    static final String[][] SUPERFAN = {
        {"Proud to support {POL} and the {PARTY}!", "Best MP we've had in years. Keep it up!",
            "Another great day of work from {POL} 👏", "The {PARTY} is the only party with a plan.",
            "Canvassing again this weekend, who's in?", "So proud of this team!", "Facts matter. Read the plan.",
            "Thank you {POL} for standing up for {PROVINCE}!", "Share this everywhere!",
            "This is what leadership looks like.", "Retweet if you agree with {POL}.", "Volunteers needed in {CITY}, DM me!",
            "Ignore the trolls, {POL}. We've got your back.", "Door knocking in {CITY} today. Great conversations!"},
        {"Fier d'appuyer {POL} et le {PARTY}!", "Le meilleur député qu'on a eu depuis des années. Continuez!",
            "Encore une belle journée de travail pour {POL} 👏", "Le {PARTY} est le seul parti avec un plan.",
            "Porte-à-porte encore cette fin de semaine, qui vient?", "Tellement fier de cette équipe!",
            "Merci {POL} de défendre nos régions!", "Partagez partout!", "Voilà ce que c'est, du leadership.",
            "Ignorez les trolls, {POL}. On est derrière vous.", "On a besoin de bénévoles à {CITY}, écrivez-moi!"},
    };

    /** Short phrases many honest users repeat word for word. */
    static final String[][] SLOGANS = {
        {"#cdnpoli", "Enough is enough!", "Vote them out.", "Canada deserves better.", "Facts matter.",
            "Bring it home!", "Do your job.", "#polcan", "Listen to the people.", "Show us the plan."},
        {"#polqc", "Ça suffit!", "On mérite mieux.", "#polcan", "Faites votre travail.", "Écoutez le monde.",
            "Montrez-nous le plan.", "Dehors!"},
    };

    /** Posts during a news spike ({TOPIC} is the spike's topic). */
    static final String[][] SPIKE = {
        {"Thinking of everyone affected by the {TOPIC}.", "Just heard about the {TOPIC}. Unreal.",
            "The {TOPIC} is all anyone is talking about today.", "Updates on the {TOPIC} keep getting worse.",
            "Stay safe everyone, the {TOPIC} news is scary.", "Can't stop reading about the {TOPIC}.",
            "Will Ottawa respond to the {TOPIC}?", "My family in {CITY} is following the {TOPIC} closely.",
            "Anyone have reliable updates on the {TOPIC}?"},
        {"On ne parle que de ça aujourd'hui: {TOPIC}.", "Les nouvelles sur {TOPIC} sont de pire en pire.",
            "Soyez prudents, tout le monde ({TOPIC}).", "Je n'arrête pas de lire sur {TOPIC}.",
            "Ottawa va-t-il réagir? ({TOPIC})", "Quelqu'un a des infos fiables? {TOPIC}"},
    };

    static final String[] EMOJI = {"🙄", "👍", "😡", "🇨🇦", "😂", "🤔", "👏", "🙏", "😬", "💯", "😤", "❤️"};

    static final Map<String, String[]> SYNONYMS_EN = Map.ofEntries(
            Map.entry("really", new String[] {"truly", "seriously"}),
            Map.entry("kids", new String[] {"children"}),
            Map.entry("expensive", new String[] {"pricey", "costly"}),
            Map.entry("frustrated", new String[] {"fed up", "angry"}),
            Map.entry("exhausted", new String[] {"burnt out"}),
            Map.entry("brutal", new String[] {"awful", "terrible"}),
            Map.entry("packed", new String[] {"crowded", "full"}),
            Map.entry("solutions", new String[] {"answers", "fixes"}),
            Map.entry("disappointed", new String[] {"let down"}),
            Map.entry("struggling", new String[] {"hurting"}),
            Map.entry("scared", new String[] {"worried", "nervous"}),
            Map.entry("unreal", new String[] {"insane", "wild"}),
            Map.entry("finally", new String[] {"at last"}),
            Map.entry("totally", new String[] {"completely", "100%"}),
            Map.entry("update", new String[] {"news"}),
            Map.entry("great", new String[] {"good", "excellent"}),
            Map.entry("impossible", new String[] {"hopeless"}),
            Map.entry("priority", new String[] {"top priority"}),
            Map.entry("people", new String[] {"folks"}),
            Map.entry("morning", new String[] {"a.m."}),
            Map.entry("again", new String[] {"once more"}));

    static final Map<String, String[]> SYNONYMS_FR = Map.ofEntries(
            Map.entry("vraiment", new String[] {"réellement"}),
            Map.entry("épuisées", new String[] {"à bout"}),
            Map.entry("cher", new String[] {"dispendieux"}),
            Map.entry("tannés", new String[] {"écœurés", "fâchés"}),
            Map.entry("déçu", new String[] {"découragé"}),
            Map.entry("solutions", new String[] {"réponses"}),
            Map.entry("enfin", new String[] {"finalement"}),
            Map.entry("gens", new String[] {"citoyens"}));

    static final Phrase[][] REPLY_OPENER_P = parse(REPLY_OPENERS);
    static final Phrase[][] CLOSER_P = parse(CLOSERS);
    static final Phrase[][] SITUATION_P = parse(SITUATIONS);
    static final Phrase[][] OPINION_P = parse(OPINIONS);
    static final Phrase[][] EVERYDAY_P = parse(EVERYDAY);
    static final Phrase[][] SUPERFAN_P = parse(SUPERFAN);
    static final Phrase[][] SPIKE_P = parse(SPIKE);
    static final Phrase[][] TAIL_P = parse(TAILS);
    static final Phrase[][] CHATTER_P = parse(CHATTER);

    private static Phrase[][] parse(String[][] byLanguage) {
        return new Phrase[][] {Phrase.all(SYNONYMS_EN, byLanguage[0]), Phrase.all(SYNONYMS_FR, byLanguage[1])};
    }
}
