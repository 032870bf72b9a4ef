package org.spamouflage.sandbox.simulation;

/**
 * Name lists for invented people. Ordinary first names and surnames are combined at random, so no
 * generated person stands for a real one. Politicians draw their surnames from a separate list of
 * uncommon, made-up surnames so that no invented MP shares a name with a sitting one.
 */
final class Names {
    private Names() {
    }

    static final String[] FIRST_EN = {"James", "Mary", "John", "Linda", "Michael", "Susan", "David", "Karen",
        "Robert", "Lisa", "Daniel", "Sarah", "Mark", "Jennifer", "Paul", "Emily", "Kevin", "Jessica", "Brian",
        "Ashley", "Jason", "Amanda", "Ryan", "Megan", "Eric", "Rachel", "Adam", "Laura", "Scott", "Heather",
        "Tyler", "Nicole", "Kyle", "Stephanie", "Justin", "Rebecca", "Brandon", "Kelly", "Sean", "Amy", "Chris",
        "Julie", "Matt", "Katie", "Andrew", "Hannah", "Josh", "Olivia", "Ethan", "Chloe", "Liam", "Emma", "Noah",
        "Ava", "Owen", "Grace", "Logan", "Madison", "Jack", "Sophie", "Dylan", "Brooke", "Connor", "Kayla",
        "Derek", "Tanya", "Gordon", "Shannon", "Trevor", "Colleen", "Wayne", "Donna", "Graham", "Brenda",
        "Curtis", "Jill", "Dale", "Tammy", "Shane", "Erin"};

    static final String[] FIRST_FR = {"Jean", "Marie", "Pierre", "Nathalie", "Luc", "Isabelle", "Marc",
        "Sophie", "François", "Julie", "Mathieu", "Geneviève", "Louis", "Catherine", "Alexandre", "Émilie",
        "Philippe", "Chantal", "Simon", "Caroline", "Martin", "Valérie", "Éric", "Annie", "Guillaume", "Mélanie",
        "Sébastien", "Josée", "Olivier", "Karine", "Benoît", "Stéphanie", "Yves", "Manon", "Gabriel", "Camille",
        "Félix", "Léa", "Antoine", "Sylvie", "Jérôme", "Maude", "Réjean", "Ginette", "Denis", "Lucie", "Samuel",
        "Audrey", "Hugo", "Rosalie"};

    static final String[] FIRST_OTHER = {"Priya", "Arjun", "Harpreet", "Gurpreet", "Wei", "Jun", "Mei", "Hao",
        "Ahmed", "Fatima", "Omar", "Aisha", "Carlos", "Lucia", "Mateo", "Ana", "Joseph", "Maria", "Minh", "Linh",
        "Tomasz", "Katarzyna", "Dmitri", "Olena", "Kwame", "Amara", "Ravi", "Anjali", "Hiroshi", "Yuki", "Tariq",
        "Leila", "Rohan", "Sana", "Jin", "Hye", "Kofi", "Nadia", "Ali", "Zara"};

    static final String[] LAST_EN = {"Smith", "Brown", "Wilson", "Taylor", "Anderson", "Thompson", "Campbell",
        "Stewart", "MacDonald", "Robertson", "Clarke", "Mitchell", "Walker", "Young", "Wright", "Scott",
        "Johnston", "Murray", "Reid", "Ross", "Graham", "Hamilton", "Fraser", "Hughes", "Bennett", "Harris",
        "Kelly", "Morrison", "Baker", "Carter", "Davies", "Evans", "Fisher", "Gibson", "Hunter", "Jenkins",
        "Knight", "Lawson", "Marshall", "Nelson", "Owens", "Palmer", "Quinn", "Russell", "Sutherland", "Turner",
        "Vaughan", "Watson", "Doyle", "Ellis", "Foster", "Grant", "Holmes", "Irving", "Jordan", "Kerr",
        "Lindsay", "McLeod", "Norris", "O'Brien", "Parsons", "Riley", "Shaw", "Tucker", "Wallace", "Barrett",
        "Chapman", "Dawson", "Fleming", "Gordon", "Hardy", "Keller", "Lowe", "Maxwell", "Newman", "Porter",
        "Rowe", "Sinclair", "Thornton", "Webb"};

    static final String[] LAST_FR = {"Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin",
        "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc",
        "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier",
        "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Nadeau", "Martel",
        "Dion", "Mercier", "Rousseau", "Cyr", "Vachon", "Hébert", "Desjardins", "Landry", "Boivin", "Charest",
        "Lemieux", "Plante", "Gervais", "Brassard", "Savard", "Turcotte"};

    static final String[] LAST_OTHER = {"Singh", "Sharma", "Patel", "Gill", "Chen", "Wang", "Li", "Zhang",
        "Nguyen", "Tran", "Khan", "Ahmed", "Hussein", "Garcia", "Rodriguez", "Santos", "Silva", "Kowalski",
        "Nowak", "Ivanov", "Kovalenko", "Mensah", "Okafor", "Kim", "Park", "Tanaka", "Sato", "Haddad",
        "Rahman", "Das", "Reyes", "Cruz", "Wong", "Lam", "Ali", "Mohamed"};

    /** Uncommon, made-up surnames for invented politicians. */
    static final String[] LAST_POLITICIAN = {"Ashcombe", "Brightwater", "Thornbury", "Valcourt", "Greywell",
        "Kestrelton", "Marchetti-Lowe", "Pennyworth", "Hollinrake", "Dunmore", "Fairholme", "Quillan",
        "Ravensworth", "Stallbrook", "Tillingham", "Wexcombe", "Yardley-Moss", "Ambervale", "Corriveau-Lune",
        "Desrosiers-Vent", "Beaumarais", "Lacroix-Ombre", "Montferrand", "Saint-Aubray", "Vautrinel",
        "Gravenhurst", "Holloway-Pike", "Inglebrook", "Juniperton", "Kirkwhistle", "Larkfield", "Merriweather",
        "Northcott-Vale", "Oakhampton", "Pemberbrook", "Quarrington", "Rushwick", "Sablonnière", "Thibodeau-Lys",
        "Underhay", "Verchère-Roc", "Whitlowe", "Ashgrove", "Belleterre", "Castelnouveau", "Duvallon",
        "Elmsworth", "Fenwright", "Glenhollow", "Hartsfield", "Ivybridge", "Jessamine", "Kingsmere-Bay",
        "Lorimont", "Maplethorpe", "Nettlefold", "Orchardson", "Pruneau-Lac", "Roquebrune", "Silverlock"};

    /** Invented critic names for the campaign storyline (one per dataset). */
    static final String[] CRITICS = {"Tang Yuelin", "Qiao Shenming", "Luo Baiqing", "Xu Hanmo", "Feng Ruolan",
        "Bai Zhenwu"};

    /** Invented outlets the storyline cites. */
    static final String[] OUTLETS = {"Pacific Ledger Watch", "Cascade Truth Report", "Northern Lantern News",
        "Harbourfront Observer", "Coastline Free Press", "Great Lakes Sentinel Daily"};

    /** Invented journalists' handles that campaign posts tag. */
    static final String[] JOURNALISTS = {"KateMorrowNews", "JLTremblayInfo", "PriyaNandaReports", "BenOkaforLive",
        "AnneSavardJourno", "TomWhitcombeCBX", "LeaFontaineMedia", "RajDhillonDesk", "MollyKerrOnAir",
        "PaulBeaupreNews", "NinaCastellanoTV", "GregHalvorsenPost"};

    /** Hosts for "evidence" videos and spam links: reserved {@code .example} domains (RFC 2606). */
    static final String[] VIDEO_HOSTS = {"clipnest.example", "vidvault.example", "truthtube.example",
        "streamhub.example"};
}
