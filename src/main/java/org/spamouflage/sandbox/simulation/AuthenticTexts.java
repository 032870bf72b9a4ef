package org.spamouflage.sandbox.simulation;

/**
 * What honest accounts write when they coordinate in the open: the invented advocacy
 * organisations and their letters, the invented news outlets and their headlines, and hashtag
 * games. Long texts live in the banks {@code authentic-en.txt} and {@code authentic-fr.txt}; the
 * names, handles and reserved {@code .example} domains live here. Every organisation, outlet and
 * game is invented.
 */
final class AuthenticTexts {
    private AuthenticTexts() {
    }

    static final TextBank[] BANKS = {TextBank.load("authentic-en.txt", null), TextBank.load("authentic-fr.txt", null)};

    /** An invented organisation with a cause, a letter section in both banks, a site and a tag per language. */
    record Cause(String section, String[] name, String handle, String domain, String[] tag, String[] bio) {
    }

    static final Cause[] CAUSES = {
        new Cause("wetlands", new String[] {"Northern Wetlands Alliance", "Alliance des milieux humides du Nord"},
                "WetlandsAlliance", "wetlandsalliance.example", new String[] {"ProtectOurWetlands", "ProtégeonsNosMilieuxHumides"},
                new String[] {"A volunteer alliance protecting Canada's wetlands. Invented for a teaching sandbox.",
                    "Alliance bénévole pour les milieux humides du Canada. Inventée pour un bac à sable pédagogique."}),
        new Cause("housing", new String[] {"Homes for All Coalition", "Coalition Un toit pour tous"},
                "HomesForAllCA", "homesforall.example", new String[] {"HousingNow", "LogementMaintenant"},
                new String[] {"Tenants, co-ops and unions for homes people can afford. Invented for a teaching sandbox.",
                    "Locataires, coops et syndicats pour du logement abordable. Inventée pour un bac à sable pédagogique."}),
        new Cause("transit", new String[] {"Rural Transit Network", "Réseau du transport en région"},
                "RuralTransitNet", "ruraltransit.example", new String[] {"BusesForRuralCanada", "AutobusEnRégion"},
                new String[] {"Riders and towns asking for buses between towns. Invented for a teaching sandbox.",
                    "Usagers et municipalités pour des autobus entre les villes. Inventé pour un bac à sable pédagogique."}),
        new Cause("seniors", new String[] {"Families for Dignity in Care", "Familles pour des soins dignes"},
                "DignityInCareCA", "dignityincare.example", new String[] {"DignityInCare", "DesSoinsDignes"},
                new String[] {"Families of long-term care residents. Invented for a teaching sandbox.",
                    "Familles de résidents en soins de longue durée. Inventé pour un bac à sable pédagogique."}),
        new Cause("dental", new String[] {"Dental Care Now", "Soins dentaires maintenant"},
                "DentalCareNowCA", "dentalcarenow.example", new String[] {"DentalCareForAll", "SoinsDentairesPourTous"},
                new String[] {"Patients and hygienists for public dental care. Invented for a teaching sandbox.",
                    "Patients et hygiénistes pour des soins dentaires publics. Inventé pour un bac à sable pédagogique."}),
        new Cause("lakes", new String[] {"Clean Lakes Fund", "Fonds des lacs propres"},
                "CleanLakesFund", "cleanlakes.example", new String[] {"CleanLakes", "LacsPropres"},
                new String[] {"Anglers, cottagers and towns for clean fresh water. Invented for a teaching sandbox.",
                    "Pêcheurs, villégiateurs et municipalités pour l'eau douce. Inventé pour un bac à sable pédagogique."}),
    };

    static final Phrase[][] CALL_P = section("advocacy.call");
    static final Phrase[][] THANKS_P = section("advocacy.thanks");
    static final Phrase[][] PERSONAL_P = section("advocacy.personal");
    static final Phrase[][] OPENER_P = section("advocacy.opener");

    /** The letter of a cause, one sentence per entry, in order; [language][sentence]. */
    static Phrase[][] letter(Cause c) {
        return new Phrase[][] {BANKS[0].get("advocacy." + c.section() + ".letter"),
            BANKS[1].get("advocacy." + c.section() + ".letter")};
    }

    // ---- news

    /** Headline sections; the two banks hold them line for line, so a wire story has both versions. */
    static final String[] NEWS_SECTIONS = {"news.politics", "news.local", "news.economy", "news.sport"};
    /** How often each section is drawn: outlets and the wire are mostly about politics and local news. */
    static final double[] NEWS_SECTION_CUMULATIVE = Rng.cumulative(new double[] {0.4, 0.3, 0.2, 0.1});
    /** Section hashtags an outlet may add, by section then language. */
    static final String[][][] NEWS_TAGS = {
        {{"cdnpoli", "politics"}, {"polcan", "politique"}},
        {{"news", "local"}, {"nouvelles", "local"}},
        {{"business", "economy"}, {"économie", "affaires"}},
        {{"sports", "hockey"}, {"sports", "sport"}},
    };
    static final Phrase[][][] NEWS_P = newsSections();
    /** Link sections of the outlets' own sites, by news section. */
    static final String[] NEWS_PATHS = {"politics", "local", "business", "sports"};

    /**
     * Invented outlets, English then French: the first ones carry the domains honest users link to
     * ({@link OrganicWriter}); more are composed from parts.
     */
    static final String[][] OUTLET_NAMES = {
        {"The Daily Maple", "Northern Herald", "Coastal Current", "Prairie Post", "Lakeshore Ledger", "Capital Wire",
            "Harbour Times", "Valley Report"},
        {"Le Journal du Nord", "La Voix du Québec", "Le Courrier de l'Est", "L'Écho des Rivières", "La Gazette du Fleuve"},
    };
    static final String[][] OUTLET_DOMAINS = {
        {"dailymaple.example", "northernherald.example", "coastalcurrent.example", "prairiepost.example",
            "lakeshoreledger.example", "capitalwire.example", "harbourtimes.example", "valleyreport.example"},
        {"lejournaldunord.example", "lavoixduquebec.example", "lecourrierdelest.example", "lechodesrivieres.example",
            "lagazettedufleuve.example"},
    };
    static final String[] AGGREGATOR_NAMES = {"Canada Headlines Now", "CdnNewsFeed", "Nouvelles en continu",
        "Maple Morning Brief", "National News Roundup", "Le Fil Info"};
    static final String[] NEWS_CLIENTS = {"Newsroom CMS", "Newsroom Scheduler", "Web App"};

    // ---- hashtag games

    /** A hashtag game: its tag, the language it is played in, its bank section. */
    record Game(String tag, int lang, String section) {
    }

    static final Game[] GAMES = {
        new Game("CanadianMovieTitles", 0, "game.canadianmovietitles"),
        new Game("CanadianSuperpowers", 0, "game.canadiansuperpowers"),
        new Game("RuinACottageWeekend", 0, "game.ruinacottageweekend"),
        new Game("MauvaisConseilsDeChalet", 1, "game.mauvaisconseilsdechalet"),
        new Game("SlogansDeDépanneur", 1, "game.slogansdedepanneur"),
    };

    static Phrase[] entries(Game g) {
        return BANKS[g.lang()].get(g.section());
    }

    private static Phrase[][] section(String name) {
        return new Phrase[][] {BANKS[0].get(name), BANKS[1].get(name)};
    }

    private static Phrase[][][] newsSections() {
        Phrase[][][] out = new Phrase[NEWS_SECTIONS.length][][];
        for (int s = 0; s < NEWS_SECTIONS.length; s++) {
            out[s] = section(NEWS_SECTIONS[s]);
            if (out[s][0].length != out[s][1].length) {
                throw new IllegalStateException(NEWS_SECTIONS[s] + " has " + out[s][0].length + " English and "
                        + out[s][1].length + " French headlines; the banks must match line for line");
            }
        }
        return out;
    }
}
